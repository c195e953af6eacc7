// The keyboard's way through the widget and what a screen reader hears: the map is one Tab stop
// whose arrow keys go from point to point, and one polite live region says what changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addWidget, open, typeSearch, useBrowser } from './harness.mjs';

const browser = useBrowser();

/** What has focus, looking into the widget's shadow root: a marker's code, `map`, another
 * element of the widget (its tag), or `outside:<id>`. */
const focused = (page) => page.evaluate(() => {
  const active = document.activeElement;
  if (active?.tagName !== 'ACU-MAP') return `outside:${active?.id || active?.tagName}`;
  const inner = active.shadowRoot.activeElement;
  if (!inner) return 'widget';
  if (inner.classList.contains('point')) return inner.dataset.code;
  if (inner.classList.contains('map')) return 'map';
  return inner.tagName.toLowerCase();
});

test('study page, all 409 points: a point within 12 Tabs of the element before the widget, out of it within 40', async () => {
  const { page } = await open(browser, '/study.html');
  await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    const around = (id) => Object.assign(document.createElement('button'), { id, textContent: id });
    el.before(around('before'));
    el.after(around('after'));
    document.getElementById('before').focus();
  });
  let toPoint = null;
  let out = null;
  for (let tabs = 1; tabs <= 60 && out === null; tabs++) {
    await page.keyboard.press('Tab');
    const at = await focused(page);
    if (toPoint === null && /^[A-Z]+-?[A-Z]*\d+$/.test(at)) toPoint = tabs;
    if (at.startsWith('outside:')) out = { tabs, at };
  }
  assert.ok(toPoint !== null && toPoint <= 12, `a point after ${toPoint} Tabs`);
  assert.deepEqual(out && out.at, 'outside:after');
  assert.ok(out.tabs <= 40, `left the widget after ${out.tabs} Tabs`);
  const stops = await page.evaluate(() =>
    [...document.querySelector('acu-map').shadowRoot.querySelectorAll('.point:not([hidden])')].filter((m) => m.tabIndex === 0).length);
  assert.equal(stops, 1, 'one marker is a Tab stop, the others are reached with the arrow keys');
  await page.close();
});

test('on the map: arrows go to the nearest point that way, Home and End, Enter selects, Escape to the map, where arrows pan and + zooms', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  const site = (code) => page.evaluate((code) => {
    const marker = document.querySelector('acu-map').shadowRoot.querySelector(`.point[data-code="${code}"]`);
    return [...marker.querySelectorAll(':scope > g')].map((g) => {
      const r = g.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2];
    });
  }, code);
  await widget.locator('[data-testid="marker-CV12"]').focus();
  assert.equal(await focused(page), 'CV12');
  const [from] = await site('CV12');
  await page.keyboard.press('ArrowDown');
  const down = await focused(page);
  assert.notEqual(down, 'CV12');
  assert.ok((await site(down)).some(([, y]) => y > from[1]), `${down} is below CV12`);
  await page.keyboard.press('ArrowUp');
  const up = await focused(page);
  assert.ok((await site(up)).some(([, y]) => y < (from[1] + 1)), `${up} is not below where we started`);
  await page.keyboard.press('ArrowRight');
  const right = await focused(page);
  assert.match(right, /^[A-Z]/);
  const order = await page.evaluate(() =>
    [...document.querySelector('acu-map').shadowRoot.querySelectorAll('.point:not([hidden])')].map((m) => m.dataset.code));
  await page.keyboard.press('End');
  assert.equal(await focused(page), order.at(-1));
  await page.keyboard.press('Home');
  assert.equal(await focused(page), order[0]);
  await page.keyboard.press('Enter');
  await widget.locator('[data-testid="card-code"]', { hasText: order[0] }).waitFor();
  // Escape: back to the map itself, where the arrows pan (zoomed in) and + zooms.
  await page.keyboard.press('Escape');
  assert.equal(await focused(page), 'map');
  const map = widget.locator('[data-testid="map"]');
  await page.keyboard.press('+');
  assert.equal(await map.getAttribute('data-scale'), '1.5');
  const box = await map.getAttribute('viewBox');
  await page.keyboard.press('ArrowLeft');
  assert.notEqual(await map.getAttribute('viewBox'), box, 'the arrows pan the map');
  assert.equal(await focused(page), 'map');
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), order[0], 'Enter goes back to the points');
  await page.keyboard.press('0');
  assert.equal(await map.getAttribute('data-scale'), '1');
  await page.close();
});

test('one polite live region says the selected point, the view and the number of points found', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  const regions = await page.evaluate(() =>
    [...document.querySelector('acu-map').shadowRoot.querySelectorAll('[aria-live], [role="status"], [role="alert"]')].length);
  assert.equal(regions, 1);
  const said = () => widget.locator('[data-testid="announcer"]').textContent();
  await widget.locator('[data-testid="marker-CV12"]').click();
  assert.equal(await said(), 'CV12 Zhōngwǎn selected.');
  await widget.locator('[data-testid="tab-back"]').click();
  assert.equal(await said(), 'Back view.');
  await typeSearch(widget.locator('[data-testid="search"]'), 'sciatica');
  const count = await widget.locator('p.count').textContent();
  assert.match(count, /^\d+ points$/);
  assert.equal(await said(), count);
  // In Chinese, in Chinese.
  await page.evaluate(() => { document.querySelector('acu-map').lang = 'zh-Hans'; });
  await page.evaluate(() => document.querySelector('acu-map').select('ST36'));
  assert.equal(await said(), '已选中 ST36 足三里。');
  await page.close();
});

