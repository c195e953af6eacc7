// The code the first view does not need comes in a chunk: the live widget (src/element/widget.rs),
// asked for while the map painted by the main wasm is on screen. The map, the card's name and its
// cautions never wait for it; if it fails, a notice with a retry on the painted map, acu-error,
// and the painted map keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, errors, events, holdChunks, LIVE_CHUNK, open, openBody, recordingPage, useBrowser } from './harness.mjs';

const browser = useBrowser();

const CHUNKS = /\/(split_[a-z]+|chunk_\d+)\.[0-9a-f]{12}\.wasm$/;
const PROSE = /\/prose\.[^/]+\.json$/;

/** A page that records the widget's events from its first moment. */
const page = () => recordingPage(browser);


/** The clinic page with the live chunk held back, and a widget of `attributes` added once the
 * page's own is painted: the new widget's locator, painted, and the function that lets the
 * chunk in. */
async function paintedWidget(p, attributes) {
  const { release } = await holdChunks(p, LIVE_CHUNK);
  await p.goto(BASE + '/');
  await p.locator('acu-map .painted g.point').first().waitFor();
  await p.evaluate((attributes) => {
    const el = document.createElement('acu-map');
    el.id = 'added';
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    document.body.append(el);
  }, attributes);
  const widget = p.locator('#added');
  await widget.locator('.painted g.point').first().waitFor();
  return { widget, release };
}

/** Opens `path` with the chunks matching `pattern` failing until `recover()`; `problems` collects
 * the page's errors (a panic would be one). */
async function failingChunk(pattern, path) {
  const p = await page();
  let failing = true;
  await p.route(pattern, (route) => (failing ? route.abort() : route.continue()));
  const problems = [];
  p.on('pageerror', (e) => problems.push(e.message));
  await p.goto(BASE + path);
  return { p, problems, recover: () => { failing = false; } };
}

/** The widgets that show a map (the clinic page ends with a guide alone: `parts="guide"`). */
const MAPPED = 'acu-map:not([parts]), acu-map[parts*="map"]';

/** Every widget's card head (names, meridian, region) and the kinds of its cautions. */
const cards = (p) => p.evaluate((sel) => [...document.querySelectorAll(sel)].map((m) => {
  const card = m.shadowRoot.querySelector('.card');
  return card && [card.querySelector('.card-head').innerText, [...card.querySelectorAll('.cautions li')].map((li) => li.dataset.kind)];
}), MAPPED);

/** Every widget's markers (or those of the widgets `selector` finds): code, classes and the
 * place of each site and label; then the selected point's code, written over them. */
const markers = (p, selector = MAPPED) => p.evaluate((sel) => [...document.querySelectorAll(sel)].map((m) => {
  const place = (t) => `${t.tagName} ${t.getAttribute('transform')} ${t.getAttribute('text-anchor') ?? ''}`;
  const points = [...m.shadowRoot.querySelectorAll('g.point:not([hidden])')].map((g) => {
    const places = [...g.querySelectorAll('g[transform], text')].map(place);
    return `${g.dataset.code} ${g.getAttribute('class').replace(' acu-el', '')} ${places.join(' | ')}`;
  });
  const selected = [...m.shadowRoot.querySelectorAll('.selected-code text')].map((t) => `selected ${t.textContent} ${place(t)}`);
  return [...points, ...selected];
}), selector);

test('the first view needs no chunk: with every chunk held back, the painted map has the markers, the card its name and cautions, then its location and caution texts from the prose', async () => {
  const p = await page();
  const { release, asked } = await holdChunks(p, CHUNKS);
  const prose = await holdChunks(p, PROSE);
  await p.goto(BASE + '/');
  const widget = p.locator('acu-map');
  await widget.locator('.painted g.point').first().waitFor();
  assert.equal(await widget.locator('g.point:not([hidden])').count(), 7, 'the markers of the shortlist\'s points on the back view');
  assert.equal(await widget.locator('.card .code').innerText(), 'GB30');
  assert.equal(await widget.locator('.card [data-kind="nerve"] strong').innerText(), 'Major nerve');
  assert.equal(await widget.locator('.card [data-kind="nerve"] .stand-in').getAttribute('aria-hidden'), 'true', 'room for its text, unread');
  // The page opens on a point: its prose is asked for as the map paints (the live widget's
  // chunk waits for it; the next test checks the order).
  assert.match(prose.asked.join(' '), /\/prose\.en\.[0-9a-f]{12}\.json$/);
  // The list keeps its place meanwhile.
  assert.equal(await widget.locator('[data-testid="list"]').count(), 0);
  const placeholder = await widget.locator('.placeholder.browse').boundingBox();
  assert.ok(placeholder && placeholder.height >= 300, 'the list\'s place is kept');
  const map = await widget.locator('svg.map').boundingBox();
  const cautions = await widget.locator('.card .cautions').boundingBox();
  // The prose in, the painted card reads its location and its cautions' texts, still without
  // the chunk. The location is in the room kept for the prose: what follows the card moves
  // only as the cautions' box changed (texts in place of their stand-ins).
  prose.release();
  const painted = widget.locator('.painted [data-testid="painted-location"]');
  await painted.waitFor();
  const moved = (await widget.locator('.placeholder.browse').boundingBox()).y - placeholder.y;
  assert.equal(moved, (await widget.locator('.card .cautions').boundingBox()).height - cautions.height);
  const location = await painted.innerText();
  assert.match(location, /greater trochanter/);
  assert.match(await widget.locator('.card [data-kind="nerve"]').innerText(), /^Major nerve: The sciatic nerve/);
  assert.equal(await widget.locator('.card .stand-in, .card .by-kind').count(), 0, 'no stand-ins left');
  assert.match(await widget.locator('.card .prose-status').innerText(), /the rest/);
  assert.equal(await widget.locator('[data-testid="list"]').count(), 0);
  release();
  await widget.locator('[data-testid="list"]').waitFor();
  await widget.locator('[data-testid="card-location"]').waitFor();
  assert.ok(asked.some((u) => /split_live/.test(u)), asked.join(' '));
  assert.equal(await widget.locator('[data-testid="card-location"]').innerText(), location, 'the live card says the same');
  assert.equal(await widget.locator('[data-testid="legend"]').count(), 1);
  assert.equal(await widget.locator('.painted').count(), 0, 'the painted map is gone');
  assert.deepEqual(await widget.locator('svg.map').boundingBox(), map, 'the map did not move');
  assert.equal(await widget.locator('.card [data-kind="nerve"]').count(), 1);
  assert.deepEqual(await errors(p), []);
  await p.close();
});

