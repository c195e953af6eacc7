// What a host page configures: the lang, mode, meridians and condition attributes, its own
// content as JSON (child script or property), the loading state, the point listbox and
// reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, errors, holdLive, holdWasm, open, record, recordingPage, SIMPLIFIED, typeSearch, useBrowser, XSS } from './harness.mjs';

const browser = useBrowser();

const setAttr = (page, name, value, selector = 'acu-map') =>
  page.evaluate(([s, n, v]) => {
    const el = document.querySelector(s);
    if (v === null) el.removeAttribute(n); else el.setAttribute(n, v);
  }, [selector, name, value]);

test('lang: Chinese interface labels, set live, inherited from the page, unknown ones reported', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  await record(page);
  await setAttr(page, 'lang', 'zh-CN');
  assert.equal(await widget.locator('.acu').getAttribute('lang'), 'zh-Hans');
  assert.equal(await widget.locator('[data-testid="tab-back"]').innerText(), '背面');
  await widget.locator('[data-testid="item-BL23"]').click();
  // Its marker (on the back view, now shown) is named as a Chinese reader knows the point.
  const marker = widget.locator('[data-testid="marker-BL23"]').first();
  assert.equal(await marker.getAttribute('aria-label'), 'BL23 肾俞');
  const card = widget.locator('[data-testid="card"]');
  // The point by its hanzi first, as a Chinese reader names it, the pinyin after: in the card's
  // heading and in the list.
  assert.match(await card.locator('#card-title').innerText(), /^BL23\s*肾俞\s*腎兪\s*Shènshū$/);
  assert.match(await widget.locator('[data-testid="item-BL23"] .names').textContent(), /^肾俞 Shènshū/);
  assert.match(await card.innerText(), /经脉：足太阳膀胱经/);
  assert.match(await card.innerText(), /注意事项/);
  // The point's prose is Chinese too: BL23 by the second lumbar vertebra, its kidney caution.
  const location = widget.locator('[data-testid="card-location"]');
  await location.waitFor();
  assert.equal(await location.getAttribute('lang'), null, 'the prose is in the widget\'s language');
  assert.match(await location.innerText(), /第2腰椎/);
  assert.match(await card.locator('[data-testid="cautions"]').innerText(), /肾/);
  assert.equal(await card.locator('.prose-note').count(), 0, 'no notice that the prose is English');
  // The dry-needling counterpart is punctuated as Chinese: its muscles (two for BL23) between
  // 「；」, then 「。」 before the note.
  const dry = card.locator('[data-testid="card-dry-needling"]');
  const dryParts = async () => [await dry.innerText(), await dry.locator('strong').innerText()];
  let [dryText, muscles] = await dryParts();
  assert.equal(muscles.split('；').length, 2, muscles);
  assert.ok(dryText.startsWith(`${muscles}。`), dryText);
  assert.doesNotMatch(dryText, /[.,] /);
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').lang), 'zh-CN', 'lang is HTML\'s own property');
  await page.evaluate(() => { document.querySelector('acu-map').lang = 'en'; });
  assert.equal(await widget.locator('[data-testid="tab-back"]').innerText(), 'Back');
  assert.match(await marker.getAttribute('aria-label'), /^BL23 Shènshū, \S/);
  assert.match(await card.locator('#card-title').innerText(), /^BL23\s*Shènshū\s*肾俞\s*腎兪$/);
  assert.match(await widget.locator('[data-testid="item-BL23"] .names').textContent(), /^Shènshū 肾俞/);
  // In English, once its prose is in: the muscles between commas, then a full stop.
  await page.waitForFunction(() => /^[^\u4e00-\u9fff]+$/.test(document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="card-dry-needling"]').textContent));
  [dryText, muscles] = await dryParts();
  assert.equal(muscles.split(', ').length >= 2, true, muscles);
  assert.ok(dryText.startsWith(`${muscles}. `), dryText);
  await setAttr(page, 'lang', 'fr');
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /“fr”.*English/);
  assert.equal(await widget.locator('.acu').getAttribute('lang'), 'en');
  assert.deepEqual((await errors(page)).map((e) => [e.source, e.value]), [['lang', 'fr']]);
  // A notice already shown is said again in the language chosen after it (the page was told
  // once, in the language of the time).
  await setAttr(page, 'mode', 'bogus');
  assert.match(await widget.locator('[data-testid="notice"]').nth(1).innerText(), /^Unknown value “bogus” in the mode attribute/);
  await setAttr(page, 'lang', 'zh-Hant');
  assert.deepEqual(await widget.locator('[data-testid="notice"] span').allInnerTexts(), ['mode 屬性的值「bogus」無法識別（可用 practitioner, study, patient），已使用 practitioner。']);
  assert.equal((await errors(page)).length, 2);
  await page.close();

  const zh = await open(browser, '/patient-zh.html');
  assert.equal(await zh.page.locator('acu-map .acu').getAttribute('lang'), 'zh-Hans', 'from <html lang="zh-Hans">');
  assert.equal(await zh.page.locator('acu-map [data-testid="notice"]').count(), 0);
  await zh.page.close();
});

test('lang: Traditional Chinese under zh-Hant, zh-TW, zh-HK: names, labels, cautions and prose in Traditional characters, and only its own prose file', async () => {
  // A Taiwanese page opening on a point, its prose file held back at first.
  const html = `<!doctype html><html lang="zh-TW"><head><meta charset="utf-8"><script type="module" src="/pkg/acumap.js"></script></head>
    <body><acu-map selected="GB21"></acu-map></body></html>`;
  const page = await recordingPage(browser);
  const prose = [];
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\/prose\./, async (route) => { prose.push(new URL(route.request().url()).pathname); await held; await route.continue(); });
  await page.route(BASE + '/tw.html', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(BASE + '/tw.html');
  const widget = page.locator('acu-map');
  const card = widget.locator('[data-testid="card"]');
  await card.locator('[data-testid="prose-loading"]').waitFor();
  assert.equal(await widget.locator('.acu').getAttribute('lang'), 'zh-Hant');
  assert.equal(await widget.locator('[data-testid="zoom-out"]').getAttribute('aria-label'), '縮小');
  // The name in Traditional characters first, the Simplified after; the meridian and the
  // cautions by their kind, from built-in data, while the prose is not there.
  assert.match(await card.locator('#card-title').innerText(), /^GB21\s*肩井\s*Jiānjǐng$/);
  assert.match(await card.innerText(), /經脈：足少陽膽經/);
  assert.match(await card.locator('[data-testid="cautions"]').innerText(), /氣胸風險/);
  assert.match(await card.locator('[data-testid="cautions"]').innerText(), /孕期/);
  release();
  await widget.locator('[data-testid="card-location"]').waitFor();
  const proseText = await card.locator('[data-testid="cautions"], dl.fields').allInnerTexts();
  assert.match(proseText.join(), /肩/);
  assert.doesNotMatch(proseText.join(), SIMPLIFIED, 'no Simplified character');
  // A name whose scripts differ: BL23 腎兪 (肾俞), in the card, the list and the marker's name.
  await page.evaluate(() => document.querySelector('acu-map').select('BL23'));
  assert.match(await card.locator('#card-title').innerText(), /^BL23\s*腎兪\s*肾俞\s*Shènshū$/);
  assert.equal(await card.locator('#card-title .hanzi').first().getAttribute('lang'), 'zh-Hant');
  assert.match(await widget.locator('[data-testid="item-BL23"] .names').textContent(), /^腎兪 Shènshū/);
  assert.equal(await widget.locator('[data-testid="marker-BL23"]').first().getAttribute('aria-label'), 'BL23 腎兪');
  await widget.locator('[data-testid="card-location"]').waitFor();
  assert.match(await widget.locator('[data-testid="card-location"]').innerText(), /第2腰椎/);
  // A reader searches in either script: the condition (headache) in both; the prose, which is
  // in Traditional characters, in Traditional.
  const [traditional, simplified] = await page.evaluate(() => ['頭痛', '头痛'].map((q) => document.querySelector('acu-map').search(q).map((p) => p.code)));
  assert.ok(simplified.includes('GB20') && simplified.every((code) => traditional.includes(code)), `${traditional} | ${simplified}`);
  assert.ok(traditional.length > simplified.length, 'the prose is searched in its own script');
  // Hong Kong reads Traditional too; Simplified in Taiwan (zh-Hans-TW) is Simplified.
  await setAttr(page, 'lang', 'zh-HK');
  assert.equal(await widget.locator('.acu').getAttribute('lang'), 'zh-Hant');
  // Cantonese (yue) too; Mandarin (cmn) in Taiwan.
  for (const tag of ['yue', 'cmn-TW']) {
    await setAttr(page, 'lang', tag);
    assert.equal(await widget.locator('.acu').getAttribute('lang'), 'zh-Hant', tag);
  }
  await setAttr(page, 'lang', 'zh-Hans-TW');
  assert.equal(await widget.locator('.acu').getAttribute('lang'), 'zh-Hans');
  assert.match(await card.locator('#card-title').innerText(), /^BL23\s*肾俞\s*腎兪\s*Shènshū$/);
  assert.deepEqual(prose.map((u) => u.replace(/\.[0-9a-f]{12}\./, '.#.')), ['/pkg/prose.zh-Hant.#.json', '/pkg/prose.zh-Hans.#.json']);
  assert.deepEqual(await errors(page), []);
  await page.close();
});

