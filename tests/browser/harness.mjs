// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core, against the
// bundle served by `cargo xtask test` (ACUMAP_BASE_URL).
import { chromium } from 'playwright-core';

export const BASE = process.env.ACUMAP_BASE_URL ?? 'http://127.0.0.1:8080';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
}

/**
 * Opens `path` and waits for the widget to be defined and rendered, its list included (the
 * list's code comes in a chunk after the first paint: src/ui/lazy.rs). Returns the page and
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
  await page.locator('acu-map [data-testid="list"]').first().waitFor();
  return { page, seen };
}

/** A new page that records every `acu-error` in `window.__errors` from its first moment. */
export async function recordingPage(browser, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener('acu-error', (e) => window.__errors.push(e.detail));
  });
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
