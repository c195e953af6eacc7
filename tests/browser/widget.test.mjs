// The <acu-map> widget in a host page, as a reader and a host script use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { BASE, events, holdLive, open, openBody, pixel, record, typeSearch, useBrowser } from './harness.mjs';

const browser = useBrowser();

/** The acu-select events recorded on the page. */
const selections = async (page) => (await events(page)).filter((e) => e.type === 'acu-select');

/** How much darker a shade (`shade`, a selector of the widget's pseudo-elements) makes each of
 * `points` ([x, y] in the viewport), two frames after now: the least, over red, green and blue,
 * of the colour drawn there without it less the colour with it. */
async function darkenedBy(page, shade, points) {
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const colours = async () => {
    await frames();
    return Promise.all(points.map(([x, y]) => pixel(page, x, y)));
  };
  const shaded = await colours();
  // The shade hidden by a sheet of its own, then that sheet taken off again.
  await page.evaluate((shade) => {
    const root = document.querySelector('acu-map').shadowRoot;
    const off = new CSSStyleSheet();
    off.replaceSync(`${shade} { display: none !important; }`);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, off];
  }, shade);
  const bare = await colours();
  await page.evaluate(() => { const root = document.querySelector('acu-map').shadowRoot; root.adoptedStyleSheets = root.adoptedStyleSheets.slice(0, -1); });
  return bare.map((colour, i) => Math.min(...colour.map((c, j) => c - shaded[i][j])));
}

test('the clinic page renders the widget in an open shadow root, styled from inside it', async () => {
  const { page, seen } = await open(browser, '/');
  const facts = await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    return {
      shadowOpen: el.shadowRoot !== null,
      adopted: el.shadowRoot.adoptedStyleSheets.length,
      // Every instance adopts the same sheets (the clinic page has two).
      shared: [...document.querySelectorAll('acu-map')].every((other) => other.shadowRoot.adoptedStyleSheets.every((sheet, i) => sheet === el.shadowRoot.adoptedStyleSheets[i])),
      // The live widget's rules (the list) are in the second sheet, which comes with its chunk.
      listRules: el.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].some((r) => r.selectorText?.startsWith('.item'))),
      headStyles: document.head.querySelectorAll('style').length,
      headChildren: [...document.head.children].map((c) => c.tagName),
      inlineStyles: el.shadowRoot.querySelectorAll('[style]').length,
      lightChildren: [...el.children].map((c) => c.tagName),
    };
  });
  assert.equal(facts.shadowOpen, true);
  assert.equal(facts.adopted, 2, 'two adopted stylesheets: the painted first view\'s, then the live widget\'s');
  assert.equal(facts.shared, true, 'one set of sheets for every instance');
  assert.deepEqual(facts.listRules, [false, true]);
  assert.equal(facts.headStyles, 0, 'nothing injected into <head>');
  assert.deepEqual(facts.headChildren, ['META', 'META', 'TITLE', 'LINK', 'LINK', 'LINK', 'SCRIPT']);
  assert.equal(facts.inlineStyles, 0, 'no inline style attributes');
  assert.deepEqual(facts.lightChildren, ['P', 'SCRIPT'], 'the page\'s own loading text and content, nothing added');
  assert.deepEqual(seen.errors, []);
  // The page sets selected="GB30": its card is shown, caution first.
  await assert.doesNotReject(page.locator('acu-map [data-testid="card-code"]', { hasText: 'GB30' }).waitFor());
  const cautions = await page.locator('acu-map [data-testid="cautions"]').innerText();
  assert.match(cautions, /sciatic nerve/i);
  mkdirSync('tests/browser/screenshots', { recursive: true });
  await page.screenshot({ path: 'tests/browser/screenshots/clinic.png', fullPage: true });
  await page.close();
});

test('every request stays on the page\'s own origin, and no cookie or storage is written', async () => {
  // Any CSP or Trusted Types violation (an eval, an inline style, innerHTML) would be reported here.
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`));
  });
  const { page, seen } = await open(context, '/');
  // The page is served with the strict CSP and Trusted Types required; the widget still rendered.
  const csp = (await (await page.request.get(BASE + '/')).headers())['content-security-policy'];
  for (const rule of ["script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "require-trusted-types-for 'script'"]) {
    assert.ok(csp.includes(rule), `${rule} in ${csp}`);
  }
  assert.deepEqual(seen.errors, []);
  await page.locator('acu-map [data-testid="marker-BL23"] .hit').first().click();
  const origin = new URL(BASE).origin;
  const foreign = seen.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  // Every file but the entry script and the host stylesheet carries a hash of its content: the
  // wasm, the page's prose and the live widget's code, which comes after the first view.
  const files = seen.requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/pkg/')).map((p) => p.replace(/\.[0-9a-f]{12}\./, '.#.')).sort();
  assert.deepEqual(files, ['/pkg/acumap.#.js', '/pkg/acumap.css', '/pkg/acumap.js', '/pkg/acumap_bg.#.wasm', '/pkg/prose.en.#.json', '/pkg/split_live.#.wasm']);
  const state = await page.evaluate(async () => ({
    cookie: document.cookie, local: localStorage.length, session: sessionStorage.length,
    databases: (await indexedDB.databases()).length, caches: (await caches.keys()).length,
  }));
  assert.deepEqual(state, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
  await page.locator('acu-map [data-testid="tab-hand-back"]').click();
  await typeSearch(page.locator('acu-map [data-testid="search"]'), '<img src=x>');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // The generated JavaScript has no eval and no Function constructor.
  for (const url of seen.requests.filter((u) => /^\/pkg\/.*\.js$/.test(new URL(u).pathname))) {
    const source = await (await page.request.get(url)).text();
    // (wasm-bindgen's debug formatting has the text `Function(${name})` in a template literal.)
    assert.doesNotMatch(source, /\beval\s*\(|new\s+Function\b|(?<![\w`.])Function\s*\(/, url);
  }
  await context.close();
});

test('clicking a marker selects the point, shows its card and fires acu-select with the point', async () => {
  const { page } = await open(browser, '/');
  await record(page);
  const marker = page.locator('acu-map [data-testid="marker-BL23"]');
  await marker.locator('.hit').first().click();
  await page.locator('acu-map [data-testid="card-code"]', { hasText: 'BL23' }).waitFor();
  assert.equal(await marker.getAttribute('aria-pressed'), 'true');
  const location = await page.locator('acu-map [data-testid="card-location"]').innerText();
  assert.match(location, /L2/);
  assert.match(await page.locator('acu-map.sciatica [data-testid="card"]').innerText(), /Shènshū/);
  const [event] = await selections(page);
  assert.equal(event.bubbles, true);
  assert.equal(event.composed, true);
  assert.equal(event.target, 'ACU-MAP');
  assert.equal(event.detail.code, 'BL23');
  assert.equal(event.detail.pinyin, 'Shenshu');
  assert.equal(event.detail.hanzi, '肾俞');
  assert.equal(event.detail.meridian, 'BL');
  assert.ok(Array.isArray(event.detail.views.back), 'detail carries the positions');
  assert.ok(event.detail.cautions.some((c) => c.kind === 'organ'));
  await page.close();
});

