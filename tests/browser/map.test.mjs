// The body map: views, recipe-placed markers, landmark overlay, meridian paths, filters, zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, holdLive, open, openBody, record, typeSearch, useBrowser } from './harness.mjs';

const browser = useBrowser();

const markerCodes = async (page) => {
  // A view switch draws its markers in the task after the frame that shows the new view (the
  // last view's stay, hidden by `.marking`, until then): read them once they are drawn.
  await page.waitForFunction(() => [...document.querySelectorAll('acu-map')].every((m) => !m.shadowRoot?.querySelector('svg.map.marking')));
  return page.locator('acu-map g.point:not([hidden])').evaluateAll((gs) => gs.map((g) => g.dataset.code).sort());
};

/** The positions a marker is drawn at, read from its transforms. */
const markerPositions = (page, code) =>
  page.locator(`acu-map [data-testid="marker-${code}"] > g`).evaluateAll((gs) =>
    gs.map((g) => g.getAttribute('transform').match(/translate\(([-\d.]+) ([-\d.]+)\)/).slice(1, 3).map(Number)));

/** A marker's ring on screen: its width, and how far its centre is from the point's place. */
const ringOnScreen = (page, code) =>
  page.evaluate((code) => {
    const root = document.querySelector('acu-map').shadowRoot;
    const site = root.querySelector(`[data-testid="marker-${code}"] > g`);
    const [x, y] = site.getAttribute('transform').match(/translate\(([-\d.]+) ([-\d.]+)\)/).slice(1, 3).map(Number);
    const at = new DOMPoint(x, y).matrixTransform(root.querySelector('[data-testid="map"]').getScreenCTM());
    const r = site.querySelector('.ring').getBoundingClientRect();
    return { width: r.width, off: Math.hypot(r.left + r.width / 2 - at.x, r.top + r.height / 2 - at.y) };
  }, code);

/** Scrolls the figure point (x, y) of the current view to mid-screen and returns where it is. */
const onScreen = (page, x, y) =>
  page.evaluate(([x, y]) => {
    const svg = document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="map"]');
    const at = () => new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
    window.scrollBy(0, at().y - window.innerHeight / 2);
    return { x: at().x, y: at().y };
  }, [x, y]);

test('the side view shows the lateral points, at the positions the catalog computes', async () => {
  const { page } = await open(browser, '/');
  await page.locator('acu-map [data-testid="tab-side"]').click();
  assert.deepEqual(await markerCodes(page), ['BL60', 'GB30', 'GB34']);
  // The acu-select detail carries the catalog's positions; the marker is drawn there.
  await record(page);
  await page.locator('acu-map [data-testid="marker-GB34"] .hit').first().click();
  const { detail } = (await events(page)).find((e) => e.type === 'acu-select');
  const drawn = await markerPositions(page, 'GB34');
  assert.equal(drawn.length, detail.views.side.length);
  drawn.forEach(([x, y], i) => {
    assert.ok(Math.abs(x - detail.views.side[i][0]) < 0.01 && Math.abs(y - detail.views.side[i][1]) < 0.01);
  });
  await page.close();
});

test('the landmark overlay shows landmarks and cun scales, and switches off', async () => {
  const { page } = await open(browser, '/');
  // With no point selected, every landmark (the clinic page opens on GB30).
  await page.evaluate(() => document.querySelector('acu-map').clear());
  const toggle = page.locator('acu-map [data-testid="overlay"]');
  assert.equal(await page.locator('acu-map [data-testid="overlay-layer"]').count(), 0);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const layer = page.locator('acu-map [data-testid="overlay-layer"]');
  await layer.waitFor(); // its code comes on first use (src/ui/lazy.rs)
  for (const name of ['L2', 'L4', 'sacral-hiatus', 'greater-trochanter', 'scapula-medial-border']) {
    assert.equal(await layer.locator(`[data-landmark="${name}"]`).count(), 1, name);
  }
  // Each landmark is named in words, not by its key (points/vocabulary.toml, [landmark]).
  const named = await layer.locator('.landmark').evaluateAll((marks) => marks.map((m) => [m.dataset.landmark, m.querySelector('text').textContent]));
  assert.ok(named.length > 20);
  // (A name that would overlap another waits for the reader to zoom in.)
  const written = named.filter(([, label]) => label);
  assert.ok(written.length > 15, `${written.length} names written`);
  for (const [key, label] of written) assert.ok(label !== key && /^[A-Z0-9]/.test(label) && !/-[a-z]/.test(label), `${key}: ${label}`);
  assert.deepEqual(Object.fromEntries(named.filter(([k]) => k === 'vertex')), { vertex: 'Vertex' });
  const scales = await layer.locator('.scale text').allTextContents();
  assert.ok(scales.includes('6 B-cun'), `the scapular scale: ${scales}`);
  assert.ok(scales.includes('16 B-cun'), `the lower-leg scale: ${scales}`);
  await page.locator('acu-map [data-testid="tab-front"]').click();
  // Every name written stays on the map: one at the figure's right edge is written leftward.
  const map = await page.locator('acu-map [data-testid="map"]').boundingBox();
  const boxes = await layer.locator('.landmark text').evaluateAll((ts) => ts.filter((t) => t.textContent).map((t) => { const b = t.getBoundingClientRect(); return [t.textContent, b.left, b.right, t.getAttribute('text-anchor')]; }));
  assert.ok(boxes.some(([, , , anchor]) => anchor === 'end'), 'some names are written leftward');
  for (const [name, left, right] of boxes) assert.ok(left >= map.x - 1 && right <= map.x + map.width + 1, `${name}: ${left}..${right}, the map ${map.x}..${map.x + map.width}`);
  const front = await layer.locator('.scale text').allTextContents();
  assert.ok(front.includes('8 B-cun') && front.includes('5 B-cun'), `abdominal scales: ${front}`);
  // The forearm's three 12 B-cun scales lie side by side: each label is written clear of the
  // others, and of every landmark name.
  assert.equal(front.filter((t) => t === '12 B-cun').length, 3, `forearm scales: ${front}`);
  const texts = await layer.locator('.scale text, .landmark text').evaluateAll((ts) =>
    ts.filter((t) => t.textContent).map((t) => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, t.textContent]; }));
  const apart = (a, b) => a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
  const covering = texts.flatMap((a, i) => texts.slice(i + 1).filter((b) => !apart(a, b)).map((b) => `${a[4]} / ${b[4]}`));
  assert.deepEqual(covering, [], 'scale labels and landmark names');
  await toggle.click();
  assert.equal(await page.locator('acu-map [data-testid="overlay-layer"]').count(), 0);
  await page.close();
});

