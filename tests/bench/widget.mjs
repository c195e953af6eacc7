// Speed and weight of the widget in headless Chromium, printed as figures (no pass/fail): run by
// `cargo xtask bench` against the built bundle, served compressed (brotli) by xtask's server.
//
// 1. First visit, on a desktop and on a phone profile, of the clinic page and the study page,
//    beside the "static floor": the same page with the widget's rendered shadow root saved as
//    declarative shadow DOM and no script at all (the least a page showing the same thing could
//    cost). Widget and floor runs alternate; each figure is a median.
// 2. The bytes each page fetched, per language (the English and the Chinese patient page).
// 3. Interactions on the desktop (search, view switch, select, zoom).
import { chromium } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { detector, recordStyleSheets } from './detect.mjs';

const BASE = process.env.ACUMAP_BASE_URL ?? 'http://127.0.0.1:8080';
// Where the floor pages are written, and the URL prefix the server serves that folder under.
const FLOOR_DIR = process.env.ACUMAP_FLOOR_DIR ?? 'target/bench-floor';
const FLOOR_URL = process.env.ACUMAP_FLOOR_URL ?? '/bench-floor/';
// ACUMAP_BENCH_ONLY=first-visit,bytes,interactions runs only those parts (while developing).
const ONLY = process.env.ACUMAP_BENCH_ONLY?.split(',');
const part = (name) => !ONLY || ONLY.includes(name);
// ACUMAP_BENCH_SCREENSHOTS=1 saves a screenshot of each page and its floor beside the floor.
const SCREENSHOTS = !!process.env.ACUMAP_BENCH_SCREENSHOTS;
const INTERACTION_RUNS = 7;
const TIMEOUT = 60_000;

// Lighthouse's "slow 4G".
const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const PROFILES = [
  {
    name: 'desktop',
    runs: Number(process.env.ACUMAP_BENCH_DESKTOP_RUNS ?? 7),
    describe: '1280x900, no throttling',
    context: { viewport: { width: 1280, height: 900 } },
  },
  {
    // Lighthouse's "slow 4G" on a mid-range phone.
    name: 'phone',
    runs: Number(process.env.ACUMAP_BENCH_PHONE_RUNS ?? 5),
    describe: '412x823 @2.625x, touch, CPU 4x slower, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up',
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true },
    cpu: 4,
    network: SLOW_4G,
  },
  {
    // A laptop on a slow connection (a train's, a café's): the card is in view beside the map
    // there, so whatever moves as the later files come shows in the layout shift.
    name: 'laptop',
    runs: Number(process.env.ACUMAP_BENCH_LAPTOP_RUNS ?? 3),
    describe: '1280x900, CPU 2x slower, slow 4G as the phone\'s',
    context: { viewport: { width: 1280, height: 900 } },
    cpu: 2,
    network: SLOW_4G,
  },
];

// The pages timed. The study page opens no card by itself: the bench sets `selected` on its
// element before the widget starts (as if the page's markup had it), so both pages show a card.
const PAGES = [
  { name: 'clinic', path: '/', describe: 'clinic page /, 9-point shortlist, card GB30' },
  { name: 'study', path: '/study.html', select: 'ST36', describe: 'study page /study.html, 409 points, card ST36 (set by the bench)' },
];
const LANGUAGE_PAGES = [
  { name: 'patient (en)', path: '/patient.html' },
  { name: 'patient (zh-Hans)', path: '/patient-zh.html' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

// ---------------------------------------------------------------------------------------------
// One first visit: a fresh browser context (empty cache, cache disabled), the profile's
// emulation through the DevTools protocol, and the detector injected before any page script.
// Returns the detector's times (ms from navigation start) and every request with its bytes.

async function visit(url, profile, { select = null, screenshot = null, snapshot = false } = {}) {
  const context = await browser.newContext(profile.context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!e.request.url.startsWith('http')) return;
      requests.set(e.requestId, { url: e.request.url, timestamp: e.timestamp, bytes: 0, done: false });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      const header = (name) => Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === name)?.[1];
      if (r) Object.assign(r, { encoding: header('content-encoding') ?? null, type: header('content-type') ?? '' });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true, end: e.timestamp });
    });
    cdp.on('Network.loadingFailed', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { done: true, failed: e.errorText, end: e.timestamp });
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });

    let report;
    const reported = new Promise((resolve) => (report = resolve));
    await page.exposeFunction('__acuBenchReport', (times) => report(times));
    if (snapshot) await page.addInitScript(recordStyleSheets);
    await page.addInitScript(detector, { select });
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    const times = await Promise.race([
      reported,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`${url}: no marker, live widget and card within ${TIMEOUT / 1000} s (${errors.join('; ')})`)), TIMEOUT)),
    ]);
    await networkIdle(requests);
    // The work that follows the last download (the list's later rows, the prose's text) ends
    // well within a second on the phone profile; the long tasks until then.
    await page.waitForTimeout(1000);
    const [tasks, shift] = await page.evaluate(() => [window.__acuLongTasks, window.__acuLayoutShift]);
    // The start of each request on the page's clock (Resource Timing), to split the requests
    // into those started before the first marker was drawn and the rest.
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime })),
    );
    const list = startTimes([...requests.values()], entries, url);
    const result = { ...times, ...blocking(tasks), shift, requests: list, errors };
    if (snapshot) result.snapshot = await page.evaluate(floorSnapshot);
    if (screenshot) {
      // The top of the element (a phone's whole widget is a very long image).
      const box = await page.locator('acu-map').first().boundingBox();
      const top = box.y + (await page.evaluate(() => scrollY));
      await page.screenshot({ path: screenshot, fullPage: true, clip: { x: box.x, y: top, width: box.width, height: Math.min(box.height, 1400) } });
    }
    return result;
  } finally {
    await context.close();
  }
}