test('the live widget\'s chunk is asked for as the element is defined, before the map is painted, once (on a page that opens on a point, once its prose is in); a page with no widget yet asks for none', async () => {
  // Each request for the chunk notes whether a marker was painted when it was made; the prose
  // files note when they are asked for and when their last byte is in.
  const chunkAsked = () => {
    const fetch = window.fetch;
    window.__chunkAsked = [];
    window.__files = [];
    window.fetch = function (input, init) {
      const url = String(input?.url ?? input);
      const response = fetch.call(this, input, init);
      if (/split_live/.test(url)) {
        // Whether the painted card had been filled from the prose when the chunk was asked for.
        const filled = document.querySelector('acu-map')?.shadowRoot?.querySelector('[data-testid="painted-location"]')?.textContent;
        window.__files.push(filled ? 'chunk asked after the card was filled' : 'chunk asked');
        window.__chunkAsked.push([...document.querySelectorAll('acu-map')].some((m) => m.shadowRoot?.querySelector('g.point')));
      } else if (/\/prose\./.test(url)) {
        window.__files.push('prose asked');
        response.then((r) => r.clone().arrayBuffer()).then(() => window.__files.push('prose in'));
      }
      return response;
    };
  };
  const p = await page();
  await p.addInitScript(chunkAsked);
  await p.goto(BASE + '/study.html');
  await p.locator('acu-map [data-testid="list"]').first().waitFor();
  // (Asked while the map painted, the chunk would have waited for the painting.)
  assert.deepEqual(await p.evaluate(() => window.__chunkAsked), [false], 'one request, before any marker');
  assert.deepEqual(await p.evaluate(() => window.__files), ['chunk asked', 'prose asked', 'prose in'], 'the prose after the chunk');
  assert.deepEqual(await errors(p), []);
  await p.close();

  // A page that opens on a point (GB30) asks for its prose first, and for the chunk once the
  // prose is in (the clinic page's second widget, in patient mode, reads the same file): as its
  // last byte comes, before it is parsed and fills the painted card (a long task on a phone).
  const clinic = await page();
  await clinic.addInitScript(chunkAsked);
  await clinic.goto(BASE + '/');
  await clinic.locator('acu-map [data-testid="list"]').first().waitFor();
  assert.deepEqual(await clinic.evaluate(() => window.__files.filter((f) => f !== 'prose in')), ['prose asked', 'chunk asked']);
  assert.deepEqual(await clinic.evaluate(() => window.__chunkAsked), [true], 'one request');
  // Its last byte in before the chunk was asked for (Resource Timing: each request's start and end).
  const [prose, chunk] = await clinic.evaluate(() => ['/prose.', '/split_live.'].map((f) => performance.getEntriesByType('resource').find((e) => e.name.includes(f))));
  assert.ok(prose.responseEnd <= chunk.startTime, `prose in at ${prose.responseEnd} ms, chunk asked at ${chunk.startTime} ms`);
  assert.deepEqual(await errors(clinic), []);
  await clinic.close();

  // The script on a page that has no widget (an app that adds one later): no chunk until one is
  // added, then one request, and the widget goes live.
  const later = await page();
  await later.addInitScript(chunkAsked);
  await later.route(BASE + '/no-widget-yet.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><title>Later</title><script type="module" src="/pkg/acumap.js"></script><main></main>',
  }));
  await later.goto(BASE + '/no-widget-yet.html');
  await later.waitForFunction(() => customElements.get('acu-map'));
  await later.waitForTimeout(300);
  assert.deepEqual(await later.evaluate(() => window.__chunkAsked), [], 'no chunk for a page without a widget');
  await later.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('acu-map'), { id: 'later' })));
  await later.locator('#later [data-testid="list"]').waitFor();
  assert.equal((await later.evaluate(() => window.__chunkAsked)).length, 1);
  assert.deepEqual(await errors(later), []);
  await later.close();
});

