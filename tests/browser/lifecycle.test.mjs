// Lifecycle: removing an element frees it. Mount and remove it 1000 times; the JS heap returns to
// within 10% of where it started (Chromium with --expose-gc and precise memory figures). And a
// storm of random changes from the page while its widgets load and after leaves every one of
// them working (a panic would stop them all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, events, holdLive, holdWasm, open, record, recordingPage, typeSearch, useBrowser } from './harness.mjs';

const browser = useBrowser(['--js-flags=--expose-gc', '--enable-precise-memory-info']);

test('1000 mounts and removals leave the JS heap within 10% of where it started', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(BASE + '/study.html');
  await page.waitForFunction(() => customElements.get('acu-map') !== undefined);
  // Everything the page loads (its prose, the chunks of code after the first paint) is in
  // before the heap is first measured.
  await page.locator('acu-map [data-testid="list"]').waitFor();
  await page.waitForLoadState('networkidle');
  const figures = await page.evaluate(async () => {
    const host = document.createElement('div');
    document.body.append(host);
    let rendered = 0;
    const cycle = async (n) => {
      for (let i = 0; i < n; i++) {
        const el = document.createElement('acu-map');
        el.setAttribute('view', 'back');
        el.setAttribute('points', 'BL23,BL25,GB30,LI4');
        el.setAttribute('selected', 'GB30');
        host.append(el);
        if (el.shadowRoot.querySelectorAll('g.point:not([hidden])').length === 4) rendered++;
        el.remove();
        // Removal is completed a microtask later (a moved element is kept).
        await Promise.resolve();
      }
      await new Promise((r) => setTimeout(r, 50));
    };
    const heap = () => { gc(); gc(); return performance.memory.usedJSHeapSize; };
    await cycle(50);
    const start = heap();
    await cycle(1000);
    const end = heap();
    return { start, end, mounted: host.childElementCount, rendered };
  });
  assert.deepEqual(errors, []);
  assert.equal(figures.mounted, 0);
  assert.equal(figures.rendered, 1050, 'every instance rendered its four markers before removal');
  const growth = (figures.end - figures.start) / figures.start;
  console.log(`JS heap: ${figures.start} -> ${figures.end} bytes (${(growth * 100).toFixed(1)}%) after 1000 mounts`);
  assert.ok(growth < 0.1, `heap grew by ${(growth * 100).toFixed(1)}%`);
  await page.close();
});

/** Runs in the page: takes the first `<acu-map>` out of the page, and puts it back where it was
 * after `ms` (longer than the microtask in which a moved element is kept: it is unmounted). */
const outAndBack = (page, ms, meanwhile = null) => page.evaluate(async ([ms, meanwhile]) => {
  const el = document.querySelector('acu-map');
  const [parent, next] = [el.parentNode, el.nextSibling];
  el.remove();
  await new Promise((r) => setTimeout(r, ms));
  if (meanwhile) el.setAttribute(...meanwhile);
  parent.insertBefore(el, next);
}, [ms, meanwhile]);

test('a widget taken out of the page and put back later opens where the reader left it (point, view, search, filters); a point chosen while it was painted is heard of once it is live; a `selected` set meanwhile wins', async () => {
  // Live: a site's tabs or a framework that keeps its nodes put it back with everything the
  // reader did lost (the card closed, the search and the filters emptied).
  const { page, seen } = await open(browser, '/study.html');
  await record(page);
  const widget = page.locator('acu-map');
  await page.evaluate(() => document.querySelector('acu-map').select('BL23'));
  await typeSearch(widget.locator('[data-testid="search"]'), 'back pain');
  await widget.locator('[data-testid="filter-meridian"]').selectOption('BL');
  const rows = widget.locator('[data-testid="list"] [role="option"]:not([hidden])');
  await widget.locator('[data-testid="list"]:not([aria-busy])').waitFor();
  const before = await rows.allTextContents();
  assert.ok(before.length > 1 && before.length < 67, `${before.length} rows`);
  const heard = (await events(page)).length;
  await outAndBack(page, 300);
  await widget.locator('[data-testid="card-code"]', { hasText: 'BL23' }).waitFor();
  await widget.locator('[data-testid="list"]:not([aria-busy])').waitFor();
  assert.equal(await widget.locator('[data-testid="map"]').getAttribute('data-view'), 'back');
  assert.equal(await widget.locator('[data-testid="search"]').inputValue(), 'back pain');
  assert.equal(await widget.locator('[data-testid="filter-meridian"]').inputValue(), 'BL');
  assert.deepEqual(await rows.allTextContents(), before);
  // Nothing new to the page: no acu-select or acu-view-change for what it heard of before.
  assert.deepEqual((await events(page)).slice(heard), []);
  // A `selected` set while it is out is newer than what the reader did.
  await outAndBack(page, 300, ['selected', 'LI4']);
  await widget.locator('[data-testid="card-code"]', { hasText: 'LI4' }).waitFor();
  assert.equal(await widget.locator('[data-testid="search"]').inputValue(), '');
  assert.deepEqual(seen.errors, []);
  await page.close();

  // Painted: `select()` before the live widget is in, then out and back: the point was lost and
  // the page never heard of it.
  const painted = await recordingPage(browser);
  const release = await holdLive(painted);
  await painted.goto(BASE + '/study.html');
  await painted.locator('acu-map .painted').waitFor();
  await painted.evaluate(() => document.querySelector('acu-map').select('ST36'));
  await outAndBack(painted, 300);
  release();
  await painted.locator('acu-map [data-testid="card-code"]', { hasText: 'ST36' }).waitFor();
  const selects = (await events(painted)).filter((e) => e.type === 'acu-select').map((e) => e.detail.code);
  assert.deepEqual(selects, ['ST36']);
  await painted.close();
});