test('a point is selected by keyboard alone: Tab to a marker, Enter or Space, an arrow key to the next', async () => {
  const { page } = await open(browser, '/');
  await record(page);
  // From the Back tab (the active one), Tab moves through the map's tools into its markers.
  await page.locator('acu-map [data-testid="tab-back"]').focus();
  const active = () => page.evaluate(() => document.querySelector('acu-map').shadowRoot.activeElement?.dataset.code);
  let focused;
  for (let i = 0; i < 8 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await active();
  }
  assert.ok(focused, 'a marker has focus within 8 Tab presses');
  await page.keyboard.press('Enter');
  await page.locator('acu-map [data-testid="card-code"]', { hasText: focused }).waitFor();
  // The other markers are not Tab stops (the map is one): an arrow key goes to the next.
  await page.keyboard.press('ArrowDown');
  const next = await page.evaluate(() => document.querySelector('acu-map').shadowRoot.activeElement?.dataset.code);
  assert.ok(next && next !== focused, `${next} after ${focused}`);
  await page.keyboard.press(' ');
  await page.locator('acu-map [data-testid="card-code"]', { hasText: next }).waitFor();
  const codes = (await selections(page)).map((s) => s.detail.code);
  assert.deepEqual(codes, [focused, next]);
  await page.close();
});

test('the view tabs switch the figure by click, arrow keys and the view attribute', async () => {
  const { page } = await open(browser, '/');
  const map = page.locator('acu-map [data-testid="map"]');
  assert.equal(await map.getAttribute('data-view'), 'back');
  assert.equal(await page.locator('acu-map [data-testid="marker-SP6"]').count(), 0, 'SP6 is not drawn on the back');
  await page.locator('acu-map [data-testid="tab-front"]').click();
  assert.equal(await map.getAttribute('data-view'), 'front');
  assert.equal(await page.locator('acu-map [data-testid="tab-front"]').getAttribute('aria-selected'), 'true');
  // The new view's markers come a frame after its figure (map.test.mjs, "a view switch …").
  await page.locator('acu-map [data-testid="marker-SP6"]').waitFor();
  assert.equal(await page.locator('acu-map [data-testid="marker-SP6"]').count(), 1);
  assert.equal(await page.locator('acu-map [data-testid="marker-BL23"]').count(), 0);
  await page.keyboard.press('ArrowRight');
  assert.equal(await map.getAttribute('data-view'), 'back');
  const focusedTab = await page.evaluate(() => document.querySelector('acu-map').shadowRoot.activeElement?.id);
  assert.equal(focusedTab, 'tab-back', 'focus follows the arrow key');
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('view', 'front'));
  assert.equal(await map.getAttribute('data-view'), 'front');
  await page.close();
});

test('attributes are live: selected and points update the widget', async () => {
  const { page } = await open(browser, '/study.html');
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('selected', 'li4'));
  await page.locator('acu-map [data-testid="card-code"]', { hasText: 'LI4' }).waitFor();
  await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    el.setAttribute('points', 'BL23, GB30');
    el.setAttribute('view', 'back');
  });
  const items = await page.locator('acu-map [data-testid="list"] [role="option"]:not([hidden])').evaluateAll((bs) => bs.map((b) => b.dataset.testid));
  assert.deepEqual(items, ['item-BL23', 'item-GB30']);
  const marked = await page.locator('acu-map g.point:not([hidden])').evaluateAll((gs) => gs.map((g) => g.dataset.code).sort());
  assert.deepEqual(marked, ['BL23', 'GB30', 'LI4'], 'only the two points are drawn, and the selected LI4 (the back of the hand)');
  // Written with spaces, as HTML's own lists are: the same, and no notice.
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('points', 'BL25  BL40'));
  const spaced = await page.locator('acu-map [data-testid="list"] [role="option"]:not([hidden])').evaluateAll((bs) => bs.map((b) => b.dataset.testid));
  assert.deepEqual(spaced, ['item-BL25', 'item-BL40']);
  assert.equal(await page.locator('acu-map .notice').count(), 0);
  await page.evaluate(() => document.querySelector('acu-map').removeAttribute('points'));
  const all = await page.locator('acu-map [data-testid="list"] [role="option"]:not([hidden])').evaluateAll((bs) => bs.map((b) => b.dataset.testid));
  assert.ok(all.length > 100 && all.includes('item-CV12') && all.includes('item-LI4'), 'no attribute: the whole catalog');
  await page.close();
});

