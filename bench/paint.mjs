// The clock of the benchmark's render figures, shared by bench/run.mjs and bench/breakdown.mjs.

/**
 * Runs in every page before its own scripts, and costs it no request: `window.painted` resolves
 * with the time the first frame that shows every widget ([data-bench]) complete has been drawn,
 * which is what a visitor waits for. The same for the widgets page and its static twin.
 */
export function watchPaint() {
  const complete = () => {
    const hosts = [...document.querySelectorAll('[data-bench]')];
    return hosts.length > 0 && hosts.every((el) => el.shadowRoot?.querySelector('[part~="base"]'));
  };
  window.painted = new Promise((resolve) => {
    const frame = () =>
      requestAnimationFrame(() => {
        if (!complete()) return frame();
        // Style, layout and paint of this frame follow this callback; a message comes after them.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    frame();
  });
}
