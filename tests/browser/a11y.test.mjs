// Accessibility: axe-core (WCAG 2.0–2.2 A and AA rules, target-size included, two rules on
// headings besides: no level skipped, no paragraph styled as one, and one on landmarks: none
// of the same role and name twice) over each host page, into the
// widget's open shadow root, in the states a reader sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { BASE, errors, holdLive, open, recordingPage, typeSearch, useBrowser } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const browser = useBrowser();

/** axe's violations on the page as it is now, one line each. */
async function violations(page) {
  // axe is injected as an inline script, which the pages' CSP forbids: these pages are opened
  // with CSP bypassed (every other test runs under it).
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    // Best practices and an experimental rule: how a screen reader's lists of headings and of
    // landmarks read.
    rules: { 'heading-order': { enabled: true }, 'p-as-heading': { enabled: true }, 'landmark-unique': { enabled: true } },
  }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary}`));
}

/** How wide the page scrolls, and the first elements in a widget wider than its box. */
function overflow(page) {
  return page.evaluate(() => {
    const wide = [];
    for (const host of document.querySelectorAll('acu-map')) {
      const box = host.getBoundingClientRect();
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        // A table as well: in a narrow widget its rows are blocks (comparison_table.css).
        if (el.closest('.visually-hidden, thead')) continue;
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5)) {
          wide.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)}`);
        }
      }
      // And each word shown: a word longer than its line runs out of the box it is in.
      const text = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
      for (let node; (node = text.nextNode());) {
        const parent = node.parentElement;
        if (parent.closest('.visually-hidden, thead') || !parent.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
        for (const word of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const r = range.getBoundingClientRect();
          if (r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5)) {
            wide.push(`"${word[0]}" ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)}`);
          }
        }
      }
    }
    return { page: document.scrollingElement.scrollWidth, wide: wide.slice(0, 5) };
  });
}