test('an unknown code shows a notice inside the widget, warns naming it, and the rest keeps working', async () => {
  const { page, seen } = await open(browser, '/');
  await page.evaluate(() => {
    const el = document.createElement('acu-map');
    el.id = 'second';
    el.setAttribute('selected', 'XX99');
    el.setAttribute('points', 'BL23,<img src=x onerror=alert(1)>,SP6');
    document.body.append(el);
  });
  const second = page.locator('#second');
  await second.locator('[data-testid="map"]').waitFor();
  const notices = await second.locator('[data-testid="notice"]').allInnerTexts();
  assert.equal(notices.length, 2);
  assert.match(notices[0], /XX99/);
  assert.match(notices[1], /<img src=x onerror=alert\(1\)>/, 'the hostile string is shown as text');
  assert.equal(await second.locator('img').count(), 0, 'and never becomes markup');
  assert.ok(seen.warnings.some((w) => w.includes('XX99') && w.includes('selected')), seen.warnings.join('\n'));
  assert.ok(seen.warnings.some((w) => w.includes('onerror') && w.includes('points')));
  const items = await second.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((bs) => bs.map((b) => b.dataset.testid));
  assert.deepEqual(items, ['item-SP6', 'item-BL23'], 'the good codes still work (in catalog order)');
  await second.locator('[data-testid="item-SP6"]').click();
  await second.locator('[data-testid="card-code"]', { hasText: 'SP6' }).waitFor();
  // A corrected attribute clears its notice.
  await page.evaluate(() => document.querySelector('#second').setAttribute('selected', 'BL23'));
  assert.equal(await second.locator('[data-testid="notice"]').count(), 1);
  // The first widget was not touched.
  assert.equal(await page.locator('acu-map:not(#second) [data-testid="notice"]').count(), 0);
  assert.match(await page.locator('acu-map:not(#second) [data-testid="card-code"]').innerText(), /GB30/);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('a search hides the rows and markers it leaves out, and clearing it shows the same nodes again', async () => {
  const { page } = await open(browser, '/study.html');
  const root = () => page.evaluateHandle(() => document.querySelector('acu-map').shadowRoot);
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelectorAll('[data-testid="list"] [role="option"]').length === 409);
  // Mark every row and marker, to know them again after the search.
  await (await root()).evaluate((r) => r.querySelectorAll('[role="option"], g.point').forEach((n) => { n.seenBefore = true; }));
  const shown = () => page.evaluate(() => {
    const r = document.querySelector('acu-map').shadowRoot;
    const visible = (sel) => [...r.querySelectorAll(sel)].filter((n) => n.getBoundingClientRect().width > 0);
    return { rows: visible('[role="option"]').map((n) => n.dataset.code), markers: visible('g.point').length, all: r.querySelectorAll('[role="option"], g.point').length, marked: [...r.querySelectorAll('[role="option"], g.point')].filter((n) => n.seenBefore).length };
  });
  const before = await shown();
  const search = page.locator('acu-map [data-testid="search"]');
  await typeSearch(search, 'GB30');
  const hit = await shown();
  assert.deepEqual(hit.rows.slice(0, 1), ['GB30'], 'the hit is shown first');
  assert.ok(hit.rows.length < 5 && hit.markers < 5, JSON.stringify(hit));
  // Hidden rows are out of the accessibility tree: the listbox has only the hits.
  const options = await page.locator('acu-map [data-testid="list"]').ariaSnapshot();
  assert.equal((options.match(/- option/g) || []).length, hit.rows.length, options);
  await typeSearch(search, '');
  const after = await shown();
  assert.equal(after.markers, before.markers);
  assert.equal(after.rows.length, 409);
  assert.equal(after.marked, after.all, 'no row or marker was made again');
  await page.close();
});

test('a list that scrolls is shaded at each edge where rows are out of sight, and only there, over a selected row too', async () => {
  // The patient's page on a phone: its list of eight shows four, cut at a row's edge, with no
  // scroll bar until it is scrolled; the row at its foot is the page's selected point's.
  const { page } = await open(browser, '/patient-zh.html', { width: 390, height: 800 });
  const list = page.locator('acu-map .point-list');
  await list.scrollIntoViewIfNeeded();
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // How much darker the list is at its top and at its foot with its shades than without, the
  // list scrolled to `scroll`: measured inside the rows' right padding (no text there, clear of
  // the box's rounded corners) and off the lines between rows.
  const darker = async (scroll) => {
    const at = await list.evaluate((ul, scroll) => {
      ul.scrollTop = scroll === 'end' ? ul.scrollHeight : scroll;
      const box = ul.getBoundingClientRect();
      const top = box.top + ul.clientTop;
      const bottom = top + ul.clientHeight;
      const lines = [...ul.children].slice(1).map((li) => li.getBoundingClientRect().top);
      const clear = (ys) => ys.find((y) => lines.every((line) => Math.abs(line - y) > 1.5));
      return { x: box.left + ul.clientLeft + ul.clientWidth - 6, top: clear([top + 2, top + 3, top + 4]), bottom: clear([bottom - 2, bottom - 3, bottom - 4]) };
    }, scroll);
    const [top, bottom] = await darkenedBy(page, '.point-list::before, .point-list::after', [[at.x, at.top], [at.x, at.bottom]]);
    return { top, bottom };
  };
  const { scrollHeight, clientHeight } = await list.evaluate((ul) => ({ scrollHeight: ul.scrollHeight, clientHeight: ul.clientHeight }));
  assert.ok(scrollHeight > clientHeight + 100, 'the list scrolls');
  assert.equal(await list.locator('li.selected').count(), 1);
  const shade = 10;
  const first = await darker(0);
  assert.ok(first.top === 0 && first.bottom >= shade, `rows below only: ${JSON.stringify(first)}`);
  const middle = await darker(Math.round((scrollHeight - clientHeight) / 2));
  assert.ok(middle.top >= shade && middle.bottom >= shade, `rows above and below: ${JSON.stringify(middle)}`);
  const end = await darker('end');
  assert.ok(end.top >= shade && end.bottom === 0, `rows above only: ${JSON.stringify(end)}`);
  // The keyboard going down the list: the row it is on comes into sight clear of the shade below.
  await list.evaluate((ul) => { ul.scrollTop = 0; ul.firstElementChild.focus(); });
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await frames();
  const clearance = await list.evaluate((ul) => {
    const row = ul.getRootNode().activeElement.getBoundingClientRect();
    const box = ul.getBoundingClientRect();
    return { scrolled: ul.scrollTop > 0, below: box.top + ul.clientTop + ul.clientHeight - row.bottom, shade: parseFloat(getComputedStyle(ul, '::after').height) };
  });
  assert.ok(clearance.scrolled && clearance.below >= clearance.shade - 0.5, JSON.stringify(clearance));
  await page.close();
});

test('the shown rows follow the ranking as a search is typed, and rows already in order are not moved', async () => {
  const { page } = await open(browser, '/study.html');
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelectorAll('[data-testid="list"] [role="option"]').length === 409);
  // Each letter typed: the shown rows, in the page's order, against the element's own search;
  // and how many rows left and rejoined the list (a move is one of each).
  const type = (q) => page.evaluate(async (q) => {
    const el = document.querySelector('acu-map');
    const list = el.shadowRoot.querySelector('[data-testid="list"]');
    let moved = 0;
    const watch = new MutationObserver((ms) => { for (const m of ms) moved += [...m.removedNodes].filter((n) => n.nodeName === 'LI').length; });
    watch.observe(list, { childList: true });
    const input = el.shadowRoot.querySelector('[data-testid="search"]');
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The widget searches a frame after the letter (see `typeSearch`).
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    watch.disconnect();
    const rows = [...list.querySelectorAll('[role="option"]:not([hidden])')].map((li) => li.dataset.code);
    return { rows, ranked: el.search(q).map((p) => p.code), moved, drawn: list.querySelectorAll('[role="option"]').length };
  }, q);
  for (const q of ['s', 'sc', 'sci', 'sciatica', 'ki', 'kidney', 'P6', 'LI4', '']) {
    const { rows, ranked, drawn } = await type(q);
    assert.deepEqual(rows, ranked, q);
    assert.equal(drawn, 409, `${q}: every row kept`);
  }
  // A hit already in its place, then every row back: nothing moves (Leptos's <For> alone moved
  // every row after the first one out of place).
  assert.equal((await type('GB30')).moved, 0);
  assert.equal((await type('')).moved, 0);
  // "kidney" ranks BL23 first among 40-odd rows in catalog order: a few rows move, not all.
  const kidney = await type('kidney');
  assert.ok(kidney.moved > 0 && kidney.moved < kidney.rows.length / 2, `${kidney.moved} of ${kidney.rows.length} moved`);
  await page.close();
});

