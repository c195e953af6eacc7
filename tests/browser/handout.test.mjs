// The printed handout (ui/handout.rs): the page's own print shows it and none of the widget's
// controls; six points fit on two pages of A4 and of US Letter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addWidget, errors, holdLive, open, openBody, record, typeSearch, useBrowser } from './harness.mjs';

const browser = useBrowser();

/** The number of pages in a PDF. */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the handout of six points prints on two pages, with their plain words and red flags and no controls', async () => {
  const { page, seen } = await open(browser, '/patient.html');
  // The patient page shows its Print button.
  assert.equal(await page.locator('acu-map [data-testid="print"]').count(), 1);
  await page.evaluate(() => {
    const el = document.querySelector('acu-map');
    el.removeAttribute('selected');
    el.clear();
    Object.assign(el, { points: 'GB20,GB8,GV20,LI4,EX-HN5,LR3', condition: 'tension-type-headache' });
    // A page of the widget alone, so the pages counted are the handout's.
    document.body.replaceChildren(el);
  });
  await page.locator('acu-map [data-testid="condition-guide"]').waitFor();
  // Nothing of it is in the page until the page is about to print.
  assert.equal(await page.locator('acu-map [data-testid="handout"]').count(), 0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('acu-map [data-testid="handout"]');
  assert.equal(await handout.isVisible(), true);
  const text = await handout.textContent();
  for (const code of ['GB20', 'GB8', 'GV20', 'LI4', 'EX-HN5', 'LR3']) assert.ok(text.includes(code), code);
  // Every point listed is drawn: no one view shows the head, the hand and the foot, so the
  // paper has a figure for each view it needs, named.
  const drawn = await handout.locator('.handout-figure text.label').allTextContents();
  assert.deepEqual([...drawn].sort(), ['EX-HN5', 'GB20', 'GB8', 'GV20', 'LI4', 'LR3'].sort());
  const captions = await handout.locator('figcaption').allTextContents();
  assert.ok(captions.length >= 2 && captions.every((c) => c.length > 0), JSON.stringify(captions));
  assert.match(text, /^Tension-type headache/, 'the guide the page named');
  assert.match(text, /When not to wait/);
  assert.match(text, /Get medical help now/);
  assert.match(text, /\d{4}/, 'the date');
  // The plain words, not the practitioner's.
  assert.doesNotMatch(text, /B-cun|perpendicular/);
  // No button, filter or list is on paper.
  const controls = await page.evaluate(() =>
    [...document.querySelector('acu-map').shadowRoot.querySelectorAll('button, select, input, [role="listbox"]')].filter((e) => e.getClientRects().length > 0).length);
  assert.equal(controls, 0);
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    const n = pages(pdf);
    assert.ok(n >= 1 && n <= 2, `${format}: ${n} pages`);
  }
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.locator('acu-map [data-testid="handout"]').waitFor({ state: 'detached' });
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('the Print button is offered only when there is a handout to print', async () => {
  const { page, seen } = await open(browser, '/patient.html');
  // A patient widget of its own: no point chosen, no guide, all 409 points (too many for paper).
  await addWidget(page, { id: 'bare', mode: 'patient' });
  const bare = page.locator('#bare');
  await bare.locator('[data-testid="search"]').waitFor();
  const offered = () => bare.locator('[data-testid="print"]').count();
  assert.equal(await offered(), 0, 'nothing to print');
  // A point chosen: its handout.
  await page.evaluate(() => document.getElementById('bare').select('LI4'));
  await bare.locator('[data-testid="print"]').waitFor();
  // None again: no handout.
  await page.evaluate(() => document.getElementById('bare').clear());
  await bare.locator('[data-testid="print"]').waitFor({ state: 'detached' });
  // A search that leaves few enough points for paper: those.
  await typeSearch(bare.locator('[data-testid="search"]'), 'hegu');
  await bare.locator('[data-testid="print"]').waitFor();
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test("a widget's Print keeps the page's other widgets off its paper; the page's own print has them all", async () => {
  const { page, seen } = await open(browser, '/');
  const guide = page.locator('#sciatica-guide');
  const clinic = page.locator('acu-map.sciatica');
  await guide.locator('[data-testid="condition-guide"]').waitFor();
  // Headless Chromium has no print dialog: the page's print fires the events a browser would.
  await page.evaluate(() => {
    window.print = () => window.dispatchEvent(new Event('beforeprint'));
  });
  const shown = (widget) => widget.evaluate((e) => getComputedStyle(e).display !== 'none');
  // The guide's own Print button: its handout holds the guide's points and red flags.
  await guide.locator('[data-testid="print"]').click();
  await page.emulateMedia({ media: 'print' });
  const handout = guide.locator('[data-testid="handout"]');
  await handout.waitFor();
  const text = await handout.textContent();
  for (const code of ['GB30', 'BL40']) assert.ok(text.includes(code), code);
  assert.match(text, /When not to wait/);
  // Every code on the figure can be read: no label covers another (BL54 beside GB30 goes left).
  const boxes = await guide.locator('.handout-figure text.label').evaluateAll((ts) => ts.map((t) => {
    const r = t.getBoundingClientRect();
    return [t.textContent, r.left, r.top, r.right, r.bottom];
  }));
  assert.ok(boxes.length >= 6, JSON.stringify(boxes));
  for (const a of boxes) {
    for (const b of boxes) {
      if (a !== b) assert.ok(!(a[1] < b[3] && b[1] < a[3] && a[2] < b[4] && b[2] < a[4]), `${a[0]} covers ${b[0]}`);
    }
  }
  assert.equal(await shown(guide), true);
  assert.equal(await shown(clinic), false, 'the clinic widget is not on the guide widget\'s paper');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await shown(clinic), true);
  // The page's own print (no widget asked): every widget prints its handout.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await shown(guide), true);
  assert.equal(await shown(clinic), true);
  await clinic.locator('[data-testid="handout"]').waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.deepEqual(seen.errors, []);
  await page.close();
});

/**
 * Headless Chromium has no print dialog: this `window.print` does what a browser's does. It
 * dispatches `beforeprint` and at once notes what is on the paper, while the script that called
 * print() is still running (as a browser lays the paper out then, before anything that script
 * queued, a task or a microtask, has run): each widget's handout, as its points' codes.
 * `window.papers` lists the papers; `afterprint` follows. (A page's script, or an init script.)
 */
function printOnPaper() {
  window.papers = [];
  window.print = () => {
    window.dispatchEvent(new Event('beforeprint'));
    window.papers.push([...document.querySelectorAll('acu-map')].map((el) => {
      const points = [...el.shadowRoot.querySelectorAll('[data-testid="handout"] .handout-points h3')];
      return points.map((h) => h.textContent.split(' ')[0]).sort().join(' ');
    }));
    window.dispatchEvent(new Event('afterprint'));
  };
}

test('a print a script starts has the handout on its paper: the Print button, the element\'s print() and the page\'s own print()', async () => {
  const { page, seen } = await open(browser, '/patient.html');
  const widget = page.locator('acu-map').first();
  await page.evaluate(printOnPaper);
  const papers = async (n) => {
    await page.waitForFunction((n) => window.papers.length === n, n);
    return page.evaluate(() => window.papers.at(-1));
  };
  // The patient's Print button, then the element's print(), then the page's own print(): the
  // handout of the page's eight points on each paper.
  const eight = 'EX-HN5 GB20 GB21 GV20 LI4 LR3 PC6 ST36';
  await widget.locator('[data-testid="print"]').click();
  assert.deepEqual(await papers(1), [eight], 'the Print button');
  await widget.evaluate((el) => el.print());
  assert.deepEqual(await papers(2), [eight], 'print()');
  await page.evaluate(() => window.print());
  assert.deepEqual(await papers(3), [eight], 'the page\'s print()');
  // Gone from the page after.
  assert.equal(await widget.locator('[data-testid="handout"]').count(), 0);

  // print() with nothing to print (no point chosen among all 409): no paper, but a notice in
  // the reader's language, a console warning and acu-error; once a point is chosen, its paper.
  await record(page);
  await addWidget(page, { id: 'bare', lang: 'zh-Hans' });
  const bare = page.locator('#bare');
  await bare.locator('[data-testid="search"]').waitFor();
  await bare.evaluate((el) => el.print());
  assert.match(await bare.locator('[data-testid="notice"]').innerText(), /还没有可打印的资料/);
  assert.deepEqual((await errors(page)).map((e) => e.source), ['print()']);
  assert.ok(seen.warnings.some((w) => w.includes('print()')), seen.warnings.join(' / '));
  await bare.evaluate((el) => { el.select('LI4'); el.print(); });
  assert.deepEqual(await papers(4), [eight, 'LI4'], 'print() once a point is chosen');
  assert.equal(await bare.locator('[data-testid="notice"]').count(), 0, 'the notice is gone');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('print() called before the widget is live prints its handout once it is, once', async () => {
  const page = await browser.newPage();
  const release = await holdLive(page);
  await page.addInitScript(printOnPaper);
  await openBody(page, '/print.html', '<acu-map selected="ST36"></acu-map>');
  const widget = page.locator('acu-map');
  await widget.locator('.painted g.point').first().waitFor();
  // A page's "print" link, pressed twice while the live widget is on its way, and a page's
  // listener that prints twice as it mounts (the live widget fires acu-error then, for a
  // meridian it does not know).
  await record(page);
  await widget.evaluate((el) => {
    el.print();
    el.print();
    el.setAttribute('meridians', 'QQ');
    el.addEventListener('acu-error', () => { el.print(); el.print(); }, { once: true });
  });
  assert.deepEqual(await page.evaluate(() => window.papers), [], 'not before its handout can be made');
  assert.deepEqual(await errors(page), [], 'the painted map reports no error: the live widget does, as it mounts');
  release();
  await page.waitForFunction(() => window.papers.length > 0);
  await widget.locator('[data-testid="card-code"]').waitFor();
  assert.deepEqual((await errors(page)).map((e) => e.source), ['meridians'], 'the listener ran as it mounted');
  assert.deepEqual(await page.evaluate(() => window.papers), [['ST36']]);
  await page.close();
});
