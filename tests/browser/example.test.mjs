// The example Leptos app (examples/leptos, built by `cargo xtask example` into www/example/):
// the widget as a component, with typed props and callbacks instead of attributes and events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, useBrowser } from './harness.mjs';

const browser = useBrowser();

test('the Leptos component mounts in an app, takes its props and calls its callbacks', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const seen = { errors: [], warnings: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'warning') seen.warnings.push(m.text());
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  await page.goto(BASE + '/example/');
  const widget = page.locator('div.acu-map');
  await widget.locator('[data-testid="list"]').waitFor();
  // The `points` prop, on the view the `view` prop names (BL23, BL25, BL40, GB30 on the back).
  assert.equal(await widget.locator('[data-testid="map"]').getAttribute('data-view'), 'back');
  assert.deepEqual(await widget.locator('g.point:not([hidden])').evaluateAll((gs) => gs.map((g) => g.dataset.code).sort()), ['BL23', 'BL25', 'BL40', 'GB30']);
  assert.equal(await widget.locator('[data-testid="list"] [role="option"]:not([hidden])').count(), 5);
  // A reader's selection: the card, with the prose file the `prose` prop names, and `on_select`.
  await widget.locator('[data-testid="marker-GB30"] .dot').first().click();
  await widget.locator('[data-testid="card-location"]').waitFor();
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), 'GB30');
  assert.equal(await page.locator('[data-testid="selected"]').innerText(), 'Selected: GB30');
  // The `content` prop: the practice's note on the point.
  assert.match(await widget.locator('[data-testid="host-note"]').innerText(), /lying on your side/);
  // The app changes the `view` prop; the widget follows.
  await page.locator('[data-testid="show-front"]').click();
  // The view first, its markers in the task after that frame (the last view's hidden meanwhile).
  await page.waitForFunction(() => {
    const map = document.querySelector('div.acu-map').shadowRoot.querySelector('[data-testid="map"]');
    return map.dataset.view === 'front' && !map.classList.contains('marking');
  });
  assert.deepEqual(await widget.locator('g.point:not([hidden])').evaluateAll((gs) => gs.map((g) => g.dataset.code)), ['ST36']);
  // The reader changes the view in the widget; `on_view_change` tells the app.
  await widget.locator('[data-testid="tab-back"]').click();
  await page.waitForFunction(() => document.querySelector('div.acu-map').shadowRoot.querySelector('[data-testid="map"]').dataset.view === 'back');
  // The widget's styles stay in its shadow root: the page's own <p> keeps the browser's font.
  const font = await page.locator('[data-testid="selected"]').evaluate((p) => getComputedStyle(p).fontFamily);
  assert.doesNotMatch(font, /system-ui/);
  // The page's print puts the handout of the app's five points on the paper, as the element's
  // does (at `beforeprint`: a browser lays the paper out at once), and takes it off after.
  const handout = () => page.evaluate(() => [...document.querySelector('div.acu-map').shadowRoot.querySelectorAll('[data-testid="handout"] .handout-points h3')]
    .map((h) => h.textContent.split(' ')[0]).sort().join(' '));
  assert.equal(await page.evaluate(() => { window.dispatchEvent(new Event('beforeprint')); return document.querySelector('div.acu-map').shadowRoot.querySelectorAll('[data-testid="handout"]').length; }), 1);
  assert.equal(await handout(), 'BL23 BL25 BL40 GB30 ST36');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await handout(), '');
  // No custom element is defined: the app has the component only.
  assert.equal(await page.evaluate(() => customElements.get('acu-map')), undefined);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.warnings, []);
  await page.close();
});