test('a letter typed is on screen before the search runs, and letters typed meanwhile are searched together', async () => {
  const { page } = await open(browser, '/study.html');
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelectorAll('[data-testid="list"] [role="option"]').length === 409);
  const result = await page.evaluate(async () => {
    const el = document.querySelector('acu-map');
    const root = el.shadowRoot;
    const input = root.querySelector('[data-testid="search"]');
    const shown = () => [...root.querySelectorAll('[data-testid="list"] [role="option"]:not([hidden])')].map((li) => li.dataset.code);
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const type = (value) => { input.value = value; input.dispatchEvent(new Event('input', { bubbles: true })); };
    // The frame that paints the letters has every row still: the search comes after it.
    type('sci');
    const atLetters = await new Promise((r) => requestAnimationFrame(() => r(shown().length)));
    await frame();
    await frame();
    const afterSci = shown();
    type('');
    await frame();
    await frame();
    // "sc", then an "i" typed while the search for "sc" waits for its frame: one search, for
    // "sci" (the result count is announced once).
    const said = [];
    const announcer = root.querySelector('[data-testid="announcer"]');
    const watch = new MutationObserver(() => said.push(announcer.textContent));
    watch.observe(announcer, { childList: true, characterData: true, subtree: true });
    type('sc');
    requestAnimationFrame(() => type('sci'));
    await frame();
    await frame();
    watch.disconnect();
    return { atLetters, afterSci, sci: el.search('sci').map((p) => p.code), sc: el.search('sc').length, said, final: shown() };
  });
  assert.equal(result.atLetters, 409, 'the letters\' frame still shows every row');
  assert.ok(result.sci.length < result.sc && result.sc < 409, `"sc" and "sci" each narrow the list: ${result.sc}, ${result.sci.length}`);
  assert.deepEqual(result.afterSci, result.sci, 'then the search\'s rows');
  assert.deepEqual(result.final, result.sci);
  assert.deepEqual(result.said, [`${result.sci.length} points`], 'one search, for the last letter');
  await page.close();
});

test('search finds points by code, pinyin without tones, hanzi and condition', async () => {
  const { page } = await open(browser, '/');
  const search = page.locator('acu-map [data-testid="search"]');
  const first = () => page.locator('acu-map [data-testid="list"] [role="option"]:not([hidden])').first().getAttribute('data-testid');
  for (const [query, code] of [['shenshu', 'BL23'], ['腎兪', 'BL23'], ['ub40', 'BL40'], ['union valley', 'LI4'], ['sanyinjiao', 'SP6']]) {
    await typeSearch(search, query);
    assert.equal(await first(), `item-${code}`, query);
  }
  await typeSearch(search, 'pregnancy');
  const pregnancy = await page.locator('acu-map [data-testid="list"] [role="option"]:not([hidden])').evaluateAll((bs) => bs.map((b) => b.dataset.testid));
  for (const code of ['LI4', 'SP6', 'BL60']) assert.ok(pregnancy.includes(`item-${code}`), `${code} in ${pregnancy}`);
  await typeSearch(search, 'no such point');
  assert.equal(await page.locator('acu-map [data-testid="list"] [role="option"]:not([hidden])').count(), 0);
  // Choosing a point in the list shows it on a view where it is drawn.
  await typeSearch(search, 'SP6');
  assert.equal((await page.locator('acu-map p.count').first().innerText()).trim(), '1 point');
  await page.locator('acu-map [data-testid="item-SP6"]').click();
  assert.equal(await page.locator('acu-map [data-testid="map"]').getAttribute('data-view'), 'front');
  assert.equal(await page.locator('acu-map [data-testid="marker-SP6"]').getAttribute('aria-pressed'), 'true');
  await page.close();
});

test('a misspelled word finds what the word the texts write finds, and the count and the live region say what was searched, in the reader\'s language', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map').first();
  const search = widget.locator('[data-testid="search"]');
  const shown = () => widget.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((os) => os.map((o) => o.dataset.testid));
  const count = async () => (await widget.locator('p.count').innerText()).trim();
  const said = () => widget.locator('[data-testid="announcer"]').textContent();
  await page.waitForFunction(() => document.querySelector('acu-map').search('insomnia').length > 20);
  await typeSearch(search, 'insomnia');
  const meant = await shown();
  assert.equal(await count(), `${meant.length} points`);
  // Read another way with as many points found, the search is news too.
  await typeSearch(search, 'insomia');
  assert.deepEqual(await shown(), meant);
  assert.equal(await count(), `${meant.length} points for “insomnia”`);
  assert.equal(await said(), await count());
  // The element's search() reads it so too.
  assert.deepEqual(await widget.evaluate((el) => el.search('insomia').map((p) => `item-${p.code}`)), meant);
  // In Chinese, in Chinese, with the Chinese prose; a word nothing is near finds nothing.
  await widget.evaluate((el) => { el.lang = 'zh-Hans'; });
  await page.waitForFunction(() => document.querySelector('acu-map').search('孕妇').length > 0);
  await typeSearch(search, 'sanyinjao');
  assert.deepEqual(await shown(), ['item-SP6']);
  assert.equal(await count(), '按“sanyinjiao”找到 1 个穴位');
  await typeSearch(search, 'diabetes');
  assert.deepEqual(await shown(), []);
  await page.close();
});

test('a search that names an emergency or a crisis says first that it must not wait, and the live region says it, in the reader\'s language', async () => {
  // A patient's page, whose list holds eight points: the notice is the search's, not theirs.
  const { page } = await open(browser, '/patient.html');
  const widget = page.locator('acu-map').first();
  const search = widget.locator('[data-testid="search"]');
  const notice = widget.locator('[data-testid="urgent"]');
  const said = () => widget.locator('[data-testid="announcer"]').textContent();
  await page.waitForFunction(() => document.querySelector('acu-map').search('pregnant').length > 0);
  await typeSearch(search, 'headache');
  assert.equal(await notice.count(), 0);
  await typeSearch(search, 'I think I\'m having a heart attack');
  assert.match(await notice.innerText(), /^If this is happening now, call your local emergency number/);
  // Said before the count; drawn above the search's count and list, with the warning sign.
  assert.equal(await said(), `${await notice.innerText()} ${(await widget.locator('p.count').innerText()).trim()}`);
  const above = await notice.evaluate((n) => !!(n.compareDocumentPosition(n.getRootNode().querySelector('p.count')) & Node.DOCUMENT_POSITION_FOLLOWING));
  assert.ok(above);
  assert.equal(await notice.locator('svg.warn-icon').count(), 1);
  // No point is for it, and no other search to try is offered beneath.
  assert.equal(await widget.locator('[data-testid="list-empty"]').count(), 0);
  await typeSearch(search, 'suicidal');
  assert.match(await notice.innerText(), /crisis line/);
  await typeSearch(search, 'bleeding during pregnancy');
  assert.match(await notice.innerText(), /midwife/);
  // A complaint the texts treat, however serious, is the points' to answer.
  await typeSearch(search, 'chest pain');
  assert.equal(await notice.count(), 0);
  await widget.evaluate((el) => { el.lang = 'zh-Hans'; });
  await page.waitForFunction(() => document.querySelector('acu-map').search('孕妇').length > 0);
  await typeSearch(search, '心梗');
  assert.match(await notice.innerText(), /急救电话/);
  assert.ok((await said()).startsWith(await notice.innerText()));
  await page.close();
});