/** The longest of a visit's long tasks, and the time they blocked the main thread: each task's
 * time over 50 ms, summed (Lighthouse's Total Blocking Time, here from navigation start). */
function blocking(tasks) {
  return {
    longest: Math.max(0, ...tasks.map(([, d]) => d)),
    blocked: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
  };
}

/** Resolves once every request is finished and none has started for 500 ms. */
async function networkIdle(requests) {
  let quietSince = Date.now();
  let count = requests.size;
  for (const deadline = Date.now() + TIMEOUT; Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 50));
    const pending = [...requests.values()].some((r) => !r.done);
    if (pending || requests.size !== count) {
      quietSince = Date.now();
      count = requests.size;
    } else if (Date.now() - quietSince >= 500) {
      return;
    }
  }
  throw new Error('the network never went idle');
}

/**
 * Each request's start in ms from navigation start: the document's is 0; the others' from
 * Resource Timing (matched by URL, in order), or, for one it lacks, from the protocol's clock.
 */
function startTimes(requests, entries, documentUrl) {
  const byUrl = new Map();
  for (const e of entries) (byUrl.get(e.url) ?? byUrl.set(e.url, []).get(e.url)).push(e.start);
  const sorted = requests.sort((a, b) => a.timestamp - b.timestamp);
  const offsets = [];
  let documentSeen = false;
  for (const r of sorted) {
    const starts = byUrl.get(r.url);
    if (!documentSeen && r.url === documentUrl) {
      r.start = 0;
      documentSeen = true;
    } else if (starts?.length) {
      r.start = starts.shift();
      offsets.push(r.timestamp * 1000 - r.start);
    }
  }
  const offset = offsets.length ? median(offsets) : null;
  for (const r of sorted) {
    if (r.start === undefined) r.start = offset === null ? Infinity : r.timestamp * 1000 - offset;
    r.end = r.end === undefined || offset === null ? Infinity : r.end * 1000 - offset;
  }
  return sorted.map(({ url, start, end, bytes, failed, encoding, type }) => ({ url, start, end, bytes, failed, encoding, type }));
}

/** Bytes and requests: those done before the frame that first showed a marker, and all. */
function bytesOf(run) {
  // What the first marker waits for: the requests that were in before it was drawn (one that
  // ends later cannot be), but the prose files and the live widget's chunk, which the first view
  // never waits for (chunks.test.mjs holds the chunk back) and which on a fast link can be in
  // before the first marker (the chunk is asked for as the wasm starts).
  const later = (r) => /\/(prose\.[^/]+\.json|split_[a-z]+\.[0-9a-f]{12}\.wasm)$/.test(new URL(r.url).pathname);
  const first = run.requests.filter((r) => r.end < run.markerFrame && !later(r));
  const sum = (rs) => rs.reduce((n, r) => n + r.bytes, 0);
  return { first: sum(first), firstCount: first.length, all: sum(run.requests), allCount: run.requests.length };
}

