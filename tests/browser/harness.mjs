// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core, against the
// bundle served by `cargo xtask test` (ACUMAP_BASE_URL). Every test file takes its browser from
// `useBrowser()`, opens pages with `open()` or `recordingPage()`, records the widget's events
// with `record()` and reads them with `events()` / `errors()`, and feeds hostile input from `XSS`.
import { before, after, afterEach } from 'node:test';
import { chromium } from 'playwright-core';
import { inflateSync } from 'node:zlib';

export const BASE = process.env.ACUMAP_BASE_URL ?? 'http://127.0.0.1:8080';

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs,
    ],
  });
}

/**
 * The test file's browser: launched before its first test, closed after its last. Every page
 * and context a test opens through it is closed after that test, whether it passed or failed.
 */
export function useBrowser(extraArgs = []) {
  let browser;
  const open = new Set();
  const track = (thing) => { open.add(thing); return thing; };
  before(async () => { browser = await launch(extraArgs); });
  afterEach(async () => {
    await Promise.all([...open].map((thing) => thing.close().catch(() => {})));
    open.clear();
  });
  after(async () => { await browser?.close(); });
  return {
    newPage: async (options) => track(await browser.newPage(options)),
    newContext: async (options) => track(await browser.newContext(options)),
  };
}

/** Characters only Simplified Chinese writes (针 for 針, 经 for 經 ...): none may be in a
 * Traditional text (the native test `traditional_chinese_writes_no_simplified_character` holds
 * the same list). */
export const SIMPLIFIED = /[针经脉肾头颈为这门处时与对应关节约侧线会疗医动脑肠胆]/;

/** For the other engines' tests (firefox, webkit), as a function body: adds a 4,000 px spacer
 * and a lazy widget `#lazy` in `lang` with SP6 selected at the end of the page. */
export const addLazyWidget = (lang) => `const spacer = document.createElement('p');
  spacer.style.height = '4000px';
  const el = document.createElement('acu-map');
  el.id = 'lazy';
  el.setAttribute('loading', 'lazy');
  el.setAttribute('lang', '${lang}');
  el.setAttribute('selected', 'SP6');
  document.body.append(spacer, el);`;

/** As a function body: whether `#lazy` has its painted markers, its card's code, and whether
 * it is live. */
export const LAZY_STATE = `const root = document.getElementById('lazy').shadowRoot;
  return [root.querySelectorAll('.painted g.point').length > 0, root.querySelector('.card .code')?.textContent, root.querySelector('[data-testid="map"]') !== null];`;

/**
 * Payloads that would run script or make markup if the widget ever treated text as HTML:
 * every attribute, method, search and content field is fed these (api and embed tests).
 */
export const XSS = [
  '<script>window.__xss++</script>',
  '"><img src=x onerror="window.__xss++">',
  'javascript:window.__xss++',
  '<svg onload="window.__xss++"><circle/></svg>',
  "'><iframe srcdoc='<script>parent.__xss++</script>'>",
  '{{constructor.constructor("window.__xss++")()}}',
  '<style>*{display:none}</style>',
  '<b onmouseover=window.__xss++>x</b>',
  'BL23,<b onmouseover=window.__xss++>x</b>',
  '\u202e\u0000BL23',
];

/** Starts recording the widget's events on the page (in `window.__acuEvents`). */
function recorder() {
  window.__acuEvents = [];
  for (const type of ['acu-select', 'acu-view-change', 'acu-error', 'acu-quiz']) {
    document.addEventListener(type, (e) => {
      window.__acuEvents.push({ type, detail: e.detail, bubbles: e.bubbles, composed: e.composed, target: e.target.tagName });
    });
  }
}

/** Records every acu-* event reaching the document from now on (so each must bubble out of the
 * shadow root), with how it travelled. */
export const record = (page) => page.evaluate(recorder);

