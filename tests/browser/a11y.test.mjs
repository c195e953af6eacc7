// Accessibility: axe-core (WCAG 2.0–2.2 A and AA rules, target-size included) over each host
// page, into the widget's open shadow root, in the states a reader sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, open } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** axe's violations on the page as it is now, one line each. */
async function violations(page) {
  // axe is injected as an inline script, which the pages' CSP forbids: these pages are opened
  // with CSP bypassed (every other test runs under it).
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary}`));
}

for (const path of ['/', '/study.html', '/patient.html', '/patient-zh.html', '/hostile.html']) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}, with a card open, the overlay on and a close-up`, async () => {
    const { page } = await open(browser, path, { width: 1280, height: 900 }, { bypassCSP: true });
    const widget = page.locator('acu-map').last();
    await widget.locator('[data-testid="search"]').fill('LI4');
    await widget.locator('[data-testid="item-LI4"]').click();
    await widget.locator('[data-testid="overlay"]').click();
    assert.deepEqual(await violations(page), []);
    await widget.locator('[data-testid="tab-hand-back"]').click();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
}

test('on a narrow phone screen too', async () => {
  const { page } = await open(browser, '/', { width: 375, height: 812 }, { bypassCSP: true });
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the dark theme passes too, with host content, and an unknown theme is reported', async () => {
  const { page } = await open(browser, '/study.html', { width: 1280, height: 900 }, { bypassCSP: true });
  const widget = page.locator('acu-map');
  await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    el.theme = 'dark';
    el.content = { notes: { GB21: 'Our note, in its own box.' }, shortlists: [{ title: 'Shoulder', description: 'Ours.', points: ['GB21', 'SI11', 'LI15'] }] };
  });
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('acu-map').shadowRoot.querySelector('.acu')).backgroundColor);
  assert.equal(bg, 'rgb(17, 24, 39)');
  await widget.locator('[data-testid="search"]').fill('GB21');
  await widget.locator('[data-testid="item-GB21"]').click();
  await widget.locator('[data-testid="host-note"]').waitFor();
  await widget.locator('[data-testid="overlay"]').click();
  assert.deepEqual(await violations(page), []);
  await page.evaluate(() => { document.querySelector('acu-map').theme = 'neon'; });
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /neon/);
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
