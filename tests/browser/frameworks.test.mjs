// A React 19 app, a React 18 app and a Vue 3 app that embed the widget, bundled by esbuild as an
// app's build would. React 19 and Vue set a custom element's props as properties where the
// element has them, and as attributes where it does not (yet), so what the app gets depends on
// whether the widget's script has defined the element when the app first renders. React 18 sets
// every prop as an attribute and listens to no custom event: its app sets `content` and listens
// through a ref, as the README tells it to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { BASE, errors, recordingPage, useBrowser } from './harness.mjs';

const browser = useBrowser();

/** A React app's shell: a point picked on the map shown by the app, a button that changes the
 * selected point, one that removes the widgets, which are `widgets` (JSX that may use `selected`
 * and `setPicked`), after `head` (its components). */
const reactApp = (head, widgets) => `
import { createRoot } from 'react-dom/client';
import { useEffect, useRef, useState } from 'react';
const notes = { notes: { GB30: 'Our own note on GB30' } };
${head}
function App() {
  const [picked, setPicked] = useState('');
  const [selected, setSelected] = useState('GB30');
  const [shown, setShown] = useState(true);
  return (
    <main>
      <p id="picked">{picked}</p>
      <button id="next" onClick={() => setSelected('BL23')}>BL23</button>
      <button id="remove" onClick={() => setShown(false)}>remove</button>
      {shown && <>${widgets}</>}
    </main>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`;

/** The React 19 app: two widgets, content as JSON text and as an object. */
const APP = reactApp('', `
  <acu-map id="text" selected={selected} view="back" heading-level="2" content={JSON.stringify(notes)}
    onacu-select={(e) => setPicked(e.detail.code)}></acu-map>
  <acu-map id="object" selected="GB30" view="back" heading-level="2" content={notes}></acu-map>`);

/** The React app on React 18 (installed in `react18/`, bundled from there), as the README says
 * to write it: attributes as props, the content object set and `acu-select` heard through a ref. */
const REACT_18_APP = reactApp(`
function AcuMap({ selected, onSelect }) {
  const ref = useRef(null);
  useEffect(() => {
    const map = ref.current;
    map.content = notes;
    const heard = (e) => onSelect(e.detail.code);
    map.addEventListener('acu-select', heard);
    return () => map.removeEventListener('acu-select', heard);
  }, [onSelect]);
  return <acu-map ref={ref} id="text" selected={selected} view="back" heading-level="2"></acu-map>;
}`, '<AcuMap selected={selected} onSelect={setPicked} />');

/** The same in Vue 3, as its templates compile (`@acu-select` is `onAcu-select`,
 * `:content.prop` is `.content`): content as JSON text, as an object, and as an object set as
 * the property by Vue's `.prop` modifier, whatever the order. */
const VUE_APP = `
import { createApp, h, ref } from 'vue';
const notes = { notes: { GB30: 'Our own note on GB30' } };
createApp({
  setup() {
    const picked = ref('');
    return () => h('main', [
      h('p', { id: 'picked' }, picked.value),
      h('acu-map', { id: 'text', selected: 'GB30', view: 'back', content: JSON.stringify(notes), 'onAcu-select': (e) => { picked.value = e.detail.code; } }),
      h('acu-map', { id: 'object', selected: 'GB30', view: 'back', content: notes }),
      h('acu-map', { id: 'prop', selected: 'GB30', view: 'back', '.content': notes }),
    ]);
  },
}).mount('#root');
`;

/** An app's source bundled as its build would, minified, for production. */
const bundled = (contents, resolveDir = import.meta.dirname) => build({
  stdin: { contents, loader: 'jsx', resolveDir },
  bundle: true, write: false, format: 'esm', jsx: 'automatic', minify: true,
  define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
}).then((r) => r.outputFiles[0].text);

const REACT = bundled(APP);
const REACT_18 = bundled(REACT_18_APP, `${import.meta.dirname}/react18`);
const VUE = bundled(VUE_APP);

/** The page: the app, and the widget's script before it or (as an async loader does) after
 * the app has rendered. Under the demo pages' CSP, Trusted Types included. */