test('the painted map is the live one: the same markers in the same places, the same card head, on every demo page, and on a phone', async () => {
  const desktop = { width: 1280, height: 900 };
  // On a phone the map is drawn small, and its marks keep their size on screen (`Viewport::mark_scale`).
  const phone = { width: 390, height: 844 };
  const pages = [['/', desktop], ['/study.html', desktop], ['/patient-zh.html', desktop], ['/hostile.html', desktop], ['/', phone], ['/study.html', phone]];
  for (const [path, viewport] of pages) {
    const p = await recordingPage(browser, viewport);
    const { release } = await holdChunks(p, LIVE_CHUNK);
    await p.goto(BASE + path);
    const count = await p.evaluate((sel) => document.querySelectorAll(sel).length, MAPPED);
    await p.waitForFunction(([sel, n]) => [...document.querySelectorAll(sel)].filter((m) => m.shadowRoot?.querySelector('.painted g.point')).length === n, [MAPPED, count]);
    const painted = await markers(p);
    const paintedCards = await cards(p);
    release();
    // Live: the painted map gone, the live one in its place.
    await p.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n && [...document.querySelectorAll(sel)].every((m) => m.shadowRoot.querySelector('[data-testid="list"]') && !m.shadowRoot.querySelector('.painted')), [MAPPED, count]);
    assert.deepEqual(await markers(p), painted, `${path} at ${viewport.width} px`);
    assert.deepEqual(await cards(p), paintedCards, path);
    assert.ok(painted.every((m) => m.length > 0), path);
    await p.close();
  }
});

test('a page that gives the point but not the view: the painted and the live map open on a view that draws it', async () => {
  const p = await page();
  const { widget, release } = await paintedWidget(p, { selected: 'BL40' });
  const shown = async () => ({
    tab: await widget.locator('[role="tab"][aria-selected="true"]').innerText(),
    marker: await widget.locator('g.point.selected').getAttribute('data-code'),
  });
  const painted = await shown();
  assert.deepEqual(painted, { tab: 'Back', marker: 'BL40' });
  release();
  await widget.locator('[data-testid="list"]').waitFor();
  assert.deepEqual(await shown(), painted);
  await p.close();
});

test('a selected point the page\'s meridians or a search leave out: the painted and the live map still mark it, alone of its meridian', async () => {
  const p = await page();
  const { widget, release } = await paintedWidget(p, { meridians: 'GB', selected: 'LI4' });
  const marked = () => widget.locator('g.point:not([hidden])').evaluateAll((gs) => gs.filter((g) => g.getBoundingClientRect().width > 0).map((g) => [g.dataset.code, g.classList.contains('selected')]));
  const painted = await marked();
  // The back of the hand: LI4 selected, every other marker a GB point.
  assert.deepEqual(painted.filter(([code]) => !code.startsWith('GB')), [['LI4', true]], JSON.stringify(painted));
  assert.ok(painted.length > 5 && painted.filter(([, selected]) => selected).length === 1, JSON.stringify(painted));
  release();
  await widget.locator('[data-testid="list"]').waitFor();
  assert.deepEqual((await marked()).sort(), [...painted].sort(), 'the live map marks what the painted one did');
  // The list is the page's points only.
  const rows = await widget.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((os) => os.map((o) => o.dataset.code));
  assert.ok(rows.length > 40 && rows.every((c) => c.startsWith('GB')), JSON.stringify(rows));
  // A search that finds other points leaves the selected one marked; the one it found too.
  await p.evaluate(() => document.querySelector('#added').select('GB30'));
  await widget.locator('[data-testid="search"]').fill('GB21');
  await p.waitForFunction(() => document.querySelector('#added').shadowRoot.querySelectorAll('[data-testid="list"] [role="option"]:not([hidden])').length === 1);
  assert.deepEqual((await marked()).sort(), [['GB21', false], ['GB30', true]]);
  await p.close();
});

