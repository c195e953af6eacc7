// What web developers install: the npm package `cargo xtask package` writes into dist/, its
// typings (checked by compiling examples/typescript with tsc) and its Custom Elements Manifest,
// held against the live element so that neither can drift from what the widget really does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BASE, open, useBrowser } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = `${ROOT}dist`;

const browser = useBrowser();

const manifest = () => JSON.parse(readFileSync(`${DIST}/custom-elements.json`, 'utf8'));
const element = () => manifest().modules[0].declarations[0];
const sorted = (list) => [...list].sort();

test('npm pack lists the bundle, its typings, its manifest, the README and package.json, nothing else', () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: DIST, encoding: 'utf8' }));
  const files = packed[0].files.map((f) => f.path);
  const bundle = readdirSync(`${ROOT}www/pkg`);
  assert.deepEqual(sorted(files), sorted([...bundle, 'README.md', 'package.json']));
  for (const name of ['acumap.js', 'acumap.d.ts', 'acumap.react.d.ts', 'custom-elements.json', 'acumap.css']) assert.ok(files.includes(name), name);
  assert.ok(files.some((f) => /^acumap_bg\.[0-9a-f]{12}\.wasm$/.test(f)));
  assert.ok(files.some((f) => /^prose\.zh-Hans\.[0-9a-f]{12}\.json$/.test(f)));
  assert.ok(files.some((f) => /^prose\.zh-Hans\.patient\.[0-9a-f]{12}\.json$/.test(f)), 'a patient page\'s file');
  const pkg = JSON.parse(readFileSync(`${DIST}/package.json`, 'utf8'));
  const cargo = readFileSync(`${ROOT}Cargo.toml`, 'utf8');
  assert.equal(pkg.version, cargo.match(/^version = "([^"]+)"/m)[1]);
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.exports['.'].types, './acumap.d.ts');
  assert.deepEqual(pkg.exports['./react'], { types: './acumap.react.d.ts', default: './acumap.js' }, 'acumap/react loads the widget too');
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test('the TypeScript and React examples type-check against the generated typings, and their deliberate mistakes do not', () => {
  // Each mistake carries @ts-expect-error: tsc fails if one of them stops being an error.
  for (const example of ['typescript', 'react']) {
    execFileSync(`${ROOT}node_modules/.bin/tsc`, ['--noEmit', '-p', `${ROOT}examples/${example}`], { encoding: 'utf8' });
  }
});

test('the manifest names exactly the live element: attributes, properties, methods, parts and events', async () => {
  const declared = element();
  assert.equal(declared.tagName, 'acu-map');
  const { page, seen } = await open(browser, '/study.html');
  const live = await page.evaluate(() => {
    const Class = customElements.get('acu-map');
    const proto = Class.prototype;
    const own = Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor' && !n.endsWith('Callback'));
    return {
      attributes: Class.observedAttributes,
      methods: own.filter((n) => typeof Object.getOwnPropertyDescriptor(proto, n).value === 'function'),
      fields: own.filter((n) => Object.getOwnPropertyDescriptor(proto, n).get),
    };
  });
  assert.deepEqual(sorted(declared.attributes.map((a) => a.name)), sorted(live.attributes));
  const members = (kind) => declared.members.filter((m) => m.kind === kind).map((m) => m.name);
  assert.deepEqual(sorted(members('method')), sorted(live.methods));
  // `lang` is HTMLElement's own property, not the class's.
  assert.deepEqual(sorted(members('field')), sorted(live.fields));

  // Every part the rendered widget has (with a card open and a table shown) is declared, and
  // every declared part is rendered.
  await page.evaluate(() => document.querySelector('acu-map').select('ST36'));
  await page.locator('acu-map [data-testid="card"]').waitFor();
  await page.locator('acu-map .comparison').first().waitFor();
  const parts = await page.evaluate(() =>
    [...document.querySelector('acu-map').shadowRoot.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part').split(/\s+/)));
  assert.deepEqual(sorted(new Set(parts)), sorted(declared.cssParts.map((p) => p.name)));

  // Every event the widget fires is declared, and each declared event can be fired.
  const fired = await page.evaluate(async () => {
    const el = document.querySelector('acu-map');
    const names = new Set();
    const original = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (event) {
      if (this === el) names.add(event.type);
      return original.call(this, event);
    };
    el.select('LI4');
    el.view = 'side';
    el.view = 'nowhere';
    el.select('XX99');
    el.content = '{ not json';
    // A locate quiz's answer (acu-quiz), in study mode.
    const tick = () => new Promise((r) => setTimeout(r, 100));
    el.mode = 'study';
    await tick();
    el.shadowRoot.querySelector('[data-testid="locate-choice"]').click();
    await tick();
    el.shadowRoot.querySelector('[data-testid="choose-A"]').click();
    EventTarget.prototype.dispatchEvent = original;
    return [...names];
  });
  assert.deepEqual(sorted(fired), sorted(declared.events.map((e) => e.name)));
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('the manifest and the typings the server ships are the package\'s', async () => {
  for (const name of ['custom-elements.json', 'acumap.d.ts', 'acumap.react.d.ts']) {
    const served = await (await fetch(`${BASE}/pkg/${name}`)).text();
    assert.equal(served, readFileSync(`${DIST}/${name}`, 'utf8'), name);
  }
  // The custom properties a host may set are the stylesheet's own.
  const properties = element().cssProperties.map((p) => p.name);
  assert.ok(properties.includes('--acu-accent') && properties.includes('--acu-font'), properties.join());
  assert.ok(properties.every((p) => p.startsWith('--acu-')));
});
