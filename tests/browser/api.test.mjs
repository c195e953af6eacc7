// The element's JS API: properties, methods and events, as a host page's script uses them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, open, record, useBrowser, XSS } from './harness.mjs';

const browser = useBrowser();

test('properties mirror the attributes', async () => {
  const { page } = await open(browser, '/study.html');
  const facts = await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    el.view = 'side';
    el.points = 'GB30,GB34';
    el.meridians = 'GB';
    el.condition = 'sciatica';
    el.mode = 'patient';
    el.theme = 'dark';
    el.lang = 'zh';
    const names = ['view', 'points', 'meridians', 'condition', 'mode', 'theme', 'lang'];
    return Object.fromEntries(names.map((n) => [n, [el.getAttribute(n), el[n]]]));
  });
  assert.deepEqual(facts, {
    view: ['side', 'side'], points: ['GB30,GB34', 'GB30,GB34'], meridians: ['GB', 'GB'], condition: ['sciatica', 'sciatica'],
    mode: ['patient', 'patient'], theme: ['dark', 'dark'], lang: ['zh', 'zh'],
  });
  await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    for (const n of ['meridians', 'condition', 'mode', 'theme', 'lang']) el[n] = null;
  });
  assert.equal(await page.locator('acu-map').getAttribute('mode'), null);
  assert.equal(await page.locator('acu-map [data-testid="map"]').getAttribute('data-view'), 'side');
  assert.equal(await page.locator('acu-map [data-testid="list"] [role="option"]:not([hidden])').count(), 2);
  await page.evaluate(() => { document.querySelector('acu-map').points = null; });
  assert.equal(await page.locator('acu-map [data-testid="list"] [role="option"]:not([hidden])').count(), 409);
  await page.close();
});

test('select() shows the point on a view that draws it, and fires acu-select and acu-view-change', async () => {
  const { page } = await open(browser, '/study.html');
  await record(page);
  const returned = await page.evaluate(() => document.querySelector('acu-map').select('ub23'));
  assert.equal(returned.code, 'BL23');
  await page.locator('acu-map [data-testid="card-code"]', { hasText: 'BL23' }).waitFor();
  assert.equal(await page.locator('acu-map [data-testid="map"]').getAttribute('data-view'), 'back');
  const seen = await events(page);
  assert.deepEqual(seen.map((e) => e.type), ['acu-view-change', 'acu-select']);
  assert.deepEqual(seen[0].detail, { view: 'back' });
  assert.equal(seen[1].detail.code, 'BL23');
  await page.evaluate(() => document.querySelector('acu-map').clear());
  assert.equal(await page.locator('acu-map [data-testid="card-code"]').count(), 0);
  await page.close();
});

test('select() and clear() before the element is in the page are done as it is connected; the view it opens on is no acu-view-change', async () => {
  const { page } = await open(browser, '/study.html');
  await record(page);
  const returned = await page.evaluate(() => {
    const make = (id) => Object.assign(document.createElement('acu-map'), { id });
    const late = make('late');
    late.setAttribute('view', 'back');
    late.setAttribute('notation', 'fr');
    const found = late.select('V40');
    const unknown = late.select('nope9');
    const closed = make('closed');
    closed.select('LI4');
    closed.clear();
    document.body.append(late, closed);
    return [found?.code, unknown];
  });
  assert.deepEqual(returned, ['BL40', null]);
  const late = page.locator('#late');
  await late.locator('[data-testid="card-code"]').waitFor();
  await page.locator('#closed [data-testid="list"]').waitFor();
  assert.equal(await page.locator('#closed [data-testid="card-code"]').count(), 0);
  assert.equal(await late.locator('[data-testid="map"]').getAttribute('data-view'), 'back');
  const seen = () => events(page).then((all) => all.map((e) => [e.type, e.detail.code ?? e.detail.view ?? e.detail.value]));
  assert.deepEqual(await seen(), [['acu-select', 'BL40'], ['acu-error', 'nope9']]);
  await late.locator('[data-testid="tab-front"]').click();
  assert.deepEqual((await seen()).at(-1), ['acu-view-change', 'front']);
  await page.close();
});

test('unknown input fires acu-error naming it, shows a notice, and returns null', async () => {
  const { page, seen } = await open(browser, '/study.html');
  await record(page);
  const returned = await page.evaluate(() => document.querySelector('acu-map').select('<b>nope</b>'));
  assert.equal(returned, null);
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('view', 'top'));
  const errors = (await events(page)).filter((e) => e.type === 'acu-error').map((e) => e.detail);
  assert.equal(errors.length, 2);
  assert.deepEqual([errors[0].source, errors[0].value], ['select()', '<b>nope</b>']);
  assert.deepEqual([errors[1].source, errors[1].value], ['view', 'top']);
  assert.match(errors[0].message, /nope/);
  const notices = await page.locator('acu-map [data-testid="notice"]').allInnerTexts();
  assert.ok(notices.some((n) => n.includes('<b>nope</b>')), 'shown as text');
  // Each notice's Dismiss button is described by its notice, so that the buttons are told apart.
  const described = await page.evaluate(() => {
    const root = document.querySelector('acu-map').shadowRoot;
    return [...root.querySelectorAll('.notice .dismiss')].map((b) => root.getElementById(b.getAttribute('aria-describedby'))?.textContent);
  });
  assert.deepEqual(described, notices.map((n) => n.replace(/\s*×$/, '')));
  assert.equal(await page.locator('acu-map b').count(), 0);
  assert.ok(seen.warnings.some((w) => w.includes('nope')));
  await page.close();
});

test('search() and getPoint() return plain points, even from an element not yet in the page', async () => {
  const { page } = await open(browser, '/study.html');
  const facts = await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    const loose = document.createElement('acu-map');
    return {
      first: el.search('shenshu')[0].code,
      count: el.search('').length,
      hegu: loose.search('hegu')[0].code,
      li4: el.getPoint('li4').hanzi,
      missing: el.getPoint('XX1'),
      plain: Object.getPrototypeOf(el.getPoint('LI4')) === Object.prototype,
    };
  });
  assert.deepEqual(facts, { first: 'BL23', count: 409, hegu: 'LI4', li4: '合谷', missing: null, plain: true });
  await page.close();
});

test('an XSS corpus in every attribute and method executes nothing and becomes no markup', async () => {
  const { page, seen } = await open(browser, '/study.html');
  const result = await page.evaluate(async (payloads) => {
    window.__xss = 0;
    const el = document.querySelector('acu-map');
    for (const p of payloads) {
      for (const name of el.constructor.observedAttributes) el.setAttribute(name, p);
      el.select(p);
      el.search(p);
      el.getPoint(p);
      el.shadowRoot.querySelector('[data-testid="search"]').value = p;
    }
    await new Promise((r) => setTimeout(r, 200));
    const root = el.shadowRoot;
    return {
      xss: window.__xss,
      injected: root.querySelectorAll('script, img, iframe, b, foreignObject').length,
      notices: root.querySelectorAll('[data-testid="notice"]').length,
      stillWorks: el.select('LI4')?.code,
    };
  }, XSS);
  assert.deepEqual(result.xss, 0);
  assert.equal(result.injected, 0);
  assert.ok(result.notices > 0, 'the bad input is reported');
  assert.equal(result.stillWorks, 'LI4');
  assert.deepEqual(seen.errors, []);
  await page.close();
});