test('what the reader and the page do before the widget is live is done once it is', async () => {
  const p = await page();
  const { release } = await holdChunks(p, LIVE_CHUNK);
  await p.goto(BASE + '/study.html');
  const widget = p.locator('acu-map');
  await widget.locator('.painted g.point').first().waitFor();
  // A click on a painted marker, then the page's own select() and clear() and select().
  await widget.locator('.painted g.point[data-code="ST36"] .dot').first().click();
  const returned = await p.evaluate(() => {
    const el = document.querySelector('acu-map');
    const first = el.select('LI4');
    el.clear();
    return [first?.code, el.select('PC6')?.code, el.select('nonsense')];
  });
  assert.deepEqual(returned, ['LI4', 'PC6', null]);
  release();
  await widget.locator('[data-testid="list"]').waitFor();
  await widget.locator('[data-testid="card-location"]').waitFor();
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), 'PC6');
  const selected = (await events(p)).filter((e) => e.type === 'acu-select').map((e) => e.detail.code);
  assert.deepEqual(selected, ['ST36', 'LI4', 'PC6']);
  assert.deepEqual((await errors(p)).map((e) => [e.source, e.value]), [['select()', 'nonsense']]);
  await p.close();
});

test('a point chosen before the widget is live is shown at once on the painted map: selected, its card with its names and cautions, and its location if the prose is in; a clear and the page\'s selected too', async () => {
  const p = await page();
  const { release } = await holdChunks(p, LIVE_CHUNK);
  await p.goto(BASE + '/');
  const widget = p.locator('acu-map').first();
  // The clinic page opens on GB30: its prose comes before the live widget.
  await widget.locator('.painted [data-testid="painted-location"]').waitFor();
  const painted = () => widget.evaluate((el) => {
    const root = el.shadowRoot.querySelector('.painted');
    const card = root.querySelector('.card');
    return {
      selected: [...root.querySelectorAll('g.point.selected')].map((g) => g.dataset.code),
      view: root.querySelector('[role="tab"][aria-selected="true"]').textContent,
      code: card?.querySelector('.code').textContent ?? null,
      cautions: card ? [...card.querySelectorAll('.cautions li')].map((li) => li.dataset.kind) : [],
      location: card?.querySelector('[data-testid="painted-location"]')?.textContent ?? null,
      empty: root.querySelector('.card-empty')?.textContent ?? null,
    };
  });
  const kinds = (code) => p.evaluate((code) => document.querySelector('acu-map').getPoint(code).cautions.map((c) => c.kind), code);

  // A click on BL40's marker: BL40 is selected and its card shows its cautions and, the prose
  // being in, its location.
  await widget.locator('.painted g.point[data-code="BL40"] .dot').first().click();
  let now = await painted();
  assert.deepEqual([now.selected, now.view, now.code], [['BL40'], 'Back', 'BL40']);
  assert.deepEqual(now.cautions, await kinds('BL40'));
  assert.ok(now.cautions.length > 0);
  assert.match(now.location, /popliteal/i);
  // select() of a point the back view does not draw: shown on a view that does, with its card.
  assert.equal(await p.evaluate(() => document.querySelector('acu-map').select('ST36')?.code), 'ST36');
  now = await painted();
  assert.deepEqual([now.selected, now.view, now.code], [['ST36'], 'Front', 'ST36']);
  assert.deepEqual(now.cautions, await kinds('ST36'));
  assert.match(now.location, /tibia/i);
  // An unknown code changes nothing here.
  assert.equal(await p.evaluate(() => document.querySelector('acu-map').select('XX99')), null);
  assert.equal((await painted()).code, 'ST36');
  // clear(): no point, the card's invitation, on the view the selection turned to (not the
  // view of the page's selected, GB30's back).
  await p.evaluate(() => document.querySelector('acu-map').clear());
  now = await painted();
  assert.deepEqual([now.selected, now.code, now.view], [[], null, 'Front']);
  assert.ok(now.empty);
  // The page's view, set after them, turns the map.
  await p.evaluate(() => document.querySelector('acu-map').setAttribute('view', 'back'));
  now = await painted();
  assert.deepEqual([now.selected, now.code, now.view], [[], null, 'Back']);
  // The page's selected, set after them, is what the painted map and then the live one show.
  await p.evaluate(() => document.querySelector('acu-map').setAttribute('selected', 'BL23'));
  now = await painted();
  assert.deepEqual([now.selected, now.code, now.view], [['BL23'], 'BL23', 'Back']);
  release();
  await widget.locator('[data-testid="card-location"]').waitFor();
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), 'BL23');
  assert.equal(await widget.locator('[role="tab"][aria-selected="true"]').innerText(), 'Back');
  const selected = (await events(p)).filter((e) => e.type === 'acu-select').map((e) => e.detail.code);
  assert.deepEqual(selected, ['BL40', 'ST36']);
  assert.deepEqual((await errors(p)).map((e) => [e.source, e.value]), [['select()', 'XX99']]);
  await p.close();
});