test('keys the widget takes never reach the page\'s own shortcuts; Tab, Escape and Ctrl keys still do', async () => {
  const { page } = await open(browser, '/index.html');
  // A site's shortcuts, guarded the usual way: not while the reader types in one of its fields.
  await page.evaluate(() => {
    window.__site = [];
    for (const type of ['keydown', 'keypress', 'keyup']) {
      document.addEventListener(type, (e) => {
        if (!['INPUT', 'TEXTAREA'].includes(e.target.tagName)) window.__site.push(`${e.type} ${e.key}`);
      });
    }
  });
  const seen = () => page.evaluate(() => window.__site.splice(0));
  const widget = page.locator('acu-map').first();
  const search = widget.locator('[data-testid="search"]');
  await search.click();
  await page.keyboard.type('s/ zu');
  await page.keyboard.press('ArrowDown');
  assert.equal(await search.inputValue(), 's/ zu');
  assert.deepEqual(await seen(), [], 'typing in the widget\'s search box');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Escape');
  assert.deepEqual((await seen()).filter((k) => k.startsWith('keydown')), ['keydown Control', 'keydown k', 'keydown Escape']);
  // On the map, the arrows, Enter and + act on the widget; Tab leaves it as it would anyway.
  await widget.locator('[data-testid^="marker-"][tabindex="0"]').first().focus();
  for (const key of ['ArrowRight', 'ArrowLeft', 'Enter', '+', '-']) await page.keyboard.press(key);
  assert.deepEqual(await seen(), [], 'keys the map acts on');
  await page.keyboard.press('Tab');
  assert.deepEqual(await seen(), ['keydown Tab', 'keyup Tab']);
  await page.close();
});

/** Waits until the element of the widget that has focus has `testid` (its `data-testid`). */
const focusReaches = (page, testid) =>
  page.waitForFunction((testid) => document.querySelector('acu-map').shadowRoot.activeElement?.dataset.testid === testid, testid);

test('an action that removes or disables the focused control leaves the focus in the widget, on what comes next there', async () => {
  const { page } = await open(browser, '/study.html', { width: 1280, height: 900 });
  const widget = page.locator('acu-map');
  await widget.locator('[data-testid="list"]').waitFor();
  const inner = () => page.evaluate(() => {
    const a = document.querySelector('acu-map').shadowRoot.activeElement;
    return a ? a.dataset.testid ?? a.id ?? a.tagName : 'lost';
  });
  // A notice's Dismiss: the next notice's, then the widget's first control.
  await page.evaluate(() => { const el = document.querySelector('acu-map'); el.setAttribute('view', 'elbow'); el.select('XX99'); });
  assert.equal(await widget.locator('[data-testid="notice"]').count(), 2);
  await widget.locator('[data-testid="notice"] .dismiss').first().focus();
  await page.keyboard.press('Enter');
  await widget.locator('[data-testid="notice"]').nth(1).waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.activeElement?.classList.contains('dismiss'));
  await page.keyboard.press('Enter');
  await widget.locator('[data-testid="notice"]').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.activeElement !== null);
  assert.match(await inner(), /^tab-/, 'the view tab that is chosen');
  // Clear filters, which is disabled once it has cleared them: the first filter.
  await widget.locator('[data-testid="filter-meridian"]').selectOption('LU');
  await widget.locator('.filters .clear').focus();
  await page.keyboard.press('Enter');
  await focusReaches(page, 'filter-meridian');
  // Study mode: Stop the quiz, whose panel goes: the button that starts one.
  await page.evaluate(() => { document.querySelector('acu-map').mode = 'study'; });
  await widget.locator('[data-testid="locate-tap"]').click();
  await widget.locator('[data-testid="locate-stop"]').focus();
  await page.keyboard.press('Enter');
  await focusReaches(page, 'locate-tap');
  await page.close();
});