test('with a point selected the overlay shows what its recipe measures from, named, in the reader\'s language', async () => {
  for (const [lang, name] of [['en', 'Greater trochanter'], ['zh-Hans', '股骨大转子']]) {
    const { page } = await open(browser, '/');
    await page.evaluate((lang) => { document.querySelector('acu-map').lang = lang; }, lang);
    await page.locator('acu-map [data-testid="tab-back"]').click();
    await page.locator('acu-map [data-testid="overlay"]').click();
    const layer = page.locator('acu-map [data-testid="overlay-layer"]');
    await layer.waitFor();
    // No point selected (the clinic page opens on GB30: clear it): every landmark of the view.
    await page.evaluate(() => document.querySelector('acu-map').clear());
    await page.locator('acu-map [data-testid="overlay-layer"][data-guide="false"]').waitFor();
    const all = await layer.locator('.landmark').count();
    assert.ok(all > 20, `${all} landmarks`);
    // Names that would overlap are left out until one zooms in; none overlaps another.
    const boxes = await layer.locator('.landmark text').evaluateAll((texts) =>
      texts.filter((t) => t.textContent).map((t) => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, t.textContent]; }));
    const overlap = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    const overlapping = boxes.flatMap((a, i) => boxes.filter((b, j) => i < j && overlap(a, b)).map((b) => `${a[4]} / ${b[4]}`));
    assert.deepEqual(overlapping, [], `${lang}: landmark names overlap`);
    // GB30: a third of the way from the greater trochanter to the sacral hiatus.
    await page.evaluate(() => document.querySelector('acu-map').select('GB30'));
    await page.locator('acu-map [data-testid="overlay-layer"][data-guide="true"]').waitFor();
    const guide = await layer.locator('.landmark').evaluateAll((marks) => marks.map((m) => [m.dataset.landmark, m.querySelector('text').textContent]));
    assert.deepEqual(guide.map(([key]) => key).sort(), ['greater-trochanter', 'sacral-hiatus']);
    assert.ok(guide.some(([, label]) => label === name), JSON.stringify(guide));
    assert.ok(guide.every(([, label]) => label), 'both are named');
    // GB30 lies between the two: neither name is written over the other or over GB30's code.
    const written = await page.evaluate(() => {
      const root = document.querySelector('acu-map').shadowRoot;
      return [...root.querySelectorAll('.overlay .landmark text, .selected-code .label')].map((t) => {
        const r = t.getBoundingClientRect();
        return [r.left, r.top, r.right, r.bottom, t.textContent];
      });
    });
    assert.equal(written.length, 3, JSON.stringify(written));
    const covering = written.flatMap((a, i) => written.filter((b, j) => i < j && overlap(a, b)).map((b) => `${a[4]} / ${b[4]}`));
    assert.deepEqual(covering, [], `${lang}: GB30's landmark names`);
    // Each name stands by a mark the map leaves in sight: the greater trochanter's on the side
    // where GB30's code does not lie over it.
    const marks = await page.evaluate(() => {
      const root = document.querySelector('acu-map').shadowRoot;
      const code = root.querySelector('.selected-code .label').getBoundingClientRect();
      const middle = (r) => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
      const distance = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1]);
      return [...root.querySelectorAll('.overlay .landmark')].map((g) => {
        const name = middle(g.querySelector('text').getBoundingClientRect());
        const [mark] = [...g.querySelectorAll('path')].map((p) => p.getBoundingClientRect())
          .sort((a, b) => distance(middle(a), name) - distance(middle(b), name));
        const covered = mark.left < code.right && code.left < mark.right && mark.top < code.bottom && code.top < mark.bottom;
        return `${g.dataset.landmark} ${covered ? 'under the code' : 'in sight'}`;
      });
    });
    assert.deepEqual(marks.sort(), ['greater-trochanter in sight', 'sacral-hiatus in sight'], lang);
    await page.close();
  }
});

test('meridian paths join a meridian\'s points, one per side, and the legend names them', async () => {
  const { page } = await open(browser, '/');
  assert.equal(await page.locator('acu-map path.path[data-meridian="BL"]').count(), 2, 'left and right Bladder lines');
  const legend = await page.locator('acu-map [data-testid="legend"] li').allInnerTexts();
  assert.ok(legend.some((l) => l.includes('BL') && l.includes('Bladder')), legend.join('|'));
  // Dash patterns differ between meridians, so colour is not the only signal.
  const dashes = await page.evaluate(() => {
    const root = document.querySelector('acu-map').shadowRoot;
    const style = (m) => getComputedStyle(root.querySelector(`.legend .path.m-${m}`)).strokeDasharray;
    return [style('BL'), style('GB'), style('LI')];
  });
  assert.equal(new Set(dashes).size, 3, dashes.join(' / '));
  await page.close();
});

test('on a phone a legend entry too long for its line wraps as text, under its name, the code whole', async () => {
  const { page } = await open(browser, '/study.html', { width: 390, height: 800 });
  const entries = await page.locator('acu-map [data-testid="legend"] li').evaluateAll((lis) => lis.map((li) => {
    const line = li.querySelector('.legend-line').getBoundingClientRect();
    const code = li.querySelector('.code').getBoundingClientRect();
    const count = li.querySelector('.count').getBoundingClientRect();
    // The meridian's name: the text between the code and the count.
    const range = document.createRange();
    range.setStartAfter(li.querySelector('.code'));
    range.setEndBefore(li.querySelector('.count'));
    const name = [...range.getClientRects()].filter((r) => r.width > 0);
    const last = name.at(-1);
    const sameLine = Math.abs(count.top - last.top) < 4;
    return {
      entry: li.textContent,
      wraps: li.getBoundingClientRect().height > 1.5 * count.height,
      // (The code's box, one line high as the count's is, or higher.)
      codeLines: Math.round(code.height / count.height),
      // Right after the name, or at the start of the next line, under the code.
      countAfterName: sameLine ? count.left - last.right >= 0 && count.left - last.right < 12 : count.top > last.top && Math.abs(count.left - code.left) < 1,
      // Every line of the name under the code, none under the meridian's line.
      underTheCode: name.every((r) => r.left >= code.left - 1),
      lineBeforeCode: line.right <= code.left,
    };
  }));
  assert.ok(entries.some((e) => e.wraps), 'an entry wraps at this width');
  for (const e of entries) {
    assert.deepEqual([e.codeLines, e.countAfterName, e.underTheCode, e.lineBeforeCode], [1, true, true, true], JSON.stringify(e));
  }
  await page.close();
});

