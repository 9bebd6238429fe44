// The clock of the benchmark's render figures, shared by bench/run.mjs and bench/breakdown.mjs.

/**
 * How long (ms) a new browser context is left before it navigates: a new context of Chromium 156
 * loads some 600 files of its own interface, on the same two cores, and a page opened at once is
 * measured with that load (the static twin 134 ms instead of 70). A visitor's browser has done
 * that long before they open a partner's page.
 */
export const SETTLE = Number(process.env.SETTLE ?? 500);

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