test('lang inherited through the shadow roots of a site\'s own components: the nearest lang above, never the other language\'s prose', async () => {
  // A Chinese page (<html lang="zh-Hans">) whose own components hold widgets in closed shadow
  // roots: one with no lang of its own, one inside a host marked lang="en".
  const { page, seen } = await open(browser, '/patient-zh.html');
  await page.evaluate(() => {
    const wrap = (lang) => {
      const host = document.createElement('div');
      if (lang) host.setAttribute('lang', lang);
      const root = host.attachShadow({ mode: 'closed' });
      const inner = document.createElement('div');
      root.append(inner);
      const widget = document.createElement('acu-map');
      widget.setAttribute('points', 'ST36');
      inner.attachShadow({ mode: 'open' }).append(widget);
      document.body.append(host);
      return widget;
    };
    window.__wrapped = { zh: wrap(null), en: wrap('en') };
  });
  const shown = (which) => page.waitForFunction((w) => {
    const root = window.__wrapped[w].shadowRoot;
    return root.querySelector('[data-testid="list"]') && {
      lang: root.querySelector('.acu').getAttribute('lang'),
      back: root.querySelector('[data-testid="tab-back"]').textContent,
    };
  }, which).then((h) => h.jsonValue());
  assert.deepEqual(await shown('zh'), { lang: 'zh-Hans', back: '背面' });
  assert.deepEqual(await shown('en'), { lang: 'en', back: 'Back' });
  const prose = seen.requests.filter((u) => /\/prose\./.test(u)).map((u) => new URL(u).pathname.replace(/\.[0-9a-f]{12}\./, '.#.'));
  // (The page's own widget, in patient mode, had its patient file before these came.)
  assert.deepEqual([...new Set(prose)].sort(), ['/pkg/prose.en.#.json', '/pkg/prose.zh-Hans.#.json', '/pkg/prose.zh-Hans.patient.#.json']);
  // Without the host marked English, the Chinese page asks for no English prose at all.
  const zhOnly = await open(browser, '/patient-zh.html');
  await zhOnly.page.evaluate(() => {
    const host = document.createElement('div');
    window.__inner = document.createElement('acu-map');
    window.__inner.setAttribute('points', 'ST36');
    host.attachShadow({ mode: 'closed' }).append(window.__inner);
    document.body.append(host);
  });
  // Live, so it has asked for its language's prose.
  await zhOnly.page.waitForFunction(() => window.__inner.shadowRoot.querySelector('[data-testid="list"]'));
  assert.deepEqual(zhOnly.seen.requests.filter((u) => /\/prose\.en\./.test(u)), []);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(zhOnly.seen.errors, []);
  await page.close();
  await zhOnly.page.close();
});

