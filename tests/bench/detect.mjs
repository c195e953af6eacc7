// The benchmark's detector, injected into every page before any of the page's scripts
// (Playwright's init scripts go through the DevTools protocol, so the page's CSP does not apply
// to them). The same code times the widget's page and its static floor.
//
// Each animation frame it looks into the first <acu-map>'s shadow root, once that root's
// stylesheets are loaded (the widget's is adopted, so at once; the floor's is a <link>):
//   marker: a g.point marker is there;
//   live:   the live widget has taken the painted map's place (markers, and no .painted left;
//           on the floor page, which has no painted step, the same frame as the marker);
//   card:   the card's location text is there and not empty: the live card's
//           ([data-testid="card-location"]), or the painted card's, which a page that opens on
//           a point may show before the live widget ([data-testid="painted-location"]).
// The frame that first sees one paints it; the time taken is just after that frame (a task
// queued from the frame callback), in ms from navigation start. All three found, it reports
// them through the function the benchmark exposed, window.__acuBenchReport.
//
// It also keeps every long task (over 50 ms, the Long Tasks API) from the start, in
// window.__acuLongTasks as [start, duration]: a page's main thread is busy for each, and a tap
// or a key waits for it to end.
//
// `select`: a point code set as the element's `selected` attribute as soon as the parser adds
// the element (long before the widget's script runs), for a page whose markup selects none.
//
// And the page's layout shift, in window.__acuLayoutShift: what moved under the reader (no input
// on these visits), every shift summed (Core Web Vitals' Cumulative Layout Shift takes a page's
// worst burst of shifts, so it is never more than this).
export function detector({ select }) {
  if (window !== window.top || !location.protocol.startsWith('http')) return;
  window.__acuLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__acuLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  window.__acuLayoutShift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__acuLayoutShift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  if (select) {
    const observer = new MutationObserver(() => {
      for (const el of document.querySelectorAll('acu-map:not([selected])')) el.setAttribute('selected', select);
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => observer.disconnect(), { once: true });
  }
  const times = {};
  const stylesLoaded = (root) => [...root.querySelectorAll('link[rel~="stylesheet"]')].every((link) => link.sheet);
  const finish = () => {
    if (times.marker !== undefined && times.live !== undefined && times.card !== undefined) window.__acuBenchReport(times);
  };
  const afterFrame = (key) => setTimeout(() => {
    times[key] = performance.now();
    finish();
  }, 0);
  const poll = () => {
    const root = document.querySelector('acu-map')?.shadowRoot;
    if (root && stylesLoaded(root)) {
      if (times.markerFrame === undefined && root.querySelector('g.point')) {
        times.markerFrame = performance.now();
        afterFrame('marker');
      }
      if (times.liveFrame === undefined && root.querySelector('g.point') && !root.querySelector('.painted')) {
        times.liveFrame = performance.now();
        afterFrame('live');
      }
      if (times.cardFrame === undefined && root.querySelector('[data-testid="card-location"], [data-testid="painted-location"]')?.textContent.trim()) {
        times.cardFrame = performance.now();
        afterFrame('card');
      }
    }
    if (times.markerFrame === undefined || times.liveFrame === undefined || times.cardFrame === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

// Injected only into the visit the floor is made from: keeps the text each constructable
// stylesheet was given (window.__acuSheetTexts: sheet -> text). Reading the adopted sheet back
// through cssRules is not enough: Chromium serialises a shorthand holding var() and then
// overridden by a longhand (`border: 2px solid var(--x); border-left-width: 8px`) as empty
// longhands, so the floor would lose those declarations.
export function recordStyleSheets() {
  const texts = new WeakMap();
  window.__acuSheetTexts = texts;
  for (const name of ['replaceSync', 'replace']) {
    const original = CSSStyleSheet.prototype[name];
    CSSStyleSheet.prototype[name] = function (text) {
      texts.set(this, String(text));
      return original.call(this, text);
    };
  }
}