test('filters narrow the list and the map alike, and clear', async () => {
  const { page } = await open(browser, '/');
  const list = () => page.locator('acu-map [data-testid="list"] [role="option"]:not([hidden])').evaluateAll((bs) => bs.map((b) => b.dataset.testid.slice(5)).sort());
  await page.locator('acu-map [data-testid="filter-meridian"]').selectOption('GB');
  assert.deepEqual(await list(), ['GB30', 'GB34']);
  assert.deepEqual(await markerCodes(page), ['GB30'], 'the back view draws only GB30');
  assert.equal(await page.locator('acu-map path.path[data-meridian="BL"]').count(), 0);
  await page.locator('acu-map [data-testid="filter-meridian"]').selectOption('');
  await page.locator('acu-map [data-testid="filter-region"]').selectOption('lower-back');
  assert.deepEqual(await list(), ['BL23', 'BL25']);
  await page.locator('acu-map [data-testid="filter-region"]').selectOption('');
  await page.locator('acu-map [data-testid="filter-condition"]').selectOption('sciatica');
  const sciatica = await list();
  assert.ok(sciatica.includes('GB30') && sciatica.length < 9, sciatica.join());
  await page.locator('acu-map button.clear').click();
  assert.equal((await list()).length, 9);
  // The search narrows the map too; the selected point (the page's GB30) stays marked.
  await typeSearch(page.locator('acu-map [data-testid="search"]'), 'BL2');
  assert.deepEqual(await markerCodes(page), ['BL23', 'BL25', 'GB30']);
  assert.equal(await page.locator('acu-map g.point.selected:not([hidden])').getAttribute('data-code'), 'GB30');
  await page.close();
});

test('on a map drawn small (a phone upright, then on its side) the markers and codes keep their size on screen', async () => {
  const { page, seen } = await open(browser, '/', { width: 390, height: 844 }, { isMobile: true, hasTouch: true });
  // Each marker's ring (r 5.5) and hit circle across, each code's height, in CSS pixels, and
  // the figure's pixels a unit (the <svg> draws the viewBox to fit).
  const read = () => page.evaluate(() => {
    const svg = document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="map"]');
    const across = (sel) => [...svg.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().width);
    const r = svg.getBoundingClientRect();
    const box = svg.viewBox.baseVal;
    return {
      unit: Math.min(r.width / box.width, r.height / box.height),
      // (The selected point's ring is larger.)
      rings: across('g.point:not([hidden]):not(.selected) .ring'),
      hits: across('g.point:not([hidden]) .hit'),
      codes: [...svg.querySelectorAll('g.point:not([hidden]) .label')].map((t) => t.getBoundingClientRect().height),
      // The markers whose centre a tap would not reach: another marker's circle over it.
      covered: [...svg.querySelectorAll('g.point:not([hidden]) .dot')].filter((dot) => {
        dot.scrollIntoView({ block: 'center' });
        const c = dot.getBoundingClientRect();
        const hit = svg.getRootNode().elementFromPoint(c.x + c.width / 2, c.y + c.height / 2);
        return hit?.closest('.point') !== dot.closest('.point');
      }).map((dot) => dot.closest('.point').dataset.code),
    };
  });
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  for (const [width, height] of [[390, 844], [844, 390]]) {
    await page.setViewportSize({ width, height });
    await frames();
    const drawn = await read();
    const at = `${width}×${height}: ${JSON.stringify(drawn)}`;
    // The figure is drawn smaller than a pixel a unit (80% of the screen's height at most)...
    assert.ok(drawn.unit < 0.85, at);
    // ...and the marks are not: a ring 11 px across, a code as high as its 10 px bold type, a
    // hit circle 18 px across, or halfway to a nearer marker, never over its centre (before,
    // 8.8, 9 and 14 px upright; 4, 4 and 7 on its side).
    assert.ok(drawn.rings.length >= 7 && drawn.rings.every((w) => Math.abs(w - 11) < 0.2), at);
    assert.ok(drawn.codes.length >= 3 && drawn.codes.every((h) => h >= 10.5), at);
    assert.ok(drawn.hits.every((w) => w > 13.8 && w < 18.2) && drawn.hits.filter((w) => w > 17.8).length >= drawn.hits.length / 2, at);
    assert.deepEqual(drawn.covered, [], at);
  }
  // Zoomed in, they keep that size.
  await page.locator('acu-map [data-testid="zoom-in"]').click();
  await frames();
  const zoomed = await read();
  assert.ok(zoomed.rings.every((w) => Math.abs(w - 11) < 0.2), JSON.stringify(zoomed));
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('zoom and pan by buttons, keyboard, wheel and drag; markers keep their labels', async () => {
  const { page } = await open(browser, '/');
  const map = page.locator('acu-map [data-testid="map"]');
  const scale = async () => Number(await map.getAttribute('data-scale'));
  const viewBox = async () => (await map.getAttribute('viewBox')).split(' ').map(Number);
  await page.locator('acu-map [data-testid="zoom-in"]').click();
  assert.equal(await scale(), 1.5);
  await page.locator('acu-map [data-testid="zoom-reset"]').click();
  assert.equal(await scale(), 1);
  const code = (await markerCodes(page))[0];
  const ring = await ringOnScreen(page, code);
  await map.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  assert.equal(await scale(), 2.25);
  // Markers keep their size on screen, centred on their point, at any zoom.
  const zoomedRing = await ringOnScreen(page, code);
  assert.ok(Math.abs(zoomedRing.width - ring.width) < 0.5, `ring ${ring.width} px wide, zoomed ${zoomedRing.width} px`);
  assert.ok(ring.off < 0.5 && zoomedRing.off < 0.5, `ring centred on ${code}: ${ring.off}, zoomed ${zoomedRing.off} px off`);
  const before = await viewBox();
  await page.keyboard.press('ArrowDown');
  assert.ok((await viewBox())[1] > before[1], 'arrow keys pan');
  await page.keyboard.press('0');
  assert.equal(await scale(), 1);
  const box = await map.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.4);
  // The wheel alone scrolls the page past the map, which says what zooms it; Ctrl and the
  // wheel (or a touchpad's pinch, sent so) zoom.
  const scrolled = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 100);
  await page.waitForFunction((y) => scrollY > y, scrolled);
  assert.equal(await scale(), 1);
  assert.match(await page.locator('acu-map [data-testid="gesture-hint"]').innerText(), /hold Ctrl \(⌘ on a Mac\) as you scroll/);
  await page.locator('acu-map [data-testid="gesture-hint"]').waitFor({ state: 'detached' });
  await page.evaluate((y) => scrollTo(0, y), scrolled);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await page.waitForFunction(() => Number(document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="map"]').dataset.scale) > 1);
  assert.equal(await page.evaluate(() => scrollY), scrolled, 'Ctrl and the wheel zoom the map, not the page');
  const wheelRing = await ringOnScreen(page, code);
  assert.ok(Math.abs(wheelRing.width - ring.width) < 0.5, `a wheel's notch keeps the markers' size at once: ${ring.width}, ${wheelRing.width} px`);
  const zoomed = await viewBox();
  // Drag from an empty spot of the frame to pan.
  await page.mouse.move(box.x + 10, box.y + box.height - 10);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + box.height - 80, { steps: 5 });
  await page.mouse.up();
  const dragged = await viewBox();
  // The figure follows the pointer: right and up moves the view box left and down.
  assert.ok(dragged[0] < zoomed[0] && dragged[1] > zoomed[1], `drag pans: ${zoomed} → ${dragged}`);
  // Labels: every marker with room for one has its code beside it (collisions: tests/viewport).
  await page.keyboard.press('0');
  const labels = await page.locator('acu-map [data-testid="map"] text.label').allTextContents();
  assert.deepEqual(labels.sort(), await markerCodes(page));
  await page.close();
});

