// The widget in WebKit, the engine of Safari and of every browser on an iPhone: Debian's
// WebKitGTK (its MiniBrowser, driven over WebDriver by WebKitWebDriver, in a virtual X display:
// Playwright drives only its own builds of WebKit, which cannot be downloaded here). As in
// firefox.test.mjs, these walk what depends most on the engine: the element, the wasm and its
// chunk, the prose file of the page's language, a lazy widget's wait for the screen
// (`IntersectionObserver`), clicks and keys on the SVG map, and the marks' size on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { BASE, LAZY_STATE, addLazyWidget } from './harness.mjs';

/** WebKitGTK's browser for automation (its directory names the machine's architecture). */
function miniBrowser() {
  const path = readdirSync('/usr/lib').map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`).find((p) => existsSync(p));
  if (!path) throw new Error('no WebKitGTK MiniBrowser under /usr/lib/*/webkit2gtk-4.1 (Debian package libwebkit2gtk-4.1-0)');
  return path;
}

const freePort = () => new Promise((resolve, reject) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  }).on('error', reject);
});

let driver;
let endpoint;
/** Starts WebKitWebDriver in a virtual X display, and waits until it answers. */
async function startDriver() {
  const port = await freePort();
  endpoint = `http://127.0.0.1:${port}`;
  driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${endpoint}/status`)).ok) break;
    } catch {
      if (i > 100) throw new Error('WebKitWebDriver did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
// xvfb-run, the X server and the driver: the whole process group.
const stopDriver = () => { if (driver) process.kill(-driver.pid); driver = null; };
before(startDriver);
after(stopDriver);

/** A WebDriver session in MiniBrowser, with the few commands these tests use. */
async function session() {
  const call = async (method, path, body, signal) => {
    const response = await fetch(endpoint + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body), signal });
    const { value } = await response.json();
    if (value?.error) throw new Error(`${method} ${path}: ${value.error}: ${value.message}`);
    return value;
  };
  // Once in a CI run (CI84) the driver never answered a new session's request, until the
  // client gave up 300 s later; the next test's session came at once. That is the driver or
  // MiniBrowser failing to start, not the page: such a request is given a minute, and then a
  // new driver is started for one more try.
  const capabilities = { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] } } };
  const newSession = () => call('POST', '/session', { capabilities }, AbortSignal.timeout(60000));
  const { sessionId } = await newSession().catch(async (error) => {
    if (error.name !== 'TimeoutError') throw error;
    console.log('WebKitWebDriver gave no session within a minute; starting it again');
    stopDriver();
    await startDriver();
    return newSession();
  });
  const at = `/session/${sessionId}`;
  const run = (script, ...args) => call('POST', `${at}/execute/sync`, { script, args });
  const s = {
    run,
    goto: (path) => call('POST', `${at}/url`, { url: BASE + path }),
    size: (width, height) => call('POST', `${at}/window/rect`, { width, height }),
    /** Polls `script` until it returns something truthy, and returns that; fails after a
     * minute (a hang, not a time asserted: on one CI machine the first WebKit page of a run
     * was not live after 20 s, while here it takes 1 s; `open` prints where it stopped). */
    async until(script, ...args) {
      const end = Date.now() + 60000;
      for (;;) {
        const value = await run(script, ...args);
        if (value) return value;
        if (Date.now() > end) throw new Error(`timed out waiting for: ${script}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    /** A real click (the pointer moved there, pressed and released) at a point of the viewport. */
    click: ({ x, y }) => call('POST', `${at}/actions`, {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
        { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
        { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 },
      ] }],
    }),
    keys: (...keys) => call('POST', `${at}/actions`, {
      actions: [{ type: 'key', id: 'keyboard', actions: keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }],
    }),
    close: () => call('DELETE', at),
  };
  return s;
}

/** Opens `path` and waits for every widget to be live (the painted map gone, every row of its
 * list drawn). */
async function open(path) {
  const s = await session();
  try {
    await s.goto(path);
    await s.until(`const all = [...document.querySelectorAll('acu-map:not([parts])')];
      return all.length > 0 && all.every((m) => m.shadowRoot?.querySelector('[data-testid="list"]:not([aria-busy])') && !m.shadowRoot.querySelector('.painted'));`);
  } catch (error) {
    // What each widget shows and what the page fetched: the failure on a machine no one can
    // watch says where the widget stopped. The session ends, so the next test gets its own.
    const seen = await s.run(WIDGETS_SEEN).catch((e) => e.message);
    await s.close().catch(() => {});
    throw new Error(`${error.message}\n${path}: ${JSON.stringify(seen)}`);
  }
  return s;
}

/** Each widget's state (painted or live, its list drawn or busy, its live view being built
 * hidden or shown, whether its wasm still answers, its notices), the files the
 * page fetched, and whether the page is shown and draws frames (the list's later rows wait for
 * one). */
