// Condition guides (points/guides/, ui/condition_guide.rs): the guide a patient page opens with,
// red flags first, in both languages; several conditions ranked; guides="off".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errors, open, record, useBrowser } from './harness.mjs';

const browser = useBrowser();

/** A page with one widget set to `attributes` before it is defined, as a host page would. */
async function pageWith(attributes) {
  const { page, seen } = await open(browser, '/study.html');
  await page.evaluate((attributes) => {
    const old = document.querySelector('acu-map');
    const el = document.createElement('acu-map');
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    old.replaceWith(el);
  }, attributes);
  await page.locator('acu-map [data-testid="list"]').waitFor();
  return { page, seen, widget: page.locator('acu-map') };
}

for (const [lang, title, flags, now] of [
  ['en', 'Sciatica', 'When not to wait', 'Get medical help now'],
  ['zh-Hans', '坐骨神经痛', '何时不宜等待', '请立即就医'],
]) {
  test(`condition="sciatica" in patient mode opens with the guide, red flags first (${lang})`, async () => {
    const { page, seen, widget } = await pageWith({ condition: 'sciatica', mode: 'patient', lang, view: 'back' });
    const guide = widget.locator('[data-testid="condition-guide"]');
    await guide.waitFor();
    assert.equal(await guide.locator('h3').textContent(), title);
    assert.equal(await widget.locator('[data-testid="card-tab-sciatica"]').getAttribute('aria-selected'), 'true');
    // The red flags come first, before what the condition is, each saying how soon.
    const order = await guide.evaluate((g) => [...g.children].map((c) => c.dataset.testid ?? c.tagName.toLowerCase()));
    assert.deepEqual(order.slice(0, 2), ['h3', 'red-flags']);
    assert.match(await guide.locator('[data-testid="red-flags"] h4').textContent(), new RegExp(flags));
    const urgencies = await guide.locator('[data-testid="red-flags"] li').evaluateAll((lis) => lis.map((l) => l.dataset.urgency));
    assert.ok(urgencies.length >= 3 && urgencies[0] === 'now', urgencies.join());
    assert.match(await guide.locator('[data-testid="red-flags"] li').first().textContent(), new RegExp(now));
    // Its points are drawn on the map, and each opens its card.
    assert.equal(await widget.locator('[data-testid="marker-GB30"]').count(), 1);
    await widget.locator('[data-testid="guide-point-GB30"]').click();
    assert.equal(await widget.locator('[data-testid="card-code"]').textContent(), 'GB30');
    assert.equal(await widget.locator('[data-testid="card-tab-point"]').getAttribute('aria-selected'), 'true');
    // Every claim with a number names its source: a numbered button, which opens the list of
    // sources at it. The sources are numbered in the order the guide first cites them.
    await widget.locator('[data-testid="card-tab-sciatica"]').click();
    for (const claim of await guide.locator('[data-testid="guide-evidence"] li').all()) {
      assert.ok(await claim.locator('button.cite').count() >= 1, await claim.textContent());
      assert.doesNotMatch(await claim.textContent(), /\(source:|（来源：/);
    }
    const numbers = [...new Set(await guide.locator('button.cite').allTextContents())];
    assert.deepEqual(numbers, numbers.map((_, i) => `[${i + 1}]`));
    const sources = guide.locator('.guide-sources li');
    assert.equal(await sources.count(), numbers.length, 'every source cited');
    for (const source of await sources.allTextContents()) assert.doesNotMatch(source, /^[a-z]+-[a-z0-9-]+ /, 'shown without its key');
    const last = guide.locator('button.cite', { hasText: numbers.at(-1) }).first();
    assert.equal(await last.getAttribute('aria-label'), `${lang === 'en' ? 'source ' : '来源 '}${numbers.length}`);
    assert.equal(await guide.locator('.guide-sources').evaluate((d) => d.open), false);
    await last.click();
    assert.equal(await guide.locator('.guide-sources').evaluate((d) => d.open), true);
    assert.ok(await sources.last().evaluate((li) => li.getRootNode().activeElement === li), 'the focus is on the source');
    assert.deepEqual(seen.errors, []);
    await page.close();
  });
}

test('three conditions rank the points by how many they serve; the guides are a tab away; guides="off" hides them', async () => {
  const { page, widget } = await pageWith({ condition: 'sciatica,low-back-pain,headache' });
  await record(page);
  const items = () => widget.locator('[data-testid^="item-"]:not([hidden])').evaluateAll((lis) =>
    lis.map((li) => [li.dataset.code, Number(li.querySelector('.serves')?.textContent.match(/^(\d) of \d$/)?.[1])]));
  const ranked = await items();
  assert.ok(ranked.length > 10);
  assert.ok(ranked.every(([, n]) => n >= 1 && n <= 3), JSON.stringify(ranked.slice(0, 5)));
  for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1][1] >= ranked[i][1], `${ranked[i - 1]} before ${ranked[i]}`);
  assert.ok(ranked[0][1] >= 2);
  // The map shows the rank beside each marker.
  const [top] = ranked[0];
  await widget.locator('[data-testid="item-' + top + '"]').click();
  assert.match(await widget.locator(`[data-testid="marker-${top}"] .serves`).textContent(), new RegExp(`^${ranked[0][1]}/3$`));
  const last = ranked[ranked.length - 1][0];
  assert.equal(await widget.locator(`[data-testid="marker-${last}"] .serves`).count(), 0, 'a point serving one is not marked');
  // Practitioner mode: the point's card, the guides one tab away.
  assert.equal(await widget.locator('[data-testid="card-tab-point"]').getAttribute('aria-selected'), 'true');
  await widget.locator('[data-testid="card-tab-low-back-pain"]').click();
  assert.equal(await widget.locator('[data-testid="condition-guide"]').getAttribute('data-guide'), 'low-back-pain');
  // Taking a condition away from the filter re-ranks; guides="off" leaves the card alone.
  await widget.locator('[data-testid="chosen-conditions"] button').last().click();
  assert.ok((await items()).every(([, n]) => n >= 1 && n <= 2));
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('guides', 'off'));
  assert.equal(await widget.locator('[data-testid="card-tab-point"]').count(), 0);
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('condition', 'sciatica, nothing-like-it'));
  assert.deepEqual((await errors(page)).map((e) => [e.source, e.value]), [['condition', 'nothing-like-it']]);
  await page.close();
});