test('a site\'s language switch (lang set on <html> or a block, no reload): a widget without its own lang follows it, prose and all', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/pkg/acumap.js"></script></head>
    <body><section><acu-map id="follows" selected="ST36"></acu-map><acu-map id="own" lang="en" parts="map,card" selected="ST36"></acu-map></section></body></html>`;
  const page = await recordingPage(browser);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const prose = [];
  page.on('request', (r) => /\/prose\./.test(r.url()) && prose.push(new URL(r.url()).pathname.replace(/\.[0-9a-f]{12}\./, '.#.')));
  await page.route(BASE + '/switch.html', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(BASE + '/switch.html');
  // Each widget's interface language, a tab's label and whether its card's location is Chinese.
  const shown = (id, lang, chinese) => page.waitForFunction(([id, lang, chinese]) => {
    const root = document.getElementById(id).shadowRoot;
    const location = root?.querySelector('[data-testid="card-location"]')?.textContent;
    // (No shadow root yet while the element waits for its script: asked again.)
    return root?.querySelector('.acu')?.getAttribute('lang') === lang && location && /[\u4e00-\u9fff]/.test(location) === chinese
      && root.querySelector('[data-testid="tab-back"]').textContent;
  }, [id, lang, chinese]).then((h) => h.jsonValue());
  assert.equal(await shown('follows', 'en', false), 'Back');
  assert.deepEqual(prose, ['/pkg/prose.en.#.json']);
  await page.evaluate(() => { document.documentElement.lang = 'zh-CN'; });
  assert.equal(await shown('follows', 'zh-Hans', true), '背面');
  assert.equal(await shown('own', 'en', false), 'Back', 'a widget with its own lang keeps it');
  assert.deepEqual(prose, ['/pkg/prose.en.#.json', '/pkg/prose.zh-Hans.#.json']);
  // The nearest lang above the widget wins, set and removed.
  await page.evaluate(() => { document.querySelector('section').lang = 'en'; });
  assert.equal(await shown('follows', 'en', false), 'Back');
  await page.evaluate(() => { document.querySelector('section').removeAttribute('lang'); });
  assert.equal(await shown('follows', 'zh-Hans', true), '背面');
  // Its own lang removed, the other widget follows the page too.
  await page.evaluate(() => { document.getElementById('own').removeAttribute('lang'); });
  assert.equal(await shown('own', 'zh-Hans', true), '背面');
  assert.deepEqual(await errors(page), []);
  assert.deepEqual(warnings, []);
  assert.equal(prose.length, 2, 'each file once');
  await page.close();
});

test('a page in a language the widget has not (German): the interface is English, and the clinic\'s own notes, shortlists, tables and guides are marked German, each interface word beside them English; live as the page\'s lang changes', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const content = {
    notes: { GB30: 'Wir nadeln GB30 in Seitenlage.' },
    shortlists: [{ title: 'Unsere Punkte bei Ischias', description: 'Unsere übliche Auswahl.', points: ['GB30', 'BL40'] }],
    comparisons: [{ title: 'Behandlung bei uns', columns: ['Akupunktur', 'Dry Needling'], rows: [{ aspect: 'Erster Besuch', cells: ['60 Minuten', '45 Minuten'] }] }],
    guides: [{ id: 'unser-ischias', title: 'Ischias in unserer Praxis', conditions: ['sciatica'], points: ['GB30', 'BL40'], summary: 'Wir behandeln Ischias in Seitenlage.', redFlags: [{ urgency: 'now', text: 'Taubheit zwischen den Beinen: sofort in die Notaufnahme.' }] }],
  };
  await page.route(`${BASE}/de.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="de"><head><meta charset="utf-8">
    <script type="module" src="pkg/acumap.js"></script></head><body><acu-map selected="GB30" condition="sciatica">
    <script type="application/json">${JSON.stringify(content)}</script></acu-map></body></html>` }));
  await page.goto(`${BASE}/de.html`);
  await page.locator('acu-map [data-testid="list"]').waitFor();
  await page.locator('acu-map [data-testid="comparison-host-0"]').waitFor();
  // The language each text is read in: its nearest lang, inside the widget.
  const langsOf = (selectors) => page.evaluate((selectors) => {
    const root = document.querySelector('acu-map').shadowRoot;
    return Object.fromEntries(Object.entries(selectors).map(([name, s]) => [name, root.querySelector(s)?.closest('[lang]')?.getAttribute('lang')]));
  }, selectors);
  const card = {
    interface: '[data-testid="tab-back"]',
    note: '[data-testid="host-note"] p',
    noteHeading: '[data-testid="host-note"] .section-title',
    shortlist: '[data-testid="filter-shortlist"] option[value="0"]',
    allPoints: '[data-testid="filter-shortlist"] option[value=""]',
    description: '.shortlist-description',
    table: '[data-testid="comparison-host-0"] td',
    tableAspect: '[data-testid="comparison-host-0"] th',
    builtInTable: '.comparison:not([data-testid="comparison-host-0"]) td',
    guideTab: '[data-testid="card-tab-unser-ischias"]',
    builtInGuideTab: '[data-testid="card-tab-sciatica"]',
  };
  const guide = { title: '#condition-guide-title span', summary: '.guide-summary span', flag: '[data-testid="red-flags"] li span', flagUrgency: '[data-testid="red-flags"] li strong', points: '.guide-points li' };
  assert.deepEqual(await langsOf(card), {
    interface: 'en', note: 'de', noteHeading: 'en', shortlist: 'de', allPoints: 'en', description: 'de',
    table: 'de', tableAspect: 'en', builtInTable: 'en', guideTab: 'de', builtInGuideTab: 'en',
  });
  await page.locator('acu-map [data-testid="card-tab-unser-ischias"]').click();
  await page.locator('acu-map [data-testid="condition-guide"]').waitFor();
  assert.deepEqual(await langsOf(guide), { title: 'de', summary: 'de', flag: 'de', flagUrgency: 'en', points: 'en' });
  // The site switches to French (the interface stays English, the content is French now), then
  // to British English, the widget's own language, where nothing is marked apart.
  for (const [pageLang, read] of [['fr', 'fr'], ['en-GB', 'en']]) {
    await page.evaluate((l) => { document.documentElement.lang = l; }, pageLang);
    await page.waitForFunction(([s, l]) => document.querySelector('acu-map').shadowRoot.querySelector(s)?.closest('[lang]')?.getAttribute('lang') === l, [guide.summary, read]);
  }
  await page.locator('acu-map [data-testid="card-tab-point"]').click();
  const english = await langsOf(card);
  assert.ok(Object.values(english).every((l) => l === 'en'), JSON.stringify(english));
  await page.close();
});

test('mode: patient hides needling technique; study hides names until asked; both live', async () => {
  const { page } = await open(browser, '/patient.html');
  const widget = page.locator('acu-map');
  const card = widget.locator('[data-testid="card"]');
  await widget.locator('[data-testid="card-location"]').waitFor();
  assert.equal(await widget.locator('[data-testid="card-needling"]').count(), 0);
  assert.match(await card.innerText(), /Used for/i);
  assert.match(await card.innerText(), /Cautions/, 'cautions are always shown');
  await setAttr(page, 'mode', 'practitioner');
  await widget.locator('[data-testid="card-needling"]').waitFor();
  assert.match(await card.innerText(), /Indications/i);

  await setAttr(page, 'mode', 'study');
  assert.equal(await widget.locator('[data-testid="map"] text.label').count(), 0, 'no names on the map');
  await widget.locator('[data-testid="marker-GB21"] .hit').first().click();
  assert.equal(await widget.locator('[data-testid="card-code"]').count(), 0, 'the answer is hidden');
  assert.match(await widget.locator('[data-testid="quiz"]').innerText(), /Which point is this\?/);
  await widget.locator('[data-testid="reveal"]').click();
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), 'GB21');
  await widget.locator('[data-testid="another"]').click();
  assert.equal(await widget.locator('[data-testid="card-code"]').count(), 0, 'the next question');
  const asked = await widget.locator('[data-testid="map"] g.point:not([hidden])[aria-pressed="true"]').getAttribute('data-code');
  assert.ok(asked && asked !== 'GB21', `another point of this view (${asked})`);
  await widget.locator('[data-testid="reveal"]').click();
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), asked);
  await widget.locator('[data-testid="item-LR3"]').click();
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), 'LR3', 'a point chosen by name is not a question');

  await setAttr(page, 'view', 'back');
  await widget.locator('[data-testid="marker-GB21"] .hit').first().click();
  await widget.locator('[data-testid="quiz"]').waitFor();
  await setAttr(page, 'mode', 'patient');
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), 'GB21', 'leaving study mode shows the answer');

  await setAttr(page, 'mode', 'expert');
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /“expert”/);
  assert.ok(await widget.locator('[data-testid="map"] text.label').count() > 0, 'back to practitioner');
  await page.close();
});

test('meridians and condition narrow the widget, live, and unknown values are reported', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  const listed = () => widget.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((os) => os.map((o) => o.dataset.code));
  await record(page);
  await setAttr(page, 'meridians', 'lu, du, Nope');
  const codes = await listed();
  assert.equal(codes.length, 11 + 28);
  assert.ok(codes.every((c) => c.startsWith('LU') || c.startsWith('GV')));
  const meridianOptions = await widget.locator('[data-testid="filter-meridian"] option').allInnerTexts();
  assert.equal(meridianOptions.length, 3, 'the filter offers only those meridians');
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /“Nope”/);

  await setAttr(page, 'meridians', null);
  await setAttr(page, 'condition', 'Sciatica');
  assert.equal(await widget.locator('[data-testid="filter-condition"]').inputValue(), 'sciatica');
  const sciatica = await listed();
  assert.ok(sciatica.includes('GB30') && sciatica.includes('BL40') && !sciatica.includes('LU1'));
  await setAttr(page, 'condition', 'gout');
  assert.equal((await listed()).length, 409, 'an unknown condition filters nothing');
  assert.deepEqual((await errors(page)).map((e) => [e.source, e.value]), [['meridians', 'Nope'], ['condition', 'gout']]);
  await page.close();
});

test("a host's table cites its own sources by number; a citation of a key it does not list stays as written", async () => {
  const { page, seen } = await open(browser, '/');
  await page.evaluate(() => {
    document.querySelector('acu-map').content = {
      comparisons: [{
        title: 'Our fees', columns: ['First visit', 'Follow-up'],
        rows: [
          { aspect: 'Price', cells: ['£60 (source: fees-2026)', '£45 (source: fees-2026, nhs-2025)'] },
          { aspect: 'Length', cells: ['60 minutes (source: diary-2026)', '30 minutes (source: leaflet)'] },
        ],
        sources: ['leaflet Our patient leaflet, 2026', 'fees-2026 Our price list, 2026', 'Reception, by telephone', 'diary-2026 Our booking diary'],
      }],
    };
  });
  const table = page.locator('acu-map [data-testid="comparison-host-0"]');
  await table.waitFor();
  assert.deepEqual(await table.locator('td').allTextContents(), ['£60 [1]', '£45 (source: fees-2026, nhs-2025)', '60 minutes [2]', '30 minutes [3]']);
  assert.deepEqual(await table.locator('details li').allTextContents(), ['Our price list, 2026', 'Our booking diary', 'Our patient leaflet, 2026', 'Reception, by telephone']);
  await table.locator('button.cite', { hasText: '[3]' }).click();
  assert.ok(await table.locator('details li').nth(2).evaluate((li) => li.getRootNode().activeElement === li));
  assert.deepEqual(seen.warnings, []);
  await page.close();
});

test('host content from a child script: shortlists, notes and the clinic\'s own table', async () => {
  const { page, seen } = await open(browser, '/');
  const widget = page.locator('acu-map');
  const count = () => widget.locator('[data-testid="list"] [role="option"]:not([hidden])').count();
  const shortlist = widget.locator('[data-testid="filter-shortlist"]');
  assert.equal(await shortlist.inputValue(), '0', 'the first shortlist is chosen at first');
  assert.equal(await count(), 9);
  await shortlist.selectOption({ label: 'Points for the lower back only' });
  assert.equal(await count(), 6);
  await shortlist.selectOption({ label: 'All points' });
  assert.equal(await count(), 409);
  await widget.locator('[data-testid="card-code"]', { hasText: 'GB30' }).waitFor();
  assert.match(await widget.locator('[data-testid="host-note"]').innerText(), /lying on your side/);
  await widget.locator('[data-testid="item-LI4"]').click();
  assert.equal(await widget.locator('[data-testid="host-note"]').count(), 0, 'no note, no box');
  const table = widget.locator('[data-testid="comparison-host-0"]');
  assert.equal(await table.locator('tbody tr').count(), 4);
  assert.equal(await table.locator('th[scope="col"]').count(), 3);
  assert.equal(await widget.locator('[data-testid="comparison-acupuncture-vs-dry-needling"]').count(), 1, 'the built-in table stays');
  assert.equal(await widget.locator('[data-testid="notice"]').count(), 0);
  assert.deepEqual(seen.warnings, []);

  // A change to the script's text is applied.
  await page.evaluate(() => {
    // (Trusted Types forbid setting a script's textContent; replacing its text node is allowed.)
    const script = document.querySelector('acu-map > script');
    script.replaceChildren(document.createTextNode(JSON.stringify({ notes: { LI4: 'Edited note.' }, builtInComparisons: false })));
  });
  await widget.locator('[data-testid="host-note"]', { hasText: 'Edited note.' }).waitFor();
  assert.equal(await widget.locator('[data-testid="filter-shortlist"]').count(), 0);
  assert.equal(await widget.locator('[data-testid^="comparison-"]').count(), 0);
  await page.close();
});

test('a search whose points the shortlist or the filters hide says how many, and one button searches all the points', async () => {
  const { page } = await open(browser, '/');
  const widget = page.locator('acu-map');
  assert.equal(await widget.locator('[data-testid="filter-shortlist"]').inputValue(), '0');
  await widget.locator('[data-testid="search"]').fill('zusanli');
  const empty = widget.locator('[data-testid="list-empty"]');
  await empty.waitFor();
  assert.match(await empty.innerText(), /^No point in the chosen shortlist and filters matches this search\. Found outside them: 1 point\./);
  // A screen reader hears it as the list empties.
  await widget.locator('[data-testid="announcer"]', { hasText: 'Found outside them: 1 point.' }).waitFor();
  await empty.getByRole('button', { name: 'Search all points' }).click();
  await widget.locator('[data-testid="item-ST36"]').waitFor();
  assert.equal(await widget.locator('[data-testid="filter-shortlist"]').inputValue(), '');
  assert.equal(await widget.locator('[data-testid="search"]').inputValue(), 'zusanli', 'the search stays');
  // The button is gone with the empty list: the focus is back in the search box.
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.activeElement?.dataset.testid === 'search');
  // Nothing anywhere: no count and no button.
  await widget.locator('[data-testid="search"]').fill('qqqzzz');
  await widget.locator('[data-testid="list-empty"]', { hasText: /^No point matches this search\. Try a point's code or name, a part of the body such as “knee”, or a complaint such as “headache”\.$/ }).waitFor();
  assert.equal(await empty.getByRole('button').count(), 0);
  await page.close();
});

test('host content by property; invalid JSON or fields give acu-error and a notice, built-in data stays', async () => {
  const { page, seen } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  await record(page);
  await page.evaluate(() => {
    document.querySelector('acu-map').content = { shortlists: [{ title: 'Ours', points: ['LI4', 'LR3'] }] };
  });
  assert.equal(await widget.locator('[data-testid="list"] [role="option"]:not([hidden])').count(), 2);
  assert.deepEqual(await page.evaluate(() => document.querySelector('acu-map').content.shortlists[0].points), ['LI4', 'LR3']);

  await page.evaluate(() => { document.querySelector('acu-map').content = '{"notes": {"LI4": "x"'; });
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /content JSON could not be read \(.*JSON at position \d+/);
  assert.equal(await widget.locator('[data-testid="list"] [role="option"]:not([hidden])').count(), 409, 'back to the built-in content');
  assert.equal(await widget.locator('[data-testid="comparison-acupuncture-vs-dry-needling"]').count(), 1);

  await page.evaluate(() => { const c = {}; c.self = c; document.querySelector('acu-map').content = c; });
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /circular/i);
  // A value JSON has no form for is named in the widget's words.
  await page.evaluate(() => { document.querySelector('acu-map').content = () => ({ notes: {} }); });
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /expected an object with fields notes, .*, found a function/);
  assert.ok(seen.warnings.some((w) => /found a function/.test(w)), seen.warnings.join('\n'));

  await page.evaluate(() => {
    document.querySelector('acu-map').content = {
      notes: { XX1: 'a', LI4: 5 }, shortlists: 'LI4', comparisons: [{ title: 'T', columns: ['A'], rows: [{ aspect: 'r', cells: ['1', '2'] }] }],
      a: 1, b: 2, c: 3,
    };
  });
  const notices = await widget.locator('[data-testid="notice"]').allInnerTexts();
  // Eight problems, in the document's order.
  assert.equal(notices.length, 6, 'five problems in full and a count of the rest');
  assert.match(notices[0], /Content JSON, notes\.XX1: unknown point code/);
  assert.match(notices[3], /comparisons\[0\]\.rows\[0\]\.cells: expected a list of 1 texts/);
  assert.match(notices[5], /3 more problems/);
  const reported = await errors(page);
  assert.equal(reported.filter((e) => e.source === 'content').length, 3 + 8, 'the three unreadable documents, then the eight problems');
  for (const problem of ['notes.XX1: unknown point code', 'notes.LI4: expected text', 'shortlists: expected a list']) {
    assert.ok(seen.warnings.some((w) => w.includes(problem)), problem);
  }
  await widget.locator('[data-testid="item-LI4"]').click();
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), 'LI4', 'the widget keeps working');

  await page.evaluate(() => { document.querySelector('acu-map').content = null; });
  assert.equal(await widget.locator('[data-testid="notice"]').count(), 0);

  // In the reader's language, the JSON's own names and values aside.
  await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    el.setAttribute('lang', 'zh-Hant');
    el.content = { notes: { XX1: 'a', LI4: 5 } };
  });
  const chinese = await widget.locator('[data-testid="notice"]').allInnerTexts();
  assert.equal(chinese.length, 2, chinese.join('\n'));
  assert.match(chinese[0], /^內容 JSON，notes\.XX1：穴位代碼「XX1」無法識別，已忽略/);
  assert.match(chinese[1], /^內容 JSON，notes\.LI4：應為文字，實為數字/);
  // A document that cannot be read at all says why in Chinese too (the parser's own words aside).
  await page.evaluate(() => { document.querySelector('acu-map').content = '[1, 2]'; });
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /^無法讀取內容 JSON（應為含欄位 notes, shortlists, .* 的物件，實為清單），已顯示內建內容。/);
  await page.evaluate(() => { document.querySelector('acu-map').content = '{"notes": '; });
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /^無法讀取內容 JSON（不是有效的 JSON：.+），已顯示內建內容。/);
  await page.evaluate(() => { document.querySelector('acu-map').content = Symbol('notes'); });
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /^無法讀取內容 JSON（應為含欄位 notes, .* 的物件，實為符號值（Symbol）），已顯示內建內容。/);
  await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    el.removeAttribute('lang');
    el.content = null;
  });

  // Set before the element is in the page: the first render already has it (the map painted as
  // the element is added draws only the shortlist's points; then the list lists them).
  const painted = await page.evaluate(() => {
    const el = document.createElement('acu-map');
    el.id = 'early';
    el.content = JSON.stringify({ shortlists: [{ title: 'Early', points: ['GB30', 'GB34', 'ST36'] }] });
    document.body.append(el);
    return [...el.shadowRoot.querySelectorAll('.painted g.point')].map((g) => g.dataset.code);
  });
  assert.ok(painted.length > 0 && painted.every((code) => ['GB30', 'GB34', 'ST36'].includes(code)), painted.join());
  const early = page.locator('#early');
  await early.locator('[data-testid="list"]').waitFor();
  assert.equal(await early.locator('[data-testid="list"] [role="option"]:not([hidden])').count(), 3);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('host content as the content attribute (JSON text): under the property, over the child script; an object made text is reported', async () => {
  const { page, seen } = await open(browser, '/');
  const widget = page.locator('acu-map');
  await record(page);
  const count = () => widget.locator('[data-testid="list"] [role="option"]:not([hidden])').count();
  const set = (f, arg) => page.evaluate(f, arg);
  await widget.locator('[data-testid="filter-shortlist"]').waitFor();
  assert.equal(await count(), 9, 'the child script\'s first shortlist');
  await set(() => document.querySelector('acu-map').setAttribute('content', JSON.stringify({ shortlists: [{ title: 'Attr', points: ['LI4', 'LR3'] }] })));
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelectorAll('[data-testid="list"] [role="option"]:not([hidden])').length === 2);
  // The property wins while it is set, whatever the attribute does meanwhile.
  await set(() => { document.querySelector('acu-map').content = { shortlists: [{ title: 'Prop', points: ['GB30'] }] }; });
  assert.equal(await count(), 1);
  await set(() => document.querySelector('acu-map').setAttribute('content', JSON.stringify({ shortlists: [{ title: 'Attr 2', points: ['LI4', 'LR3', 'ST36'] }] })));
  assert.equal(await count(), 1);
  await set(() => { document.querySelector('acu-map').content = null; });
  assert.equal(await count(), 3, 'back to the attribute');
  await set(() => document.querySelector('acu-map').removeAttribute('content'));
  assert.equal(await count(), 9, 'back to the child script');
  // What React 19, Preact and Vue set when they render content={object} before the element
  // is defined: said as that, with what to do, and the built-in content shown.
  await set(() => document.querySelector('acu-map').setAttribute('content', String({ notes: {} })));
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /^The content JSON could not be read \(it is the text “\[object Object\]”, an object turned into text .*set content once the element is defined, or give JSON text\)/);
  assert.equal(await count(), 409);
  assert.deepEqual((await errors(page)).filter((e) => e.source === 'content').map((e) => e.value), ['[object Object]']);
  assert.ok(seen.warnings.some((w) => w.includes('[object Object]')), seen.warnings.join('\n'));
  await set(() => {
    const el = document.querySelector('acu-map');
    el.setAttribute('lang', 'zh-Hans');
    el.removeAttribute('content');
    el.setAttribute('content', '[object Object]');
  });
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /^无法读取内容 JSON（内容是文本“\[object Object\]”/);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('an XSS corpus in every content field executes nothing and becomes no markup', async () => {
  const { page, seen } = await open(browser, '/hostile.html');
  assert.equal(await page.title(), 'acumap under hostile page styles, several instances', 'the page\'s own payloads did nothing');
  const result = await page.evaluate(async (p) => {
    window.__xss = 0;
    const el = document.getElementById('second');
    const notes = {};
    for (const code of ['SP6', 'LI4', 'GB30', 'ST36', 'LR3', 'PC6', 'GV20']) notes[code] = p.join(' ');
    el.content = {
      notes,
      shortlists: p.map((t) => ({ title: t, description: t, points: ['SP6', t] })),
      comparisons: [{ title: p[0], caption: p[1], columns: p.slice(0, 3), rows: p.map((t) => ({ aspect: t, cells: [t, t, t] })), sources: p }],
    };
    await new Promise((r) => setTimeout(r, 200));
    const root = el.shadowRoot;
    return {
      xss: window.__xss,
      injected: root.querySelectorAll('script, img, iframe, b, style, foreignObject, a').length,
      noteShown: root.querySelector('[data-testid="host-note"] p')?.textContent === p.join(' '),
      tableRows: root.querySelectorAll('[data-testid="comparison-host-0"] tbody tr').length,
      shortlists: root.querySelectorAll('[data-testid="filter-shortlist"] option').length,
    };
  }, XSS);
  assert.deepEqual(result, { xss: 0, injected: 0, noteShown: true, tableRows: XSS.length, shortlists: XSS.length + 1 });
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('the point list is a listbox: Tab in, arrows, Home and End move, Enter selects', async () => {
  const { page } = await open(browser, '/patient.html');
  const widget = page.locator('acu-map');
  const list = widget.locator('[data-testid="list"]');
  assert.equal(await list.getAttribute('role'), 'listbox');
  const options = list.locator('[role="option"]:not([hidden])');
  assert.equal(await options.count(), 8);
  assert.deepEqual(await options.evaluateAll((os) => os.map((o) => [o.dataset.code, o.tabIndex, o.getAttribute('aria-selected')]).filter((o) => o[1] === 0)),
    [['GB20', 0, 'true']], 'one tab stop: the selected option');
  await widget.locator('[data-testid="search"]').focus();
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => document.querySelector('acu-map').shadowRoot.activeElement?.dataset.code);
  assert.equal(await focused(), 'GB20');
  await page.keyboard.press('Home');
  const first = await options.first().getAttribute('data-code');
  assert.equal(await focused(), first);
  await page.keyboard.press('ArrowDown');
  const second = await options.nth(1).getAttribute('data-code');
  assert.equal(await focused(), second);
  await page.keyboard.press('End');
  assert.equal(await focused(), await options.last().getAttribute('data-code'));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const chosen = await options.nth(6).getAttribute('data-code');
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), chosen);
  assert.equal(await options.nth(6).getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Home');
  await page.keyboard.press(' ');
  assert.equal(await widget.locator('[data-testid="card-code"]').innerText(), first);
  await page.close();
});

test('motion: the selected point pulses, for less than 5 s, and not at all under prefers-reduced-motion', async () => {
  const running = async (reducedMotion) => {
    const { page } = await open(browser, '/', { width: 1280, height: 900 }, { reducedMotion });
    const animations = await page.evaluate(() => {
      const root = document.querySelector('acu-map').shadowRoot;
      const pulse = root.querySelector('.point.selected .pulse');
      // Each pulse beats three times, then stays still: under the 5 s of WCAG 2.2.2.
      const long = root.getAnimations().filter((a) => a.effect.getComputedTiming().endTime >= 5000).length;
      return { pulse: pulse ? getComputedStyle(pulse).display !== 'none' : false, running: root.getAnimations().length, long };
    });
    await page.close();
    return animations;
  };
  assert.deepEqual(await running('no-preference'), { pulse: true, running: 2, long: 0 }, 'one pulse per side of GB30');
  assert.deepEqual(await running('reduce'), { pulse: false, running: 0, long: 0 });
});

/** Until the page's stylesheets are in, as they are at its first paint (they block it): the
 * demo pages load the script `async`, so DOMContentLoaded may come before them. */
const stylesheetsIn = (page) => page.waitForFunction(() => [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet));

test('while the script loads: a placeholder of about the widget\'s size with a visible message', async () => {
  for (const [reducedMotion, animated] of [['no-preference', true], ['reduce', false]]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion });
    const release = await holdWasm(page);
    await page.goto(BASE + '/', { waitUntil: 'domcontentloaded' });
    await stylesheetsIn(page);
    const loading = await page.evaluate(() => {
      const el = document.querySelector('acu-map');
      return {
        defined: customElements.get('acu-map') !== undefined,
        height: el.getBoundingClientRect().height,
        fallback: el.querySelector('p').checkVisibility(),
        moving: el.getAnimations().some((a) => a.animationName === 'acu-loading'),
      };
    });
    assert.equal(loading.defined, false);
    assert.equal(loading.fallback, true, 'the host\'s own loading text shows');
    assert.equal(loading.moving, animated);
    release();
    // The widget's whole height: with its table, which comes with the prose file, and the
    // parts whose code comes after the first paint (the live chunk, src/element/widget.rs).
    await page.locator('acu-map [data-testid="comparison-acupuncture-vs-dry-needling"]').waitFor();
    await page.locator('acu-map [data-testid="card-location"]').waitFor();
    await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('.placeholder') === null);
    const height = await page.evaluate(() => document.querySelector('acu-map').getBoundingClientRect().height);
    assert.ok(Math.abs(height - loading.height) / height < 0.1, `placeholder ${loading.height}px, widget ${height}px`);
    assert.equal(await page.locator('acu-map > p').first().isVisible(), false, 'the fallback goes once the widget is there');
    await page.close();
  }
  // Without fallback content the stylesheet says it is loading.
  const page = await browser.newPage();
  await page.route('**/acumap_bg.*.wasm', () => {});
  await page.goto(BASE + '/study.html', { waitUntil: 'domcontentloaded' });
  await stylesheetsIn(page);
  const message = (lang) => page.evaluate((l) => {
    const el = document.querySelector('acu-map');
    if (l) el.setAttribute('lang', l);
    return getComputedStyle(el, '::before').content;
  }, lang);
  assert.equal(await message(), '"Loading the acupuncture map…"');
  // In the reader's language and script, by the lang attribute's rule.
  assert.equal(await message('zh-CN'), '"正在加载针灸穴位图……"');
  assert.equal(await message('zh-TW'), '"正在載入針灸穴位圖……"');
  assert.equal(await message('zh-Hans-TW'), '"正在加载针灸穴位图……"');
  // Cantonese as Hong Kong writes it, unless in mainland China's script; Mandarin as Chinese.
  assert.equal(await message('yue-HK'), '"正在載入針灸穴位圖……"');
  assert.equal(await message('yue-CN'), '"正在加载针灸穴位图……"');
  assert.equal(await message('cmn'), '"正在加载针灸穴位图……"');
  await page.close();
});

test('a script that never arrives (a wrong path): after 12 s the loading box gives its place back and stops moving, the host\'s content stays', async () => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion });
    await page.route('**/acumap.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(BASE + '/', { waitUntil: 'domcontentloaded' });
    await stylesheetsIn(page);
    const box = () => page.evaluate(() => {
      const el = document.querySelector('acu-map');
      return { height: el.getBoundingClientRect().height, image: getComputedStyle(el).backgroundImage, fallback: el.querySelector('p').checkVisibility() };
    });
    const before = await box();
    assert.ok(before.height > 2000, `the place kept: ${before.height}px`);
    // The page's animations, 12 s of them, at 200 times their speed.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 200 });
    await page.waitForFunction(() => document.querySelector('acu-map').getBoundingClientRect().height < 400);
    const after = await box();
    assert.equal(after.image, 'none', 'no moving background');
    assert.equal(after.fallback, true, 'the host\'s content stays');
    assert.equal(await page.evaluate(() => customElements.get('acu-map')), undefined);
    await page.close();
  }
});

test('the widget cannot start (a CSP without wasm-unsafe-eval, the wasm missing): each element says so above the host\'s own content, and fires acu-error naming the script', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <link rel="stylesheet" href="/pkg/acumap.css"><script type="module" src="/pkg/acumap.js"></script></head>
    <body><acu-map view="back"></acu-map><acu-map lang="zh-CN"></acu-map><acu-map><p>Our points page</p></acu-map><acu-map lang="zh-TW"></acu-map><acu-map lang="yue"></acu-map>
    <div lang="zh-TW"><site-card><template shadowrootmode="open"><acu-map></acu-map></template></site-card></div></body></html>`;
  const noWasm = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
  for (const [csp, missing, cause] of [[noWasm, false, /wasm-unsafe-eval|Content Security Policy/], [null, true, /acumap_bg\.[0-9a-f]{12}\.wasm: HTTP 404/]]) {
    const page = await recordingPage(browser);
    const logged = [];
    page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
    const uncaught = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    const headers = csp ? { 'Content-Security-Policy': csp } : {};
    await page.route(BASE + '/cannot-start.html', (r) => r.fulfill({ body: html, contentType: 'text/html', headers }));
    if (missing) await page.route('**/acumap_bg.*.wasm', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.goto(BASE + '/cannot-start.html');
    await page.waitForFunction(() => customElements.get('acu-map') !== undefined);
    const shown = await page.evaluate(() => [...document.querySelectorAll('acu-map')].map((m) => ({
      text: m.shadowRoot.textContent,
      fallback: m.querySelector('p')?.checkVisibility() ?? null,
      loading: m.getAnimations().length > 0 || getComputedStyle(m, '::before').content !== 'none',
    })));
    assert.deepEqual(shown, [
      { text: 'The acupuncture map could not be loaded.', fallback: null, loading: false },
      { text: '针灸穴位图未能载入。', fallback: null, loading: false },
      { text: 'The acupuncture map could not be loaded.', fallback: true, loading: false },
      { text: '針灸穴位圖未能載入。', fallback: null, loading: false },
      { text: '針灸穴位圖未能載入。', fallback: null, loading: false },
    ]);
    // One inside a site's own component takes the language above that component.
    assert.equal(await page.evaluate(() => document.querySelector('site-card').shadowRoot.querySelector('acu-map').shadowRoot.textContent), '針灸穴位圖未能載入。');
    const reported = await errors(page);
    assert.equal(reported.length, 6, JSON.stringify(reported));
    for (const e of reported) {
      assert.equal(e.source, 'script');
      assert.equal(e.value, BASE + '/pkg/acumap.js');
      assert.match(e.message, cause);
    }
    assert.ok(logged.some((t) => t.startsWith('<acu-map>: the widget could not start') && cause.test(t)), logged.join('\n'));
    assert.deepEqual(uncaught, []);
    await page.close();
  }
});

