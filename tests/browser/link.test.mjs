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

test('link on a real site: a router\'s history.state is kept, Back to the first address shows the page\'s own point, and the page\'s anchor still works beside the widget\'s part', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // A page of the widget with `link` from the start, and an anchor of its own far below.
  await page.route(`${BASE}/linked.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module" src="pkg/acumap.js"></script></head><body><acu-map link selected="GB30"></acu-map>
    <div style="height: 3000px"></div><h2 id="team">Our team</h2><div style="height: 1000px"></div></body></html>` }));
  await page.goto(`${BASE}/linked.html`);
  await page.locator('acu-map [data-testid="card-code"]', { hasText: 'GB30' }).waitFor();
  await page.evaluate(() => history.replaceState({ router: 'app', idx: 0 }, ''));
  await page.evaluate(() => document.querySelector('acu-map').select('BL23'));
  assert.equal(await hash(page), '#acu=BL23,back');
  assert.deepEqual(await page.evaluate(() => history.state), { router: 'app', idx: 0 }, 'the router\'s state is kept');
  await page.locator('acu-map [data-testid="tab-side"]').click();
  assert.deepEqual(await page.evaluate(() => history.state), { router: 'app', idx: 0 });
  // Back to the address the page loaded with: its own point again.
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="card-code"]')?.textContent === 'GB30');
  // Opened with the page's anchor and the widget's part: both apply.
  await page.goto('about:blank');
  await page.goto(`${BASE}/linked.html#team&acu=SP6,front`);
  await page.locator('acu-map [data-testid="card-code"]', { hasText: 'SP6' }).waitFor();
  await page.waitForFunction(() => scrollY > 2500);
  // A link to the page's anchor drops the widget's part from the address; the point stays.
  await page.evaluate(() => { location.hash = 'team'; });
  await page.waitForTimeout(100);
  assert.equal(await code(page), 'SP6');
  await page.close();
});

test('link on a page with a <base href> (an Angular app\'s "/", a folder on another origin): the hash is written to the page\'s own address, its path and query kept, and read back on Back, Forward and reload', async () => {
  for (const base of ['/', 'https://cdn.example/assets/']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const address = `${BASE}/conditions/sciatica?from=newsletter`;
    await page.route(address, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <base href="${base}"><script type="module" src="${BASE}/pkg/acumap.js"></script></head><body><acu-map link selected="GB30"></acu-map></body></html>` }));
    await page.goto(address);
    await page.locator('acu-map [data-testid="card-code"]', { hasText: 'GB30' }).waitFor();
    await page.evaluate(() => document.querySelector('acu-map').select('BL23'));
    await page.waitForFunction(() => location.hash !== '');
    assert.equal(page.url(), `${address}#acu=BL23,back`, `base ${base}: the page's own address, with the widget's hash`);
    await page.goBack();
    assert.equal(page.url(), address);
    await page.locator('acu-map [data-testid="card-code"]', { hasText: 'GB30' }).waitFor();
    await page.goForward();
    await page.locator('acu-map [data-testid="card-code"]', { hasText: 'BL23' }).waitFor();
    await page.reload();
    assert.equal(page.url(), `${address}#acu=BL23,back`);
    await page.locator('acu-map [data-testid="card-code"]', { hasText: 'BL23' }).waitFor();
    await page.close();
  }
});