test('a complaint in pregnancy lists its points, those to take care with in pregnancy last and named so, on the row and to a screen reader', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map').first();
  const search = widget.locator('[data-testid="search"]');
  // Every row drawn (the list draws its later rows a batch a frame).
  const rows = async () => {
    await widget.locator('[data-testid="list"]:not([aria-busy])').waitFor();
    return widget.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((os) => os.map((o) => ({
      code: o.dataset.code, badge: o.querySelector('.in-pregnancy')?.textContent ?? null, label: o.getAttribute('aria-label'),
    })));
  };
  await page.waitForFunction(() => document.querySelector('acu-map').search('pregnant').length > 0);
  await typeSearch(search, 'back pain');
  const all = await rows();
  assert.ok(all.every((r) => r.badge === null));
  await typeSearch(search, 'back pain in pregnancy');
  const found = await rows();
  assert.deepEqual(found.map((r) => r.code).sort(), all.map((r) => r.code).sort());
  const first = found.findIndex((r) => r.badge !== null);
  assert.ok(first > 0, 'the points without the caution come first');
  for (const row of found.slice(first)) {
    assert.equal(row.badge, 'Caution in pregnancy');
    assert.ok(row.label.endsWith('Caution in pregnancy'), row.label);
  }
  // Pregnancy alone lists the points to avoid, as the caution filter would: no badge needed.
  await typeSearch(search, 'pregnancy');
  assert.ok((await rows()).every((r) => r.badge === null));
  await page.close();
});

test('the words readers type for a condition come with the prose file and find all its points: in English, in either Chinese script, with a phone\'s apostrophe', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map').first();
  const codes = (query) => widget.evaluate((el, q) => el.search(q).map((p) => p.code), query);
  const shown = () => widget.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((os) => os.map((o) => o.dataset.testid.slice('item-'.length)));
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0))));
  // No built-in field holds "pregnant" (the caution is "Pregnancy"): the word is the prose file's.
  await page.waitForFunction(() => document.querySelector('acu-map').search('pregnant').length > 0);
  for (const [query, condition] of [['Bell’s palsy', 'facial-paralysis'], ['stuffy nose', 'nose'], ['忧郁', 'mental'], ['五十肩', 'neck-pain'], ['鼻敏感', 'nose']]) {
    // The condition's points, as the widget's condition filter lists them.
    await widget.evaluate((el, c) => el.setAttribute('condition', c), condition);
    await frames();
    const tagged = await shown();
    await widget.evaluate((el) => el.removeAttribute('condition'));
    const found = new Set(await codes(query));
    assert.ok(tagged.length > 5 && tagged.every((c) => found.has(c)), `${query}: ${tagged.filter((c) => !found.has(c))} of ${condition} not found`);
  }
  // The widget's own box finds the same.
  await frames();
  await typeSearch(widget.locator('[data-testid="search"]'), '五十肩');
  assert.deepEqual(await shown(), await codes('五十肩'));
  await page.close();
});

test('the points most used for a complaint come first, as the prose file lists them, for a reader\'s words in English or Chinese, and for a condition chosen', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map').first();
  const shown = () => widget.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((os) => os.map((o) => o.dataset.testid.slice('item-'.length)));
  await page.waitForFunction(() => document.querySelector('acu-map').search('pregnant').length > 0);
  // The lists of the file the page read.
  const mostUsed = await page.evaluate(async () => {
    const url = performance.getEntriesByType('resource').map((e) => e.name).find((n) => /\/prose\.en\.[0-9a-f]{12}\.json$/.test(n));
    return (await (await fetch(url)).json()).search.most_used;
  });
  for (const [query, complaint] of [['can’t sleep', 'insomnia'], ['hiccups', 'hiccup'], ['打嗝', 'hiccup'], ['morning sickness', 'morning sickness']]) {
    const listed = mostUsed[complaint];
    await typeSearch(widget.locator('[data-testid="search"]'), query);
    const rows = await shown();
    assert.ok(listed.length >= 2 && rows.length >= listed.length, `${query}: ${rows}`);
    assert.deepEqual(rows.slice(0, listed.length), listed, query);
    assert.deepEqual((await widget.evaluate((el, q) => el.search(q).map((p) => p.code), query)).slice(0, listed.length), listed, query);
  }
  // A place a complaint holds is that place: `throat` lists the points at the throat first.
  await typeSearch(widget.locator('[data-testid="search"]'), 'throat');
  assert.notDeepEqual((await shown()).slice(0, 3), mostUsed['sore throat'].slice(0, 3));
  // One condition chosen and nothing searched: the list puts the points most used for it first
  // too, as the file lists them (catalog order listed ST45, SP1 and SP4 before HT7), and a
  // condition guide's points before them (low back pain: BL40, not ST31).
  await typeSearch(widget.locator('[data-testid="search"]'), '');
  for (const [condition, first] of [['insomnia', mostUsed.insomnia], ['low-back-pain', ['BL40', 'BL23', 'BL25']]]) {
    await widget.evaluate((el, c) => el.setAttribute('condition', c), condition);
    await page.waitForFunction((code) => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="list"] [role="option"]:not([hidden])')?.dataset.testid === `item-${code}`, first[0]);
    assert.deepEqual((await shown()).slice(0, first.length), first, condition);
  }
  await page.close();
});

test('dry needling\'s words find the points whose card shows a dry-needling counterpart, in a reader\'s words in English or Chinese', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map').first();
  const codes = (query) => widget.evaluate((el, q) => el.search(q).map((p) => p.code), query);
  await page.waitForFunction(() => document.querySelector('acu-map').search('trigger point').length > 0);
  const found = await codes('trigger point');
  assert.ok(found.length > 100 && found.includes('GB21') && !found.includes('GV20'), `${found.length} found`);
  for (const query of ['dry needling', 'myofascial', '干针', '激痛點']) assert.deepEqual(await codes(query), found, query);
  // The first and last found have a counterpart on their card, the first point not found none.
  const notFound = (await codes('')).find((code) => !found.includes(code));
  const card = widget.locator('[data-testid="card"]');
  for (const [code, muscles] of [[found[0], 1], [found.at(-1), 1], [notFound, 0]]) {
    await widget.evaluate((el, c) => el.setAttribute('selected', c), code);
    await page.waitForFunction((c) => {
      const root = document.querySelector('acu-map').shadowRoot;
      return root.querySelector('#card-title')?.textContent.startsWith(c) && root.querySelector('[data-testid="card-dry-needling"]');
    }, code);
    assert.equal(await card.locator('[data-testid="card-dry-needling"] strong').count(), muscles, `${code}: its counterpart's muscles`);
  }
  await page.close();
});