const WIDGETS_SEEN = `return (async () => ({ widgets: [...document.querySelectorAll('acu-map')].map((m) => ({
    shadow: !!m.shadowRoot, painted: !!m.shadowRoot?.querySelector('.painted'),
    list: ((list) => list ? (list.hasAttribute('aria-busy') ? 'busy' : 'drawn') : 'none')(m.shadowRoot?.querySelector('[data-testid="list"]')),
    mounts: [...(m.shadowRoot?.querySelectorAll('.acu-mount') ?? [])].map((c) => (c.hidden ? 'hidden' : 'shown')),
    wasm: ((m) => { try { return m.getPoint('LI4') ? 'answers' : 'null'; } catch (e) { return String(e); } })(m),
    notices: [...(m.shadowRoot?.querySelectorAll('[data-testid="notice"]') ?? [])].map((n) => n.textContent) })),
  files: performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()), ready: document.readyState,
  visibility: document.visibilityState,
  frames: await new Promise((r) => { requestAnimationFrame(() => r(true)); setTimeout(() => r(false), 1000); }) }))();`;

const CARD = `const root = document.querySelector('acu-map').shadowRoot;
  return [root.querySelector('.card .code')?.textContent, [...root.querySelectorAll('.card .cautions li')].map((li) => li.dataset.kind)];`;
const PROSE_FILES = `return performance.getEntriesByType('resource').map((e) => e.name.match(/\\/prose\\.([A-Za-z.-]+)\\.[0-9a-f]+\\.json$/)?.[1]).filter(Boolean);`;
const NOTICES = `return [...document.querySelectorAll('acu-map')].flatMap((m) => [...m.shadowRoot.querySelectorAll('[data-testid="notice"]')].map((n) => n.textContent));`;

test('WebKit: the clinic page goes live, a click or the keys on a marker select its point, the card shows its cautions and its prose', async () => {
  const s = await open('/');
  try {
    assert.deepEqual(await s.run(CARD), ['GB30', ['nerve']]);
    const dot = await s.run(`const dot = document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="marker-BL40"] .dot');
      dot.scrollIntoView({ block: 'center' });
      const r = dot.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };`);
    await s.click(dot);
    await s.until(`return document.querySelector('acu-map').shadowRoot.querySelector('.card .code')?.textContent === 'BL40';`);
    const [, kinds] = await s.run(CARD);
    assert.ok(kinds.includes('vessel'), `BL40's cautions: ${kinds}`);
    // The card's prose came from the English file; the keyboard moves between the markers.
    await s.until(`return document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="card-location"]')?.textContent;`);
    await s.run(`document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="marker-BL40"]').focus();`);
    await s.keys('\uE013', '\uE007'); // ArrowUp, Enter
    await s.until(`return document.querySelector('acu-map').shadowRoot.querySelector('.card .code')?.textContent !== 'BL40';`);
    assert.deepEqual(await s.run(PROSE_FILES), ['en']);
    assert.deepEqual(await s.run(NOTICES), []);
  } finally {
    await s.close();
  }
});

test('WebKit: a Traditional Chinese patient page asks for its own patient prose alone and shows it', async () => {
  const s = await open('/patient-zh-TW.html');
  try {
    const location = await s.until(`return document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="card-location"]')?.textContent;`);
    assert.match(location, /[\u4e00-\u9fff]/, location);
    assert.deepEqual(await s.run(PROSE_FILES), ['zh-Hant.patient']);
    assert.deepEqual(await s.run(NOTICES), []);
  } finally {
    await s.close();
  }
});

test('WebKit: a lazy widget far down stays painted, its prose not asked for, until it is scrolled near', async () => {
  const s = await open('/');
  try {
    await s.run(addLazyWidget('zh-Hant'));
    assert.deepEqual(await s.run(LAZY_STATE), [true, 'SP6', false]);
    // Long enough for a live widget to have asked for its prose.
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(await s.run(LAZY_STATE), [true, 'SP6', false]);
    assert.deepEqual(await s.run(PROSE_FILES), ['en']);
    await s.run(`document.getElementById('lazy').scrollIntoView();`);
    const location = await s.until(`return document.getElementById('lazy').shadowRoot.querySelector('[data-testid="card-location"]')?.textContent;`);
    assert.match(location, /[\u4e00-\u9fff]/, location);
    assert.deepEqual(await s.run(PROSE_FILES), ['en', 'zh-Hant']);
  } finally {
    await s.close();
  }
});

test('WebKit: in a narrow window the page does not scroll sideways and the marks keep their size on screen', async () => {
  const s = await open('/');
  try {
    // MiniBrowser's toolbar keeps its window at least 447 px wide.
    await s.size(400, 900);
    await s.until(`return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(innerWidth < 500))));`);
    // A marker's ring on screen, as its radius times the scale it is drawn at, and the <svg>'s
    // pixels a figure unit (as firefox.test.mjs reads them).
    const seen = await s.run(`const svg = document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="map"]');
      const r = svg.getBoundingClientRect();
      const box = svg.viewBox.baseVal;
      const unit = Math.min(r.width / box.width, r.height / box.height);
      const sites = [...svg.querySelectorAll('g.point:not([hidden]):not(.selected) > g[transform]')];
      return { width: innerWidth, scroll: document.documentElement.scrollWidth, unit,
        rings: sites.map((g) => 2 * 5.5 * Number(g.getAttribute('transform').match(/scale\\(([\\d.]+)\\)/)[1]) * unit) };`);
    assert.ok(seen.scroll <= seen.width, JSON.stringify(seen));
    assert.ok(seen.unit < 0.95 && seen.rings.length >= 7 && seen.rings.every((w) => Math.abs(w - 11) < 0.2), JSON.stringify(seen));
  } finally {
    await s.close();
  }
});