test('the card\'s tabs are one Tab stop; the arrow keys, Home and End show the guides and the card', async () => {
  const { page, widget } = await pageWith({ condition: 'sciatica,low-back-pain', selected: 'GB30' });
  const panel = widget.locator('#card-tabpanel');
  await widget.locator('[data-testid="card-code"]').waitFor();
  /** The tabs' test ids, which one is chosen and which ones Tab reaches; what the panel shows and is named by. */
  const state = () => widget.evaluate((el) => {
    const root = el.shadowRoot;
    const tabs = [...root.querySelectorAll('[role="tablist"] > [role="tab"].card-tab')];
    const panel = root.querySelector('#card-tabpanel');
    const named = root.getElementById(panel.getAttribute('aria-labelledby'));
    return {
      tabs: tabs.map((t) => t.dataset.testid),
      chosen: tabs.filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.dataset.testid),
      stops: tabs.filter((t) => t.tabIndex === 0).map((t) => t.dataset.testid),
      focused: root.activeElement?.dataset.testid,
      shows: panel.querySelector('[data-guide]')?.dataset.guide ?? panel.querySelector('[data-testid="card-code"]')?.textContent,
      named: named?.dataset.testid,
      controls: tabs.every((t) => t.getAttribute('aria-controls') === panel.id && panel.getAttribute('role') === 'tabpanel'),
    };
  });
  const tab = (id) => `card-tab-${id}`;
  assert.deepEqual(await state(), {
    tabs: [tab('sciatica'), tab('low-back-pain'), tab('point')], chosen: [tab('point')], stops: [tab('point')],
    focused: undefined, shows: 'GB30', named: tab('point'), controls: true,
  });
  await widget.locator(`[data-testid="${tab('point')}"]`).focus();
  const after = async (key, id, shows) => {
    await page.keyboard.press(key);
    await page.waitForFunction((id) => document.querySelector('acu-map').shadowRoot.querySelector(`[data-testid="card-tab-${id}"]`).getAttribute('aria-selected') === 'true', id);
    await panel.locator(shows === 'GB30' ? '[data-testid="card-code"]' : `[data-guide="${shows}"]`).waitFor();
    const now = await state();
    assert.deepEqual([now.chosen, now.stops, now.focused, now.shows, now.named], [[tab(id)], [tab(id)], tab(id), shows, tab(id)], key);
  };
  await after('ArrowRight', 'sciatica', 'sciatica'); // round from the last to the first
  await after('ArrowRight', 'low-back-pain', 'low-back-pain');
  await after('ArrowLeft', 'sciatica', 'sciatica');
  await after('End', 'point', 'GB30');
  await after('Home', 'sciatica', 'sciatica');
  await after('ArrowLeft', 'point', 'GB30'); // and from the first to the last
  // The chosen guide's condition taken away: the panel and the tabs go to the first guide together.
  await after('ArrowLeft', 'low-back-pain', 'low-back-pain');
  await widget.locator('[data-testid="chosen-conditions"] button').last().click();
  await widget.locator('[data-testid="card-tab-low-back-pain"]').waitFor({ state: 'detached' });
  await panel.locator('[data-guide="sciatica"]').waitFor();
  const left = await state();
  assert.deepEqual([left.tabs, left.chosen, left.shows, left.named], [[tab('sciatica'), tab('point')], [tab('sciatica')], 'sciatica', tab('sciatica')]);
  await page.close();
});

