// The code the first view does not need comes in chunks after the first paint (src/ui/lazy.rs):
// the map, the card's name and its cautions never wait for one; a chunk that fails leaves a
// notice with a retry in its place, fires acu-error, and the rest keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, errors, open, recordingPage, useBrowser } from './harness.mjs';

const browser = useBrowser();

const CHUNKS = /\/(split_[a-z]+|chunk_\d+)\.[0-9a-f]{12}\.wasm$/;

/** A page that records the widget's events from its first moment. */
const page = () => recordingPage(browser);

test('the first view needs no chunk: with every chunk held back, the markers, the card and its cautions are there', async () => {
  const p = await page();
  let release;
  const held = new Promise((r) => { release = r; });
  const asked = [];
  await p.route(CHUNKS, async (route) => { asked.push(route.request().url()); await held; await route.continue(); });
  await p.goto(BASE + '/');
  const widget = p.locator('acu-map');
  await widget.locator('[data-testid="map"]').waitFor();
  assert.equal(await widget.locator('g.point').count(), 7, 'the markers of the shortlist\'s points on the back view');
  const card = widget.locator('[data-testid="card"]');
  assert.equal(await card.locator('[data-testid="card-code"]').innerText(), 'GB30');
  assert.match(await card.locator('[data-testid="cautions"]').innerText(), /Major nerve/);
  // The chunks were asked for after the first paint, and their parts keep their place meanwhile.
  await p.waitForTimeout(200);
  assert.ok(asked.some((u) => /split_browse/.test(u)), asked.join(' '));
  assert.equal(await widget.locator('[data-testid="list"]').count(), 0);
  const placeholder = await widget.locator('.placeholder.browse').boundingBox();
  assert.ok(placeholder && placeholder.height >= 300, 'the list\'s place is kept');
  release();
  await widget.locator('[data-testid="list"]').waitFor();
  await widget.locator('[data-testid="card-location"]').waitFor();
  assert.equal(await widget.locator('[data-testid="legend"]').count(), 1);
  assert.equal(await widget.locator('.placeholder').count(), 0);
  assert.deepEqual(await errors(p), []);
  await p.close();
});

test('a chunk that cannot be loaded: a notice and a retry in its place, acu-error naming it, the rest works', async () => {
  const p = await page();
  let failing = true;
  await p.route(/\/split_browse\.[0-9a-f]{12}\.wasm$/, (route) => (failing ? route.abort() : route.continue()));
  const problems = [];
  p.on('pageerror', (e) => problems.push(e.message));
  await p.goto(BASE + '/study.html');
  const widget = p.locator('acu-map');
  const failed = widget.locator('[data-testid="part-failed"][data-part="browse"]');
  await failed.waitFor();
  assert.match(await failed.innerText(), /could not be loaded/);
  const reported = await errors(p);
  assert.ok(reported.some((e) => e.source === 'chunk' && e.value === 'browse'), JSON.stringify(reported));
  // The map and the card still work; the widget never panicked.
  await widget.locator('[data-testid="marker-ST36"] .hit').first().click();
  await widget.locator('[data-testid="card-location"]').waitFor();
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), 'ST36');
  assert.deepEqual(problems, []);
  // Try again, with the network back.
  failing = false;
  await failed.getByRole('button').click();
  await widget.locator('[data-testid="list"]').waitFor();
  assert.equal(await widget.locator('[data-testid="list"] [role="option"]').count(), 409);
  assert.equal(await failed.count(), 0);
  await p.close();
});

test('a widget mounted after the chunks are in draws every part at once', async () => {
  const p = await page();
  await p.goto(BASE + '/study.html');
  await p.locator('acu-map [data-testid="list"]').waitFor();
  const parts = await p.evaluate(() => {
    const el = document.createElement('acu-map');
    el.setAttribute('points', 'LI4,ST36');
    document.body.append(el);
    const root = el.shadowRoot;
    return { list: root.querySelectorAll('[role="option"]').length, placeholders: root.querySelectorAll('.placeholder').length };
  });
  assert.deepEqual(parts, { list: 2, placeholders: 0 });
  await p.close();
});

test('the entry script imported again under another URL: one element, one wasm download, everything works', async () => {
  const { page, seen } = await open(browser, '/study.html');
  // A second copy of the entry (e.g. a CMS adding `?v=2`); a dynamic import is not a Trusted Types sink.
  await page.evaluate(() => import('/pkg/acumap.js?v=2'));
  await page.evaluate(() => {
    const el = document.createElement('acu-map');
    el.id = 'second';
    el.setAttribute('points', 'ST36');
    document.body.append(el);
  });
  await page.locator('#second [data-testid="marker-ST36"]').waitFor();
  await page.locator('#second [data-testid="list"]').waitFor();
  assert.equal(seen.requests.filter((u) => /\/acumap_bg\.[0-9a-f]{12}\.wasm$/.test(u)).length, 1);
  assert.equal(seen.requests.filter((u) => /\/acumap\.[0-9a-f]{12}\.js$/.test(u)).length, 1);
  assert.deepEqual(seen.errors, []);
  await page.close();
});
