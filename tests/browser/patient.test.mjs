// Patient mode, in English and in Chinese: every point's card shows the plain words (where it
// is, what it is used for, what each caution means for the patient), never a needling depth,
// technique or the practitioner's caution text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, SIMPLIFIED, useBrowser } from './harness.mjs';

const browser = useBrowser();

const PRACTITIONER = {
  en: /\bcun\b|perpendicular|oblique|\btransverse|\bdepth\b|\binsert/i,
  'zh-Hans': /\d\s*寸|直刺|斜刺|平刺|进针|提插|捻转/,
  'zh-Hant': /\d\s*寸|直刺|斜刺|平刺|進針|提插|捻轉/,
};

for (const [path, lang] of [['/patient.html', 'en'], ['/patient-zh.html', 'zh-Hans'], ['/patient-zh-TW.html', 'zh-Hant']]) {
  test(`patient mode (${lang}): all 409 cards in plain words only`, async () => {
    const { page } = await open(browser, path);
    const el = page.locator('acu-map');
    assert.equal(await el.getAttribute('mode'), 'patient');
    // Before a point is chosen (in another widget of the page: this one opens on a guide), the
    // card says what a patient's card holds: not how a point is needled.
    const hint = await page.evaluate(async () => {
      const other = document.createElement('acu-map');
      other.setAttribute('mode', 'patient');
      document.body.append(other);
      const empty = () => other.shadowRoot?.querySelector('.card-empty')?.textContent;
      while (!empty()) await new Promise((r) => setTimeout(r, 50));
      const text = empty();
      other.remove();
      return text;
    });
    assert.doesNotMatch(hint, /needled|针刺|針刺/);
    assert.match(hint, /used for|用途/);
    await page.evaluate(() => document.querySelector('acu-map').select('BL23'));
    await el.locator('[data-testid="card-uses"]').waitFor();
    const problems = await page.evaluate(async (practitioner) => {
      const pattern = new RegExp(practitioner.source, practitioner.flags);
      const widget = document.querySelector('acu-map');
      const root = widget.shadowRoot;
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const found = [];
      const codes = widget.search('').map((p) => p.code);
      for (const code of codes) {
        widget.select(code);
        await frame();
        const card = root.querySelector('[data-testid="card"]');
        const point = widget.getPoint(code);
        const text = card.innerText;
        const location = root.querySelector('[data-testid="card-location"]')?.innerText ?? '';
        if (root.querySelector('[data-testid="card-code"]')?.innerText !== code) found.push(`${code}: card not shown`);
        if (location !== point.patient.location) found.push(`${code}: location is not the plain one`);
        if (!root.querySelector('[data-testid="card-uses"]')) found.push(`${code}: no "used for"`);
        if (root.querySelector('[data-testid="card-needling"]')) found.push(`${code}: needling shown`);
        if (pattern.test(text)) found.push(`${code}: practitioner words: ${text.match(pattern)[0]}`);
        for (const c of point.cautions) if (c.text && text.includes(c.text)) found.push(`${code}: practitioner caution shown`);
        const shown = [...root.querySelectorAll('[data-testid="cautions"] li')].map((li) => li.innerText);
        if (shown.length !== point.patient.cautions.length) found.push(`${code}: ${shown.length} cautions, ${point.patient.cautions.length} expected`);
        point.patient.cautions.forEach((c, i) => { if (!shown[i]?.includes(c)) found.push(`${code}: caution ${i} is not the plain one`); });
      }
      return { count: codes.length, found };
    }, { source: PRACTITIONER[lang].source, flags: PRACTITIONER[lang].flags });
    assert.equal(problems.count, 409);
    assert.deepEqual(problems.found.slice(0, 10), []);
    // Each caution is named in everyday words too (the practitioner's card: "Pneumothorax risk").
    await page.evaluate(() => document.querySelector('acu-map').select('LU1'));
    const kind = el.locator('[data-testid="cautions"] li[data-kind="pneumothorax"] strong');
    assert.match(await kind.innerText(), { en: /^The lung lies close beneath: ?$/, 'zh-Hans': /^下方靠近肺部：$/, 'zh-Hant': /^下方靠近肺部：$/ }[lang]);
    await page.evaluate(() => document.querySelector('acu-map').setAttribute('mode', 'practitioner'));
    // (Once the practitioner's texts are in: the page had the patient's file only.)
    await el.locator('[data-testid="card-needling"]').waitFor();
    assert.match(await kind.innerText(), { en: /^Pneumothorax risk: ?$/, 'zh-Hans': /^气胸风险：$/, 'zh-Hant': /^氣胸風險：$/ }[lang]);
    await page.close();
  });
}

for (const lang of ['zh-Hans', 'zh-Hant']) test(`lang="${lang}": every card, the table and the overlay read in Chinese`, async () => {
  const { page } = await open(browser, '/study.html');
  await page.evaluate((lang) => document.querySelector('acu-map').setAttribute('lang', lang), lang);
  const el = page.locator('acu-map');
  await el.locator('[data-testid="comparison-acupuncture-vs-dry-needling"]').waitFor();
  await page.evaluate(() => document.querySelector('acu-map').select('GB21'));
  await el.locator('[data-testid="card-location"]').waitFor();
  const found = await page.evaluate(async ([simplified, traditional]) => {
    const widget = document.querySelector('acu-map');
    const root = widget.shadowRoot;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    // Simplified characters left in a Traditional text.
    const script = (text) => traditional && text.match(new RegExp(simplified));
    // English left: a run of Latin letters that is not a code, a vertebra or an acronym, once
    // the Latin muscle names kept in full-width parentheses are set aside.
    const english = (text) => text
      .replace(/（[^）]*）/g, '')
      .replace(/\b(EX-[A-Z]+\d+|[A-Z]{2}\d+|[CTLS]\d+|[A-Z]{2,}\d*)\b/g, '')
      .match(/[A-Za-z]{2,}/);
    const found = [];
    for (const { code } of widget.search('')) {
      widget.select(code);
      await frame();
      if (root.querySelector('[data-testid="card-code"]')?.innerText !== code) found.push(`${code}: card not shown`);
      if (root.querySelector('.prose-note')) found.push(`${code}: says its prose is English`);
      for (const part of root.querySelectorAll('[data-testid="cautions"], dl.fields')) {
        const word = english(part.innerText) || script(part.innerText);
        if (word) found.push(`${code}: "${word[0]}" in ${part.innerText.slice(0, 60)}`);
      }
    }
    const table = root.querySelector('[data-testid="comparison-acupuncture-vs-dry-needling"]');
    const tableText = table.querySelector('table').innerText.replace(/（[来來]源：[^）]*）/g, '');
    const tableWord = english(tableText) || script(tableText);
    if (tableWord) found.push(`table: "${tableWord[0]}"`);
    // Every landmark of the view (with no point selected), those whose names fit written.
    widget.clear();
    root.querySelector('[data-testid="overlay"]').click();
    for (let i = 0; i < 50 && !root.querySelector('[data-testid="overlay-layer"]'); i++) await frame();
    await frame();
    const labels = [...root.querySelectorAll('[data-testid="overlay-layer"] text')].map((t) => t.textContent).filter(Boolean);
    if (labels.length < 10) found.push(`overlay: ${labels.length} labels`);
    for (const label of labels) if (english(label) || script(label)) found.push(`overlay: ${label}`);
    return found;
  }, [SIMPLIFIED.source, lang === 'zh-Hant']);
  assert.deepEqual(found.slice(0, 10), []);
  await page.close();
});
