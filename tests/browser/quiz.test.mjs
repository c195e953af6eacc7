// Study mode's locate quiz (src/quiz.rs, ui/locate_quiz.rs): a tap on the figure scored in the
// B-cun of the body region, bilateral points, a keyboard-only round of the choice quiz, and the
// acu-quiz events a page keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, open, record, useBrowser } from './harness.mjs';

const browser = useBrowser();

const quizEvents = async (page) => (await events(page)).filter((e) => e.type === 'acu-quiz').map((e) => e.detail);

/** Where the figure point (x, y) of the map's view is on screen. */
const screenAt = (page, x, y) =>
  page.evaluate(([x, y]) => {
    const svg = document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="map"]');
    const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
    return { x: p.x, y: p.y };
  }, [x, y]);

/** Zooms the map in on the figure point (x, y) with Ctrl and the mouse wheel, as a student would to tap
 * precisely, then clicks the figure at (tx, ty). */
async function tapFigure(page, [x, y], tx, ty) {
  await page.evaluate(() => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="map"]').scrollIntoView({ block: 'center' }));
  for (let i = 0; i < 4; i++) {
    const at = await screenAt(page, x, y);
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -240);
    await page.keyboard.up('Control');
    await page.waitForTimeout(50);
  }
  const at = await screenAt(page, tx, ty);
  await page.mouse.click(at.x, at.y);
}

/** ST36's places on the front view (screen left first), read from its marker. */
const st36 = (widget) =>
  widget.locator('[data-testid="marker-ST36"] > g').evaluateAll((gs) =>
    gs.map((g) => g.getAttribute('transform').match(/translate\(([-\d.]+) ([-\d.]+)\)/).slice(1, 3).map(Number)).sort((a, b) => a[0] - b[0]));

test('a tap at a known offset from ST36 is scored in the leg\'s B-cun; a tap on the far leg counts against that leg', async () => {
  const { page, seen } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  await page.evaluate(() => Object.assign(document.querySelector('acu-map'), { mode: 'study', points: 'ST36' }));
  await record(page);
  // The leg's B-cun, measured on the figure itself: the landmark overlay's scale from the
  // popliteal crease to the lateral malleolus is 16 B-cun.
  await widget.locator('[data-testid="overlay"]').click();
  const scale = (await widget.locator('[data-measurement="popliteal-lateral-malleolus"] .scale-line').getAttribute('d')).match(/[-\d.]+/g).map(Number);
  const unit = Math.hypot(scale[2] - scale[0], scale[3] - scale[1]) / 16;
  await widget.locator('[data-testid="overlay"]').click();

  await widget.locator('[data-testid="locate-tap"]').click();
  assert.match(await widget.locator('[data-testid="locate-question"]').textContent(), /^Where is ST36 Zúsānlǐ\?/);
  assert.equal(await widget.locator('[data-testid="marker-ST36"]').isVisible(), false, 'the points are hidden while asked');
  const [left, right] = await st36(widget);
  // 0.6 B-cun too high and 0.2 too lateral, on the screen-right leg.
  await tapFigure(page, right, right[0] + 0.2 * unit, right[1] - 0.6 * unit);
  const [answer] = await quizEvents(page);
  assert.equal(answer.type, 'answer');
  assert.equal(answer.point, 'ST36');
  assert.equal(answer.kind, 'tap');
  assert.ok(Math.abs(answer.distance - Math.hypot(0.6, 0.2)) < 0.05, `${answer.distance}`);
  assert.equal(answer.found, false);
  assert.match(await widget.locator('[data-testid="locate-result"]').textContent(), /^Missed: 0\.6 B-cun off\. 0\.6 B-cun too high, 0\.2 too lateral\. B-cun of the popliteal crease to the prominence of the lateral malleolus\./);
  // The answer: the point's card, the tap, the line to the point.
  assert.equal(await widget.locator('[data-testid="card-code"]').textContent(), 'ST36');
  assert.equal(await widget.locator('[data-testid="locate-tap-mark"]').count(), 1);
  assert.equal(await widget.locator('[data-testid="marker-ST36"]').isVisible(), true);
  const round = (await quizEvents(page))[1];
  assert.deepEqual([round.type, round.score, round.missed], ['round', 0, ['ST36']]);

  // Again: the far (screen-left) leg, 0.2 below and 0.1 medial: found.
  await widget.locator('[data-testid="locate-again"]').click();
  await tapFigure(page, left, left[0] + 0.1 * unit, left[1] + 0.2 * unit);
  const again = (await quizEvents(page))[2];
  assert.ok(Math.abs(again.distance - Math.hypot(0.2, 0.1)) < 0.05, `${again.distance}`);
  assert.equal(again.found, true);
  assert.match(await widget.locator('[data-testid="locate-result"]').textContent(), /0\.2 B-cun too low, 0\.1 too medial/);
  const site = (await widget.locator('[data-testid="locate-site"]').getAttribute('transform')).match(/translate\(([-\d.]+)/)[1];
  assert.ok(Math.abs(Number(site) - left[0]) < 0.5, 'scored against the nearer, left, ST36');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('a keyboard-only round of the choice quiz, in Chinese, reports each answer and the score', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  await page.evaluate(() => Object.assign(document.querySelector('acu-map'), { mode: 'study', points: 'ST36,SP6,LI4', lang: 'zh-Hans' }));
  await record(page);
  await widget.locator('[data-testid="locate-choice"]').focus();
  await page.keyboard.press('Enter');
  const active = () => page.evaluate(() => document.querySelector('acu-map').shadowRoot.activeElement?.dataset.testid);
  const said = () => widget.locator('[data-testid="announcer"]').textContent();
  for (let n = 1; n <= 3; n++) {
    assert.equal(await active(), 'locate-question', 'the question has focus');
    assert.match(await widget.locator('[data-testid="locate-question"]').textContent(), /^哪个标记是/);
    // A screen reader hears the question as it is asked here: which marker, not a tap.
    assert.match(await said(), /哪个标记是/);
    const codes = await widget.locator('[data-testid^="choose-"]').evaluateAll((bs) => bs.map((b) => b.dataset.code));
    assert.equal(codes.length, 4);
    const asked = (await widget.locator('[data-testid="locate-question"]').textContent()).match(/是([A-Z]+\d+)/)[1];
    // Tab to the right marker's button, Enter.
    for (let i = 0; i <= codes.indexOf(asked); i++) await page.keyboard.press('Tab');
    assert.equal(await active(), `choose-${'ABCD'[codes.indexOf(asked)]}`);
    await page.keyboard.press('Enter');
    assert.match(await widget.locator('[data-testid="locate-result"]').textContent(), /^找到了：相差0寸。/);
    // And the whole answer, which marker it chose, as the screen shows it.
    assert.equal(await said(), await widget.locator('[data-testid="locate-result"]').textContent());
    assert.equal(await active(), n < 3 ? 'locate-next' : 'locate-new');
    if (n < 3) await page.keyboard.press('Enter');
  }
  assert.match(await widget.locator('[data-testid="locate-score"]').textContent(), /^3题中3题误差在0\.5寸以内/);
  const reported = await quizEvents(page);
  assert.deepEqual(reported.map((d) => [d.type, d.kind, d.found ?? null, d.question ?? null]), [
    ['answer', 'choice', true, 1], ['answer', 'choice', true, 2], ['answer', 'choice', true, 3], ['round', 'choice', null, null],
  ]);
  assert.deepEqual(reported[3], { type: 'round', kind: 'choice', score: 1, median: 0, missed: [] });
  await page.close();
});
