// `parts`: a page shows only the parts it asks for, each with its ::part name; an unknown part
// is reported like any bad value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errors, open, record, useBrowser } from './harness.mjs';

const browser = useBrowser();

/** The ::part names in the widget. */
const partNames = (page) =>
  page.evaluate(() => [...new Set([...document.querySelector('acu-map').shadowRoot.querySelectorAll('[part]')].flatMap((e) => e.getAttribute('part').split(/\s+/)))].sort());

for (const [value, wanted] of [
  ['map', ['map', 'notices', 'root']],
  ['card', ['card', 'notices', 'root']],
  ['list', ['list', 'notices', 'root']],
  ['filters', ['filters', 'notices', 'root']],
  ['tables', ['comparison', 'notices', 'root']],
  ['map,card', ['card', 'map', 'notices', 'root']],
]) {
  test(`parts="${value}" shows that alone`, async () => {
    const { page, seen } = await open(browser, '/');
    await page.evaluate((v) => document.querySelector('acu-map').setAttribute('parts', v), value);
    if (value === 'tables') await page.locator('acu-map .comparison').first().waitFor();
    await page.waitForTimeout(200);
    assert.deepEqual(await partNames(page), wanted);
    if (value === 'map,card') {
      // The two side by side, the card still the clinic's point.
      assert.equal(await page.locator('acu-map [data-testid="card-code"]').textContent(), 'GB30');
    }
    assert.deepEqual(seen.errors, []);
    await page.close();
  });
}

test('an unknown part is reported, and a widget that asks for only its table is short', async () => {
  const { page } = await open(browser, '/');
  await record(page);
  const tall = await page.locator('acu-map').first().evaluate((el) => el.getBoundingClientRect().height);
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('parts', 'tables, sidebar'));
  await page.locator('acu-map [data-testid="notice"]').first().waitFor();
  assert.match(await page.locator('acu-map [data-testid="notice"]').first().textContent(), /Unknown part “sidebar” in the parts attribute/);
  assert.deepEqual((await errors(page)).map((e) => [e.source, e.value]), [['parts', 'sidebar']]);
  const short = await page.locator('acu-map').first().evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(short < tall * 0.7, `${short} px against ${tall} px`);
  await page.close();
});

test('a card without its map gives how to find the point as text, and nothing that would show it on a map it has not', async () => {
  const { page, seen } = await open(browser, '/');
  const widget = page.locator('acu-map').first();
  const guide = widget.locator('[data-testid="guide"]');
  /** The steps, whether each is a button, the guide's other buttons, and the alternative's words. */
  const card = () => page.evaluate(() => {
    const root = document.querySelector('acu-map').shadowRoot;
    return {
      steps: [...root.querySelectorAll('[data-testid="guide-step"]')].map((s) => `${s.tagName.toLowerCase()} ${s.textContent.trim().slice(0, 24)}`),
      controls: root.querySelectorAll('[data-testid="guide"] .guide-controls button').length,
      alternative: root.querySelector('[data-testid="card-alternative"]').textContent,
    };
  });
  // GB30, the clinic's point: three steps, and a WHO alternative the map draws.
  await guide.waitFor();
  const withMap = await card();
  assert.deepEqual(withMap.steps.map((s) => s.split(' ')[0]), ['button', 'button', 'button']);
  assert.equal(withMap.controls, 3);
  assert.match(withMap.alternative, /\(On the map: the dashed ring with a cross\.\)$/);
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('parts', 'card'));
  await guide.locator('li[data-testid="guide-step"]').first().waitFor();
  const alone = await card();
  assert.deepEqual(alone.steps, withMap.steps.map((s) => s.replace(/^button/, 'li')));
  assert.equal(alone.controls, 0);
  assert.equal(alone.alternative, withMap.alternative.replace(' (On the map: the dashed ring with a cross.)', ''));
  // The map back, and the buttons with it.
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('parts', 'map,card'));
  await guide.locator('button[data-testid="guide-step"]').first().waitFor();
  assert.deepEqual(seen.errors, []);
  await page.close();
});