test('labels: as many as fit by default, every one with "all", none with "none"; an unknown value says which exist', async () => {
  const { page, seen } = await open(browser, '/study.html');
  const widget = page.locator('acu-map').first();
  const count = (what) => widget.locator(`g.point:not([hidden]) ${what}`).count();
  const markers = await widget.locator('g.point:not([hidden])').count();
  const fitting = await count('text.label');
  assert.ok(markers > 100 && fitting > 0 && fitting < markers, `${fitting} of ${markers} labelled`);
  const set = (value) => widget.evaluate((el, v) => el.setAttribute('labels', v), value);
  await set('all');
  await page.waitForFunction((n) => document.querySelector('acu-map').shadowRoot.querySelectorAll('g.point:not([hidden]) text.label').length === n, markers);
  // Every code written stays within the figure's view box: one at its right edge (the hand's
  // points) is written leftward of its marker.
  const sides = await widget.evaluate((el) => {
    const svg = el.shadowRoot.querySelector('[data-testid="map"]');
    const [x, , w] = svg.getAttribute('viewBox').split(' ').map(Number);
    const ctm = svg.getScreenCTM();
    const [left, right] = [ctm.a * x + ctm.e, ctm.a * (x + w) + ctm.e];
    return [...svg.querySelectorAll('g.point:not([hidden]) text.label')].map((t) => {
      const b = t.getBoundingClientRect();
      return { code: t.textContent, inside: b.left >= left - 1 && b.right <= right + 1, leftward: t.getAttribute('text-anchor') === 'end' };
    });
  });
  assert.deepEqual(sides.filter((s) => !s.inside).map((s) => s.code), [], 'codes cut at the figure\'s edge');
  assert.ok(sides.some((s) => s.leftward), 'some codes are written leftward');
  await set('none');
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelectorAll('g.point:not([hidden]) text.label').length === 0);
  await set('some');
  const notice = await widget.locator('[data-testid="notice"]').innerText();
  assert.match(notice, /“some”.*labels.*auto, none, all.*using auto/s);
  await page.waitForFunction((n) => document.querySelector('acu-map').shadowRoot.querySelectorAll('g.point:not([hidden]) text.label').length === n, fitting);
  assert.ok(seen.warnings.some((w) => w.includes('some')), 'a console warning names the value');
  await page.close();
});

test('a view switch shows the new tab and figure in the next frame and the new markers one frame later, never the last view\'s on the new figure', async () => {
  const { page } = await open(browser, '/study.html');
  const frames = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('acu-map');
    const root = el.shadowRoot;
    const look = () => ({
      tab: root.querySelector('[role="tab"][aria-selected="true"]').dataset.testid,
      figure: root.querySelector('[data-testid="map"]').dataset.view,
      marks: getComputedStyle(root.querySelector('.points')).display,
      paths: getComputedStyle(root.querySelector('.paths')).display,
      BL23: !!root.querySelector('[data-testid="marker-BL23"]'),
    });
    el.view = 'back';
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    (async () => {
      await frame();
      const first = look();
      while (getComputedStyle(root.querySelector('.points')).display === 'none') await frame();
      resolve([first, look()]);
    })();
  }));
  assert.deepEqual(frames, [
    { tab: 'tab-back', figure: 'back', marks: 'none', paths: 'none', BL23: false },
    { tab: 'tab-back', figure: 'back', marks: 'inline', paths: 'inline', BL23: true },
  ]);
  await page.close();
});

test('changing the view resets the zoom, and a point on another view offers that view', async () => {
  const { page } = await open(browser, '/');
  await page.locator('acu-map [data-testid="zoom-in"]').click();
  await page.locator('acu-map [data-testid="tab-front"]').click();
  assert.equal(await page.locator('acu-map [data-testid="map"]').getAttribute('data-scale'), '1');
  // GB30 (selected by the page) is not on the front view: its card offers the back view.
  const offer = page.locator('acu-map .elsewhere button');
  assert.match(await offer.innerText(), /back view/);
  await offer.click();
  assert.equal(await page.locator('acu-map [data-testid="map"]').getAttribute('data-view'), 'back');
  await page.close();
});