for (const path of ['/', '/study.html', '/patient.html', '/patient-zh.html', '/patient-zh-TW.html', '/hostile.html']) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}, with a card open, the overlay on and a close-up`, async () => {
    const { page } = await open(browser, path, { width: 1280, height: 900 }, { bypassCSP: true });
    // The last widget with a list (the clinic page ends with a guide alone).
    const widget = page.locator('acu-map').filter({ has: page.locator('[data-testid="list"]') }).last();
    await typeSearch(widget.locator('[data-testid="search"]'), 'LI4');
    await widget.locator('[data-testid="item-LI4"]').click();
    await widget.locator('[data-testid="overlay"]').click();
    assert.deepEqual(await violations(page), []);
    await widget.locator('[data-testid="tab-hand-back"]').click();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
}

test('on a narrow phone screen too, at 320 px with a card open, in each language', async () => {
  for (const path of ['/', '/patient-zh.html', '/patient-zh-TW.html']) {
    const { page } = await open(browser, path, { width: 320, height: 800 }, { bypassCSP: true });
    await page.evaluate(() => document.querySelector('acu-map').select('GB30'));
    await page.locator('acu-map [data-testid="card-location"]').waitFor();
    assert.deepEqual(await violations(page), [], path);
    await page.close();
  }
});

test('the map\'s "Which point did you mean?" at 320 px, in English light and Chinese dark: no violation, and within the widget', async () => {
  const failures = [];
  // (Two of the four: axe over the study page's 409 markers takes some 20 s a run.)
  for (const [lang, theme] of [['en', 'light'], ['zh-Hans', 'dark']]) {
    const { page } = await open(browser, '/study.html', { width: 320, height: 800 }, { bypassCSP: true, hasTouch: true, isMobile: true });
    await page.evaluate(([lang, theme]) => Object.assign(document.querySelector('acu-map'), { lang, theme }), [lang, theme]);
    const cv12 = page.locator('acu-map [data-testid="marker-CV12"] .ring').first();
    await cv12.scrollIntoViewIfNeeded();
    const ring = await cv12.boundingBox();
    await page.touchscreen.tap(ring.x + ring.width / 2, ring.y + ring.height / 2);
    await page.locator('acu-map [data-testid="chooser"]').waitFor();
    for (const v of await violations(page)) failures.push(`${lang} ${theme}: ${v}`);
    const { wide } = await overflow(page);
    if (wide.length) failures.push(`${lang} ${theme}: wider than the widget: ${wide}`);
    await page.close();
  }
  assert.deepEqual(failures, []);
});

test('every page, in English and Chinese, light and dark, at 320 px with a card open', async () => {
  const failures = [];
  for (const path of ['/', '/study.html', '/patient.html', '/patient-zh.html', '/hostile.html']) {
    for (const lang of ['en', 'zh-Hans']) {
      for (const theme of ['light', 'dark']) {
        const { page } = await open(browser, path, { width: 320, height: 800 }, { bypassCSP: true });
        await page.evaluate(([lang, theme]) => {
          for (const el of document.querySelectorAll('acu-map')) Object.assign(el, { lang, theme });
          document.querySelector('acu-map').select('GB30');
        }, [lang, theme]);
        await page.locator('acu-map [data-testid="card-location"]').first().waitFor();
        for (const v of await violations(page)) failures.push(`${path} ${lang} ${theme}: ${v}`);
        await page.close();
      }
    }
  }
  assert.deepEqual(failures, []);
});

// WCAG 2.2 reflow (1.4.10): 320 CSS px is also a 1280 px screen at 400% zoom, or 640 px at 200%.
for (const width of [320, 390, 768]) {
  test(`reflow at ${width} px: nothing in the widget is wider than its box and no page scrolls sideways`, async () => {
    for (const path of ['/', '/study.html', '/patient.html', '/patient-zh.html']) {
      const { page } = await open(browser, path, { width, height: 800 });
      await page.evaluate(() => document.querySelector('acu-map').select('GB30'));
      await page.locator('acu-map [data-testid="card-location"]').waitFor();
      await page.locator('acu-map .comparison, acu-map [data-testid="list"]').first().waitFor();
      assert.deepEqual(await overflow(page), { page: width, wide: [] }, path);
      await page.close();
    }
  });
}

// A reader who sets a larger default text size (the browser's font size, or Android's text
// scaling) gets larger text in the widget too, as on pages sized in em; the page's own sizes
// (the hostile page sets 40 px on <acu-map> and 62.5% on <html>) still reach nothing.
test('text follows the reader\'s default size and not the page\'s: at 24 px it is half as large again, and reflows at 320 px', async () => {
  const selectors = ['.acu', '.card-head .title', '.card-head .code', '.fields dt', '.search', '.filter', '.count'];
  for (const [path, width] of [['/hostile.html', 1280], ['/', 320], ['/patient-zh.html', 320]]) {
    const { page } = await open(browser, path, { width, height: 800 });
    const sizes = async () => {
      await page.locator('acu-map [data-testid="card-location"]').first().waitFor();
      return page.evaluate((selectors) => {
        const root = [...document.querySelectorAll('acu-map')].find((el) => el.shadowRoot.querySelector('.fields dt')).shadowRoot;
        return selectors.map((s) => parseFloat(getComputedStyle(root.querySelector(s)).fontSize));
      }, selectors);
    };
    const before = await sizes();
    assert.equal(before[0], 16, path);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
    await page.reload();
    const after = await sizes();
    assert.deepEqual(after.map((px, i) => `${selectors[i]} ${Math.round(px / before[i] * 100)}%`), selectors.map((s) => `${s} 150%`), path);
    if (width === 320) assert.deepEqual(await overflow(page), { page: width, wide: [] }, path);
    await page.close();
  }
});

// WCAG 2.2 text spacing (1.4.12): a reader who spaces lines at 1.5, letters at 0.12 em, words at
// 0.16 em and paragraphs at 2 em (a user style sheet, a reading extension) loses no text. Such a
// sheet on the page stops at the widget's shadow root, so the test puts it inside.
const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';

/** Text in the widgets (outside the map's picture) that a box hiding its overflow cuts off, or
 * that runs out of the element holding it, onto what follows: one line each. */
const cutOff = (page) => page.evaluate(() => {
  const found = [];
  const named = (el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`;
  for (const host of document.querySelectorAll('acu-map')) {
    const text = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
    for (let node; (node = text.nextNode());) {
      const parent = node.parentElement;
      // (The narrow table's header row is hidden as the visually hidden text is: its names are
      // shown above each cell.)
      if (!node.data.trim() || parent.closest('.visually-hidden, thead, svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = [...range.getClientRects()];
      const own = parent.getBoundingClientRect();
      if (lines.some((r) => r.bottom > own.bottom + 2 || r.right > own.right + 2)) found.push(`"${node.data.trim().slice(0, 40)}" runs out of ${named(parent)}`);
      for (let box = parent; box; box = box.parentElement) {
        const style = getComputedStyle(box);
        const [x, y] = [style.overflowX, style.overflowY].map((o) => o === 'hidden' || o === 'clip');
        if (!x && !y) continue;
        const b = box.getBoundingClientRect();
        if (lines.some((r) => (x && (r.left < b.left - 1 || r.right > b.right + 1)) || (y && (r.top < b.top - 1 || r.bottom > b.bottom + 1)))) {
          found.push(`"${node.data.trim().slice(0, 40)}" cut off by ${named(box)}`);
        }
      }
    }
  }
  return found;
});