test('on a phone the painted map keeps the point the page opens on at the foot of the screen, with its cautions and a way to its card, where the live map keeps it; a tap moves it to the point tapped, select() of another takes it away', async () => {
  const phone = { width: 390, height: 844 };
  let p = await recordingPage(browser, phone);
  let { release } = await holdChunks(p, LIVE_CHUNK);
  await p.goto(BASE + '/');
  let widget = p.locator('acu-map').first();
  const painted = widget.locator('.painted .peek');
  // The peek's words and place with the map's panel scrolled to the top of the screen.
  const seen = (peek) => peek.evaluate((el) => {
    el.closest('.map-panel').scrollIntoView();
    const r = el.getBoundingClientRect();
    return { text: el.innerText.replace(/\s+/g, ' ').trim(), at: [r.x, r.y, r.width, r.height].map(Math.round) };
  });
  await painted.waitFor();
  const before = await seen(painted);
  assert.equal(before.text, 'GB30 Huántiào Cautions: Major nerve Details');
  // At the foot of the screen, over the map (the card is below it).
  assert.equal(before.at[1] + before.at[3], phone.height, JSON.stringify(before.at));
  // Its button brings the card's title into sight.
  const title = () => widget.evaluate((el) => {
    const r = el.shadowRoot.querySelector('.card .title').getBoundingClientRect();
    return r.top > -1 && r.bottom < innerHeight + 1;
  });
  assert.ok(!(await title()));
  await painted.locator('.to-card').click();
  assert.ok(await title());
  // The live map shows the same, in the same place.
  release();
  await widget.locator('.painted').waitFor({ state: 'detached' });
  assert.deepEqual(await seen(widget.locator('[data-testid="peek"]')), before);
  await p.close();

  // A tap on the point already selected keeps it; a tap on another moves it there and a
  // select() of another takes it away, as on the live map, which then shows the same.
  p = await recordingPage(browser, phone);
  ({ release } = await holdChunks(p, LIVE_CHUNK));
  await p.goto(BASE + '/');
  widget = p.locator('acu-map').first();
  const peek = widget.locator('.painted .peek');
  await peek.waitFor();
  const tap = (code) => widget.locator(`.painted g.point[data-code="${code}"] .dot`).first().click();
  await tap('GB30');
  assert.equal(await widget.locator('.painted .peek .code').innerText(), 'GB30');
  await tap('BL40');
  assert.equal(await widget.locator('.painted g.point.selected').getAttribute('data-code'), 'BL40');
  const tapped = await seen(peek);
  assert.equal(tapped.text, 'BL40 Wěizhōng Cautions: Major blood vessel Details');
  assert.equal(tapped.at[1] + tapped.at[3], phone.height, JSON.stringify(tapped.at));
  await widget.evaluate((el) => el.select('BL23'));
  assert.equal(await widget.locator('.painted g.point.selected').getAttribute('data-code'), 'BL23');
  assert.equal(await peek.count(), 0);
  await tap('BL40');
  assert.equal(await peek.count(), 1);
  release();
  await widget.locator('.painted').waitFor({ state: 'detached' });
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), 'BL40');
  assert.deepEqual(await seen(widget.locator('[data-testid="peek"]')), tapped);
  const selected = (await events(p)).filter((e) => e.type === 'acu-select').map((e) => e.detail.code);
  assert.deepEqual(selected, ['GB30', 'BL40', 'BL23', 'BL40']);
  await p.close();
});

test('study mode on a phone: the painted peek and card name the point as the live ones do, and a point tapped on the painted map stays answered', async () => {
  const p = await recordingPage(browser, { width: 390, height: 844 });
  const { release } = await holdChunks(p, LIVE_CHUNK);
  await openBody(p, '/study-mode.html', '<acu-map mode="study" view="back" selected="GB30"></acu-map>');
  const widget = p.locator('acu-map');
  const text = async (selector) => (await widget.locator(selector).innerText()).replace(/\s+/g, ' ');
  await widget.locator('.painted .peek').waitFor();
  assert.equal(await text('.peek'), 'GB30 Huántiào Cautions: Major nerve Details');
  await widget.locator('.painted g.point[data-code="BL40"] .dot').first().click();
  const painted = [await text('.peek'), await text('.card .title')];
  assert.equal(painted[0], 'BL40 Wěizhōng Cautions: Major blood vessel Details');
  release();
  await widget.locator('.painted').waitFor({ state: 'detached' });
  assert.deepEqual([await text('.peek'), await text('.card .title')], painted);
  assert.equal(await widget.locator('[data-testid="reveal"]').count(), 0);
});