// A popular CSS reset ("the new CSS reset") unsets every property of every element and puts back
// only the browser's own display: an unknown element such as <acu-map> becomes inline, and
// loses any container the widget's own `:host` rules make of it (a page's rules on the element
// win over those). The widget's layout must not depend on them.
test('a site whose reset unsets every element (all: unset; display: revert) gets the same layout: two columns on a desktop, the table a row at a time on a phone', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <style>*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }</style>
    <script type="module" src="/pkg/acumap.js"></script></head><body><main><h1>Sciatica</h1><acu-map selected="GB30"></acu-map></main></body></html>`;
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.route(BASE + '/reset.html', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto(BASE + '/reset.html');
    const widget = page.locator('acu-map');
    await widget.locator('[data-testid="card-location"]').waitFor();
    await widget.locator('.comparison table').waitFor();
    const layout = await page.evaluate(() => {
      const el = document.querySelector('acu-map');
      const root = el.shadowRoot;
      const box = (s) => root.querySelector(s).getBoundingClientRect();
      return {
        host: getComputedStyle(el).display,
        // The card beside the map, or under it.
        cardBeside: box('[data-testid="card"]').left >= box('[data-testid="map"]').right,
        peekOnMap: root.querySelector('.peek.on-map')?.checkVisibility() ?? false,
        tableCells: getComputedStyle(root.querySelector('.comparison td')).display,
        page: document.documentElement.scrollWidth,
      };
    });
    assert.deepEqual(layout, width === 1280
      ? { host: 'inline', cardBeside: true, peekOnMap: false, tableCells: 'table-cell', page: width }
      : { host: 'inline', cardBeside: false, peekOnMap: true, tableCells: 'block', page: width }, `${width} px`);
    await page.close();
  }
});

test('a widget in a panel the page hides with visibility: hidden (stacked tabs, a carousel) is not seen, clicked or reached by Tab until shown; the page\'s pointer-events: none holds', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <style>.tabs { position: relative } .panel { position: absolute; inset: 0 auto auto 0; width: 100%; background: #fff }
      .panel.off { visibility: hidden } .panel.busy { pointer-events: none }</style>
    <script type="module" src="/pkg/acumap.js"></script></head><body><div class="tabs">
    <div class="panel" id="hours"><button id="in-hours">Opening hours</button></div>
    <div class="panel off" id="points"><acu-map selected="GB30"></acu-map></div></div></body></html>`;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route(BASE + '/panels.html', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(BASE + '/panels.html');
  await page.locator('acu-map [data-testid="list"]:not([aria-busy])').waitFor({ state: 'attached' });
  const seen = () => page.evaluate(() => {
    const el = document.querySelector('acu-map');
    const map = el.shadowRoot.querySelector('[data-testid="map"]').getBoundingClientRect();
    return {
      shown: el.shadowRoot.querySelector('.acu').checkVisibility({ visibilityProperty: true }),
      hit: document.elementFromPoint(map.x + map.width / 2, map.y + map.height / 2) === el,
    };
  });
  /** Whether Tab from the other panel's button goes into the widget. */
  const tabsIn = async () => {
    await page.focus('#in-hours');
    await page.keyboard.press('Tab');
    return page.evaluate(() => document.activeElement === document.querySelector('acu-map'));
  };
  assert.deepEqual({ ...await seen(), tab: await tabsIn() }, { shown: false, hit: false, tab: false }, 'hidden');
  await page.evaluate(() => document.getElementById('points').classList.remove('off'));
  assert.deepEqual({ ...await seen(), tab: await tabsIn() }, { shown: true, hit: true, tab: true }, 'shown');
  await page.evaluate(() => document.getElementById('points').classList.add('busy'));
  assert.deepEqual(await seen(), { shown: true, hit: false }, 'pointer-events: none');
  await page.close();
});