// ---------------------------------------------------------------------------------------------
// The static floor: the page as loaded, with every script removed, the widget's own stylesheet
// link removed, and each <acu-map> holding its rendered shadow root as declarative shadow DOM
// (<template shadowrootmode="open">) whose styles are the widget's adopted stylesheet, saved as
// a file and linked from inside the template (the CSP allows no inline style).

/** Runs in the page: the floor's HTML (with a placeholder for the stylesheet URL) and CSS. */
function floorSnapshot() {
  const hosts = [...document.querySelectorAll('acu-map')];
  // Each adopted sheet's text as the widget gave it, if the sheet still holds just that (the
  // same rules as a sheet made from the text); else its rules read back one by one.
  const rules = (sheet) => [...sheet.cssRules].map((rule) => rule.cssText);
  const css = hosts[0].shadowRoot.adoptedStyleSheets
    .map((sheet) => {
      const text = window.__acuSheetTexts?.get(sheet);
      if (text !== undefined) {
        const probe = new CSSStyleSheet();
        probe.replaceSync(text);
        if (JSON.stringify(rules(probe)) === JSON.stringify(rules(sheet))) return text;
      }
      return rules(sheet).join('\n');
    })
    .join('\n');
  // The bundle's folder: where the wasm came from (no file name is assumed).
  const wasm = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith('.wasm'));
  const bundle = wasm && new URL('.', wasm.name).href;
  const clone = document.documentElement.cloneNode(true);
  for (const script of clone.querySelectorAll('script')) script.remove();
  for (const link of clone.querySelectorAll('link[rel~="stylesheet"]')) {
    if (bundle && new URL(link.getAttribute('href'), document.baseURI).href.startsWith(bundle)) link.remove();
  }
  // The floor is served from another folder: same-origin URLs become root-relative.
  for (const el of clone.querySelectorAll('[href], [src]')) {
    for (const attribute of ['href', 'src']) {
      const value = el.getAttribute(attribute);
      if (value === null || value.startsWith('#')) continue;
      const url = new URL(value, document.baseURI);
      if (url.origin === location.origin) el.setAttribute(attribute, url.pathname + url.search + url.hash);
    }
  }
  // The element's light children (its fallback text, its content script) are input the widget
  // has used; the shadow root takes their place.
  clone.querySelectorAll('acu-map').forEach((host, i) => host.replaceChildren(document.createComment(`acu-floor-${i}`)));
  let html = `<!doctype html>\n${clone.outerHTML}\n`;
  hosts.forEach((host, i) => {
    const shadow = `<template shadowrootmode="open"><link rel="stylesheet" href="@FLOOR_CSS@">${host.shadowRoot.innerHTML}</template>`;
    html = html.replace(`<!--acu-floor-${i}-->`, () => shadow);
  });
  const rect = hosts[0].getBoundingClientRect();
  return { html, css, markers: hosts[0].shadowRoot.querySelectorAll('g.point').length, height: Math.round(rect.height) };
}

/** The compressible responses of a run that came uncompressed (the server was still compressing). */
const COMPRESSIBLE = /^(text\/html|text\/css|text\/javascript|application\/json|application\/wasm|image\/svg\+xml)/;
const uncompressed = (run) => run.requests.filter((r) => !r.encoding && COMPRESSIBLE.test(r.type)).map((r) => new URL(r.url).pathname);

/**
 * Waits until the server sends `url` brotli-compressed. It compresses a file it has not seen
 * in the background and sends it uncompressed meanwhile (the floor's files are new to it).
 */
