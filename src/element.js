// The <acu-map> custom element: the only JavaScript the widget has besides what wasm-bindgen
// generates. A custom element must be a JS class, so this class owns the element's lifecycle
// and hands everything else to the Rust `Widget` it mounts into its open shadow root.

export function defineAcuMap(tag, observedAttributes, css, mount, catalog) {
  if (customElements.get(tag)) return;
  // One constructable stylesheet, shared by every instance and adopted into each shadow root:
  // nothing is added to the host page's <head>, and no inline style is needed (strict CSP).
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);

  class AcuMap extends HTMLElement {
    static get observedAttributes() {
      return observedAttributes;
    }

    #widget = null;

    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    }

    connectedCallback() {
      if (!this.#widget) this.#widget = mount(this, this.shadowRoot);
    }

    disconnectedCallback() {
      // An element moved within the page is disconnected and reconnected in one task: keep it.
      queueMicrotask(() => {
        if (!this.isConnected && this.#widget) {
          this.#widget.unmount();
          this.#widget = null;
        }
      });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      // Before connection the widget reads every attribute itself when it mounts.
      if (this.#widget && oldValue !== newValue) this.#widget.attribute_changed(name, newValue);
    }

    /** Selects and shows the point with this code; returns it, or null for an unknown code. */
    select(code) {
      return this.#widget ? this.#widget.select(String(code)) : null;
    }

    /** Closes the point card. */
    clear() {
      this.#widget?.clear();
    }

    /** The points matching `query`, best first, as plain objects (works before mounting too). */
    search(query) {
      return catalog.search(String(query ?? ''));
    }

    /** The point with this code as a plain object, or null. */
    getPoint(code) {
      return catalog.getPoint(String(code));
    }
  }

  // Each attribute is also a property of the same name.
  for (const name of observedAttributes) {
    Object.defineProperty(AcuMap.prototype, name, {
      get() {
        return this.getAttribute(name);
      },
      set(value) {
        if (value === null || value === undefined) this.removeAttribute(name);
        else this.setAttribute(name, String(value));
      },
    });
  }

  customElements.define(tag, AcuMap);
}