test('the comparison table is an accessible table with every row', async () => {
  const { page } = await open(browser, '/');
  const table = page.locator('acu-map [data-testid="comparison-acupuncture-vs-dry-needling"] table');
  assert.ok((await table.locator('caption').innerText()).length > 0, 'has a caption');
  const columns = await table.locator('thead th[scope="col"]').allInnerTexts();
  assert.deepEqual(columns.slice(1).map((c) => c.trim()), ['Acupuncture', 'Dry needling']);
  const rows = (await table.locator('tbody th[scope="row"]').allInnerTexts()).map((r) => r.trim());
  for (const aspect of ['Regulation and training', 'Diagnostic basis', 'Point selection', 'Evidence base', 'Risk profile', 'Needling depth', 'What it feels like']) {
    assert.ok(rows.includes(aspect), `row ${aspect} in ${rows}`);
  }
  assert.equal(await table.locator('tbody tr').count(), rows.length);
  for (const row of await table.locator('tbody tr').all()) {
    assert.equal(await row.locator('td').count(), 2);
  }
  await page.close();
});

for (const [path, label] of [['/', 'source'], ['/patient-zh.html', '来源']]) {
  test(`a table cites its sources by number, in the order it first cites them, and a citation shows its source (${path})`, async () => {
    const { page } = await open(browser, path);
    const section = page.locator('acu-map [data-testid="comparison-acupuncture-vs-dry-needling"]');
    // The cells come with the prose file, which may still be on its way.
    await section.locator('td button.cite').first().waitFor();
    for (const cell of await section.locator('td').allTextContents()) assert.doesNotMatch(cell, /\(source:|（来源：/);
    const numbers = [...new Set(await section.locator('td button.cite').allTextContents())];
    assert.ok(numbers.length >= 3, numbers.join());
    assert.deepEqual(numbers, numbers.map((_, i) => `[${i + 1}]`));
    const sources = section.locator('details.sources li');
    assert.equal(await sources.count(), numbers.length, 'every source cited');
    for (const source of await sources.allTextContents()) assert.doesNotMatch(source, /^[a-z]+-[a-z0-9-]+ /, 'shown without its key');
    // The table cites WHO's training guidelines first, then the meta-analysis of Vickers et
    // al., listed third (after White's review of adverse events, cited last).
    const second = section.locator('button.cite', { hasText: '[2]' }).first();
    assert.equal(await second.getAttribute('aria-label'), `${label} 2`);
    await second.focus();
    await page.keyboard.press('Enter');
    assert.equal(await section.locator('details.sources').evaluate((d) => d.open), true);
    assert.ok(await sources.nth(1).evaluate((li) => li.getRootNode().activeElement === li), 'the focus is on the source');
    assert.match(await sources.nth(1).textContent(), /^Vickers AJ/);
    await page.close();
  });
}

test('on a phone the comparison table is a row at a time, each cell under its column\'s name, and still a table to a screen reader', async () => {
  const { page } = await open(browser, '/patient.html', { width: 390, height: 800 });
  const table = page.locator('acu-map [data-testid="comparison-acupuncture-vs-dry-needling"] table');
  await table.waitFor();
  const shape = await table.evaluate((t) => {
    const cells = [...t.querySelectorAll('tbody td')];
    const box = t.closest('.table-scroll');
    return {
      fits: box.scrollWidth <= box.clientWidth,
      // Every cell starts under the one before it, and shows its column's name above its text.
      stacked: cells.every((td) => td.getBoundingClientRect().left === cells[0].getBoundingClientRect().left),
      names: [...new Set(cells.map((td) => getComputedStyle(td, '::before').content))],
    };
  });
  assert.deepEqual(shape, { fits: true, stacked: true, names: ['"Acupuncture" / ""', '"Dry needling" / ""'] });
  // What Chromium gives assistive technology: a table, its rows, their headers and cells.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const count = (role) => nodes.filter((n) => !n.ignored && n.role?.value === role).length;
  const rows = await table.locator('tbody tr').count();
  assert.ok(rows >= 7);
  assert.deepEqual(
    { table: count('table'), rowheader: count('rowheader'), cell: count('cell'), columnheader: count('columnheader') },
    { table: 1, rowheader: rows, cell: rows * 2, columnheader: 3 },
  );
  await page.close();
});

test('a table\'s box is a Tab stop only while it scrolls sideways, shaded at the sides past which columns are out of sight, and the arrow keys scroll it', async () => {
  const { page } = await open(browser, '/', { width: 1280, height: 800 });
  const widget = page.locator('acu-map');
  const builtIn = widget.locator('[data-testid="comparison-acupuncture-vs-dry-needling"] .table-scroll');
  await builtIn.waitFor();
  const state = (box) => box.evaluate((b) => ({ scrolls: b.scrollWidth > b.clientWidth, tabindex: b.getAttribute('tabindex') }));
  assert.deepEqual(await state(builtIn), { scrolls: false, tabindex: null }, 'the built-in table fits: Tab passes it');
  // A host's table of six columns is wider than an 800 px widget.
  const columns = ['One', 'Two', 'Three', 'Four', 'Five', 'Six'];
  await page.evaluate((columns) => {
    const el = document.querySelector('acu-map');
    el.style.width = '800px';
    el.content = { comparisons: [{ title: 'Six ways', columns, rows: [{ aspect: 'Aspect', cells: columns }] }] };
  }, columns);
  const wide = widget.locator('[data-testid="comparison-host-0"] .table-scroll');
  await wide.waitFor();
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="comparison-host-0"] .table-scroll').getAttribute('tabindex') === '0');
  assert.deepEqual(await state(wide), { scrolls: true, tabindex: '0' });
  assert.equal(await wide.getAttribute('aria-label'), 'Six ways', 'the stop is named');
  // Its sides are shaded where columns are out of sight: whether its frame's left and right
  // shades (::before, ::after) show, two frames after it is scrolled.
  const sides = () => wide.evaluate(async (box) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return ['::before', '::after'].map((p) => getComputedStyle(box.parentElement, p).opacity);
  });
  assert.deepEqual(await sides(), ['0', '1'], 'columns out of sight on the right only');
  // Painted over the table: its header row's cell at the right edge is darker with the shade.
  await wide.scrollIntoViewIfNeeded();
  const edge = await wide.evaluate((box) => { const b = box.getBoundingClientRect(); return { x: b.right - 4, y: b.top + 8 }; });
  const [darker] = await darkenedBy(page, '.table-frame::after', [[edge.x, edge.y]]);
  assert.ok(darker >= 10, `darker by ${darker}`);
  await wide.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="comparison-host-0"] .table-scroll').scrollLeft > 0);
  assert.deepEqual(await sides(), ['1', '1'], 'columns out of sight on both sides');
  await wide.evaluate((box) => { box.scrollLeft = box.scrollWidth; });
  assert.deepEqual(await sides(), ['1', '0'], 'columns out of sight on the left only');
  // Given room, it fits and is no longer a stop.
  await page.setViewportSize({ width: 1800, height: 800 });
  await page.evaluate(() => { document.querySelector('acu-map').style.width = '1700px'; });
  await page.waitForFunction(() => !document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="comparison-host-0"] .table-scroll').hasAttribute('tabindex'));
  assert.deepEqual(await state(wide), { scrolls: false, tabindex: null });
  assert.deepEqual(await sides(), ['0', '0'], 'nothing out of sight');
  await page.close();
});