test('close-ups: a tab each, and a click on a crowded area of the figure offers its close-up', async () => {
  const { page } = await open(browser, '/');
  const tabs = await page.locator('acu-map [role="tab"]').evaluateAll((ts) => ts.map((t) => t.dataset.testid.slice(4)));
  assert.deepEqual(tabs, ['front', 'back', 'side', 'head-front', 'head-side', 'hand-palm', 'hand-back', 'foot-top', 'foot-medial', 'foot-lateral', 'foot-sole']);
  // On the back view, click the right hand's fingers (away from the LI4 marker).
  const map = page.locator('acu-map [data-testid="map"]');
  const fingers = await onScreen(page, 300, 496);
  await page.mouse.click(fingers.x, fingers.y);
  const offer = page.locator('acu-map [data-testid="closeup-offer"]');
  assert.match(await offer.innerText(), /Back of hand/);
  // The click focused the map: Escape dismisses the offer, and so does its × button.
  await page.keyboard.press('Escape');
  assert.equal(await offer.count(), 0);
  await page.mouse.click(fingers.x, fingers.y);
  await offer.locator('.dismiss').click();
  assert.equal(await offer.count(), 0);
  await page.mouse.click(fingers.x, fingers.y);
  await offer.locator('.offer-open').click();
  assert.equal(await map.getAttribute('data-view'), 'hand-back');
  assert.deepEqual(await markerCodes(page), ['LI4']);
  assert.equal((await markerPositions(page, 'LI4')).length, 1, 'one hand, one position');
  // The close-up's own view box.
  assert.equal(await map.getAttribute('viewBox'), '0 0 300 440');
  // A click on the trunk offers nothing.
  await page.locator('acu-map [data-testid="tab-back"]').click();
  const trunk = await onScreen(page, 180, 250);
  await page.mouse.click(trunk.x, trunk.y);
  assert.equal(await offer.count(), 0);
  await page.close();
});

test('the leg close-ups place SP6, GB34 and BL60 by the same recipes', async () => {
  const { page } = await open(browser, '/');
  await page.locator('acu-map [data-testid="tab-foot-medial"]').click();
  assert.deepEqual(await markerCodes(page), ['SP6']);
  await page.locator('acu-map [data-testid="tab-foot-lateral"]').click();
  assert.deepEqual(await markerCodes(page), ['BL60', 'GB34']);
  await page.locator('acu-map [data-testid="tab-head-front"]').click();
  assert.deepEqual(await markerCodes(page), [], 'none of the nine points is on the face');
  await page.close();
});

test('a two-finger pinch zooms the map; the markers keep their size on screen once the fingers lift', async () => {
  const { page } = await open(browser, '/');
  const { scale, before, during, after } = await page.evaluate(async () => {
    const svg = document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="map"]');
    // The scale a marker's site is drawn at (the inverse of the map's zoom times its size on
    // screen, once it follows it).
    const site = () => Number(svg.querySelector('g.point:not([hidden]) > g').getAttribute('transform').match(/scale\(([-\d.]+)\)/)?.[1] ?? 1);
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // A marker's ring on screen, in CSS pixels.
    const ring = () => svg.querySelector('g.point:not([hidden]) .ring').getBoundingClientRect().width;
    const before = { site: site(), ring: ring() };
    const r = svg.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const fire = (type, id, x) =>
      svg.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX: x, clientY: cy, bubbles: true, pointerType: 'touch', isPrimary: id === 1 }));
    fire('pointerdown', 1, cx - 20);
    fire('pointerdown', 2, cx + 20);
    // The second finger moves away: the distance between the fingers grows from 40 to 100 px.
    for (const x of [cx + 40, cx + 60, cx + 80]) fire('pointermove', 2, x);
    await frame();
    // While the fingers are down only the view box follows them (the markers grow with it).
    const during = site();
    fire('pointerup', 1, cx - 20);
    fire('pointerup', 2, cx + 80);
    await frame();
    return { scale: Number(svg.dataset.scale), before, during, after: { site: site(), ring: ring() } };
  });
  assert.ok(scale > 2, `pinched out to ${scale}`);
  assert.equal(during, before.site, 'the markers wait for the pinch to end');
  assert.ok(Math.abs(after.site * scale - before.site) < 0.01 && Math.abs(after.ring - before.ring) < 0.1, `then keep their size on screen: ${JSON.stringify({ before, after })} at ${scale}`);
  await page.close();
});

test('a run of Ctrl + wheel events (a touchpad\'s pinch): the first zooms the markers too, the rest only the map until the run ends', async () => {
  const { page } = await open(browser, '/');
  const sites = await page.evaluate(async () => {
    const svg = document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="map"]');
    const site = () => Number(svg.querySelector('g.point:not([hidden]) > g').getAttribute('transform').match(/scale\(([-\d.]+)\)/)?.[1] ?? 1);
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const ring = () => svg.querySelector('g.point:not([hidden]) .ring').getBoundingClientRect().width;
    const read = () => ({ site: site(), scale: Number(svg.dataset.scale), ring: ring() });
    const before = read();
    const r = svg.getBoundingClientRect();
    const wheel = () => svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -40, ctrlKey: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true }));
    wheel();
    await frame();
    const first = read();
    for (let i = 0; i < 4; i++) wheel();
    await frame();
    const during = read();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await frame();
    return { before, first, during, after: read() };
  });
  // A marker keeps its size on screen: its site shrinks as the map zooms in, its ring the same.
  const keeps = ({ site, scale, ring }) => Math.abs(site * scale - sites.before.site) < 0.01 && Math.abs(ring - sites.before.ring) < 0.1;
  assert.ok(sites.first.scale > 1 && keeps(sites.first), `the first event: ${JSON.stringify(sites.first)}`);
  assert.ok(sites.during.scale > sites.first.scale && sites.during.site === sites.first.site, `the rest of the run: ${JSON.stringify(sites.during)}`);
  assert.ok(sites.after.scale === sites.during.scale && keeps(sites.after), `once it ends: ${JSON.stringify(sites.after)}`);
  await page.close();
});

