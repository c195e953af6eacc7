// Lifecycle: removing an element frees it. Mount and remove it 1000 times; the JS heap returns to
// within 10% of where it started (Chromium with --expose-gc and precise memory figures).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, useBrowser } from './harness.mjs';

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