async function openApp(app, scriptFirst) {
  const page = await recordingPage(browser);
  const seen = { errors: [], warnings: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => m.type() === 'warning' && seen.warnings.push(m.text()));
  await page.route(`${BASE}/app.js`, async (r) => r.fulfill({ body: await app, contentType: 'text/javascript' }));
  await page.route(`${BASE}/app.html`, (r) => r.fulfill({
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; require-trusted-types-for 'script'" },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An app</title>
      ${scriptFirst ? '<script type="module" src="/pkg/acumap.js"></script>' : ''}</head>
      <body><div id="root"></div>${scriptFirst ? '' : '<script type="module" src="/load-later.js"></script>'}</body></html>`,
  }));
  // The widget's script asked for once the app has rendered its elements.
  await page.route(`${BASE}/load-later.js`, (r) => r.fulfill({
    contentType: 'text/javascript',
    body: `await import('/app.js');
      await new Promise((done) => { const wait = () => document.querySelector('acu-map') ? done() : requestAnimationFrame(wait); wait(); });
      await import('/pkg/acumap.js');`,
  }));
  await page.goto(`${BASE}/app.html`);
  // Or the app once the element is defined (as an app that imports the package first).
  if (scriptFirst) await page.evaluate(() => customElements.whenDefined('acu-map').then(() => import('/app.js')));
  await page.locator('#text [data-testid="list"]').waitFor();
  return { page, seen };
}

const note = (page, id) => page.locator(`#${id} [data-testid="host-note"] p`).innerText();

test('a React 19 app whose widgets render before the script defines them: attributes, JSON text content, events; an object content is reported', async () => {
  const { page, seen } = await openApp(REACT, false);
  assert.equal(await page.evaluate(() => document.querySelector('#object').getAttribute('content')), '[object Object]', 'React made the object an attribute');
  assert.equal(await note(page, 'text'), 'Our own note on GB30');
  assert.match(await page.locator('#object [data-testid="notice"]').innerText(), /“\[object Object\]”, an object turned into text/);
  assert.deepEqual((await errors(page)).map((e) => [e.source, e.value]), [['content', '[object Object]']]);
  assert.ok(seen.warnings.some((w) => w.includes('[object Object]')));
  // The app's own handler hears the widget's event, and its new prop reaches the widget.
  await page.locator('#text [data-testid="item-BL25"]').click();
  await page.locator('#picked', { hasText: 'BL25' }).waitFor();
  await page.locator('#next').click();
  await page.locator('#text [data-testid="card-code"]', { hasText: 'BL23' }).waitFor();
  // React removes them: unmounted, nothing thrown.
  await page.locator('#remove').click();
  assert.equal(await page.locator('acu-map').count(), 0);
  assert.deepEqual(seen.errors, []);
});

test('a React 19 app that renders once the element is defined: its content object is the property', async () => {
  const { page, seen } = await openApp(REACT, true);
  assert.equal(await note(page, 'object'), 'Our own note on GB30');
  assert.equal(await note(page, 'text'), 'Our own note on GB30');
  assert.equal(await page.evaluate(() => document.querySelector('#object').hasAttribute('content')), false);
  assert.equal(await page.locator('acu-map [data-testid="notice"]').count(), 0);
  await page.locator('#object [data-testid="item-BL25"]').click();
  await page.locator('#object [data-testid="card-code"]', { hasText: 'BL25' }).waitFor();
  assert.deepEqual(seen.errors, []);
});

for (const scriptFirst of [false, true]) {
  test(`a React 18 app that sets content and listens through a ref, rendered ${scriptFirst ? 'once the element is defined' : 'before the script defines it'}: content shown, events heard, props followed`, async () => {
    const { page, seen } = await openApp(REACT_18, scriptFirst);
    assert.match(await REACT_18, /"18\.\d+\.\d+"/, 'the app was bundled with React 18');
    assert.doesNotMatch(await REACT_18, /"19\.\d+\.\d+"/);
    assert.equal(await note(page, 'text'), 'Our own note on GB30');
    assert.equal(await page.evaluate(() => document.querySelector('#text').hasAttribute('content')), false);
    assert.equal(await page.locator('acu-map [data-testid="notice"]').count(), 0);
    assert.deepEqual(await errors(page), []);
    await page.locator('#text [data-testid="item-BL25"]').click();
    await page.locator('#picked', { hasText: 'BL25' }).waitFor();
    await page.locator('#next').click();
    await page.locator('#text [data-testid="card-code"]', { hasText: 'BL23' }).waitFor();
    assert.equal(await page.evaluate(() => document.querySelector('#text').getAttribute('selected')), 'BL23', 'React 18 set the prop as an attribute');
    await page.locator('#remove').click();
    assert.equal(await page.locator('acu-map').count(), 0);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.warnings, []);
  });
}

test('a Vue 3 app whose widgets render before the script defines them: JSON text and .prop content shown, an object reported, events heard', async () => {
  const { page, seen } = await openApp(VUE, false);
  assert.equal(await page.evaluate(() => document.querySelector('#object').getAttribute('content')), '[object Object]', 'Vue made the object an attribute');
  assert.equal(await note(page, 'text'), 'Our own note on GB30');
  assert.equal(await note(page, 'prop'), 'Our own note on GB30', 'set as the property before the element was defined, taken when it was');
  assert.match(await page.locator('#object [data-testid="notice"]').innerText(), /“\[object Object\]”, an object turned into text/);
  assert.deepEqual((await errors(page)).map((e) => [e.source, e.value]), [['content', '[object Object]']]);
  await page.locator('#text [data-testid="item-BL25"]').click();
  await page.locator('#picked', { hasText: 'BL25' }).waitFor();
  assert.deepEqual(seen.errors, []);
});