test('removing the element unmounts it; adding it again mounts a fresh one', async () => {
  const { page, seen } = await open(browser, '/');
  const counts = await page.evaluate(async () => {
    const el = document.querySelector('acu-map');
    const parent = el.parentNode;
    el.remove();
    await new Promise((r) => setTimeout(r, 0));
    const afterRemove = el.shadowRoot.childElementCount;
    parent.append(el);
    await new Promise((r) => setTimeout(r, 0));
    return { afterRemove, afterAdd: el.shadowRoot.querySelectorAll('g.point:not([hidden])').length };
  });
  assert.equal(counts.afterRemove, 0);
  assert.ok(counts.afterAdd > 0);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('moved into another document (a same-origin frame, as into a Document Picture-in-Picture window) and back: its styles come with it', async () => {
  const { page, seen } = await open(browser, '/');
  const looks = await page.evaluate(async () => {
    const el = document.querySelector('acu-map');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px';
    document.body.append(frame);
    await new Promise((r) => setTimeout(r, 0));
    const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    // The rules the shadow root has, and how its map and its card's code are drawn by them.
    const look = () => {
      const style = (selector) => {
        const found = el.shadowRoot.querySelector(selector);
        if (!found) return null;
        const computed = found.ownerDocument.defaultView.getComputedStyle(found);
        return [computed.display, computed.position, computed.fontWeight, computed.borderTopStyle].join(' ');
      };
      return {
        rules: el.shadowRoot.adoptedStyleSheets.reduce((n, sheet) => n + sheet.cssRules.length, 0),
        map: style('[data-testid="map"]'),
        code: style('[data-testid="card-code"]'),
      };
    };
    const before = look();
    frame.contentDocument.body.append(el);
    await settle();
    const inFrame = look();
    // Removed there and added again: a fresh widget, its sheets not adopted twice.
    el.remove();
    await settle();
    frame.contentDocument.body.append(el);
    await new Promise((r) => setTimeout(r, 1500));
    const again = look();
    document.body.prepend(el);
    await settle();
    return { before, inFrame, again, back: look() };
  });
  assert.ok(looks.before.rules > 100, JSON.stringify(looks.before));
  assert.deepEqual(looks.inFrame, looks.before);
  assert.equal(looks.again.rules, looks.before.rules, 'each sheet once');
  assert.deepEqual(looks.back, looks.before);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('the study page holds the whole catalog and finds points by every field a person types', async () => {
  const { page } = await open(browser, '/study.html');
  const items = page.locator('acu-map [data-testid="list"] [role="option"]:not([hidden])');
  assert.equal(await items.count(), 409, 'the 361 WHO points and the 48 extra points');
  const search = page.locator('acu-map [data-testid="search"]');
  const first = () => items.first().getAttribute('data-testid');
  for (const [query, code] of [
    ['shenshu', 'BL23'], ['shénshū', 'BL23'], ['肾俞', 'BL23'], ['腎兪', 'BL23'], ['UB23', 'BL23'],
    ['kidney shu', 'BL23'], ['SJ5', 'TE5'], ['LV3', 'LR3'], ['du20', 'GV20'], ['ren12', 'CV12'], ['EX-HN3', 'EX-HN3'],
  ]) {
    await typeSearch(search, query);
    assert.equal(await first(), `item-${code}`, query);
  }
  // And by where a point lies, as its card says it (the location texts, read last).
  for (const [query, expected] of [
    ['sciatica', ['GB30', 'BL40', 'BL25']], ['pregnancy', ['LI4', 'SP6', 'BL60', 'BL67', 'GB21']],
    ['between thumb and index finger', ['LI4']], ['earlobe', ['TE17']], ['big toe', ['LR1', 'SP1']],
  ]) {
    await typeSearch(search, query);
    const found = await items.evaluateAll((bs) => bs.map((b) => b.dataset.testid.slice(5)));
    for (const code of expected) assert.ok(found.includes(code), `${query} finds ${code}`);
  }
  // Every point is drawn on some view: select one from each end of the catalog.
  for (const code of ['LU1', 'EX-LE12']) {
    await typeSearch(search, code);
    await page.locator(`acu-map [data-testid="item-${code}"]`).click();
    assert.equal(await page.locator(`acu-map [data-testid="marker-${code}"]`).getAttribute('aria-pressed'), 'true');
  }
  await page.close();
});

test('the list\'s codes are each one line, its names lined up, at 1280 px and at 320 px; the column narrows when no long code is shown', async () => {
  for (const width of [1280, 320]) {
    const { page } = await open(browser, '/study.html', { width, height: 900 });
    const list = page.locator('acu-map [data-testid="list"]');
    // The rows in the list's view, wholly or in part, about the row of `code`.
    const rows = async (code) => {
      // Two frames later: rows come into the list's view unlaid (`content-visibility`), and
      // are laid out as they are painted.
      await list.locator(`[data-code="${code}"]`).evaluate((row) => {
        row.scrollIntoView({ block: 'center' });
        return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      });
      return list.evaluate((ul) => {
        const box = ul.getBoundingClientRect();
        return [...ul.querySelectorAll('[role="option"]:not([hidden])')]
          .filter((r) => { const b = r.getBoundingClientRect(); return b.bottom > box.top && b.top < box.bottom; })
          .map((r) => {
            const code = r.querySelector('.code');
            const range = document.createRange();
            range.selectNodeContents(code);
            return {
              code: code.textContent,
              lines: new Set([...range.getClientRects()].map((b) => Math.round(b.top))).size,
              names: Math.round(r.querySelector('.names').getBoundingClientRect().left),
              codeWidth: code.getBoundingClientRect().width,
              overflows: r.scrollWidth > r.clientWidth,
            };
          });
      });
    };
    const shown = await rows('EX-HN1');
    assert.ok(shown.some((r) => r.code.startsWith('EX-')) && shown.some((r) => !r.code.startsWith('EX-')), JSON.stringify(shown));
    for (const r of shown) {
      assert.equal(r.lines, 1, `${r.code} on one line at ${width} px`);
      assert.ok(!r.overflows, `${r.code}'s row fits at ${width} px`);
    }
    assert.equal(new Set(shown.map((r) => r.names)).size, 1, `names lined up at ${width} px: ${JSON.stringify(shown)}`);
    // The longest codes (EX-HN15, EX-UE11) too.
    for (const r of await rows('EX-HN15')) assert.equal(r.lines, 1, `${r.code} on one line at ${width} px`);
    // A list of four-letter codes gives its names the room an extra point's code would take.
    const wide = (await rows('EX-HN1'))[0].codeWidth;
    await typeSearch(page.locator('acu-map [data-testid="search"]'), 'ST3');
    const narrow = (await rows('ST36'))[0].codeWidth;
    assert.ok(narrow < wide - 8, `ST codes' column ${narrow} px, narrower than ${wide} px`);
    await page.close();
  }
});

test('hostile page styles do not reach inside, and two instances on one page are independent', async () => {
  const { page, seen } = await open(browser, '/hostile.html');
  const first = page.locator('#first');
  const second = page.locator('#second');
  await second.locator('[data-testid="card-code"]', { hasText: 'SP6' }).waitFor();
  // The figure and markers are visible and sized despite `svg { display: none }`.
  const box = await first.locator('[data-testid="map"]').boundingBox();
  assert.ok(box && box.width > 200 && box.height > 400, `map box ${JSON.stringify(box)}`);
  const style = await page.evaluate(() => {
    const root = document.querySelector('#first').shadowRoot.querySelector('.acu');
    const s = getComputedStyle(root);
    // The widget's own accent colour, as a colour.
    const probe = root.appendChild(document.createElement('span'));
    probe.style.color = 'var(--acu-accent)';
    const accent = getComputedStyle(probe).color;
    probe.remove();
    return {
      size: s.fontSize, transform: s.textTransform, spacing: s.letterSpacing, scheme: s.colorScheme, variant: s.fontVariant,
      features: s.fontFeatureSettings, shadow: s.textShadow, fill: s.webkitTextFillColor === s.color, hyphens: s.hyphens,
      caret: s.caretColor === s.color, scrollbar: s.scrollbarColor, sizeAdjust: s.fontSizeAdjust,
      accent: s.accentColor === accent,
    };
  });
  assert.deepEqual(style, {
    size: '16px', transform: 'none', spacing: 'normal', scheme: 'light', variant: 'normal',
    features: 'normal', shadow: 'none', fill: true, hyphens: 'manual',
    caret: true, scrollbar: 'auto', sizeAdjust: 'none', accent: true,
  });
  // Each instance keeps its own state.
  await first.locator('[data-testid="marker-GB30"] .hit').first().click();
  await first.locator('[data-testid="card-code"]', { hasText: 'GB30' }).waitFor();
  assert.match(await second.locator('[data-testid="card-code"]').innerText(), /SP6/);
  assert.equal(await first.locator('[data-testid="list"] [role="option"]:not([hidden])').count(), 3);
  assert.equal(await second.locator('[data-testid="list"] [role="option"]:not([hidden])').count(), 409);
  await typeSearch(second.locator('[data-testid="search"]'), 'hegu');
  assert.equal(await first.locator('[data-testid="list"] [role="option"]:not([hidden])').count(), 3, 'a search in one leaves the other');
  assert.deepEqual(seen.errors, []);
  mkdirSync('tests/browser/screenshots', { recursive: true });
  await page.screenshot({ path: 'tests/browser/screenshots/hostile.png', fullPage: true });
  await page.close();
});

test('on a page written down (vertical-rl, as Chinese articles may be) the widget is written across, painted and live', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const release = await holdLive(page);
  await openBody(page, '/vertical.html', '<p>足三里穴在小腿前外側。</p><acu-map selected="ST36"></acu-map><p>文章完。</p>', {
    lang: 'zh-Hant',
    head: '<link rel="stylesheet" href="/pkg/acumap.css"><style>html { writing-mode: vertical-rl; }</style>',
  });
  const widget = page.locator('acu-map');
  // The tabs in a row across the top, the figure under them, as wide as the screen at most.
  const across = (tabs) => widget.evaluate((el, tabs) => {
    const box = (e) => e.getBoundingClientRect();
    const [front, back] = [...el.shadowRoot.querySelectorAll(tabs)].map(box);
    const map = box(el.shadowRoot.querySelector('svg.map'));
    return {
      mode: getComputedStyle(el.shadowRoot.querySelector('.acu')).writingMode,
      tabs: back.left > front.right - 1 && Math.abs(back.top - front.top) < 2,
      mapUnderTabs: map.top >= front.bottom - 1,
      width: box(el).width,
    };
  }, tabs);
  await widget.locator('.painted svg.map').waitFor();
  const painted = await across('.painted [role="tab"]');
  assert.deepEqual({ ...painted, width: painted.width >= 320 && painted.width <= 1280 }, { mode: 'horizontal-tb', tabs: true, mapUnderTabs: true, width: true }, JSON.stringify(painted));
  release();
  await widget.locator('[data-testid="card-code"]').waitFor();
  const live = await across('[data-testid^="tab-"]');
  assert.deepEqual({ ...live, width: live.width >= 320 && live.width <= 1280 }, { mode: 'horizontal-tb', tabs: true, mapUnderTabs: true, width: true }, JSON.stringify(live));
  await page.close();
});

test('a card names where its numbers come from; a point not needled shows no depth, only its note', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  const card = widget.locator('[data-testid="card"]');
  const sources = widget.locator('[data-testid="card-sources"]');
  const needling = widget.locator('[data-testid="card-needling"]');
  await page.evaluate(() => document.querySelector('acu-map').select('ST36'));
  await sources.waitFor();
  assert.match(await sources.innerText(), /WHO Standard Acupuncture Point Locations \(2008\).*Depth: the range usually taught/);
  assert.match(await needling.innerText(), /^\d[\d.]*–\d[\d.]* cun, /);
  // CV8, the umbilicus: its caution says never to needle it, and no depth says otherwise.
  await page.evaluate(() => document.querySelector('acu-map').select('CV8'));
  await card.locator('[data-testid="card-code"]', { hasText: 'CV8' }).waitFor();
  assert.equal(await needling.locator('.depth').count(), 0);
  assert.match(await needling.innerText(), /^Not needled/);
  // An extra point's location is not the 2008 standard's; a patient reads the location's source only.
  await page.evaluate(() => document.querySelector('acu-map').select('EX-HN3'));
  await card.locator('[data-testid="card-code"]', { hasText: 'EX-HN3' }).waitFor();
  assert.match(await sources.innerText(), /^Location: as usually taught/);
  await page.evaluate(() => { document.querySelector('acu-map').mode = 'patient'; });
  await page.waitForFunction(() => !/Depth/.test(document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="card-sources"]').textContent));
  await page.close();
});

test('an indication\'s condition tags are separate words, read and copied apart', async () => {
  const { page } = await open(browser, '/study.html');
  await page.evaluate(() => document.querySelector('acu-map').select('LR3'));
  const item = page.locator('acu-map [data-testid="card"] li', { has: page.locator('.tag', { hasText: 'High blood pressure' }) });
  await item.waitFor();
  // The text a screen reader reads and a copy takes: a space between the words of each tag.
  const text = await item.evaluate((li) => li.textContent);
  assert.match(text, / Dizziness and vertigo Headache High blood pressure$/);
  await page.close();
});