test('on a touch screen one finger scrolls the page past the map, which says to use two; two fingers pinch and pan the map, not the page', async () => {
  const { page } = await open(browser, '/', { width: 390, height: 800 }, { hasTouch: true, isMobile: true });
  const cdp = await page.context().newCDPSession(page);
  const map = page.locator('acu-map [data-testid="map"]');
  await map.scrollIntoViewIfNeeded();
  const read = () => page.evaluate(() => {
    const svg = document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="map"]');
    return { scrollY: Math.round(scrollY), scale: Number(svg.dataset.scale), viewBox: svg.getAttribute('viewBox') };
  });
  const box = await map.boundingBox();
  const [cx, cy] = [box.x + box.width / 2, Math.min(box.y + box.height / 2, 500)];
  // Real touches through the browser's input pipeline, so `touch-action` and scrolling apply.
  const gesture = async (frames) => {
    const points = (f) => f.map(([x, y], id) => ({ x, y, id }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(frames[0]) });
    for (const f of frames.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(f) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const steps = (n, f) => Array.from({ length: n + 1 }, (_, i) => f(i / n));
  const start = await read();
  await gesture(steps(20, (t) => [[cx, cy - 150 * t], [cx + 60, cy - 150 * t]]));
  assert.deepEqual(await read(), start, 'two fingers moving over the map at full view: neither page nor map moves');
  await gesture(steps(15, (t) => [[cx - 20 - 60 * t, cy], [cx + 20 + 60 * t, cy]]));
  const pinched = await read();
  assert.ok(pinched.scale > 1.5 && pinched.scrollY === start.scrollY, `a pinch zooms the map: ${JSON.stringify(pinched)}`);
  await gesture(steps(20, (t) => [[cx - 30, cy + 80 * t], [cx + 30, cy + 80 * t]]));
  const panned = await read();
  assert.ok(panned.viewBox !== pinched.viewBox && panned.scale === pinched.scale && panned.scrollY === start.scrollY, `two fingers pan: ${JSON.stringify(panned)}`);
  await gesture(steps(20, (t) => [[cx, cy - 200 * t]]));
  await page.waitForFunction((y) => scrollY > y + 50, start.scrollY);
  assert.equal((await read()).viewBox, panned.viewBox, 'one finger leaves the map as it is');
  assert.equal(await page.locator('acu-map [data-testid="gesture-hint"]').innerText(), 'Use two fingers to move the map');
  await page.close();
});

/** Every site of the markers shown, where it is on screen (its code, x, y, and whether it is
 * in the window). */
const sitesOnScreen = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('acu-map').shadowRoot;
    const svg = root.querySelector('[data-testid="map"]');
    return [...root.querySelectorAll('g.point:not([hidden]) > g')].map((g) => {
      const [fx, fy] = g.getAttribute('transform').match(/translate\(([-\d.]+) ([-\d.]+)\)/).slice(1, 3).map(Number);
      const at = new DOMPoint(fx, fy).matrixTransform(svg.getScreenCTM());
      return { code: g.parentElement.dataset.code, x: at.x, y: at.y, inView: at.x > 0 && at.x < innerWidth && at.y > 0 && at.y < innerHeight };
    });
  });

/** The markers shown with a site within `reach` screen pixels of (x, y), nearest first. */
const markersNear = async (page, x, y, reach) => {
  const nearest = new Map();
  for (const s of await sitesOnScreen(page)) {
    const d = Math.hypot(s.x - x, s.y - y);
    if (d <= reach && !(nearest.get(s.code) <= d)) nearest.set(s.code, d);
  }
  return [...nearest].sort((a, b) => a[1] - b[1]).map(([code]) => code);
};

test('a click on a crowded marker\'s centre chooses that marker, whichever is drawn over it; on markers drawn on one another it asks which', async () => {
  const { page } = await open(browser, '/study.html');
  await markerCodes(page);
  await page.locator('acu-map [data-testid="map"]').scrollIntoViewIfNeeded();
  const sites = () => sitesOnScreen(page);
  const all = await sites();
  // Sites on screen with another marker nearer than a ring's width (11 px): the face, the
  // wrists, the feet and the belly's midline of the study page's front view. (Markers within
  // 2 px of each other, which the map asks about: below.)
  const apart = (s) => Math.min(...all.filter((t) => t.code !== s.code).map((t) => Math.hypot(t.x - s.x, t.y - s.y)));
  const crowded = all.flatMap((s, i) => (s.inView && apart(s) > 2.5 && apart(s) < 11 ? [i] : []));
  assert.ok(crowded.length > 20, `crowded markers: ${crowded.length}`);
  // Every fifth of them, clicked at its centre (read again: the card's coming moves the page):
  // its own card.
  const missed = [];
  for (const i of crowded.filter((_, k) => k % 5 === 0)) {
    const site = (await sites())[i];
    await page.mouse.click(site.x, site.y);
    const code = await page.locator('acu-map [data-testid="card-code"]').innerText();
    if (code !== site.code) missed.push(`${site.code} chose ${code}`);
  }
  assert.deepEqual(missed, []);
  // KI7 and KI8 share a place on the front view: a click there asks which, as a tap does.
  const ki8 = (await sites()).find((s) => s.code === 'KI8');
  await page.mouse.click(ki8.x, ki8.y);
  const chooser = page.locator('acu-map [data-testid="chooser"]');
  const offered = await chooser.locator('button.choice').evaluateAll((bs) => bs.map((b) => b.dataset.code));
  assert.ok(offered.includes('KI7') && offered.includes('KI8'), `offered: ${offered}`);
  // The choice under the pointer lights its marker.
  await chooser.getByRole('button', { name: /^KI7 / }).hover();
  const lit = () => page.evaluate(() => [...document.querySelector('acu-map').shadowRoot.querySelectorAll('.point[data-pointed]')].map((p) => p.dataset.code));
  assert.deepEqual(await lit(), ['KI7']);
  await chooser.getByRole('button', { name: /^KI8 / }).hover();
  assert.deepEqual(await lit(), ['KI8']);
  await chooser.getByRole('button', { name: /^KI7 / }).click();
  await page.locator('acu-map [data-testid="card-code"]', { hasText: 'KI7' }).waitFor();
  await page.close();
});