test('text spacing: with a reader\'s line, letter, word and paragraph spacing no text is cut off or overlaps, and nothing reflows out at 320 px', async () => {
  for (const [path, width] of [['/', 320], ['/study.html', 1280], ['/patient-zh.html', 320], ['/hostile.html', 320], ['/', 1280]]) {
    const { page } = await open(browser, path, { width, height: 800 });
    await page.evaluate(() => document.querySelector('acu-map').select('GB30'));
    await page.locator('acu-map [data-testid="card-location"]').first().waitFor();
    const spacing = await page.evaluate(async (css) => {
      for (const el of document.querySelectorAll('acu-map')) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return getComputedStyle(document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="card-location"]')).letterSpacing;
    }, SPACING);
    assert.equal(spacing, '1.92px', `${path}: the reader's spacing is applied`);
    assert.deepEqual(await cutOff(page), [], `${path} at ${width} px`);
    if (width === 320) {
      const { page: pageWidth, wide } = await overflow(page);
      assert.deepEqual(wide, [], path);
      // (The hostile page's own heading, 48 px and letter-spaced, is wider than a phone.)
      if (path !== '/hostile.html') assert.equal(pageWidth, width, path);
    }
    await page.close();
  }
});

test('the dark theme passes too, with host content, and an unknown theme is reported', async () => {
  const { page } = await open(browser, '/study.html', { width: 1280, height: 900 }, { bypassCSP: true });
  const widget = page.locator('acu-map');
  await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    el.theme = 'dark';
    el.content = { notes: { GB21: 'Our note, in its own box.' }, shortlists: [{ title: 'Shoulder', description: 'Ours.', points: ['GB21', 'SI11', 'LI15'] }] };
  });
  const root = () => page.evaluate(() => { const s = getComputedStyle(document.querySelector('acu-map').shadowRoot.querySelector('.acu')); return [s.backgroundColor, s.colorScheme]; });
  const [bg, scheme] = await root();
  // The native controls (the list's scroll bar, the options of a select) dark too.
  assert.deepEqual([bg, scheme], ['rgb(17, 24, 39)', 'dark']);
  await typeSearch(widget.locator('[data-testid="search"]'), 'GB21');
  await widget.locator('[data-testid="item-GB21"]').click();
  await widget.locator('[data-testid="host-note"]').waitFor();
  await widget.locator('[data-testid="overlay"]').click();
  assert.deepEqual(await violations(page), []);
  await page.evaluate(() => { document.querySelector('acu-map').theme = 'neon'; });
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /neon/);
  // In any case, as every keyword attribute is read.
  await page.evaluate(() => { document.querySelector('acu-map').theme = 'Dark'; });
  await widget.locator('[data-testid="notice"]').waitFor({ state: 'detached' });
  assert.deepEqual(await root(), [bg, scheme]);
  await page.close();
});

