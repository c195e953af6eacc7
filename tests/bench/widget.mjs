// Speed of the widget in headless Chromium, printed as figures (no pass/fail): run by
// `cargo xtask bench` against the built bundle. Each figure is the median of several runs.
import { chromium } from 'playwright-core';

const BASE = process.env.ACUMAP_BASE_URL ?? 'http://127.0.0.1:8080';
const RUNS = 7;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(label, path, work) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    samples.push(await work(page, path));
    await page.close();
  }
  console.log(`${label.padEnd(58)} ${median(samples).toFixed(1).padStart(8)} ms  (median of ${RUNS})`);
}

// Navigation start to the map drawn with its markers.
const firstRender = async (page, path) => {
  await page.goto(BASE + path);
  await page.waitForFunction(() => document.querySelector('acu-map')?.shadowRoot?.querySelector('g.point'));
  return page.evaluate(() => performance.now());
};

// A step done in the page, timed there: from the action to the next frame painted.
const inPage = (setup, step) => async (page, path) => {
  await firstRender(page, path);
  await page.evaluate(setup);
  return page.evaluate(step);
};

await measure('first render, clinic page (9 points)', '/', firstRender);
await measure('first render, study page (409 points)', '/study.html', firstRender);
const frame = 'new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))';
await measure('search "sciatica" over 409 points, to the next frame', '/study.html', inPage(() => {}, new Function(`
  const el = document.querySelector('acu-map');
  const input = el.shadowRoot.querySelector('[data-testid="search"]');
  const t = performance.now();
  input.value = 'sciatica';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return ${frame}.then(() => performance.now() - t);`)));
await measure('switch view front -> back (409 points), to the next frame', '/study.html', inPage(() => {}, new Function(`
  const el = document.querySelector('acu-map');
  const t = performance.now();
  el.view = 'back';
  return ${frame}.then(() => performance.now() - t);`)));
await measure('select a point (card), to the next frame', '/study.html', inPage(() => {}, new Function(`
  const el = document.querySelector('acu-map');
  const t = performance.now();
  el.select('GB30');
  return ${frame}.then(() => performance.now() - t);`)));
await measure('zoom in one step (study page), to the next frame', '/study.html', inPage(() => {}, new Function(`
  const el = document.querySelector('acu-map');
  const t = performance.now();
  el.shadowRoot.querySelector('[data-testid="zoom-in"]').click();
  return ${frame}.then(() => performance.now() - t);`)));
await browser.close();
