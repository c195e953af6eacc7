// The <acu-map> custom element: the only JavaScript the widget has besides what wasm-bindgen
// generates. A custom element must be a JS class, so this class owns the element's lifecycle
// and hands everything else to the Rust `Widget` it mounts into its open shadow root.
// `cargo xtask build` puts this file inside acumap.js (one request, not two in a row).

// The catalog's prose, two JSON files per language beside acumap.js (src/prose.rs): the whole,
// and a patient page's (the plain words without the practitioner's texts); fetched once per
// page and file, shared by every instance. The bundle's entry calls `configureFiles` as it
// starts the wasm: the files the page's widgets need are requested as soon as the last byte of
// the live widget's chunk has arrived (which is asked for as the element is defined), or when a
// live widget asks first; at a low priority. A widget that opens on a point asks for its file
// before the chunk, which waits for its last byte (`#proseForCard`, `afterProseFirst`). The map
// never waits for them, and on a slow link they never share its bandwidth with the code.
const proseFiles = { base: null, names: {}, loads: new Map() };

/** For each prose file whose load failed, the widgets waiting for a later load that succeeds
 * (another widget's retry): a promise and its resolve. */
const proseRecoveries = new Map();

/** The entry script (`acumap.js`, with its query string) that loaded this copy first. */
let entryScript = null;

/** The live widget's chunk (its URL), asked for as the element is defined (`defineAcuMap`). */
let liveChunk = null;

/** `loading="lazy"`, read as HTML reads an iframe's: only `lazy`, in any case. A widget with
 * `link` on a page opened at an address with a hash is not: the hash may hold its state, or the
 * page's own anchor that the live widget brings into view (src/state/link.rs). */
const isLazy = (el) => el.getAttribute('loading')?.toLowerCase() === 'lazy' && !(el.hasAttribute('link') && location.hash.length > 1);

/** A widget that opens on a point (`selected`): its painted card shows the point's location
 * and cautions if its prose comes before its live widget (`#proseForCard`). */
const opensOnPoint = (el) => el.hasAttribute('selected');

/** The prose files (their loads, see `proseLoad`) asked for by painted widgets that open on a
 * point (`#proseForCard`). */
const proseFirst = [];

/** How long, at most, the live widget's chunk waits for them (ms). */
const PROSE_FIRST_WAIT = 2000;

/** Lazy widgets painted but not yet near the screen: the page does not need their prose yet. */
const waiting = new WeakSet();

/** How near the viewport a lazy widget goes live: a screen's height before it scrolls in. */
const LAZY_MARGIN = '100% 0px';

/** The files the entry script names: where the prose files are (`names`: `en`, `en.patient`
 * … → file name) and the live widget's chunk (a URL); `entry` is the URL of the entry script calling. */
export function configureFiles(base, names, chunk, entry) {
  if (entryScript !== null) {
    // The same bundle's entry again (a CMS adding `?ver=`): it shares everything with the first.
    console.info(`<acu-map>: ${entry} loaded again; the element is already defined by ${entryScript}, so this copy does nothing.`);
    return;
  }
  entryScript = entry;
  proseFiles.base = base;
  proseFiles.names = names;
  liveChunk = chunk;
  let started = false;
  let observer = null;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    const widgets = [...document.querySelectorAll('acu-map')];
    const files = widgets.filter((el) => !waiting.has(el)).map((el) => [widgetLanguage(el), patientOnly(el)]);
    if (files.length === 0) files.push([proseLanguage(document.documentElement.lang), false]);
    // The whole file first: a patient widget of the same language takes it rather than its own.
    files.sort(([, a], [, b]) => a - b);
    // A failure is reported by each widget that waits for the file, not here.
    for (const [lang, patient] of files) loadProse(lang, patient, false).catch(() => {});
  };
  // Resource Timing reports the chunk once its last byte is in. (Without it, each live widget
  // asks for its language as it mounts.)
  if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === chunk.href)) start();
    });
    try {
      observer.observe({ type: 'resource', buffered: true });
    } catch {
      observer = null;
    }
  }
}

/** The chunks asked for before the loader needed them: URL → a promise of the compiled module. */
const earlyChunks = new Map();