/** Runs in the page: `ms` of random changes to every `<acu-map>` on it (attributes good and bad,
 * the methods, the content property, removal, a move, a widget added, the page's language), one
 * every few milliseconds, and at least `least` of them however slowly a busy machine makes them
 * (CI180's study page made 25 in 2 s), drawn from `seed` so that a failure names its sequence.
 * Returns any the element threw. */
async function storm({ seed, ms, least }) {
  let state = seed;
  const random = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const values = {
    view: ['front', 'back', 'hand-palm', 'foot-sole', 'nope', ''],
    selected: ['GB30', 'ST36', '足三里', 'UB23', 'zz', '', 'P6', 'EX-HN3', '环跳'],
    points: ['BL23,GB30', 'ST36，PC6', '', 'xx,ST36', 'GV20'],
    meridians: ['BL', 'GB,GV', '胆经', 'nope', ''],
    condition: ['sciatica', '头痛', 'nope', ''],
    mode: ['practitioner', 'study', 'patient', 'bad'],
    lang: ['en', 'zh-Hans', 'zh-TW', 'fr', ''],
    labels: ['auto', 'none', 'all', 'x'],
    theme: ['light', 'dark', 'auto', 'x'],
    parts: ['map,card', 'tables', 'guide,map,card', 'list,filters', 'bogus', ''],
    loading: ['eager', 'lazy'],
    link: ['', null],
    'heading-level': ['1', '5', '9'],
    notation: ['en', 'fr', 'de', 'xx'],
    guides: ['on', 'off'],
    content: ['{"notes":{"ST36":"n"}}', '{bad json', '[]', '{"shortlists":[{"title":"t","points":["LI4"]}]}'],
  };
  const names = Object.keys(values);
  const thrown = [];
  let made = 0;
  for (const end = performance.now() + ms; performance.now() < end || made < least; made++) {
    await new Promise((r) => setTimeout(r, random() * 40));
    const widgets = [...document.querySelectorAll('acu-map')];
    if (!widgets.length) { document.body.append(document.createElement('acu-map')); continue; }
    const el = pick(widgets);
    // The element's methods (the last fifth of the draws) exist once the script has defined it
    // (a page awaits `customElements.whenDefined('acu-map')` for them); attributes, the content
    // property, removals and moves are the page's to make before that too.
    const r = random() * (customElements.get('acu-map') ? 1 : 0.8);
    try {
      if (r < 0.55) {
        const name = pick(names);
        const value = pick(values[name]);
        if (value === null) el.removeAttribute(name); else el.setAttribute(name, value);
      } else if (r < 0.62) { el.remove(); if (random() < 0.7) document.body.append(el); }
      else if (r < 0.67) el.content = pick([{ notes: { GB30: 'x' } }, null, 'text', { shortlists: 5 }]);
      else if (r < 0.71) document.documentElement.lang = pick(['en', 'zh-CN', 'zh-TW', 'de']);
      else if (r < 0.73) document.body.append(document.createElement('acu-map'));
      else if (r < 0.8) pick([...(el.shadowRoot?.querySelectorAll('g.point') ?? [])])?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      else if (r < 0.9) el.select(pick(['GB30', 'ST36', 'nope', 'LI4', '肾俞']));
      else if (r < 0.95) el.clear();
      else { el.getPoint(pick(['ST36', 'x', ''])); el.search('head'); }
    } catch (e) {
      thrown.push(e.message);
    }
  }
  return thrown;
}

test('a storm of changes while the widgets load and after (attributes good and bad, methods, content, removals, moves, the page\'s language): nothing throws, nothing panics, and every widget works after', async () => {
  for (const [path, seed] of [['/hostile.html', 4], ['/study.html', 11], ['/patient-zh.html', 17]]) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    // From before the script has defined the element (its wasm held back for the first 1.5 s),
    // through the painted map and the live widget's mount; then again with everything in.
    const release = await holdWasm(page);
    setTimeout(release, 1500);
    await page.goto(BASE + path, { waitUntil: 'commit' });
    const during = await page.evaluate(storm, { seed, ms: 4500, least: 50 });
    await page.waitForLoadState('networkidle');
    const after = await page.evaluate(storm, { seed: seed + 1, ms: 2000, least: 50 });
    assert.deepEqual([...during, ...after], [], `${path}, seed ${seed}: what the element threw`);
    // A panic would have stopped every widget on the page: each, given plain attributes again,
    // goes live and shows its point, and so does one added now.
    await page.evaluate(() => {
      document.documentElement.lang = 'en';
      const added = document.createElement('acu-map');
      document.body.prepend(added);
      for (const el of document.querySelectorAll('acu-map')) {
        for (const name of el.getAttributeNames()) if (name !== 'id') el.removeAttribute(name);
        el.content = null;
        el.setAttribute('selected', 'LI4');
      }
    });
    const count = await page.locator('acu-map').count();
    for (let i = 0; i < count; i++) {
      const widget = page.locator('acu-map').nth(i);
      await widget.locator('[data-testid="card-code"]', { hasText: 'LI4' }).waitFor();
      await widget.locator('[data-testid="map"]').waitFor();
    }
    await page.locator('acu-map').first().evaluate((el) => el.select('ST36'));
    await page.locator('acu-map').first().locator('[data-testid="card-code"]', { hasText: 'ST36' }).waitFor();
    assert.deepEqual(problems, [], `${path}, seed ${seed}`);
    await page.close();
  }
});