test('study mode, with a question and then its answer, passes too', async () => {
  const { page } = await open(browser, '/study.html', { width: 1280, height: 900 }, { bypassCSP: true });
  const widget = page.locator('acu-map');
  await page.locator('#quiz').check();
  await widget.locator('[data-testid="marker-CV12"] .hit').first().click();
  await widget.locator('[data-testid="quiz"]').waitFor();
  assert.deepEqual(await violations(page), []);
  await widget.locator('[data-testid="reveal"]').click();
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), 'CV12');
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('forced colours: markers, the selected marker, paths and cautions stay visible and distinct in system colours', async () => {
  const { page } = await open(browser, '/');
  await page.emulateMedia({ forcedColors: 'active' });
  await page.evaluate(() => document.querySelector('acu-map').select('GB30'));
  await page.locator('acu-map [data-testid="card-location"]').waitFor();
  const seen = await page.evaluate(() => {
    const root = document.querySelector('acu-map').shadowRoot;
    const paint = (selector) => {
      const el = root.querySelector(selector);
      const c = getComputedStyle(el);
      return { fill: c.fill, stroke: c.stroke };
    };
    // The system colours as this browser resolves them.
    const probe = document.createElement('span');
    document.body.append(probe);
    const system = (name) => { probe.style.color = name; return getComputedStyle(probe).color; };
    const colours = { canvas: system('Canvas'), text: system('CanvasText'), highlight: system('Highlight') };
    probe.remove();
    return {
      colours,
      dot: paint('.point:not(.selected) .dot'),
      ring: paint('.point:not(.selected) .ring'),
      selectedRing: paint('.point.selected .ring'),
      path: paint('.paths path'),
      cautions: getComputedStyle(root.querySelector('.cautions')).borderLeftColor,
    };
  });
  const invisible = (c) => c === 'none' || c === 'transparent' || /rgba\(.*, 0\)$/.test(c);
  assert.equal(seen.dot.fill, seen.colours.text);
  assert.equal(seen.ring.stroke, seen.colours.text);
  assert.equal(seen.selectedRing.fill, seen.colours.highlight);
  assert.notEqual(seen.selectedRing.fill, seen.ring.fill, 'the selected marker differs from the others');
  assert.equal(seen.path.stroke, seen.colours.text);
  for (const c of [seen.dot.fill, seen.ring.stroke, seen.selectedRing.fill, seen.path.stroke, seen.cautions]) assert.ok(!invisible(c), c);
  await page.screenshot({ path: new URL('./screenshots/forced-colours.png', import.meta.url).pathname });
  await page.close();
});

test('study mode with the locate quiz open, asked and answered, and a guide step on the map', async () => {
  const { page } = await open(browser, '/study.html', { width: 1280, height: 900 }, { bypassCSP: true });
  const widget = page.locator('acu-map');
  await page.evaluate(() => Object.assign(document.querySelector('acu-map'), { mode: 'study', points: 'ST36,SP6,LI4,BL23' }));
  await widget.locator('[data-testid="locate-choice"]').click();
  await widget.locator('[data-testid="locate-choices"]').waitFor();
  assert.deepEqual(await violations(page), [], 'asked');
  await widget.locator('[data-testid="choose-A"]').click();
  await widget.locator('[data-testid="guide"]').waitFor();
  await widget.locator('[data-testid="guide-next"]').click();
  assert.deepEqual(await violations(page), [], 'answered, with the guide on the map');
  await page.close();
});

test('each widget is a region named by what the page made it about, so that two on one page are told apart', async () => {
  const { page } = await open(browser, '/');
  const names = () => page.evaluate(() => [...document.querySelectorAll('acu-map')].map((el) => el.shadowRoot.querySelector('[role="region"]').getAttribute('aria-label')));
  await page.locator('acu-map.guide [data-testid="card"]').first().waitFor();
  // The clinic's map (its first shortlist chosen) and its condition guide (no map: `parts`).
  assert.deepEqual(await names(), ['Acupuncture point map: Points we use for sciatica', 'Acupuncture points: Sciatica']);
  await page.evaluate(() => document.querySelector('acu-map.guide').setAttribute('lang', 'zh-Hans'));
  await page.locator('acu-map.guide [role="region"][lang="zh-Hans"]').waitFor();
  assert.equal((await names())[1], '针灸穴位：坐骨神经痛');
  // The reader's choice names it too.
  await page.locator('acu-map.sciatica [data-testid="filter-shortlist"]').selectOption({ label: 'All points' });
  await page.locator('acu-map.sciatica [role="region"][aria-label="Acupuncture point map"]').waitFor();
  // The page's own name (HTML's aria-label on the element), where it gives one, and the
  // widget's again when it is taken away.
  await page.evaluate(() => { document.querySelector('acu-map.sciatica').ariaLabel = ' Our sciatica points '; });
  await page.locator('acu-map.sciatica [role="region"][aria-label="Our sciatica points"]').waitFor();
  // One landmark of that name for a screen reader: the element itself is no second one.
  const tree = await page.locator('body').ariaSnapshot();
  assert.equal(tree.match(/Our sciatica points/g)?.length, 1, tree);
  assert.match(tree, /region "Our sciatica points"/);
  await page.evaluate(() => document.querySelector('acu-map.sciatica').removeAttribute('aria-label'));
  await page.locator('acu-map.sciatica [role="region"][aria-label="Acupuncture point map"]').waitFor();
  await page.close();
});