test('the live widget is built a part at a time with the painted map on screen, and takes its place whole; a click meanwhile is kept', async () => {
  const p = await page();
  // Watches each widget's shadow root. When the live widget's container comes, a task queued
  // then runs before the mount is over (the mount gives the page's main thread back) and clicks
  // a painted marker; when the painted map goes, what the live widget shows then.
  await p.addInitScript(() => {
    window.__built = { meanwhile: null, swap: null };
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      if (this.localName !== 'acu-map') return root;
      new MutationObserver(() => {
        const live = root.querySelector('.acu-mount:not(.painted)');
        // The page's first widget (the clinic page's last is a guide alone, with no map).
        if (!live || root.host !== document.querySelector('acu-map')) return;
        if (window.__built.meanwhile === null) {
          window.__built.meanwhile = 'asked';
          setTimeout(() => {
            const marker = root.querySelector('.painted g.point:not([data-code="GB30"])');
            window.__built.meanwhile = { painted: !!root.querySelector('.painted'), hidden: live.hidden, clicked: marker?.dataset.code ?? null };
            marker?.querySelector('.dot').dispatchEvent(new MouseEvent('click', { bubbles: true }));
          });
        }
        if (!root.querySelector('.painted') && window.__built.swap === null) {
          window.__built.swap = {
            hidden: live.hidden,
            markers: live.querySelectorAll('g.point').length,
            parts: ['map', 'card-code', 'filter-meridian', 'list'].filter((id) => live.querySelector(`[data-testid="${id}"]`)),
          };
        }
      }).observe(root, { childList: true });
      return root;
    };
  });
  await p.goto(BASE + '/');
  const widget = p.locator('acu-map').first();
  await widget.locator('[data-testid="list"]').waitFor();
  const built = await p.evaluate(() => window.__built);
  assert.equal(built.meanwhile.painted, true, 'the painted map is still there a task after the live widget began');
  assert.equal(built.meanwhile.hidden, true, 'the live widget is hidden while it is built');
  assert.ok(built.meanwhile.clicked, 'a painted marker to click');
  assert.deepEqual(built.swap, { hidden: false, markers: built.swap.markers, parts: ['map', 'card-code', 'filter-meridian', 'list'] });
  assert.ok(built.swap.markers > 0, 'the markers are drawn when the painted map goes');
  // The click on the painted marker while the live widget was built is done once it is live.
  await p.waitForFunction((code) => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="card-code"]')?.textContent === code, built.meanwhile.clicked);
  assert.deepEqual((await events(p)).filter((e) => e.type === 'acu-select').map((e) => e.detail.code), [built.meanwhile.clicked]);
  await p.close();
});

test('a page\'s listener that calls the element back while the widget mounts or updates: done, no panic', async () => {
  const p = await page();
  const problems = [];
  p.on('pageerror', (e) => problems.push(e.message));
  const { release } = await holdChunks(p, LIVE_CHUNK);
  await p.goto(BASE + '/study.html');
  await p.locator('acu-map .painted g.point').first().waitFor();
  // The live widget fires acu-error as it mounts with a meridian it does not know; the
  // listener selects.
  await p.evaluate(() => {
    const el = document.querySelector('acu-map');
    el.setAttribute('view', 'back');
    el.setAttribute('meridians', 'QQ');
    el.addEventListener('acu-error', () => el.select('GB30'), { once: true });
    el.addEventListener('acu-select', (e) => { if (e.detail.code === 'BL40') el.clear(); });
  });
  release();
  const widget = p.locator('acu-map');
  await widget.locator('[data-testid="list"]').waitFor();
  await widget.locator('[data-testid="card-code"]').waitFor();
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), 'GB30');
  // Live: a selection whose listener clears it.
  await widget.locator('[data-testid="marker-BL40"] .dot').first().click();
  await widget.locator('[data-testid="card-code"]').waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await p.close();
});