test('a point chosen in a condition guide takes the focus to its card\'s title', async () => {
  const { page } = await open(browser, '/patient.html', { width: 1280, height: 900 });
  const widget = page.locator('acu-map').first();
  await page.evaluate(() => { const el = document.querySelector('acu-map'); el.removeAttribute('selected'); el.clear(); el.setAttribute('condition', 'sciatica'); });
  await widget.locator('[data-testid="guide-point-GB30"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.activeElement?.id === 'card-title');
  assert.match(await widget.locator('#card-title').innerText(), /GB30/);
  await page.close();
});

test('on a phone the bar that keeps the chosen point in sight never covers the marker the keyboard is on', async () => {
  const { page } = await open(browser, '/study.html', { width: 320, height: 640 });
  const widget = page.locator('acu-map');
  await widget.locator('[data-testid="list"]').waitFor();
  // A tap chooses a point: the bar shows it, the card being out of sight. (ST36: at 320 px the
  // markers on the midline lie over each other, 11 px across and 6 px apart, until one zooms in.)
  await widget.locator('[data-testid="marker-ST36"] .hit').first().click();
  const peek = widget.locator('.peek');
  await peek.waitFor();
  assert.equal(await peek.evaluate((p) => getComputedStyle(p).visibility), 'visible');
  // The keyboard on the map: the bar is out of the way, in place.
  await widget.locator('[data-testid="marker-CV12"]').focus();
  await page.keyboard.press('ArrowDown');
  const state = await page.evaluate(() => {
    const root = document.querySelector('acu-map').shadowRoot;
    const marker = root.activeElement.getBoundingClientRect();
    const at = root.elementFromPoint(marker.x + marker.width / 2, marker.y + marker.height / 2);
    return { visibility: getComputedStyle(root.querySelector('.peek')).visibility, covered: !!at?.closest('.peek') };
  });
  assert.deepEqual(state, { visibility: 'hidden', covered: false });
  await page.close();
});

test('zoomed in, the map goes to the marker Tab lands on and to a point chosen in the list; the chosen row stays on screen', async () => {
  const { page } = await open(browser, '/study.html', { width: 1280, height: 800 });
  const widget = page.locator('acu-map');
  await widget.locator('[data-testid="list"]').waitFor();
  for (let i = 0; i < 3; i++) await widget.locator('[data-testid="zoom-in"]').click();
  const inMap = (code) => page.evaluate((code) => {
    const root = document.querySelector('acu-map').shadowRoot;
    const map = root.querySelector('[data-testid="map"]').getBoundingClientRect();
    return [...root.querySelectorAll(`[data-testid="marker-${code}"] .ring`)].some((r) => {
      const b = r.getBoundingClientRect();
      return b.left >= map.left && b.right <= map.right && b.top >= map.top && b.bottom <= map.bottom;
    });
  }, code);
  // The map's Tab stop is the first point, LU1 (on the chest), out of the zoomed view.
  assert.equal(await inMap('LU1'), false);
  // From the zoom buttons and the overlay's, Tab goes on to the map.
  await widget.locator('[data-testid="zoom-in"]').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').shadowRoot.activeElement?.dataset.code), 'LU1');
  assert.equal(await inMap('LU1'), true, 'the marker the keyboard is on is in view');
  // A point chosen in the list by Enter: the map goes to it, and its row, which keeps the
  // focus, stays on screen though the card opens above the list.
  await typeSearch(widget.locator('[data-testid="search"]'), 'LR14');
  await widget.locator('[data-testid="item-LR14"]').focus();
  await page.keyboard.press('Enter');
  await widget.locator('[data-testid="card-code"]', { hasText: 'LR14' }).waitFor();
  await page.waitForTimeout(100);
  assert.equal(await inMap('LR14'), true);
  const row = await widget.locator('[data-testid="item-LR14"]').evaluate((r) => { const b = r.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; });
  assert.equal(row, true, 'the focused row is on screen');
  await page.close();
});

test('a map alone on a desktop names the point chosen with the keyboard, under the map and clear of it', async () => {
  const { page } = await open(browser, '/', { width: 1280, height: 900 });
  await addWidget(page, { id: 'alone', parts: 'map' }, { first: true });
  const widget = page.locator('#alone');
  // The live map shown (its markers take the keyboard), and the keyboard on CV12.
  await widget.locator('[data-testid="marker-CV12"]').waitFor();
  await widget.locator('[data-testid="marker-CV12"]').focus();
  await page.waitForFunction(() => document.getElementById('alone').shadowRoot.activeElement?.dataset.code === 'CV12');
  await page.keyboard.press('Enter');
  await widget.locator('[data-testid="peek"]').waitFor({ state: 'attached' });
  const state = await page.evaluate(() => {
    const root = document.getElementById('alone').shadowRoot;
    const peek = root.querySelector('[data-testid="peek"]');
    return {
      focus: root.activeElement?.dataset.code,
      seen: peek.checkVisibility({ visibilityProperty: true }),
      code: peek.querySelector('.code').textContent,
      clear: peek.getBoundingClientRect().top >= root.querySelector('.map-frame').getBoundingClientRect().bottom,
    };
  });
  assert.deepEqual(state, { focus: 'CV12', seen: true, code: 'CV12', clear: true });
  // Scrolled so that the map's foot is below the screen's: the bar stays under the map, off
  // the screen with it, rather than over the markers.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize({ width: 1280, height: 500 });
  const over = await page.evaluate(() => {
    const root = document.getElementById('alone').shadowRoot;
    return root.querySelector('[data-testid="peek"]').getBoundingClientRect().top < root.querySelector('.map-frame').getBoundingClientRect().bottom;
  });
  assert.equal(over, false);
  await page.close();
});