/** The events recorded so far, as `{ type, detail, bubbles, composed, target }`. */
export const events = (page) => page.evaluate(() => window.__acuEvents);

/** The details of the acu-error events recorded so far. */
export const errors = async (page) => (await events(page)).filter((e) => e.type === 'acu-error').map((e) => e.detail);

/**
 * Opens `path` and waits for the widget to be defined and live, its list included, every row
 * drawn (the map is painted first; the live widget's code comes in a chunk after it, and is
 * built a part at a time: src/element/widget.rs, src/ui/point_list.rs). The
 * painted map has no test ids, so a test never acts on it by mistake. Returns the page and
 * what it saw: page errors, console warnings and every URL requested.
 */
export async function open(browser, path, viewport = { width: 1280, height: 900 }, options = {}) {
  const page = await browser.newPage({ viewport, ...options });
  const seen = { errors: [], warnings: [], requests: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'warning') seen.warnings.push(m.text());
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('request', (r) => seen.requests.push(r.url()));
  await page.goto(BASE + path);
  await page.waitForFunction(() => customElements.get('acu-map') !== undefined);
  await page.locator('acu-map [data-testid="map"]').first().waitFor();
  // Every row drawn: a long list draws them a few dozen a frame, busy meanwhile.
  await page.locator('acu-map [data-testid="list"]:not([aria-busy])').first().waitFor();
  return { page, seen };
}

/** Types `query` into a widget's search box (`box`, a locator) and waits for the search: the
 * widget paints what was typed first and searches a frame later (`ui/point_list.rs`), so this
 * waits for two frames (the widget's search runs in a task after the first). */
export async function typeSearch(box, query) {
  await box.fill(query);
  await box.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0))));
}

/** A new page that records the widget's events (see `record`) from its first moment. */
export async function recordingPage(browser, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(recorder);
  return page;
}

/** Holds back the page's wasm until the returned function is called: until then the element
 * is not defined (the state an async script or a slow network leaves a page in). */
export async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/acumap_bg.*.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/** The live widget's chunk: until it is in, a widget is the view the main wasm paints
 * (`src/element/paint.rs`). */
export const LIVE_CHUNK = /\/split_live\.[0-9a-f]{12}\.wasm$/;

/** Holds back the page's files matching `pattern` until `release()` is called; `asked` lists
 * the URLs asked for meanwhile. */
export async function holdChunks(page, pattern) {
  let release;
  const held = new Promise((r) => { release = r; });
  const asked = [];
  await page.route(pattern, async (route) => { asked.push(route.request().url()); await held; await route.continue(); });
  return { release, asked };
}

/** Holds back the live widget's chunk until the returned function is called. */
export const holdLive = async (page) => (await holdChunks(page, LIVE_CHUNK)).release;

/** Opens a page of the entry script and `body`, served at `path` (whose hash, if any, the
 * address keeps), in `lang`, with `head` (a stylesheet, say) after the script. */
export async function openBody(page, path, body, { lang = 'en', head = '' } = {}) {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module" src="/pkg/acumap.js"></script>${head}</head><body>${body}</body></html>`;
  await page.route(BASE + path.split('#')[0], (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(BASE + path);
}

/** Adds an `<acu-map>` with `attributes` to the page, as a site's script would: at the end of
 * its body, or at the start with `first`. */
export function addWidget(page, attributes, { first = false } = {}) {
  return page.evaluate(([attributes, first]) => {
    const el = document.createElement('acu-map');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (first) document.body.prepend(el);
    else document.body.append(el);
  }, [attributes, first]);
}

/** The colour drawn at (x, y) of the page's viewport, in CSS pixels: [red, green, blue]. */
export async function pixel(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, scale: 'css' });
  // The image's data chunks, after the file's 8-byte signature: one row of one pixel, a filter
  // byte before it (which for a lone pixel leaves its bytes as they are).
  const data = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') data.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return [...inflateSync(Buffer.concat(data)).subarray(1, 4)];
}