test('a finger\'s tap among crowded markers asks which point it meant, in the reader\'s language (in study mode by numbers); a mouse takes the one under it', async () => {
  const { page } = await open(browser, '/study.html', { width: 390, height: 844 }, { hasTouch: true, isMobile: true });
  const widget = page.locator('acu-map');
  const chooser = widget.locator('[data-testid="chooser"]');
  await widget.locator('[data-testid="map"]').scrollIntoViewIfNeeded();
  const [x, y] = (await markerPositions(page, 'CV12'))[0];
  const at = await onScreen(page, x, y);
  await page.touchscreen.tap(at.x, at.y);
  await chooser.waitFor();
  const offered = await chooser.locator('button.choice').evaluateAll((bs) => bs.map((b) => b.dataset.code));
  // Every marker within a finger's reach (14 px), nearest first; the belly's midline is crowded.
  const near = await markersNear(page, at.x, at.y, 14);
  assert.ok(near.length > 1, `crowded here: ${JSON.stringify(near)}`);
  assert.deepEqual(offered, near.slice(0, 6));
  assert.equal(offered[0], 'CV12');
  assert.match(await chooser.innerText(), /^Which point did you mean\?\s+CV12 Zhōngwǎn\s+/);
  // Nothing chosen yet; the question has the focus; the other markers step back.
  assert.equal(await widget.locator('[data-testid="card-code"]').count(), 0);
  const look = () => page.evaluate((codes) => {
    const root = document.querySelector('acu-map').shadowRoot;
    const opacity = (code) => getComputedStyle(root.querySelector(`[data-testid="marker-${code}"]`)).opacity;
    // The markers lit as the choice under the focus or the pointer, and how wide their rings.
    const pointed = [...root.querySelectorAll('.point[data-pointed]')];
    const lit = pointed.map((p) => `${p.dataset.code} ${getComputedStyle(p.querySelector('.ring')).strokeWidth}`);
    return { focus: root.activeElement?.dataset.code, candidate: opacity(codes[1]), other: opacity('LU1'), lit };
  }, offered);
  assert.deepEqual(await look(), { focus: 'CV12', candidate: '1', other: '0.25', lit: ['CV12 4px'] });
  // The choice under the focus lights its marker, the one before goes back.
  await chooser.locator('button.choice').nth(1).focus();
  assert.deepEqual((await look()).lit, [`${offered[1]} 4px`]);
  // The second choice is taken: its card, the bar under the map, the keyboard on its marker.
  await chooser.locator('button.choice').nth(1).tap();
  await widget.locator('[data-testid="card-code"]', { hasText: offered[1] }).waitFor();
  assert.equal(await chooser.count(), 0);
  assert.match(await widget.locator('[data-testid="peek"]').innerText(), new RegExp(`^${offered[1]}\\s`));
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').shadowRoot.activeElement?.dataset.code), offered[1]);
  assert.deepEqual((await look()).lit, [], 'no marker stays lit once the question is left');
  // Asked again: Escape leaves the question for the map; so does a zoom.
  await page.touchscreen.tap(at.x, at.y);
  await chooser.waitFor();
  await page.keyboard.press('Escape');
  await chooser.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').shadowRoot.activeElement?.dataset.testid), 'map');
  await page.touchscreen.tap(at.x, at.y);
  await chooser.waitFor();
  await widget.locator('[data-testid="zoom-in"]').tap();
  await chooser.waitFor({ state: 'detached' });
  // In Chinese, the question and the names are Chinese.
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('lang', 'zh-Hans'));
  await widget.locator('[data-testid="zoom-reset"]').tap();
  await markerCodes(page);
  const zh = await onScreen(page, x, y);
  await page.touchscreen.tap(zh.x, zh.y);
  await chooser.waitFor();
  assert.match(await chooser.innerText(), /^您指的是哪个穴位？\s+CV12 中脘\s+/);
  // Study mode names no point: it asks by numbers, on the buttons and beside the markers.
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('mode', 'study'));
  await widget.locator('[data-testid="map"]').waitFor();
  await markerCodes(page);
  const quiz = await onScreen(page, x, y);
  await page.touchscreen.tap(quiz.x, quiz.y);
  await chooser.waitFor();
  const choices = chooser.locator('button.choice');
  const count = await choices.count();
  assert.ok(count > 1, `${count} choices`);
  const numbers = [...Array(count)].map((_, i) => String(i + 1));
  assert.deepEqual(await choices.allInnerTexts(), numbers);
  assert.deepEqual(await choices.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label'))), numbers.map((n) => `标记 ${n}`));
  assert.doesNotMatch(await chooser.innerText(), /CV|中脘|Zhōng/);
  const study = await choices.evaluateAll((bs) => bs.map((b) => b.dataset.code));
  // Each marker offered has its number on the map, on a line from one of its sites, and the
  // numbers cover none of one another.
  const written = () => page.evaluate(() => {
    const root = document.querySelector('acu-map').shadowRoot;
    const translate = (el) => el.getAttribute('transform').replace(/ scale.*/, '');
    return [...root.querySelectorAll('.choice-number')].map((g) => {
      const box = g.querySelector('circle').getBoundingClientRect();
      const from = [...root.querySelectorAll('.point > g[transform]')].filter((site) => translate(site) === translate(g)).map((site) => site.parentElement.dataset.code);
      return { n: g.textContent, from, box: [box.left, box.top, box.right, box.bottom] };
    });
  });
  const drawn = await written();
  assert.deepEqual(drawn.map((d) => d.n).sort(), [...numbers].sort());
  for (const d of drawn) assert.ok(d.from.includes(study[Number(d.n) - 1]), `${d.n} is drawn from ${d.from}, not ${study[Number(d.n) - 1]}`);
  const apart = (a, b) => a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
  for (const [i, a] of drawn.entries()) for (const b of drawn.slice(i + 1)) assert.ok(apart(a.box, b.box), `${a.n} and ${b.n} overlap`);
  await choices.nth(1).tap();
  await widget.locator('[data-testid="quiz"]').waitFor();
  assert.equal(await chooser.count(), 0);
  assert.deepEqual(await written(), [], 'the numbers go with the question');
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').shadowRoot.activeElement?.dataset.code), study[1]);
  await page.close();
  // A mouse points at one marker: CV12, without a question.
  const desk = await open(browser, '/study.html');
  const d = await onScreen(desk.page, x, y);
  await desk.page.mouse.click(d.x, d.y);
  await desk.page.locator('acu-map [data-testid="card-code"]', { hasText: 'CV12' }).waitFor();
  assert.equal(await desk.page.locator('acu-map [data-testid="chooser"]').count(), 0);
  await desk.page.close();
});