test('in a site\'s layouts (flex rows, centred columns and grids, a float, a table cell) the widget has a width to draw in, and never widens the page', async () => {
  const layouts = {
    block: 'display: block',
    flexRow: 'display: flex',
    flexColumnCentred: 'display: flex; flex-direction: column; align-items: center',
    gridCentred: 'display: grid; justify-items: center',
    float: 'float: left',
    inlineBlock: 'display: inline-block',
    tableCell: 'display: table-cell',
    besideText: 'display: flex',
    besideSidebar: 'display: grid; grid-template-columns: 1fr 200px',
  };
  const extra = { besideText: '<p>A paragraph of the clinic\'s own text beside the map, long enough to want room.</p>', besideSidebar: '<aside>Opening hours</aside>' };
  const body = Object.entries(layouts).map(([id, style]) =>
    `<div id="${id}" style="${style}"><acu-map parts="map" view="back" points="BL23,GB30"></acu-map>${extra[id] ?? ''}</div><div style="clear: both"></div>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <script type="module" src="/pkg/acumap.js"></script></head><body style="margin: 0">${body}</body></html>`;
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    // The test's own page: its layouts are inline styles, which the demo server's CSP forbids.
    await page.route(BASE + '/layouts.html', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto(BASE + '/layouts.html');
    await page.waitForFunction(() => [...document.querySelectorAll('acu-map')].every((m) => m.shadowRoot?.querySelector('g.point')));
    const { page: pageWidth, widths, markers } = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widths: Object.fromEntries([...document.querySelectorAll('acu-map')].map((m) => [m.parentElement.id, Math.round(m.getBoundingClientRect().width)])),
      markers: [...document.querySelectorAll('acu-map')].map((m) => [...m.shadowRoot.querySelectorAll('g.point')].filter((g) => g.getBoundingClientRect().width > 0).length),
    }));
    assert.deepEqual(
      [widths.block, widths.flexRow, widths.flexColumnCentred, widths.gridCentred, widths.float, widths.inlineBlock, widths.tableCell],
      [width, width, width, width, 320, 320, 320],
      JSON.stringify(widths),
    );
    assert.ok(widths.besideText > 100 && widths.besideSidebar > 100, JSON.stringify(widths));
    assert.equal(pageWidth, width, 'the page is no wider than the screen');
    assert.ok(markers.every((n) => n >= 2), `markers drawn: ${markers}`);
    await page.close();
  }
});

