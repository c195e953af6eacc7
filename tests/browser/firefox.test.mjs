// The widget in a second engine: Debian's Firefox ESR, driven by puppeteer-core over WebDriver
// BiDi (Playwright drives only its own builds of Firefox). Every other browser test runs in
// Chromium; these walk what depends most on the engine: the element, the wasm and its chunk,
// the prose file of the page's language, a lazy widget's wait for the screen
// (`IntersectionObserver`), clicks and keys on the SVG map, and the map's size on screen
// (`ResizeObserver`, an SVG's box) that the marks follow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { BASE, LAZY_STATE, addLazyWidget } from './harness.mjs';

let browser;
before(async () => {
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
});
after(async () => { await browser?.close(); });

/** Opens `path` at `width`×`height` and waits for every widget to be live (the painted map
 * gone, every row of its list drawn);
 * `problems` collects the page's errors and the console's errors and warnings. */
async function open(path, width = 1280, height = 900) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (['error', 'warn'].includes(m.type())) problems.push(m.text()); });
  await page.goto(BASE + path);
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('acu-map:not([parts])')];
    return all.length > 0 && all.every((m) => m.shadowRoot?.querySelector('[data-testid="list"]:not([aria-busy])') && !m.shadowRoot.querySelector('.painted'));
  });
  return { page, problems };
}

/** The prose files the page asked for, by language (`en`, `zh-Hans`). */
const proseFiles = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.match(/\/prose\.([A-Za-z.-]+)\.[0-9a-f]+\.json$/)?.[1]).filter(Boolean));

/** The card's code and the kinds of its cautions, of the page's first widget. */
const card = (page) => page.evaluate(() => {
  const root = document.querySelector('acu-map').shadowRoot;
  return [root.querySelector('.card .code')?.textContent, [...root.querySelectorAll('.card .cautions li')].map((li) => li.dataset.kind)];
});

test('Firefox: the clinic page goes live, a click or the keys on a marker select its point, the card shows its cautions and its prose', async () => {
  const { page, problems } = await open('/');
  assert.deepEqual(await card(page), ['GB30', ['nerve']]);
  await page.locator('acu-map >>> [data-testid="marker-BL40"] .dot').click();
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('.card .code')?.textContent === 'BL40');
  const [, kinds] = await card(page);
  assert.ok(kinds.includes('vessel'), `BL40's cautions: ${kinds}`);
  // The card's prose came from the English file; the keyboard moves between the markers.
  await page.locator('acu-map >>> [data-testid="card-location"]').wait();
  await (await page.$('acu-map >>> [data-testid="marker-BL40"]')).evaluate((marker) => marker.focus());
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('.card .code')?.textContent !== 'BL40');
  assert.deepEqual(await proseFiles(page), ['en']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Firefox: a Chinese patient page asks for the Chinese patient prose alone and shows it', async () => {
  const { page, problems } = await open('/patient-zh.html');
  await page.locator('acu-map >>> [data-testid="card-location"]').wait();
  assert.deepEqual(await proseFiles(page), ['zh-Hans.patient']);
  const location = await page.evaluate(() => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="card-location"]').textContent);
  assert.match(location, /[\u4e00-\u9fff]/, location);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Firefox: a lazy widget far down stays painted, its prose not asked for, until it is scrolled near', async () => {
  const { page, problems } = await open('/');
  const lazy = () => page.evaluate(new Function(LAZY_STATE));
  await page.evaluate(new Function(addLazyWidget('zh-Hans')));
  assert.deepEqual(await lazy(), [true, 'SP6', false]);
  // Long enough for a live widget to have asked for its prose.
  await new Promise((r) => setTimeout(r, 1500));
  assert.deepEqual(await lazy(), [true, 'SP6', false]);
  assert.deepEqual(await proseFiles(page), ['en']);
  await page.evaluate(() => document.getElementById('lazy').scrollIntoView());
  await page.waitForFunction(() => document.getElementById('lazy').shadowRoot.querySelector('[data-testid="card-location"]'));
  assert.deepEqual(await proseFiles(page), ['en', 'zh-Hans']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Firefox: on a phone the marks keep their size on screen, upright and on its side', async () => {
  const { page, problems } = await open('/', 390, 844);
  // A marker's ring on screen, as its radius times the scale it is drawn at (Firefox's boxes
  // include the stroke), and the <svg>'s pixels a figure unit.
  const read = () => page.evaluate(() => {
    const svg = document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="map"]');
    const r = svg.getBoundingClientRect();
    const box = svg.viewBox.baseVal;
    const unit = Math.min(r.width / box.width, r.height / box.height);
    const sites = [...svg.querySelectorAll('g.point:not([hidden]):not(.selected) > g[transform]')];
    return { unit, rings: sites.map((g) => 2 * 5.5 * Number(g.getAttribute('transform').match(/scale\(([\d.]+)\)/)[1]) * unit) };
  });
  for (const [width, height] of [[390, 844], [844, 390]]) {
    await page.setViewport({ width, height });
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
    const seen = await read();
    assert.ok(seen.unit < 0.85 && seen.rings.length >= 7 && seen.rings.every((w) => Math.abs(w - 11) < 0.2), `${width}×${height}: ${JSON.stringify(seen)}`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('Firefox: a list that scrolls is shaded at each edge where rows are out of sight, and only there', async () => {
  // The patient's page on a phone: its list of eight shows four.
  const { page, problems } = await open('/patient-zh.html', 390, 800);
  // The list scrolled to `to` (the start, its middle, the end) and, two frames later, whether
  // its top and foot are shaded (its ::before and ::after shown).
  const shaded = (to) => page.evaluate(async (to) => {
    const ul = document.querySelector('acu-map').shadowRoot.querySelector('.point-list');
    ul.scrollTop = { start: 0, middle: (ul.scrollHeight - ul.clientHeight) / 2, end: ul.scrollHeight }[to];
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return ['::before', '::after'].map((p) => getComputedStyle(ul, p).opacity);
  }, to);
  assert.deepEqual(await shaded('start'), ['0', '1'], 'rows below only');
  assert.deepEqual(await shaded('middle'), ['1', '1'], 'rows above and below');
  assert.deepEqual(await shaded('end'), ['1', '0'], 'rows above only');
  // A search that leaves rows for the list's height: no shade.
  await page.evaluate(() => {
    const input = document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="search"]');
    input.value = 'ST36';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelectorAll('.point-list [role="option"]:not([hidden])').length === 1);
  assert.deepEqual(await shaded('start'), ['0', '0'], 'one row: nothing out of sight');
  assert.deepEqual(problems, []);
  await page.close();
});