test('the clinic page tells its patients about sciatica with a guide alone (parts="guide")', async () => {
  const { page, seen } = await open(browser, '/');
  const widget = page.locator('#sciatica-guide');
  const guide = widget.locator('[data-testid="condition-guide"]');
  await guide.waitFor();
  assert.equal(await guide.locator('h3').textContent(), 'Sciatica');
  assert.match(await guide.locator('[data-testid="red-flags"]').textContent(), /cauda equina/);
  assert.match(await guide.textContent(), /Your first visit/);
  // No map, list or card to open a point in: the points are named, not buttons that do nothing,
  // and there is no tab to switch to.
  for (const id of ['map', 'list', 'filters']) assert.equal(await widget.locator(`[data-testid="${id}"]`).count(), 0, id);
  assert.equal(await widget.locator('[role="tab"]').count(), 0);
  assert.equal(await widget.locator('[data-testid="guide-point-GB30"]').evaluate((e) => e.tagName), 'SPAN');
  // The page's hand-written notice is gone: the guide's red flags are the one place they live.
  assert.equal(await page.locator('main > .callout').count(), 0);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test("the host's own guide comes first and a bad one is reported by its path", async () => {
  const { page, widget } = await pageWith({ condition: 'sciatica', mode: 'patient' });
  await record(page);
  await page.evaluate(() => {
    document.querySelector('acu-map').content = {
      guides: [
        {
          id: 'our-sciatica', title: 'Sciatica at our clinic', conditions: ['sciatica'], points: ['GB30', 'BL40'],
          summary: 'We treat sciatica lying on your side.',
          redFlags: [{ urgency: 'now', text: 'Numbness between the legs: go to an emergency department.' }],
          evidence: ['Guidelines differ (source: nice-ng59).'], sources: ['nice-ng59 NICE NG59, 2020.'],
        },
        { id: 'bad', title: '<b>Bad</b>', conditions: ['sciatica'], points: ['XX1'], summary: 'x', redFlags: [] },
      ],
    };
  });
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="condition-guide"]')?.dataset.guide === 'our-sciatica');
  const tabs = await widget.locator('[role="tab"].card-tab').allTextContents();
  assert.deepEqual(tabs.slice(0, 2), ['Sciatica at our clinic', 'Sciatica']);
  assert.match(await widget.locator('[data-testid="red-flags"]').textContent(), /Numbness between the legs/);
  const reported = (await errors(page)).map((e) => [e.source, e.value]);
  assert.ok(reported.some(([s, v]) => s === 'content' && v === 'guides[1].points[0]'), JSON.stringify(reported));
  assert.ok(reported.some(([s, v]) => s === 'content' && v === 'guides[1]'), JSON.stringify(reported));
  assert.equal(await widget.locator('b').count(), 0);
  await page.close();
});