test('notation: French and German codes in selected, points and select(); search shows each reading with its notation', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  await record(page);
  await setAttr(page, 'notation', 'fr');
  await setAttr(page, 'selected', 'V40');
  await widget.locator('[data-testid="card-code"]', { hasText: 'BL40' }).waitFor();
  // (Left in place, V40 would be read again in the next notation, where it means nothing.)
  await setAttr(page, 'selected', null);
  await setAttr(page, 'points', 'VB30, P 6, MC6');
  assert.deepEqual(await widget.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((o) => o.map((e) => e.dataset.code)), ['LU6', 'PC6', 'GB30']);
  await setAttr(page, 'points', null);
  await setAttr(page, 'notation', 'de');
  await page.evaluate(() => document.querySelector('acu-map').select('Gb 30'));
  await widget.locator('[data-testid="card-code"]', { hasText: 'GB30' }).waitFor();
  // Without a notation, P6 is PC6 (as the English research literature writes it).
  await setAttr(page, 'notation', null);
  await page.evaluate(() => document.querySelector('acu-map').select('P6'));
  await widget.locator('[data-testid="card-code"]', { hasText: 'PC6' }).waitFor();
  await typeSearch(widget.locator('[data-testid="search"]'), 'P6');
  const first = await widget.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((o) => o.slice(0, 2).map((e) => e.dataset.code));
  assert.deepEqual(first, ['PC6', 'LU6']);
  assert.equal(await widget.locator('[data-testid="reading-PC6"]').textContent(), 'P6 in English notation');
  assert.equal(await widget.locator('[data-testid="reading-LU6"]').textContent(), 'P6 in French notation');
  await setAttr(page, 'notation', 'xx');
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /“xx” in the notation attribute \(use one of en, fr, de\); using en/);
  assert.deepEqual((await errors(page)).map((e) => [e.source, e.value]), [['notation', 'xx']]);
  await page.close();
});

