// `parts`: a page shows only the parts it asks for, each with its ::part name; an unknown part
// is reported like any bad value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addWidget, BASE, errors, holdLive, open, record, recordingPage, useBrowser } from './harness.mjs';

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

test('before a point is chosen the card asks for one where the widget lets its reader pick it, painted and live', async () => {
  const p = await recordingPage(browser);
  // The live widget held back: the card as the main wasm paints it, then as the live one shows it.
  const release = await holdLive(p);
  await p.goto(BASE + '/');
  for (const parts of ['', 'map,card', 'list,card', 'card', 'card,guide']) {
    await addWidget(p, parts ? { class: 'asking', parts } : { class: 'asking' });
  }
  /** Each added widget's empty card, once painted (`live` false) or live. */
  const hints = (live) => p.evaluate(async (live) => {
    const hint = (el) => {
      const root = el.shadowRoot?.querySelector('.acu-mount');
      return root && root.classList.contains('painted') !== live ? root.querySelector('.card-empty')?.textContent : undefined;
    };
    const widgets = [...document.querySelectorAll('acu-map.asking')];
    while (!widgets.every(hint)) await new Promise((r) => setTimeout(r, 50));
    return widgets.map(hint);
  }, live);
  const wanted = [
    'Select a point on the map or in the list to see',
    'Select a point on the map to see',
    'Select a point in the list to see',
    'Select a point to see',
    'Select a point to see',
  ];
  const painted = await hints(false);
  assert.deepEqual(painted.map((h) => h.split(' where it is')[0]), wanted);
  release();
  assert.deepEqual(await hints(true), painted);
  // The reader's language too: a card alone in Chinese names neither a map (图) nor a list.
  const zh = await p.evaluate(async () => {
    const el = document.querySelector('acu-map.asking[parts="card"]');
    el.setAttribute('lang', 'zh-Hans');
    const text = () => el.shadowRoot.querySelector('.card-empty')?.textContent ?? '';
    while (!/穴位/.test(text())) await new Promise((r) => setTimeout(r, 50));
    return text();
  });
  assert.match(zh, /^选择一个穴位，/);
  assert.doesNotMatch(zh, /图|列表/);
  await p.close();
});

test('a map without its card names the point chosen on it under the map at any width, painted and live; beside a card it leaves that to the card', async () => {
  const p = await recordingPage(browser);
  // The live widget held back at first: the peek as the main wasm paints it.
  const release = await holdLive(p);
  await p.goto(BASE + '/');
  for (const parts of ['map', 'map,card']) await addWidget(p, { class: 'picking', parts, selected: 'LU1' });
  /** The peek under the map of each added widget: its words if it is seen, else null. */
  const peeks = () => p.evaluate(() => [...document.querySelectorAll('acu-map.picking')].map((el) => {
    const peek = el.shadowRoot.querySelector('.peek.on-map');
    return peek?.checkVisibility() ? peek.innerText.replace(/\s+/g, ' ').trim() : null;
  }));
  const LU1 = /^LU1 Zhōngfǔ Cautions: Pneumothorax risk$/;
  // Both painted (the second's peek is there, hidden beside its card).
  await p.locator('acu-map.picking .painted .peek').nth(1).waitFor({ state: 'attached' });
  const [painted, paintedWithCard] = await peeks();
  assert.match(painted ?? '', LU1);
  assert.equal(paintedWithCard, null, 'beside the painted card');
  release();
  await p.locator('acu-map.picking [data-testid="peek"]').nth(1).waitFor({ state: 'attached' });
  for (const width of [1280, 390]) {
    await p.setViewportSize({ width, height: 900 });
    for (const i of [0, 1]) {
      const marker = p.locator('acu-map.picking').nth(i).locator('[data-testid="marker-LU1"]');
      await marker.scrollIntoViewIfNeeded();
      await marker.locator('.dot').first().click();
    }
    const [alone, withCard] = await peeks();
    assert.match(alone ?? '', LU1, `${width} px`);
    if (width === 1280) assert.equal(withCard, null, 'beside the card');
    else assert.equal(withCard, 'LU1 Zhōngfǔ Cautions: Pneumothorax risk Details', `${width} px`);
  }
  await p.close();
});