/** Asks for a chunk before the loader does (see `defineAcuMap`). */
function askForChunk(url) {
  if (!earlyChunks.has(url.href)) earlyChunks.set(url.href, compileChunk(url));
}

/** A promise of a chunk's compiled module, for the chunk loader (`cargo xtask build` makes it
 * ask here): the one asked for early, if any, else a new download. The loader asks once, and
 * again after a failure: a retry downloads anew. */
function chunkModule(url) {
  const early = earlyChunks.get(url.href);
  earlyChunks.delete(url.href);
  return early ?? compileChunk(url);
}

/** Downloads and compiles a chunk: as it arrives where the host serves it as
 * `application/wasm`, from its bytes where it does not (many hosts and CDNs send
 * `application/octet-stream`, which `compileStreaming` refuses), as wasm-bindgen's glue does for
 * the main wasm. */
function compileChunk(url) {
  const module = afterProseFirst(() => fetch(url)).then((file) => {
    if (!file.ok) throw new Error(`${file.url}: HTTP ${file.status}`);
    const type = (file.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
    return type === 'application/wasm' ? WebAssembly.compileStreaming(file) : file.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  });
  module.catch(() => {});
  return module;
}

/** `ask()`'s promise, asked once the prose files of painted widgets that open on a point
 * (`#proseForCard`) have their last byte in or have failed, or after `PROSE_FIRST_WAIT`; at once
 * if there are none. Called as the last of them arrives, before it is parsed (with the card it
 * fills, a long task on a phone's CPU): the network does not stand idle meanwhile. */
function afterProseFirst(ask) {
  const waitFor = proseFirst.filter((load) => !load.received);
  if (waitFor.length === 0) return ask();
  return new Promise((done) => {
    let asked = false;
    const go = () => {
      if (asked) return;
      asked = true;
      done(ask());
    };
    for (const load of waitFor) load.whenReceived.push(() => waitFor.every((l) => l.received) && go());
    setTimeout(go, PROSE_FIRST_WAIT);
  });
}

/** The prose file's language for a widget: its own `lang`, else the page's. */
function widgetLanguage(el) {
  return proseLanguage(el.getAttribute('lang') || pageLang(el) || '');
}

/** The language a widget takes from the page: the nearest `lang` above it, through the shadow
 * roots it sits in (a widget inside a site's own component), as the browser's `:lang()` reads
 * it; `null` if none. */
export function pageLang(el) {
  let from = el.parentElement;
  let root = el.getRootNode();
  for (;;) {
    const found = from?.closest('[lang]');
    if (found) return found.getAttribute('lang');
    if (!root.host) return null;
    from = root.host;
    root = from.getRootNode();
  }
}

/** Whether a widget needs only a patient page's prose: the same rule as `Mode::prose_file` in
 * src/attributes.rs (its `mode` read as `attributes::mode` reads it). */
function patientOnly(el) {
  return (el.getAttribute('mode') ?? '').trim().toLowerCase() === 'patient';
}

/** The language tag of the prose file for a BCP 47 tag: the same rule as `Lang::from_tag` in
 * src/strings.rs (Chinese, Mandarin or Cantonese, in the script its first script or region
 * subtag names: Traditional for Hant, Taiwan, Hong Kong and Macao, Simplified for Hans and
 * China; with neither, Simplified, but Cantonese Traditional; anything else English). A page
 * must never fetch the prose of a language it does not show. */
function proseLanguage(tag) {
  const [primary, ...rest] = String(tag).trim().toLowerCase().replace(/_/g, '-').split('-');
  if (!['zh', 'cmn', 'yue'].includes(primary)) return 'en';
  const script = rest.find((s) => ['hans', 'cn', 'hant', 'tw', 'hk', 'mo'].includes(s));
  const simplified = script ? ['hans', 'cn'].includes(script) : primary !== 'yue' && rest[0] !== 'yue';
  return simplified ? 'zh-Hans' : 'zh-Hant';
}

/** The key of a prose file among the loads and the entry's names: `ProseFileKind::key` in
 * src/prose.rs (`en`, `en.patient`), or the URL the Leptos component gives. */
function proseKey(lang, patient, url) {
  return url ?? (patient ? `${lang}.patient` : lang);
}

/** A promise of the language's prose (the object `JSON.parse` made), shared by every instance:
 * the whole file, or a patient page's when `patient` (the whole one if the page has it or is
 * getting it); `retry` fetches again after a failure. `url`, if given, is where the file is (the
 * Leptos component's `prose` prop); else it is the bundle's file beside the entry script. */
export function loadProse(lang, patient, retry, url) {
  return proseLoad(lang, patient, retry, url).promise;
}

/** `loadProse`'s load of the file: its `promise`; `received` once its last byte is in or it
 * failed, when it calls each of `whenReceived` (before the file is parsed); `failed`. */
function proseLoad(lang, patient, retry, url) {
  const whole = patient ? proseFiles.loads.get(lang) : undefined;
  if (whole && !whole.failed) return whole;
  const key = proseKey(lang, patient, url);
  const known = proseFiles.loads.get(key);
  if (known && !(retry && known.failed)) return known;
  const load = { failed: false, received: false, whenReceived: [] };
  const received = () => {
    load.received = true;
    for (const then of load.whenReceived.splice(0)) then();
  };
  const name = url ?? proseFiles.names[key];
  const request = name
    ? fetch(new URL(name, proseFiles.base ?? document.baseURI), { priority: 'low' })
    : Promise.reject(new Error(`no prose file for "${key}"`));
  load.promise = request
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${name}`.replace('  ', ' '));
      return response.text();
    })
    .then((text) => {
      received();
      const file = JSON.parse(text);
      // The whole file brings back the widgets whose patient file failed too.
      for (const recovered of patient || url ? [key] : [key, proseKey(lang, true)]) {
        proseRecoveries.get(recovered)?.resolve(file);
        proseRecoveries.delete(recovered);
      }
      return file;
    })
    .catch((error) => {
      load.failed = true;
      received();
      throw error instanceof Error ? error.message : String(error);
    });
  proseFiles.loads.set(key, load);
  return load;
}

/** A promise of the language's prose once a later load of it succeeds: a widget whose load
 * failed comes back with the one whose retry worked (`loadProse`'s arguments). */
export function proseRecovered(lang, patient, url) {
  const key = proseKey(lang, patient, url);
  if (!proseRecoveries.has(key)) {
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    proseRecoveries.set(key, { promise, resolve });
  }
  return proseRecoveries.get(key).promise;
}

/** The live widget's own rules (`ui::live_stylesheet`), which come with its chunk: one sheet for
 * every instance, adopted after the painted view's. */
let liveCss;
export function adoptLiveStyles(root, css) {
  liveCss = css;
  const live = sheetOf(root.ownerDocument, css);
  if (!root.adoptedStyleSheets.includes(live)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, live];
}

/** The constructed stylesheet of `css` for `doc`, made once and shared by every instance
 * there: one serves only the document it was made in. */
const sheets = new WeakMap();
function sheetOf(doc, css) {
  if (!sheets.has(doc)) sheets.set(doc, new Map());
  const made = sheets.get(doc);
  if (!made.has(css)) {
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(css);
    made.set(css, sheet);
  }
  return made.get(css);
}

export function defineAcuMap(tag, observedAttributes, properties, css, mount, catalog) {
  const defined = customElements.get(tag);
  if (defined) {
    // Another build of the widget got there first: it stays, and this one adds nothing.
    console.info(`<${tag}>: already defined by ${defined.definedBy ?? 'another script'}; ${entryScript} does nothing.`);
    return;
  }
  // The live widget's chunk, asked for now if the document has a widget that is not lazy: it
  // downloads and compiles while the widgets paint their maps (as the element is defined,
  // below), rather than after. On a page that opens on a point, the prose of the widgets that
  // do instead, and the chunk after it (`#proseForCard`). (A page whose widgets come later, or
  // sit in another component's shadow root, asks for them as the first one paints; a lazy one
  // as it nears the screen.)
  const eager = [...document.querySelectorAll(tag)].filter((el) => !isLazy(el));
  const opening = eager.filter(opensOnPoint);
  for (const el of opening) proseFirst.push(proseLoad(widgetLanguage(el), patientOnly(el), false));
  if (liveChunk && eager.length > 0 && opening.length === 0) askForChunk(liveChunk);
  // One constructable stylesheet, shared by every instance and adopted into each shadow root:
  // nothing is added to the host page's <head>, and no inline style is needed (strict CSP).
  const sheet = sheetOf(document, css);

  /** The widgets on the page now: a widget's `print()` keeps the others off the paper. */
  const connected = new Set();

  class AcuMap extends HTMLElement {
    static get observedAttributes() {
      return [...observedAttributes, 'content'];
    }

    /** The entry script that defined the element (named when another copy finds it defined). */
    static definedBy = entryScript;

    #widget = null;
    /** What the reader did (the point, the view, the search, the filters), kept while the
     * element is out of the page, for the widget to open on if it is put back (a site's tabs,
     * a framework that keeps its nodes): `Widget::unmount`'s strings. A `selected` or `view`
     * set meanwhile is newer: the widget opens as its attributes say. */
    #kept = undefined;
    /** The `content` property's value; `undefined` until the host sets it. */
    #content = undefined;
    /** Watches the child <script type="application/json"> while mounted. */
    #observer = null;
    /** The attribute's or the script's text last handed to the widget. */
    #sentText = undefined;
    /** Its custom states (`:state(off-paper)` while another widget prints its handout). */
    #internals = this.attachInternals();
    /** The page's language as the widget last read it (`pageLang`). */
    #pageLang = null;
    /** A site's language switch sets `lang` on <html> (or on a block) without a reload: each
     * widget that follows the page's language takes the new one. One observer for the page,
     * from the first widget on. (A widget inside a site's own shadow root hears of the light
     * DOM's `lang`s only: where language switches set it.) */
    static #langObserver = new MutationObserver(() => {
      for (const widget of connected) widget.#pageLangChanged();
    });

    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
      for (const type of ['keydown', 'keypress', 'keyup']) this.shadowRoot.addEventListener(type, this.#keepKeys);
      // Properties a page set before the element was defined (an async script, React, Vue)
      // are own properties that would hide the class's setters: take them and set them again
      // through the setters, after the attributes already on the element.
      for (const name of [...properties, 'content']) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
    }

    connectedCallback() {
      connected.add(this);
      AcuMap.#langObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
      this.#pageLang = pageLang(this);
      if (this.#widget) return;
      // The content goes in with the mount, so the first render already shows it.
      const lazy = isLazy(this);
      this.#widget = mount(this, this.shadowRoot, ...this.#contentJson(), lazy, this.#kept);
      this.#kept = undefined;
      if (lazy) this.#waitForScreen();
      else this.#proseForCard();
      for (const [method, ...args] of this.#calls.splice(0)) this.#widget[method](...args);
      // Only a change of the script's text is news (not other children coming and going).
      this.#observer = new MutationObserver(() => this.#textChanged());
      this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    }

    /** Moved to another document (a Document Picture-in-Picture window, a print frame) or
     * back: the browser drops the sheets made for the one it left. Its sheets again, this one's. */
    adoptedCallback() {
      const doc = this.ownerDocument;
      if (doc.defaultView) this.shadowRoot.adoptedStyleSheets = [css, liveCss].filter(Boolean).map((text) => sheetOf(doc, text));
    }

    disconnectedCallback() {
      connected.delete(this);
      // An element moved within the page is disconnected and reconnected in one task: keep it.
      queueMicrotask(() => {
        if (!this.isConnected && this.#widget) {
          this.#observer.disconnect();
          this.#observer = null;
          this.#screenObserver?.disconnect();
          this.#screenObserver = null;
          waiting.delete(this);
          this.#kept = this.#widget.unmount();
          this.#widget = null;
        }
      });
    }

    /**
     * The host's own content (notes, shortlists, comparison tables): an object or a JSON
     * string. Setting it overrides the `content` attribute (JSON text) and a child
     * <script type="application/json">; null goes back to them (or to none).
     */
    get content() {
      return this.#content ?? null;
    }

    set content(value) {
      this.#content = value ?? undefined;
      this.#sendContent();
    }

    /** The content's text where the property is not set: the attribute's (as a framework
     * sets an object prop before the element is defined), else the child script's. */
    #contentText() {
      if (this.hasAttribute('content')) return this.getAttribute('content');
      const script = this.querySelector(':scope > script[type="application/json"]');
      return script ? script.textContent : null;
    }

    /** The attribute's or the script's text may have changed: news unless the property is
     * set (which wins) or the text is the one the widget has. */
    #textChanged() {
      if (this.#content === undefined && this.#contentText() !== this.#sentText) this.#sendContent();
    }

    /** Hands the content document to the widget. */
    #sendContent() {
      this.#widget?.content_changed(...this.#contentJson());
    }

    /** The content document as [JSON text, null], or [null, why there is none to read]: the
     * `typeof` of a value JSON has no form for (a function, a symbol), which the widget names
     * in the reader's language (host_content::JsonKind), else the browser's words. */
    #contentJson() {
      const value = this.#content;
      if (value === undefined) {
        this.#sentText = this.#contentText();
        return [this.#sentText, null];
      }
      if (typeof value === 'string') return [value, null];
      try {
        const json = JSON.stringify(value);
        return json === undefined ? [null, typeof value] : [json, null];
      } catch (e) {
        return [null, String(e && e.message)];
      }
    }

    /** The keys of each keystroke (`KeyboardEvent.code`) the widget kept from the page. */
    #keptKeys = new Set();

    /**
     * Keys the widget takes stay inside it: what the reader types in its search box or uses
     * in its filters' menus, and the keys it acts on (the map's arrows, Enter, Space, + and -). A key event leaves a shadow
     * root with the host element as its target, so a site's shortcuts, which skip keys typed
     * in a field by looking at `event.target` ("/" or "s" for the site's search, a carousel's
     * arrows, a slide deck's Space), would act on them too. Tab, Escape and keys with Ctrl,
     * Alt or Meta go on unless the widget took them (a dialog's focus trap, a command palette).
     */
    #keepKeys = (e) => {
      if (e.type === 'keydown') {
        const typed = e.composedPath()[0].matches?.('input:not([readonly]), textarea, select')
          && !(e.ctrlKey || e.altKey || e.metaKey || e.key === 'Tab' || e.key === 'Escape');
        if (e.defaultPrevented || typed) this.#keptKeys.add(e.code);
        else this.#keptKeys.delete(e.code);
      }
      // Its keypress and keyup go with the keydown.
      if (this.#keptKeys.has(e.code)) e.stopPropagation();
      if (e.type === 'keyup') this.#keptKeys.delete(e.code);
    };

    /** A `lang` changed somewhere on the page: news only to a widget without its own `lang`
     * whose page language it changed. */
    #pageLangChanged() {
      const tag = pageLang(this);
      if (tag === this.#pageLang) return;
      this.#pageLang = tag;
      if (this.hasAttribute('lang')) return;
      this.#widget?.attribute_changed('lang', null);
      if (!waiting.has(this)) this.#proseForCard();
    }

    /** Watches a lazy widget's distance from the viewport until it goes live. */
    #screenObserver = null;

    /** `loading="lazy"`: the map is painted, and the live widget's code and prose wait until
     * the widget is within a screen's height of the viewport (an IntersectionObserver, which
     * also waits while the widget is hidden: in a closed tab or `<details>`). */
    #waitForScreen() {
      waiting.add(this);
      this.#screenObserver = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#goLive();
      }, { rootMargin: LAZY_MARGIN });
      this.#screenObserver.observe(this);
    }

    #goLive() {
      if (!waiting.delete(this)) return;
      this.#screenObserver.disconnect();
      this.#screenObserver = null;
      this.#widget.goLive();
      this.#proseForCard();
    }

    /** A painted widget that opens on a point (not lazy, or no longer waiting) asks for its
     * prose file as it asks for its live widget, and its card shows the point's location and
     * cautions as soon as the file is in (src/element/paint.rs; a live widget has asked for
     * the file already, or will, and ignores it here). The live widget's chunk waits for such
     * files' last bytes, up to `PROSE_FIRST_WAIT`: on a slow link they come first rather than
     * after the chunk, and the card is read a second or more sooner, for the chunk's waiting the
     * prose's own download time. (A failure is the live widget's to report.) */
    #proseForCard() {
      if (!this.#widget || !opensOnPoint(this)) return;
      const load = proseLoad(widgetLanguage(this), patientOnly(this), false);
      if (!proseFirst.includes(load)) proseFirst.push(load);
      load.promise.then((file) => this.#widget?.fillCard(file), () => {});
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (name === 'content') {
        this.#textChanged();
        return;
      }
      // Out of the page, a new point or view is newer than what the reader did there.
      if (name === 'selected' || name === 'view') this.#kept = undefined;
      // No longer lazy: live now (a widget already live stays so, as an iframe stays loaded).
      if (name === 'loading' && !isLazy(this)) this.#goLive();
      // Before connection the widget reads every attribute itself when it mounts. A value set
      // again is applied again: the reader may have moved on (another view, another point)
      // since the host set it, and the host means "show this".
      this.#widget?.attribute_changed(name, newValue);
      // Painted again (another point, language or mode) before the widget is live.
      if (!waiting.has(this)) this.#proseForCard();
    }

    /** `select()`, `clear()` and `print()` called while the element is not in the page, in
     * order: done as it is connected (a page often calls them before appending the element). */
    #calls = [];

    /** Selects and shows the point with this code; returns it, or null for an unknown code. */
    select(code) {
      if (this.#widget) return this.#widget.select(String(code));
      this.#calls.push(['select', String(code)]);
      return catalog.getPoint(String(code), this.getAttribute('notation'));
    }

    /** Closes the point card. */
    clear() {
      if (this.#widget) {
        this.#widget.clear();
      } else {
        // The points asked for before are no longer wanted (an unknown code is still reported).
        this.#calls = this.#calls.filter(([method, code]) => method !== 'select' || !catalog.getPoint(code, this.getAttribute('notation')));
        this.#calls.push(['clear']);
      }
    }

    /**
     * Prints this widget's handout (the print stylesheet shows it and none of the widget's
     * controls). The page's other widgets stay off this paper; the page's own print has them all.
     * The handout is the live widget's: called earlier, it prints once the widget is live (a
     * lazy widget goes live at once); with nothing to print, the widget says so instead.
     */
    print() {
      this.#goLive();
      const print = () => this.#printNow();
      if (this.#widget) this.#widget.print(print);
      else this.#calls.push(['print', print]);
    }

    #printNow() {
      const others = [...connected].filter((w) => w !== this);
      const mark = (on) => {
        for (const w of others) {
          // `:state()` idents need Chromium 125, Firefox 126, Safari 17.4; before, they print too.
          try { w.#internals.states[on ? 'add' : 'delete']('off-paper'); } catch { /* unsupported */ }
        }
      };
      mark(true);
      window.addEventListener('afterprint', () => mark(false), { once: true });
      window.print();
    }

    /** The points matching `query`, best first, as plain objects (works before mounting too). */
    search(query) {
      return catalog.search(String(query ?? ''));
    }

    /** The point with this code as a plain object, or null. */
    getPoint(code) {
      return catalog.getPoint(String(code), null);
    }
  }

  // Each attribute is also a property of its name in camel case (`lang` and `ariaLabel` already
  // are, as HTML's own); `link` is a boolean one.
  Object.defineProperty(AcuMap.prototype, 'link', {
    get() {
      return this.hasAttribute('link');
    },
    set(value) {
      this.toggleAttribute('link', Boolean(value));
    },
  });
  observedAttributes.forEach((name, i) => {
    // HTML's own (`lang`, `ariaLabel`) stay HTML's.
    if (properties[i] in HTMLElement.prototype || name === 'link') return;
    Object.defineProperty(AcuMap.prototype, properties[i], {
      get() {
        return this.getAttribute(name);
      },
      set(value) {
        if (value === null || value === undefined) this.removeAttribute(name);
        else this.setAttribute(name, String(value));
      },
    });
  });

  customElements.define(tag, AcuMap);
}