/** A page in `lang` whose one widget opens on `selected`, its live chunk held back until
 * `release()`: the painted first view can be read first. */
async function openHeld(lang, selected, name) {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module" src="/pkg/acumap.js"></script></head>
    <body><acu-map selected="${selected}"></acu-map></body></html>`;
  const page = await recordingPage(browser);
  const release = await holdLive(page);
  await page.route(BASE + `/${name}.html`, (r) => r.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(BASE + `/${name}.html`);
  return { page, release };
}

test('a point by its name in selected, points, select() and getPoint(), a condition by its Chinese label, lists with Chinese commas; a name two points share is reported with both codes', async () => {
  const { page, release } = await openHeld('zh-CN', '足三里', 'named');
  const widget = page.locator('acu-map');
  // The painted first view opens on the point, as it would on its code.
  await widget.locator('.painted', { hasText: 'ST36' }).waitFor();
  assert.match(await widget.locator('.painted').innerText(), /ST36\s*足三里/);
  release();
  await widget.locator('[data-testid="card-code"]', { hasText: 'ST36' }).waitFor();
  await setAttr(page, 'points', '环跳, Nèiguān, Futu, nei4 ting2');
  await widget.locator('[data-testid="notice"]').waitFor();
  assert.deepEqual(await widget.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((o) => o.map((e) => e.dataset.code)), ['ST44', 'PC6', 'GB30']);
  assert.match(await widget.locator('[data-testid="notice"]').innerText(), /points 属性中的“Futu”是多个穴位的名称（LI18，ST32）/);
  assert.deepEqual((await errors(page)).map((e) => [e.source, e.value]), [['points', 'Futu']]);
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').select('Fútù')?.code), 'ST32');
  await widget.locator('[data-testid="card-code"]', { hasText: 'ST32' }).waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').getPoint('內關')?.code), 'PC6');
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').getPoint('Zhongdu')), null);
  // A condition by its Chinese label, with Chinese commas.
  await setAttr(page, 'points', null);
  await setAttr(page, 'condition', '坐骨神经痛、頭痛');
  assert.equal(await widget.locator('[data-testid="filter-condition"]').inputValue(), 'sciatica');
  const listed = await widget.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((o) => o.map((e) => e.dataset.code));
  assert.ok(listed.includes('GB30') && listed.includes('GB20') && !listed.includes('LU1'), listed.join(' '));
  // A meridian by its Chinese name, short and in the other script.
  await setAttr(page, 'condition', null);
  await setAttr(page, 'meridians', '膽經');
  await page.waitForFunction(() => {
    const codes = [...document.querySelector('acu-map').shadowRoot.querySelectorAll('[data-testid="list"] [role="option"]:not([hidden])')].map((o) => o.dataset.code);
    return codes.length === 44 && codes.every((c) => /^GB\d+$/.test(c));
  });
  assert.equal((await errors(page)).length, 1);
  await page.close();
});

test('a name or code China\'s standard gives otherwise (渊腋 for the WHO\'s 渊液, GV29 for EX-HN3): the page may name the point so, the reader may search it, and the card names both, painted and live', async () => {
  const { page, release } = await openHeld('zh-TW', '淵腋', 'national');
  const widget = page.locator('acu-map');
  const national = /中國國家標準（GB\/T 12346）：淵腋/;
  // Painted: the card's head gives the WHO's name and, after the region, the national standard's.
  await widget.locator('.painted .card-head', { hasText: 'GB22' }).waitFor();
  assert.match(await widget.locator('.painted .card-head .title').innerText(), /GB22\s*淵液/);
  assert.match(await widget.locator('.painted .card-head .meta').innerText(), national);
  release();
  await widget.locator('[data-testid="card-code"]', { hasText: 'GB22' }).waitFor();
  assert.match(await widget.locator('.card-head .meta').innerText(), national);
  assert.equal(await widget.locator('.card-head .meta [lang="zh-Hant"]').innerText(), '淵腋');
  // Searched by either form, in either script, and as Taiwan writes a name the standard prints
  // otherwise (內庭: the standard's 内庭).
  await typeSearch(widget.locator('[data-testid="search"]'), '瘛脈');
  assert.deepEqual(await widget.locator('[data-testid="list"] [role="option"]:not([hidden])').evaluateAll((o) => o.map((e) => e.dataset.code)), ['TE18']);
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').search('內庭')[0]?.code), 'ST44');
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').getPoint('渊腋')?.code), 'GB22');
  // The code it gives a point the WHO counts among the extra points: Yintang, EX-HN3, is its GV29.
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').select('GV29')?.code), 'EX-HN3');
  await widget.locator('[data-testid="card-code"]', { hasText: 'EX-HN3' }).waitFor();
  assert.match(await widget.locator('.card-head .meta').innerText(), /中國國家標準（GB\/T 12346）：GV29/);
  assert.equal(await widget.locator('.card-head .meta [lang]').count(), 0, 'a code is not marked as Chinese');
  // A point the national standard names and counts as the WHO does has no such line.
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').select('GB21')?.code), 'GB21');
  await widget.locator('[data-testid="card-code"]', { hasText: 'GB21' }).waitFor();
  assert.doesNotMatch(await widget.locator('.card-head .meta').innerText(), /GB\/T/);
  assert.deepEqual(await errors(page), []);
  await page.close();
});

test('a point by the other name readers know it by (Renzhong, 人中, for GV26 Shuigou; Inner Gate for PC6): the page may name it so, the reader may search it, and the card gives it, painted and live, in the reader\'s language', async () => {
  const { page, release } = await openHeld('en', 'Renzhong', 'other-name');
  const widget = page.locator('acu-map');
  const also = 'Also called: Rénzhōng 人中';
  // Painted: the card opens on GV26 and names its other name after the region, the hanzi marked
  // as Chinese for a screen reader.
  await widget.locator('.painted .card-head', { hasText: 'GV26' }).waitFor();
  assert.equal(await widget.locator('.painted .card-head [data-testid="other-name"]').innerText(), also);
  release();
  await widget.locator('[data-testid="card-code"]', { hasText: 'GV26' }).waitFor();
  assert.equal(await widget.locator('.card-head [data-testid="other-name"]').innerText(), also);
  assert.equal(await widget.locator('.card-head [data-testid="other-name"] [lang="zh-Hans"]').innerText(), '人中');
  // Searched, got and selected by it, in words or in hanzi of either script.
  await typeSearch(widget.locator('[data-testid="search"]'), 'Huatuo Jiaji');
  assert.equal(await widget.locator('[data-testid="list"] [role="option"]:not([hidden])').first().getAttribute('data-code'), 'EX-B2');
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').search('虎口')[0]?.code), 'LI4');
  // The English renderings other books give: Inner Gate is PC6 (Inner Pass here), named on its card.
  await typeSearch(widget.locator('[data-testid="search"]'), 'Inner Gate');
  assert.equal(await widget.locator('[data-testid="list"] [role="option"]:not([hidden])').first().getAttribute('data-code'), 'PC6');
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').select('PC6')?.other_english.join()), 'Inner Gate');
  await widget.locator('[data-testid="card-code"]', { hasText: 'PC6' }).waitFor();
  assert.equal(await widget.locator('.card-head [data-testid="other-name"]').innerText(), 'Also called: Inner Gate');
  const got = await page.evaluate(() => document.querySelector('acu-map').getPoint('華佗夾脊'));
  assert.deepEqual([got?.code, got?.other_name], ['EX-B2', { pinyin: 'Huatuojiaji', pinyin_tones: 'Huàtuójiājǐ', hanzi: '华佗夹脊', hanzi_traditional: '華佗夾脊' }]);
  // A Chinese reader sees the name in their script; a point without one has no such line.
  await setAttr(page, 'lang', 'zh-Hant');
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').select('EX-B2')?.code), 'EX-B2');
  await widget.locator('[data-testid="card-code"]', { hasText: 'EX-B2' }).waitFor();
  await widget.locator('[data-testid="other-name"]', { hasText: '又名：華佗夾脊' }).waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').select('GV25')?.code), 'GV25');
  await widget.locator('[data-testid="card-code"]', { hasText: 'GV25' }).waitFor();
  assert.equal(await widget.locator('[data-testid="other-name"]').count(), 0);
  assert.deepEqual(await errors(page), []);
  await page.close();
});

test('properties set before the element is defined (an async script, a framework) are applied when it upgrades', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const release = await holdWasm(page);
  await page.goto(BASE + '/study.html', { waitUntil: 'domcontentloaded' });
  const before = await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    el.selected = 'SP6';
    el.mode = 'patient';
    el.content = { notes: { SP6: 'Our own note on SP6.' } };
    // One created by script, given its properties, then added: as React or Vue do.
    const later = document.createElement('acu-map');
    later.id = 'later';
    later.points = 'LI4,ST36';
    document.body.append(later);
    return { defined: customElements.get('acu-map') !== undefined, own: Object.hasOwn(el, 'selected') && Object.hasOwn(later, 'points') };
  });
  assert.deepEqual(before, { defined: false, own: true }, 'the properties are set before the element exists');
  release();
  const first = page.locator('acu-map').first();
  await first.locator('[data-testid="card-code"]', { hasText: 'SP6' }).waitFor();
  await first.getByText('Our own note on SP6.').waitFor();
  await page.locator('#later [data-testid="marker-ST36"]').first().waitFor();
  await page.locator('#later [data-testid="list"]').waitFor();
  const after = await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    const later = document.getElementById('later');
    return {
      attributes: [el.getAttribute('selected'), el.getAttribute('mode'), later.getAttribute('points')],
      // The class's accessors answer now, not a leftover own property.
      own: ['selected', 'mode', 'content'].some((n) => Object.hasOwn(el, n)) || Object.hasOwn(later, 'points'),
      content: el.content?.notes?.SP6,
      listed: later.shadowRoot.querySelectorAll('[role="option"]:not([hidden])').length,
    };
  });
  assert.deepEqual(after, { attributes: ['SP6', 'patient', 'LI4,ST36'], own: false, content: 'Our own note on SP6.', listed: 2 });
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('the script included twice, or two builds of it: no error, one element, and for each extra copy one console message naming the script that defined it', async () => {
  const { page, seen } = await open(browser, '/study.html');
  const infos = [];
  page.on('console', (m) => { if (m.type() === 'info') infos.push(m.text()); });
  // The same bundle again under another URL (a CMS adding `?ver=2`).
  await page.evaluate(() => import('/pkg/acumap.js?ver=2'));
  // Another build of the widget (its own glue and wasm instance) defining the element again.
  await page.evaluate(async () => {
    const entry = document.querySelector('script[src$="acumap.js"]').src;
    const glueUrl = [...performance.getEntriesByType('resource')].map((e) => e.name).find((n) => /\/acumap\.[0-9a-f]{12}\.js$/.test(n));
    const wasmUrl = [...performance.getEntriesByType('resource')].map((e) => e.name).find((n) => /\/acumap_bg\.[0-9a-f]{12}\.wasm$/.test(n));
    const copy = await import(`${glueUrl}?another-build`);
    const ready = copy.default({ module_or_path: wasmUrl });
    copy.configureFiles(new URL('./', entry), {}, new URL(wasmUrl), 'https://cdn.example/other/acumap.js');
    await ready;
  });
  await page.waitForTimeout(100);
  assert.equal(infos.length, 2, infos.join('\n'));
  assert.match(infos[0], /acumap\.js\?ver=2 loaded again; the element is already defined by http:\/\/[^ ]+\/pkg\/acumap\.js,/);
  assert.match(infos[1], /already defined by http:\/\/[^ ]+\/pkg\/acumap\.js; https:\/\/cdn\.example\/other\/acumap\.js does nothing/);
  // The page's widget still works.
  await page.evaluate(() => document.querySelector('acu-map').select('GB30'));
  await page.locator('acu-map [data-testid="card-code"]', { hasText: 'GB30' }).waitFor();
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('two copies of the script, the first stale (its wasm gone): the working copy defines the element, and no stand-in; both broken: the stand-in, from the last to fail', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module" src="/stale/acumap.js"></script><script type="module" src="/pkg/acumap.js"></script></head>
    <body><acu-map selected="GB30"></acu-map><acu-map></acu-map></body></html>`;
  for (const bothBroken of [false, true]) {
    const page = await recordingPage(browser);
    const logged = [];
    page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
    const uncaught = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.route(BASE + '/two-copies.html', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
    // A stale copy under /stale/: the bundle's entry and glue, but its wasm is gone.
    await page.route(BASE + '/stale/**', async (route) => {
      const name = new URL(route.request().url()).pathname.slice('/stale/'.length);
      if (name.endsWith('.wasm')) return route.fulfill({ status: 404, body: 'not found' });
      const file = await fetch(`${BASE}/pkg/${name}`);
      return route.fulfill({ status: file.status, body: Buffer.from(await file.arrayBuffer()), contentType: file.headers.get('content-type') ?? undefined });
    });
    // The working copy's wasm (or, broken too, its 404) comes once the stale copy has failed.
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/pkg/acumap_bg.*.wasm', async (route) => {
      await held;
      return bothBroken ? route.fulfill({ status: 404, body: 'not found' }) : route.continue();
    });
    await page.goto(BASE + '/two-copies.html');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/stale\/acumap\.[0-9a-f]{12}\.js$/.test(e.name)));
    await page.waitForTimeout(300);
    assert.ok(logged.some((t) => /could not start .*\/stale\/acumap_bg/.test(t)), logged.join('\n'));
    assert.equal(await page.evaluate(() => customElements.get('acu-map')), undefined, 'the stale copy leaves the element to the other');
    release();
    await page.waitForFunction(() => customElements.get('acu-map') !== undefined);
    if (bothBroken) {
      await page.waitForFunction(() => [...document.querySelectorAll('acu-map')].every((m) => m.shadowRoot?.textContent === 'The acupuncture map could not be loaded.'));
      const reported = await errors(page);
      assert.deepEqual(reported.map((e) => [e.source, e.value]), [['script', BASE + '/pkg/acumap.js'], ['script', BASE + '/pkg/acumap.js']]);
    } else {
      await page.locator('acu-map [data-testid="card-code"]', { hasText: 'GB30' }).waitFor();
      await page.locator('acu-map >> nth=1').locator('[data-testid="map"]').waitFor();
      assert.deepEqual(await errors(page), []);
    }
    assert.deepEqual(uncaught, []);
    await page.close();
  }
});

