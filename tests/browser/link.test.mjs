// `link`: the widget keeps its view and point in the page address's hash, reads it on load and
// on back and forward, reports a bad one, and never touches the address without `link`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, errors, open, record, useBrowser } from './harness.mjs';

const browser = useBrowser();

const hash = (page) => page.evaluate(() => decodeURIComponent(location.hash));
const code = (page) => page.locator('acu-map [data-testid="card-code"]').textContent();

test('link: the hash is written, read on reload, and back and forward step through the points', async () => {
  const { page, seen } = await open(browser, '/study.html');
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('link', ''));
  const widget = page.locator('acu-map');
  const before = await page.evaluate(() => history.length);
  await page.evaluate(() => document.querySelector('acu-map').select('BL23'));
  assert.equal(await hash(page), '#acu-atlas=BL23,back');
  await widget.locator('[data-testid="tab-side"]').click();
  assert.equal(await hash(page), '#acu-atlas=BL23,side', 'a view is written in place');
  await page.evaluate(() => document.querySelector('acu-map').select('ST36'));
  assert.equal(await hash(page), '#acu-atlas=ST36,front');
  assert.equal(await page.evaluate(() => history.length), before + 2, 'one step per point');
  // Back: BL23 on the side view; forward: ST36.
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="card-code"]')?.textContent === 'BL23');
  assert.equal(await widget.locator('[data-testid="map"]').getAttribute('data-view'), 'side');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="card-code"]')?.textContent === 'ST36');
  // A reload of a page whose element has `link` opens where the address says.
  await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    el.setAttribute('link', '');
    sessionStorage.clear();
  });
  await page.goto(`${BASE}/study.html#acu-atlas=GB30,back`);
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('link', ''));
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="card-code"]')?.textContent === 'GB30');
  assert.equal(await widget.locator('[data-testid="map"]').getAttribute('data-view'), 'back');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('link: a bad hash is reported like a bad attribute; without link the address is untouched', async () => {
  const { page } = await open(browser, '/study.html');
  await record(page);
  await page.evaluate(() => { location.hash = 'acu-atlas=<b>XX9</b>,elbow'; });
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('link', ''));
  await page.locator('acu-map [data-testid="notice"]').waitFor();
  assert.match(await page.locator('acu-map [data-testid="notice"]').textContent(), /The page address asks for “<b>XX9<\/b>,elbow”/);
  assert.deepEqual((await errors(page)).map((e) => e.source), ['link']);
  assert.equal(await page.locator('acu-map b').count(), 0, 'the hash is text, never markup');

  const { page: plain } = await open(browser, '/study.html');
  const length = await plain.evaluate(() => history.length);
  await plain.evaluate(() => document.querySelector('acu-map').select('BL23'));
  await plain.locator('acu-map [data-testid="tab-side"]').click();
  assert.equal(await plain.evaluate(() => location.hash), '');
  assert.equal(await plain.evaluate(() => history.length), length);
  await page.close();
  await plain.close();
});

test('Copy link writes the address to the clipboard, or offers it selected where the clipboard is refused', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${BASE}/study.html`);
  await page.locator('acu-map [data-testid="list"]').waitFor();
  assert.equal(await page.locator('acu-map [data-testid="copy-link"]').count(), 0, 'only with link');
  await page.evaluate(() => { const el = document.querySelector('acu-map'); el.link = true; el.select('BL23'); });
  await page.locator('acu-map [data-testid="copy-link"]').click();
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="announcer"]').textContent === 'Link copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${BASE}/study.html#acu-atlas=BL23,back`);
  // Refused: the address in a field, selected for the reader to copy.
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
  await page.locator('acu-map [data-testid="copy-link"]').click();
  const field = page.locator('acu-map [data-testid="copy-link-field"]');
  await field.waitFor();
  assert.equal(await field.inputValue(), `${BASE}/study.html#acu-atlas=BL23,back`);
  assert.equal(await field.evaluate((f) => [f.selectionStart, f.selectionEnd].join()), `0,${`${BASE}/study.html#acu-atlas=BL23,back`.length}`);
  await context.close();
});
