// The <acu-map> custom element: the only JavaScript the widget has besides what wasm-bindgen
// generates. A custom element must be a JS class, so this class owns the element's lifecycle
// and hands everything else to the Rust `Widget` it mounts into its open shadow root.

export function defineAcuMap(tag, observedAttributes, css, mount) {
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
  }

  customElements.define(tag, AcuMap);
}