test('the live widget\'s chunk cannot be loaded: the painted map stays with a notice and a retry, acu-error names it', async () => {
  const { p, problems, recover } = await failingChunk(LIVE_CHUNK, '/patient-zh.html');
  const widget = p.locator('acu-map');
  const notice = widget.locator('.painted [data-testid="notice"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /未能载入/);
  assert.equal(await widget.locator('.painted g.point').count(), 4);
  const reported = await errors(p);
  assert.ok(reported.some((e) => e.source === 'chunk' && e.value === 'live'), JSON.stringify(reported));
  assert.deepEqual(problems, []);
  recover();
  await notice.getByRole('button').click();
  await widget.locator('[data-testid="list"]').waitFor();
  assert.equal(await widget.locator('.painted').count(), 0);
  assert.equal(await widget.locator('[data-testid="notice"]').count(), 0);
  await p.close();
});

test('a host that serves the wasm and the prose as application/octet-stream: the widget still goes live, with no notice and nothing in the console', async () => {
  const p = await page();
  const served = [];
  // As hosts and CDNs do that know no MIME type for .wasm (WebAssembly.instantiateStreaming
  // refuses such a response) or .json.
  await p.route(/\.(wasm|json)$/, async (route) => {
    const response = await route.fetch();
    served.push(route.request().url());
    const headers = { ...response.headers(), 'content-type': 'application/octet-stream' };
    // The body Playwright gives is already decoded.
    delete headers['content-encoding'];
    delete headers['content-length'];
    await route.fulfill({ response, headers });
  });
  const problems = [];
  p.on('pageerror', (e) => problems.push(e.message));
  // wasm-bindgen's glue warns when `instantiateStreaming` refuses the main wasm: the entry gives
  // it the bytes instead, as the chunk loader does.
  p.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
  await p.goto(BASE + '/patient.html');
  const widget = p.locator('acu-map');
  await widget.locator('[data-testid="list"]').waitFor();
  await widget.locator('[data-testid="card-location"]').waitFor();
  assert.equal(await widget.locator('[data-testid="notice"]').count(), 0);
  assert.deepEqual(await errors(p), []);
  assert.ok(served.some((u) => /split_live/.test(u)) && served.some((u) => /acumap_bg/.test(u)), served.join(' '));
  assert.deepEqual(problems, []);
  await p.close();
});

test('a widget in a box the page shows later (a closed <details>, a hidden tab) is drawn when shown as one shown from the start, painted or live', async () => {
  // On a phone, where the map is drawn small and the marks keep their size on screen: a
  // widget in a box that is not rendered has no size to measure (its marks are drawn at scale
  // 1 and its codes placed for no room), so it must measure again when the box is shown.
  const p = await recordingPage(browser, { width: 390, height: 844 });
  const failures = [];
  p.on('pageerror', (e) => failures.push(e.message));
  p.on('console', (m) => ['error', 'warning'].includes(m.type()) && failures.push(m.text()));
  const { release } = await holdChunks(p, LIVE_CHUNK);
  const widget = (id) => `<acu-map id="${id}" view="front" selected="ST36"></acu-map>`;
  await openBody(p, '/boxes.html', `${widget('shown')}<details id="box"><summary>Map</summary>${widget('in-details')}</details><div id="tab" hidden>${widget('in-tab')}</div>`);
  const frames = () => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const ringsAcross = (id) => p.evaluate((id) => [...document.getElementById(id).shadowRoot.querySelectorAll('g.point:not([hidden]):not(.selected) .ring')].map((e) => Math.round(e.getBoundingClientRect().width * 10) / 10), id);
  await p.waitForFunction(() => ['shown', 'in-details', 'in-tab'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.painted g.point')));
  const [shown] = await markers(p, '#shown');
  assert.ok(shown.length > 10 && shown.some((m) => m.includes('text')), 'markers and their codes');
  // Painted: the box opened before the live widget is in.
  await p.evaluate(() => { document.getElementById('box').open = true; });
  await frames();
  assert.deepEqual(await markers(p, '#in-details'), [shown], 'painted in a <details> opened later');
  assert.deepEqual(await ringsAcross('in-details'), await ringsAcross('shown'));
  // Live: every widget goes live, the hidden one too; its tab shown after.
  release();
  await p.waitForFunction(() => ['shown', 'in-details', 'in-tab'].every((id) => document.getElementById(id).shadowRoot.querySelector('[data-testid="list"]')));
  await frames();
  const [live] = await markers(p, '#shown');
  assert.deepEqual(await markers(p, '#in-details'), [live], 'live in the <details>');
  await p.evaluate(() => { document.getElementById('tab').hidden = false; });
  await frames();
  assert.deepEqual(await markers(p, '#in-tab'), [live], 'live in a tab shown after');
  const rings = await ringsAcross('in-tab');
  assert.ok(rings.length > 5 && rings.every((w) => Math.abs(w - 11) < 0.2), `rings of 11 px on screen: ${rings}`);
  assert.deepEqual(await errors(p), []);
  assert.deepEqual(failures, []);
});

test('a widget added after the live chunk is in: its map painted at once, then live with every part, nothing downloaded again', async () => {
  const p = await page();
  await p.goto(BASE + '/study.html');
  await p.locator('acu-map [data-testid="list"]').waitFor();
  await p.locator('acu-map table').first().waitFor();
  const wasm = [];
  p.on('request', (r) => /\.wasm$/.test(r.url()) && wasm.push(r.url()));
  const painted = await p.evaluate(() => {
    const el = document.createElement('acu-map');
    el.id = 'later';
    el.setAttribute('points', 'LI4,ST36');
    document.body.append(el);
    return [...el.shadowRoot.querySelectorAll('.painted g.point')].map((g) => g.dataset.code);
  });
  assert.ok(painted.length > 0, 'markers painted as the element is added');
  const later = p.locator('#later');
  await later.locator('[data-testid="list"]').waitFor();
  assert.deepEqual(await later.evaluate((el) => [...el.shadowRoot.querySelectorAll('g.point:not([hidden])')].map((g) => g.dataset.code)), painted);
  const parts = await later.evaluate((el) => ({
    list: el.shadowRoot.querySelectorAll('[role="option"]:not([hidden])').length,
    placeholders: el.shadowRoot.querySelectorAll('.placeholder').length,
    painted: el.shadowRoot.querySelectorAll('.painted').length,
  }));
  assert.deepEqual(parts, { list: 2, placeholders: 0, painted: 0 });
  assert.deepEqual(wasm, []);
  await p.close();
});

test('loading="lazy": a widget far down the page is painted, but its code and prose wait until it nears the screen (or stops being lazy); an eager one on the page is not held back', async () => {
  const p = await page();
  const asked = [];
  p.on('request', (r) => asked.push(new URL(r.url()).pathname.replace(/\.[0-9a-f]{12}\./, '.#.')));
  const far = (id, lang) => `<p style="height: 2500px">…</p><acu-map id="${id}" loading="LAZY" lang="${lang}" selected="SP6"></acu-map>`;
  await openBody(p, '/lazy.html', `<acu-map id="top" loading="soon" points="LI4,ST36"></acu-map>${far('far', 'zh-Hans')}${far('farther', 'zh-Hant')}`);
  // An unknown value is eager, and reported.
  await p.locator('#top [data-testid="list"]').waitFor();
  await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /prose\.en\./.test(e.name)));
  const reported = async () => (await errors(p)).map((e) => [e.source, e.value]);
  assert.deepEqual(await reported(), [['loading', 'soon']]);
  // The lazy ones: painted (markers, and the card's name and cautions), not live, none of their prose asked for.
  for (const id of ['far', 'farther']) {
    const painted = await p.locator(`#${id}`).evaluate((el) => ({
      markers: el.shadowRoot.querySelectorAll('.painted g.point').length > 0,
      code: el.shadowRoot.querySelector('.card .code')?.textContent,
      cautions: el.shadowRoot.querySelectorAll('.card .cautions li').length > 0,
      live: el.shadowRoot.querySelector('[data-testid="map"]') !== null,
    }));
    assert.deepEqual(painted, { markers: true, code: 'SP6', cautions: true, live: false }, id);
  }
  const prose = () => asked.filter((f) => f.includes('/prose.')).sort();
  assert.deepEqual(prose(), ['/pkg/prose.en.#.json']);
  // Scrolled near: live, with its own language's prose (the live code is not downloaded again).
  await p.locator('#far').evaluate((el) => el.scrollIntoView());
  await p.locator('#far [data-testid="card-location"]').waitFor();
  assert.match(await p.locator('#far [data-testid="card-location"]').innerText(), /[\u4e00-\u9fff]/);
  assert.deepEqual(prose(), ['/pkg/prose.en.#.json', '/pkg/prose.zh-Hans.#.json']);
  assert.equal(await p.locator('#farther').evaluate((el) => el.shadowRoot.querySelector('[data-testid="map"]') !== null), false, 'the one further down still waits');
  // No longer lazy: live where it is.
  await p.locator('#farther').evaluate((el) => { el.loading = 'eager'; });
  await p.locator('#farther [data-testid="card-location"]').waitFor();
  assert.deepEqual(prose(), ['/pkg/prose.en.#.json', '/pkg/prose.zh-Hans.#.json', '/pkg/prose.zh-Hant.#.json']);
  assert.equal(asked.filter((f) => f.includes('split_live')).length, 1);
  assert.deepEqual(await reported(), [['loading', 'soon']]);
  await p.close();
});

test('loading="lazy" with link, on a page opened at an address with a hash: live at once, the hash\'s point shown, the page\'s anchor beside it in view', async () => {
  const p = await page();
  await openBody(p, '/lazy-link.html#map&acu-far=LI4,hand-back', '<p style="height: 2000px">…</p><h2 id="map">The map</h2><p style="height: 2000px">…</p><acu-map id="far" loading="lazy" link></acu-map>');
  await p.locator('#far [data-testid="card-location"]').waitFor();
  assert.equal(await p.locator('#far .card .code').innerText(), 'LI4');
  assert.ok(await p.evaluate(() => Math.abs(document.getElementById('map').getBoundingClientRect().top) < 5), 'the page\'s anchor is at the top');
  await p.close();
});

test('loading="lazy" on every widget of a page: none of the live code or prose is downloaded while none is near the screen', async () => {
  const p = await page();
  const asked = [];
  p.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await openBody(p, '/lazy-only.html', '<p style="height: 3000px">…</p><acu-map id="far" loading="lazy"></acu-map>');
  await p.locator('#far .painted g.point').first().waitFor();
  // Time for a chunk asked for as the element is defined to show up.
  await p.waitForTimeout(1000);
  assert.deepEqual(asked.filter((f) => CHUNKS.test(f) || f.includes('/prose.')), []);
  await p.locator('#far').evaluate((el) => el.scrollIntoView());
  await p.locator('#far [data-testid="list"]').waitFor();
  assert.equal(asked.filter((f) => CHUNKS.test(f)).length, 1);
  await p.close();
});

test('the entry script imported again under another URL: one element, one wasm download, everything works', async () => {
  const { page, seen } = await open(browser, '/study.html');
  // A second copy of the entry (e.g. a CMS adding `?v=2`); a dynamic import is not a Trusted Types sink.
  await page.evaluate(() => import('/pkg/acumap.js?v=2'));
  await page.evaluate(() => {
    const el = document.createElement('acu-map');
    el.id = 'second';
    el.setAttribute('points', 'ST36');
    document.body.append(el);
  });
  await page.locator('#second [data-testid="marker-ST36"]').waitFor();
  await page.locator('#second [data-testid="list"]').waitFor();
  assert.equal(seen.requests.filter((u) => /\/acumap_bg\.[0-9a-f]{12}\.wasm$/.test(u)).length, 1);
  assert.equal(seen.requests.filter((u) => /\/acumap\.[0-9a-f]{12}\.js$/.test(u)).length, 1);
  assert.deepEqual(seen.errors, []);
  await page.close();
});
