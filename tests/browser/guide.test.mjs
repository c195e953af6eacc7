// How to find it (src/guide.rs, ui/how_to_find.rs, map_layers::GuideLayer): a point's guide on
// its card, stepped through with the buttons, each step drawn on the map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, useBrowser } from './harness.mjs';

const browser = useBrowser();

const steps = (widget) => widget.locator('[data-testid="guide-step"]').allTextContents();
/** The x of each transform's translation in `selector`, in the map. */
const xs = (widget, selector) =>
  widget.locator(selector).evaluateAll((els) => els.map((e) => Number(e.getAttribute('transform').match(/translate\(([-\d.]+)/)[1])));

test("BL23's guide, step by step: the landmark, the level, the ruler and the arrow, then the point", async () => {
  const { page, seen } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  await page.evaluate(() => document.querySelector('acu-map').select('BL23'));
  await widget.locator('[data-testid="guide"]').waitFor();
  const texts = await steps(widget);
  assert.equal(texts.length, 4, texts.join('\n'));
  assert.match(texts[0], /^Find the spinous process of L2: count two spinous processes up from L4/);
  assert.match(texts[2], /1\.5 B-cun laterally: the span between the medial borders of the scapulae is 6 B-cun, so 1\.5 B-cun is a quarter of it/);
  assert.match(texts[2], /index and middle fingers side by side \(finger measures are approximate\)/);
  assert.equal(await widget.locator('[data-testid="guide-layer"]').count(), 0, 'nothing drawn before the reader asks');

  const next = widget.locator('[data-testid="guide-next"]');
  await next.click();
  const layer = widget.locator('[data-testid="guide-layer"]');
  assert.equal(await layer.getAttribute('data-step'), '0');
  assert.equal(await widget.locator('[data-testid="map"]').getAttribute('data-view'), 'back');
  assert.ok(Number(await widget.locator('[data-testid="map"]').getAttribute('data-scale')) > 1.5, 'zoomed in to the guide');
  assert.equal(await layer.locator('[data-testid="guide-landmark"][data-landmark="L2"]').count(), 1);
  assert.match(await layer.locator('[data-landmark="L2"] text').textContent(), /Spinous process of L2/);
  assert.equal(await widget.locator('li.current [data-testid="guide-step"]').getAttribute('aria-current'), 'step');
  assert.match(await widget.locator('[data-testid="announcer"]').textContent(), /^Step 1 of 4: Find the spinous process of L2/);

  await next.click();
  assert.equal(await layer.getAttribute('data-step'), '1');
  assert.match(await layer.locator('.guide-line').getAttribute('d'), /^M[-\d.]+ [-\d.]+L/);

  // Step 3: the 6 B-cun ruler between the scapulae with its 7 ticks, its stretch from the
  // middle 1.5 B-cun outward ending above the point, and an arrow to each side's point.
  await next.click();
  const ruler = layer.locator('[data-testid="guide-ruler"][data-measurement="scapulae"]');
  assert.equal(await ruler.count(), 1);
  assert.equal((await ruler.locator('.ruler-ticks').getAttribute('d')).match(/M/g).length, 7);
  assert.equal(await ruler.locator('text').textContent(), '1.5 of 6 B-cun');
  const used = (await ruler.locator('.ruler-used').getAttribute('d')).match(/[-\d.]+/g).map(Number);
  const points = await xs(widget, '[data-testid="marker-BL23"] > g');
  assert.ok(points.some((x) => Math.abs(x - used[2]) < 0.5), `stretch ends at ${used[2]}, BL23 at ${points}`);
  assert.equal(await layer.locator('[data-testid="guide-arrow"]').count(), 2);

  await next.click();
  assert.equal(await layer.locator('[data-testid="guide-target"]').count(), 2, 'both sides');
  assert.equal(await next.getAttribute('aria-disabled'), 'true');
  // Focus stays on the button at the last step; Previous and a step's own button go back.
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').shadowRoot.activeElement?.dataset.testid), 'guide-next');
  await widget.locator('[data-testid="guide-previous"]').click();
  assert.equal(await layer.getAttribute('data-step'), '2');
  await widget.locator('[data-testid="guide-step"]').first().click();
  assert.equal(await layer.getAttribute('data-step'), '0');
  await widget.locator('[data-testid="guide-hide"]').click();
  assert.equal(await layer.count(), 0);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('the guide in Chinese, and in plain words for patients', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  await page.evaluate(() => { const m = document.querySelector('acu-map'); m.lang = 'zh-Hans'; m.select('BL23'); });
  await widget.locator('[data-testid="guide"]').waitFor();
  await page.waitForFunction(() => /腰椎/.test(document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="guide-step"]')?.textContent));
  const zh = await steps(widget);
  assert.match(zh[0], /^找到第2腰椎棘突：/);
  assert.match(zh[2], /自正中线向外侧量1\.5寸：两肩胛骨内侧缘之间为6寸，1\.5寸即其1\/4。/);
  assert.equal(zh[3], 'BL23即在此处，左右各一穴。');
  await widget.locator('[data-testid="guide-step"]').nth(2).click();
  assert.equal(await widget.locator('[data-testid="guide-ruler"] text').textContent(), '6寸中取1.5寸');
  assert.match(await widget.locator('[data-testid="guide-at"]').textContent(), /第3步，共4步/);

  await page.evaluate(() => { const m = document.querySelector('acu-map'); m.lang = 'en'; m.mode = 'patient'; });
  await page.waitForFunction(() => /finger-widths/.test(document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="guide"]')?.textContent));
  const plain = (await steps(widget)).join(' ');
  assert.match(plain, /Move about two finger-widths outward/);
  assert.doesNotMatch(plain, /B-cun|spinous/);
  await page.close();
});

test("a landmark's name stays on the map: LU7's wrist crease, at the figure's right edge, is named leftward", async () => {
  for (const width of [1280, 390]) {
    const { page } = await open(browser, '/study.html', { width, height: 900 });
    const widget = page.locator('acu-map');
    await page.evaluate(() => document.querySelector('acu-map').select('LU7'));
    await widget.locator('[data-testid="guide"]').waitFor();
    await widget.locator('[data-testid="guide-next"]').click();
    const text = widget.locator('[data-testid="guide-layer"] [data-testid="guide-landmark"] text').filter({ hasText: /\S/ }).first();
    assert.match(await text.textContent(), /wrist crease/i);
    const [box, map] = [await text.boundingBox(), await widget.locator('[data-testid="map"]').boundingBox()];
    assert.ok(box.x >= map.x - 1 && box.x + box.width <= map.x + map.width + 1, `at ${width} px the name spans ${box.x}..${box.x + box.width}, the map ${map.x}..${map.x + map.width}`);
    await page.close();
  }
});

test("GB30's guide names its landmarks clear of GB30's marker and code, and writes the code clear of its rings, at every step, in both languages", async () => {
  for (const lang of ['en', 'zh-Hans']) {
    // The clinic page opens on GB30, between the sacral hiatus and the greater trochanter.
    const { page } = await open(browser, '/');
    const widget = page.locator('acu-map');
    await page.evaluate((lang) => { document.querySelector('acu-map').lang = lang; }, lang);
    await widget.locator('[data-testid="guide"]').waitFor();
    const next = widget.locator('[data-testid="guide-next"]');
    let named = 0;
    for (let step = 0; await next.isEnabled(); step++) {
      await next.click();
      await widget.locator(`[data-testid="guide-layer"][data-step="${step}"]`).waitFor();
      const boxes = await page.evaluate(() => {
        const root = document.querySelector('acu-map').shadowRoot;
        const box = (e, what) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, what]; };
        return {
          names: [...root.querySelectorAll('[data-testid="guide-landmark"] text')].filter((t) => t.textContent).map((t) => box(t, t.textContent)),
          point: [...root.querySelectorAll('.point.selected .ring, [data-testid="guide-code"]')].map((e) => box(e, e.textContent || 'GB30 marker')),
          // The marker's own label gives way to the guide's (none of the map's labels shows).
          labels: [...root.querySelectorAll('svg.map .label')].filter((t) => t.getBoundingClientRect().width > 0).length,
          rings: [...root.querySelectorAll('.guide-landmark circle, .guide-target')].map((e) => box(e, e.closest('[data-landmark]')?.dataset.landmark ?? 'target')),
        };
      });
      named += boxes.names.length;
      const overlap = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
      const covering = boxes.names.flatMap((a, i) => [...boxes.names.slice(i + 1), ...boxes.point].filter((b) => overlap(a, b)).map((b) => `${a[4]} / ${b[4]}`));
      assert.deepEqual(covering, [], `${lang}, step ${step + 1}`);
      // GB30's code: once, clear of the step's rings (the greater trochanter's at step 2 lay over
      // it, the target ring over its first letter at the last step).
      const code = boxes.point.filter((b) => b[4] === 'GB30');
      assert.equal(code.length, 1, `${lang}, step ${step + 1}: ${JSON.stringify(boxes.point)}`);
      assert.deepEqual(boxes.rings.filter((r) => overlap(r, code[0])).map((r) => r[4]), [], `${lang}, step ${step + 1}`);
      assert.equal(boxes.labels, 0, `${lang}, step ${step + 1}`);
    }
    assert.ok(named >= 2, `${lang}: ${named} names over the steps`);
    await page.close();
  }
});