/** Chromium's accessibility tree of the page (what a screen reader reads), as its nodes. */
async function axNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes;
}

/** The names Chromium's accessibility tree gives the point list's rows shown, by code; `null`
 * for a row it gives no name. */
async function rowNames(page) {
  const nodes = await axNodes(page);
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const label = await page.locator('acu-map [data-testid="list"]').getAttribute('aria-label');
  const list = nodes.find((n) => !n.ignored && n.role?.value === 'listbox' && n.name?.value === label);
  const rows = list.childIds.map((id) => byId.get(id)).filter((n) => !n.ignored && n.role?.value === 'option');
  const codes = await page.locator('acu-map [data-testid="list"] [role="option"]:not([hidden])').evaluateAll((lis) => lis.map((li) => li.dataset.code));
  assert.equal(rows.length, codes.length);
  return new Map(codes.map((code, i) => [code, rows[i].name?.value || null]));
}

test('every row of the point list has its name for a screen reader, scrolled out of the list or not, in each language', async () => {
  const { page, seen } = await open(browser, '/study.html', { width: 1280, height: 800 });
  const widget = page.locator('acu-map');
  // 409 rows in a box that shows about six: the rest are not laid out (`content-visibility`),
  // and the page is scrolled to its top, where the list may not be.
  let names = await rowNames(page);
  assert.equal(names.size, 409);
  assert.deepEqual([...names].filter(([code, name]) => !name || !name.startsWith(`${code} `)), [], 'a row with no name, or not its own');
  // Its texts in their order, each a phrase of its own.
  assert.equal(names.get('LU1'), 'LU1 Zhōngfǔ 中府, Central Treasury, Front, has cautions');
  assert.equal(names.get('EX-LE12'), 'EX-LE12 Qìduān 气端, Qi Extremities, Front, Top of foot, has cautions');
  assert.equal(names.get('LI4'), 'LI4 Hégǔ 合谷, Union Valley, Back, Back of hand, has cautions');
  assert.equal(names.get('LI1'), 'LI1 Shāngyáng 商阳, Shang Yang, Back, Back of hand');
  // The name follows what the row says as a search or the conditions change it.
  await typeSearch(widget.locator('[data-testid="search"]'), 'P6');
  names = await rowNames(page);
  assert.equal(names.get('LU6'), 'LU6 Kǒngzuì 孔最, Collection Hole, Front, P6 in French notation');
  await typeSearch(widget.locator('[data-testid="search"]'), '');
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('condition', 'sciatica,low-back-pain'));
  await widget.locator('[data-testid="serves-BL23"]').waitFor();
  assert.match((await rowNames(page)).get('BL23'), /^BL23 Shènshū 肾俞, Kidney Shu, Back, has cautions, 2 of 2$/);
  await page.evaluate(() => { const el = document.querySelector('acu-map'); el.removeAttribute('condition'); el.lang = 'zh-Hant'; });
  await widget.locator('[role="region"][lang="zh-Hant"]').waitFor();
  await page.locator('acu-map [data-testid="list"]:not([aria-busy])').waitFor();
  names = await rowNames(page);
  assert.equal(names.size, 409);
  assert.equal(names.get('LU1'), 'LU1 中府 Zhōngfǔ，Central Treasury，正面，有注意事項');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('the card\'s field names reach a screen reader as written, not in capitals it may spell out, painted and live', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const release = await holdLive(page);
  await page.goto(BASE + '/');
  // What Chromium's accessibility tree names the first widget's card's fields (what a screen
  // reader reads), and what they are written as.
  const terms = async () => {
    const nodes = await axNodes(page);
    const written = await page.locator('acu-map').first().locator('.card dt').allTextContents();
    const named = nodes.filter((n) => !n.ignored && n.role?.value === 'term').map((n) => n.name?.value ?? '');
    // (The page's other widgets may have the same fields: each name once.)
    const unique = (names) => [...new Set(names)].sort();
    return { written: unique(written), named: unique(named.filter((name) => written.some((w) => w.toLowerCase() === name.toLowerCase()))) };
  };
  await page.locator('acu-map').first().locator('.painted [data-testid="painted-location"]').waitFor();
  const painted = await terms();
  assert.deepEqual(painted.written, ['Location']);
  assert.deepEqual(painted.named, painted.written, 'painted');
  release();
  await page.locator('acu-map').first().locator('[data-testid="card-location"]').waitFor();
  const live = await terms();
  assert.ok(live.written.length >= 5, live.written.join(' / '));
  assert.deepEqual(live.named, live.written, 'live');
  await page.close();
});

