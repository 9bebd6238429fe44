// Marks the moment every widget on the page shows its content ('rendered'), the same way for
// the widgets page and for its static twin (declarative shadow DOM, no script).
const ready = (el) => el.shadowRoot?.querySelector('[part~="base"]');
for (const el of document.querySelectorAll('[data-bench]')) {
  if (!ready(el)) {
    await customElements.whenDefined(el.localName);
    while (!ready(el)) await el.updateComplete;
  }
}
performance.mark('rendered');