async function whenCompressed(url) {
  for (const deadline = Date.now() + TIMEOUT * 3; Date.now() < deadline; ) {
    const response = await fetch(url, { headers: { 'accept-encoding': 'br' } });
    await response.arrayBuffer();
    if (response.headers.get('content-encoding') === 'br') return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server never sent ${url} compressed`);
}

/** Loads the page, waits for the widget's card, and writes the floor page; returns its URL. */
async function makeFloor(pageSpec, profile) {
  const shot = SCREENSHOTS ? join(FLOOR_DIR, `${pageSpec.name}-${profile.name}-widget.png`) : null;
  const run = await visit(BASE + pageSpec.path, { ...profile, cpu: undefined, network: undefined }, { select: pageSpec.select, snapshot: true, screenshot: shot });
  const { html, css, markers, height } = run.snapshot;
  const cssName = `widget-${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;
  const name = `${pageSpec.name}-${profile.name}.html`;
  await mkdir(FLOOR_DIR, { recursive: true });
  await writeFile(join(FLOOR_DIR, cssName), css);
  await writeFile(join(FLOOR_DIR, name), html.replaceAll('@FLOOR_CSS@', FLOOR_URL + cssName));
  const url = BASE + FLOOR_URL + name;
  await whenCompressed(url);
  await whenCompressed(BASE + FLOOR_URL + cssName);
  // The floor must show what the widget showed: as many markers, the same height (so its
  // stylesheet applied).
  const check = await visit(url, profile, { screenshot: SCREENSHOTS ? join(FLOOR_DIR, `${pageSpec.name}-${profile.name}-floor.png`) : null, snapshot: true });
  if (check.snapshot.markers !== markers || Math.abs(check.snapshot.height - height) > 2 || check.errors.length) {
    throw new Error(`floor page ${url} differs from the widget: ${check.snapshot.markers} markers (widget ${markers}), ` +
      `height ${check.snapshot.height} px (widget ${height}); ${check.errors.join('; ')}`);
  }
  return url;
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
console.log(`Headless Chromium ${browser.version()}, against ${BASE} (xtask's server: brotli, quality 11).\n`);

if (part('first-visit')) {
  console.log('First visit (a fresh browser context, cache disabled), from navigation start to:');
  console.log('  first marker: the first frame after a g.point marker is in the widget\'s shadow root (and its styles are loaded)');
  console.log('  live:         the first frame after the live widget took the painted map\'s place (list, filters, every control working; the floor has no such step)');
  console.log('  first card:   the first frame after the card shows the point\'s location text');
  console.log('  floor: the same page with the widget\'s rendered shadow root saved as declarative shadow DOM, no script');
  console.log('  longest task, blocked: the longest task on the page\'s main thread, and the time all its tasks held it past 50 ms each (Lighthouse\'s Total Blocking Time), from navigation start to a second after the last download');
  console.log('  shift: every layout shift of the visit, summed (never less than Core Web Vitals\' Cumulative Layout Shift, which rates over 0.1 "needs improvement" for the host\'s page)');
  console.log('  bytes: every request of the page (headers and compressed body); "first path": those done before the first marker, less the prose files and the live chunk (never waited for)');
  for (const profile of PROFILES) console.log(`  ${pad(profile.name, 8)} ${profile.describe}; median of ${profile.runs} runs each, widget and floor alternating`);
  for (const pageSpec of PAGES) console.log(`  ${pad(pageSpec.name, 8)} ${pageSpec.describe}`);
  console.log('');
  const header = `${pad('page', 8)} ${pad('profile', 8)} ${pad('what', 13)} ${lpad('first marker', 12)} ${lpad('live', 9)} ${lpad('first card', 11)} ${lpad('longest task', 13)} ${lpad('blocked', 9)} ${lpad('shift', 6)} ${lpad('first path', 20)} ${lpad('all', 20)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const pageSpec of PAGES) {
    for (const profile of PROFILES) {
      const floorUrl = await makeFloor(pageSpec, profile);
      const runs = { widget: [], floor: [] };
      for (let i = 0; i < profile.runs; i++) {
        runs.widget.push(await visit(BASE + pageSpec.path, profile, { select: pageSpec.select }));
        runs.floor.push(await visit(floorUrl, profile));
      }
      const summary = {};
      const notes = [];
      for (const [what, list] of Object.entries(runs)) {
        const bytes = list.map(bytesOf);
        summary[what] = {
          marker: median(list.map((r) => r.marker)),
          live: median(list.map((r) => r.live)),
          card: median(list.map((r) => r.card)),
          longest: median(list.map((r) => r.longest)),
          blocked: median(list.map((r) => r.blocked)),
          shift: median(list.map((r) => r.shift)),
          first: median(bytes.map((b) => b.first)),
          firstCount: median(bytes.map((b) => b.firstCount)),
          all: median(bytes.map((b) => b.all)),
          allCount: median(bytes.map((b) => b.allCount)),
        };
        const errors = list.flatMap((r) => r.errors);
        if (errors.length) notes.push(`  (${what} page errors: ${[...new Set(errors)].join('; ')})`);
        const plain = list.flatMap(uncompressed);
        if (plain.length) notes.push(`  (${what}: sent uncompressed, so its bytes are too high: ${[...new Set(plain)].join(', ')})`);
      }
      const row = (label, s) =>
        `${pad(label === 'widget' ? pageSpec.name : '', 8)} ${pad(label === 'widget' ? profile.name : '', 8)} ${pad(label, 13)} ` +
        `${lpad(ms(s.marker), 12)} ${lpad(label === 'widget' ? ms(s.live) : '-', 9)} ${lpad(ms(s.card), 11)} ` +
        `${lpad(ms(s.longest), 13)} ${lpad(ms(s.blocked), 9)} ${lpad(s.shift.toFixed(3), 6)} ` +
        `${lpad(`${kb(s.first)} (${s.firstCount} req)`, 20)} ${lpad(`${kb(s.all)} (${s.allCount} req)`, 20)}`;
      const { widget, floor } = summary;
      console.log(row('widget', widget));
      console.log(row('floor', floor));
      console.log(
        `${pad('', 8)} ${pad('', 8)} ${pad('widget/floor', 13)} ${lpad(`${(widget.marker / floor.marker).toFixed(1)}x`, 12)} ${lpad('-', 9)} ` +
        `${lpad(`${(widget.card / floor.card).toFixed(1)}x`, 11)} ${lpad('-', 13)} ${lpad('-', 9)} ${lpad('-', 6)} ${lpad(`${(widget.first / floor.first).toFixed(1)}x`, 20)} ` +
        `${lpad(`${(widget.all / floor.all).toFixed(1)}x`, 20)}`,
      );
      for (const note of notes) console.log(note);
    }
  }
  console.log('');
}

if (part('bytes')) {
  // Bytes are the same on every visit: one visit per page, on the phone, where the order of
  // the downloads matters most.
  const phone = PROFILES.find((p) => p.name === 'phone');
  console.log('Bytes per language (one first visit each, phone profile; headers and compressed body),');
  console.log('and when each request started and finished:');
  for (const pageSpec of LANGUAGE_PAGES) {
    const run = await visit(BASE + pageSpec.path, phone);
    const b = bytesOf(run);
    if (uncompressed(run).length) console.log(`  (sent uncompressed, so its bytes are too high: ${uncompressed(run).join(', ')})`);
    console.log(`${pad(pageSpec.name, 20)} ${pad(pageSpec.path, 18)} first path ${lpad(`${kb(b.first)} (${b.firstCount} req)`, 18)}   all ${lpad(`${kb(b.all)} (${b.allCount} req)`, 18)}`);
    for (const r of run.requests) {
      const path = new URL(r.url).pathname;
      console.log(`    ${pad(path, 40)} ${lpad(kb(r.bytes), 10)}   ${lpad(ms(r.start), 8)} to ${lpad(ms(r.end), 8)}${r.failed ? ` (failed: ${r.failed})` : ''}`);
    }
    console.log(`    ${pad('(first marker, live, first card)', 40)} ${lpad('', 10)}   ${lpad(ms(run.marker), 8)}, ${lpad(ms(run.live), 8)}, ${lpad(ms(run.card), 8)}`);
  }
  console.log('');
}

// ---------------------------------------------------------------------------------------------
// Interactions on the desktop, as before: each the median of 7 runs, from the action to the
// next frame painted.

if (part('interactions')) {
  const firstRender = async (page, path) => {
    await page.goto(BASE + path);
    await page.waitForFunction(() => document.querySelector('acu-map')?.shadowRoot?.querySelector('g.point'));
    // The interactions need the list and search, whose code comes after the first paint.
    await page.waitForFunction(() => document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="search"]'));
    return page.evaluate(() => performance.now());
  };
  // A step done in the page, timed there: from the action to the next frame painted. `cpu`
  // slows the page's CPU that many times once it has loaded (the phone profile's 4).
  const inPage = (setup, step) => async (page, path, cpu) => {
    await firstRender(page, path);
    await page.evaluate(setup);
    if (cpu > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    return page.evaluate(step);
  };
  const measure = async (label, path, work, cpu) => {
    const samples = [];
    for (let i = 0; i < INTERACTION_RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      samples.push(await work(page, path, cpu));
      await page.close();
    }
    console.log(`${label.padEnd(58)} ${median(samples).toFixed(1).padStart(8)} ms  (median of ${INTERACTION_RUNS})`);
  };
  const frame = 'new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))';
  const search = `document.querySelector('acu-map').shadowRoot.querySelector('[data-testid="search"]')`;
  // Sets the search box to the value of the expression `value`, timed to the frame after the
  // search: the widget paints what was typed first and searches in a task after that frame
  // (ui/point_list.rs), so the results are on screen at the second frame.
  const type = (value) => `const t = performance.now();
    input.value = ${value};
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return ${frame}.then(() => ${frame}).then(() => performance.now() - t);`;
  for (const [name, cpu] of [['desktop', 1], ['phone CPU, 4x slower', 4]]) {
    console.log(`\nInteractions (${name}, 1280x900, study page, 409 points), from the action to the next frame:`);
    await measure('search "sciatica" over 409 points, to its results painted', '/study.html', inPage(() => {}, new Function(`
      const input = ${search};
      ${type("'sciatica'")}`)), cpu);
    // As a reader types: the box focused (a click), 300 ms before the first letter, then each
    // letter timed to its frame; the slowest letter is what the reader waits for.
    await measure('type "sciatica" letter by letter: the slowest results painted', '/study.html', inPage(new Function(`
      ${search}.focus();
      return new Promise((r) => setTimeout(r, 300));`), new Function(`
      const input = ${search};
      const letter = (n) => { ${type("'sciatica'.slice(0, n)")} };
      let slowest = 0;
      let typed = Promise.resolve();
      for (let n = 1; n <= 8; n++) typed = typed.then(() => letter(n)).then((t) => { slowest = Math.max(slowest, t); });
      return typed.then(() => slowest);`)), cpu);
    // As a reader types, measured as INP measures it: real keys through the browser's input
    // pipeline, and for each letter its Event Timing duration, from the key to the frame that
    // paints the letter (what the reader waits for before the next; the results follow).
    // Durations under 16 ms are not reported by the browser; such a letter counts as 16.
    await measure('type "sciatica" with the keys: the slowest letter painted', '/study.html', async (page, path, cpu) => {
      await firstRender(page, path);
      await page.evaluate(() => {
        window.__letters = new Map();
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) if (e.interactionId) window.__letters.set(e.interactionId, Math.max(window.__letters.get(e.interactionId) ?? 16, e.duration));
        }).observe({ type: 'event', durationThreshold: 16 });
      });
      if (cpu > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
      await page.locator('acu-map [data-testid="search"]').focus();
      await page.waitForTimeout(300);
      for (const letter of 'sciatica') {
        await page.keyboard.type(letter);
        await page.waitForTimeout(300);
      }
      return page.evaluate(() => Math.max(16, ...window.__letters.values()));
    }, cpu);
    await measure('clear a search (all 409 points back), to its results painted', '/study.html', inPage(new Function(`
      const input = ${search};
      input.value = 'sciatica';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return ${frame};`), new Function(`
      const input = ${search};
      ${type("''")}`)), cpu);
    await measure('switch view front -> back (409 points), to the next frame', '/study.html', inPage(() => {}, new Function(`
      const el = document.querySelector('acu-map');
      const t = performance.now();
      el.view = 'back';
      return ${frame}.then(() => performance.now() - t);`)), cpu);
    // The new view's markers come a frame after its tab and figure (ui/body_map.rs, `marked`).
    await measure('switch view front -> back, until its markers are drawn', '/study.html', inPage(() => {}, new Function(`
      const el = document.querySelector('acu-map');
      const map = el.shadowRoot.querySelector('[data-testid="map"]');
      const t = performance.now();
      el.view = 'back';
      const drawn = () => ${frame}.then(() => (map.classList.contains('marking') ? drawn() : performance.now() - t));
      return drawn();`)), cpu);
    await measure('select a point (card), to the next frame', '/study.html', inPage(() => {}, new Function(`
      const el = document.querySelector('acu-map');
      const t = performance.now();
      el.select('GB30');
      return ${frame}.then(() => performance.now() - t);`)), cpu);
    await measure('zoom in one step (study page), to the next frame', '/study.html', inPage(() => {}, new Function(`
      const el = document.querySelector('acu-map');
      const t = performance.now();
      el.shadowRoot.querySelector('[data-testid="zoom-in"]').click();
      return ${frame}.then(() => performance.now() - t);`)), cpu);
  }
}
const took = Math.round((Date.now() - started) / 1000);
console.log(`\n(the benchmark took ${Math.floor(took / 60)} min ${took % 60} s)`);
await browser.close();