/** The headings a screen reader lists, in the page's order, through the widgets' shadow roots:
 * `h2 Title` for each. */
const outline = (page) => page.evaluate(() => {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('h1, h2, h3, h4, h5, h6, acu-map')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      else if (el.checkVisibility({ visibilityProperty: true }) || el.matches('.visually-hidden')) found.push(`${el.tagName.toLowerCase()} ${el.textContent.trim()}`);
    }
  };
  walk(document);
  return found;
});

test('heading-level: under a page\'s <h1> the widget\'s titles are h2 and their sections h3, painted and live; the property moves them; a bad level is reported', async () => {
  // A patient article whose one heading is its title, the widget opening on a point.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/pkg/acumap.js"></script></head>
    <body><h1>Acupuncture for low back pain</h1><acu-map heading-level="2" selected="GB30" aria-label="The point for low back pain"></acu-map></body></html>`;
  const page = await recordingPage(browser);
  // The live widget's chunk held back: the painted card's headings first.
  const release = await holdLive(page);
  await page.route(BASE + '/article.html', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(BASE + '/article.html');
  const widget = page.locator('acu-map');
  await widget.locator('.painted g.point').first().waitFor();
  assert.deepEqual((await outline(page)).map((h) => h.slice(0, 7)), ['h1 Acup', 'h2 GB30', 'h3 Caut']);
  // Named as the page names it, painted as live.
  assert.equal(await widget.locator('.acu').getAttribute('aria-label'), 'The point for low back pain');
  release();
  await widget.locator('[data-testid="card-location"]').waitFor();
  assert.equal(await widget.locator('.acu').getAttribute('aria-label'), 'The point for low back pain');
  const live = await outline(page);
  assert.equal(live[0], 'h1 Acupuncture for low back pain');
  assert.match(live[1], /^h2 GB30/);
  assert.ok(live.includes('h3 Cautions'), live.join(' | '));
  // No level skipped anywhere: each heading is at most one below the one before.
  const levels = live.map((h) => Number(h[1]));
  assert.ok(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1), live.join(' | '));
  // axe's own reading of the order (a best practice, outside the WCAG tags run above).
  await page.addScriptTag({ path: axePath });
  const order = await page.evaluate(() => axe.run(document, { runOnly: { type: 'rule', values: ['heading-order'] } }));
  assert.deepEqual(order.violations.map((v) => v.id), []);

  // The property (camel case) sets the attribute; the headings follow, the focus target too.
  await page.evaluate(() => { document.querySelector('acu-map').headingLevel = 4; });
  assert.equal(await widget.getAttribute('heading-level'), '4');
  await widget.locator('h4#card-title').waitFor();
  assert.equal(await widget.locator('h5.section-title').first().innerText(), 'Cautions');
  assert.equal(await widget.locator('#card-title').getAttribute('tabindex'), '-1');
  // A level HTML has no room for is reported, and the default (3) used.
  await page.evaluate(() => { document.querySelector('acu-map').headingLevel = 6; });
  await widget.locator('h3#card-title').waitFor();
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /“6”.*heading-level.*1, 2, 3, 4, 5.*using 3/);
  assert.deepEqual((await errors(page)).map((e) => [e.source, e.value]), [['heading-level', '6']]);
  await page.close();
});