test('on a phone a point chosen on the map stays in sight under it, with its cautions and a way to its card; not where the card is beside the map', async () => {
  const { page } = await open(browser, '/', { width: 390, height: 800 }, { hasTouch: true, isMobile: true });
  const widget = page.locator('acu-map');
  const peek = widget.locator('[data-testid="peek"]');
  // The point the page opens on (GB30, its card below the map): its cautions are on the first
  // screen with the map.
  await peek.waitFor();
  assert.match(await peek.innerText(), /^GB30\s+Huántiào\s+Cautions:\s+Major nerve\s+Details/);
  await widget.locator('[data-testid="map"]').scrollIntoViewIfNeeded();
  const ring = await widget.locator('[data-testid="marker-BL40"] .ring').first().boundingBox();
  await page.touchscreen.tap(ring.x + ring.width / 2, ring.y + ring.height / 2);
  await peek.waitFor();
  assert.match(await peek.innerText(), /^BL40\s+Wěizhōng\s+Cautions:\s+Major blood vessel\s+Details/);
  const inSight = (box) => box.y > -1 && box.y + box.height < 801;
  assert.ok(inSight(await peek.boundingBox()), 'on screen with the map');
  const title = widget.locator('#card-title');
  assert.ok(!inSight(await title.boundingBox()), 'the card itself is below the screen');
  await peek.getByRole('button', { name: 'Details' }).tap();
  const brought = await title.boundingBox();
  assert.ok(inSight(brought), `Details brings the card: ${JSON.stringify(brought)}`);
  assert.equal(await page.evaluate(() => document.querySelector('acu-map').shadowRoot.activeElement?.id), 'card-title');
  assert.match(await title.innerText(), /BL40/);
  // The host selects another point: no peek for it.
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('selected', 'GB34'));
  await widget.locator('[data-testid="card-code"]', { hasText: 'GB34' }).waitFor();
  assert.equal(await peek.count(), 0);
  await page.close();
  // Chosen in the list, under which the card is out of sight too: the same, its way up.
  const listed = await open(browser, '/', { width: 390, height: 800 }, { hasTouch: true, isMobile: true });
  await listed.page.locator('acu-map [data-testid="item-LI4"]').tap();
  const under = listed.page.locator('acu-map .list-panel [data-testid="peek"]');
  assert.match(await under.innerText(), /^LI4\s+Hégǔ\s+Cautions:\s+Pregnancy/);
  assert.ok(inSight(await under.boundingBox()));
  await under.getByRole('button', { name: 'Details' }).tap();
  assert.ok(inSight(await listed.page.locator('acu-map #card-title').boundingBox()));
  await listed.page.close();
  // Where the card is beside the map, nothing is added under the map.
  const wide = await open(browser, '/');
  await wide.page.locator('acu-map [data-testid="marker-BL40"] .ring').first().click();
  await wide.page.locator('acu-map [data-testid="card-code"]', { hasText: 'BL40' }).waitFor();
  assert.equal(await wide.page.locator('acu-map [data-testid="peek"]').isVisible(), false);
  await wide.page.close();
});

test('the selected point\'s WHO alternative location is drawn as a dashed ring, and only its', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  await page.evaluate(() => document.querySelector('acu-map').setAttribute('view', 'side'));
  await page.evaluate(() => document.querySelector('acu-map').select('GB30'));
  await widget.locator('[data-testid="card-alternative"]').waitFor();
  assert.match(await widget.locator('[data-testid="card-alternative"]').innerText(), /anterior superior iliac spine.*dashed ring/s);
  assert.equal(await widget.locator('[data-testid="alternative-marker"] .alt-ring').count(), 1);
  await page.evaluate(() => document.querySelector('acu-map').select('BL23'));
  await widget.locator('[data-testid="card-code"]', { hasText: 'BL23' }).waitFor();
  assert.equal(await widget.locator('[data-testid="alternative-marker"]').count(), 0);
  await page.close();
});

test('the selected point\'s code shows at the whole figure\'s zoom however crowded, over the markers, painted and live', async () => {
  // LU1 on the chest: at this zoom its code would cover LU2's marker, so unselected it has none.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const release = await holdLive(page);
  await openBody(page, '/selected.html', '<acu-map selected="LU1"></acu-map>');
  const widget = page.locator('acu-map');
  // Each code written on the map, with its box; the selected point's first, if it has one.
  const codes = () => widget.evaluate((el) => {
    const svg = el.shadowRoot.querySelector('svg.map');
    const top = svg.querySelector('.selected-code');
    const points = svg.querySelector('.points');
    // Drawn after every marker, so none covers it.
    const over = top && points.compareDocumentPosition(top) & Node.DOCUMENT_POSITION_FOLLOWING;
    return [...svg.querySelectorAll('.selected-code .label'), ...svg.querySelectorAll('.points .label')].map((t) => {
      const r = t.getBoundingClientRect();
      return { code: t.textContent, selected: !!t.closest('.selected-code'), over: !!over, box: [r.left, r.top, r.right, r.bottom] };
    });
  });
  const check = async (code, what) => {
    const shown = await codes();
    const [first, ...rest] = shown;
    assert.deepEqual([first?.code, first?.selected, first?.over], [code, true, true], `${what}: ${JSON.stringify(shown.slice(0, 3))}`);
    assert.ok(first.box[2] - first.box[0] > 10, what);
    assert.deepEqual(rest.filter((t) => t.code === code || t.selected).map((t) => t.code), [], `${what}: written once`);
    // (Codes a line apart may touch, to a pixel.)
    const overlap = (a, b) => a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1;
    assert.deepEqual(rest.filter((t) => overlap(t.box, first.box)).map((t) => t.code), [], `${what}: no other code over it`);
  };
  await widget.locator('.painted .selected-code').waitFor();
  await check('LU1', 'painted');
  // A tap on the painted map moves it.
  await widget.locator('.painted g.point[data-code="LU2"] .dot').first().click();
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('.painted .selected-code')?.textContent === 'LU2');
  await check('LU2', 'painted, LU2 tapped');
  release();
  await widget.locator('.painted').waitFor({ state: 'detached' });
  await widget.locator('[data-testid="card-code"]', { hasText: 'LU2' }).waitFor();
  await check('LU2', 'live');
  await widget.evaluate((el) => el.select('LU1'));
  await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('.selected-code')?.textContent === 'LU1');
  await check('LU1', 'live, LU1 selected');
  await page.close();
});

test('a view that draws none of the points listed says so, and where to look', async () => {
  const { page } = await open(browser, '/study.html');
  const widget = page.locator('acu-map');
  await page.evaluate(() => Object.assign(document.querySelector('acu-map'), { points: 'PC6,HT7,LU9', view: 'hand-palm' }));
  const note = widget.locator('[data-testid="none-on-view"]');
  await note.waitFor();
  assert.equal(await widget.locator('[data-testid^="marker-"]:not([hidden])').count(), 0);
  assert.match(await note.innerText(), /None of the points listed is drawn on this view/);
  // A point selected that the list leaves out is marked, and the note stays: it is not listed.
  await page.evaluate(() => document.querySelector('acu-map').select('PC8'));
  await widget.locator('[data-testid="marker-PC8"]:not([hidden])').waitFor();
  assert.deepEqual(await widget.locator('[data-testid^="marker-"]:not([hidden])').evaluateAll((gs) => gs.map((g) => g.dataset.code)), ['PC8']);
  assert.equal(await note.count(), 1);
  await widget.locator('[data-testid="tab-front"]').click();
  await note.waitFor({ state: 'detached' });
  await page.close();
});
