// <acu-map>: the entry script, `acumap.js` (cargo xtask build, which fills in the names in
// capitals and minifies it). The files it names sit beside it.
// It asks for the wasm at once, then for the glue (named by its content, so cached for a year
// like the wasm), which the browser parses while the wasm downloads. The live widget's chunk
// follows as soon as the wasm has started (before the maps are painted), and the prose as soon
// as the chunk is in, so on a slow link neither takes bandwidth from the code before it
// (src/element.js). A second copy of the entry (another URL of it) finds the glue and the wasm
// already there.
const wasmUrl = new URL(WASM_FILE, import.meta.url);
const wasm = customElements.get('acu-map')
  ? undefined
  : fetch(wasmUrl).then((file) => {
    if (!file.ok) throw new Error(`${file.url}: HTTP ${file.status}`);
    // Compiled as it arrives where the host serves it as `application/wasm`; from its bytes
    // where it does not (many hosts and CDNs send `application/octet-stream`, which
    // `instantiateStreaming` refuses: wasm-bindgen's glue would try, fail and warn), as the
    // chunk loader does (src/element.js).
    return /^\s*application\/wasm\s*(;|$)/i.test(file.headers.get('Content-Type') ?? '') ? file : file.arrayBuffer();
  });
wasm?.catch(() => {});
// Copies of the entry on one page (a site's and a CDN's, one of them stale or broken) answer
// each other through an event on the document, not a global: one that cannot start leaves the
// element to another still starting, and only the last to fail puts up the stand-in.
const STARTING = 'acu-map-starting';
const starting = (event) => { event.detail.starting = true; };
document.addEventListener(STARTING, starting);
let failed = null;
try {
  const glue = await import(GLUE_FILE);
  const ready = glue.default({ module_or_path: wasm ?? wasmUrl });
  glue.configureFiles(new URL('./', import.meta.url), PROSE_FILES, new URL(LIVE_FILE, import.meta.url), import.meta.url);
  await ready;
} catch (error) {
  failed = { error };
}
document.removeEventListener(STARTING, starting);
if (failed) cannotStart(failed.error);

/** The widget cannot start: a Content-Security-Policy without 'wasm-unsafe-eval', a file that
 * is missing or blocked, a browser without WebAssembly. Said once in the console; and each
 * <acu-map> becomes a stand-in that says in the reader's language that the map could not be
 * loaded (not a loading state that never ends), above the host's own content, and fires
 * `acu-error`. */
function cannotStart(error) {
  const message = `the widget could not start (${error}). Its files must be reachable beside ${import.meta.url} (from another origin: with CORS, and in a Content-Security-Policy's connect-src), and the policy must allow 'wasm-unsafe-eval' in script-src.`;
  console.error(`<acu-map>: ${message}`);
  const asked = { starting: false };
  document.dispatchEvent(new CustomEvent(STARTING, { detail: asked }));
  if (asked.starting || customElements.get('acu-map')) return;
  customElements.define('acu-map', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const notice = document.createElement('p');
      notice.setAttribute('role', 'alert');
      // Lang::from_tag's rule (src/strings.rs): Chinese, Mandarin or Cantonese, in the script
      // its first script or region subtag names (Hant, TW, HK, MO: Traditional; Hans, CN:
      // Simplified); with neither, Simplified, but Cantonese Traditional; anything else English.
      // The nearest lang above it, through the shadow roots it sits in (as element.js's pageLang).
      let lang = '';
      for (let from = this; from && !lang; from = from.getRootNode().host) lang = from.closest('[lang]')?.lang ?? '';
      const [primary, ...rest] = lang.toLowerCase().replace(/_/g, '-').split('-');
      const script = rest.find((s) => ['hans', 'cn', 'hant', 'tw', 'hk', 'mo'].includes(s));
      const simplified = script ? ['hans', 'cn'].includes(script) : primary !== 'yue' && rest[0] !== 'yue';
      notice.textContent = CANNOT_START[!['zh', 'cmn', 'yue'].includes(primary) ? 'en' : simplified ? 'zh-Hans' : 'zh-Hant'];
      // Then whatever the host put inside (a link to its own page of points, say).
      this.attachShadow({ mode: 'open' }).append(notice, document.createElement('slot'));
      const detail = { source: ERROR_SOURCE, value: import.meta.url, message };
      this.dispatchEvent(new CustomEvent('acu-error', { bubbles: true, composed: true, detail }));
    }
  });
}