test('from a CDN (another origin, with CORS) under a strict CSP that names it: every file comes from the CDN, the widget goes live in the page\'s language, prose and all', async () => {
  const cdn = 'https://cdn.example.test/npm/acumap@1/';
  const csp = `default-src 'self'; script-src 'self' ${cdn} 'wasm-unsafe-eval'; connect-src 'self' ${cdn}; style-src 'self'; `
    + "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
  const page = await recordingPage(browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
  // The CDN serves the bundle's own files as jsDelivr or unpkg do: with CORS, the wasm as
  // `application/octet-stream`.
  await page.route(cdn + '**', async (route) => {
    const file = await fetch(BASE + '/pkg/' + route.request().url().slice(cdn.length));
    const type = file.headers.get('content-type') ?? '';
    await route.fulfill({
      status: file.status,
      body: Buffer.from(await file.arrayBuffer()),
      headers: { 'content-type': type.includes('wasm') ? 'application/octet-stream' : type, 'access-control-allow-origin': '*' },
    });
  });
  await page.route(BASE + '/from-cdn.html', (r) => r.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': csp },
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>
      <acu-map selected="LU7"></acu-map><script type="module" async src="${cdn}acumap.js"></script></body></html>`,
  }));
  await page.goto(BASE + '/from-cdn.html');
  const widget = page.locator('acu-map');
  await widget.locator('[data-testid="card-location"]').waitFor();
  assert.match(await widget.locator('[data-testid="card-location"]').innerText(), /[\u4e00-\u9fff]/);
  assert.match(await widget.locator('[data-testid="cautions"]').innerText(), /[\u4e00-\u9fff]/);
  await widget.locator('[data-testid="marker-ST36"] .hit').first().click();
  await widget.locator('[data-testid="card-code"]', { hasText: 'ST36' }).waitFor();
  const files = requests.filter((u) => u !== BASE + '/from-cdn.html');
  assert.ok(files.every((u) => u.startsWith(cdn)), files.join('\n'));
  assert.deepEqual(files.map((u) => u.slice(cdn.length).replace(/\.[0-9a-f]{12}\./, '.#.')).sort(),
    ['acumap.#.js', 'acumap.js', 'acumap_bg.#.wasm', 'prose.zh-Hans.#.json', 'split_live.#.wasm']);
  assert.deepEqual(await errors(page), []);
  assert.deepEqual(problems, []);
});
