import { expect, nextFrame } from '@open-wc/testing';
import { deepElements, interactive, openAllWidgets } from './wcag.js';

/*
 * WCAG 2.5.2 in a page of its own: after the pointer events it fires, WebKit no longer marks
 * keyboard focus as :focus-visible in that page, which the focus test in tests/wcag.test.ts
 * relies on.
 */

describe('WCAG 2.5.2 Pointer cancellation', () => {
  it('pressing down on a control does nothing yet: no leaving, ticking, opening or choosing', async function () {
    this.timeout(30_000);
    const { frame, doc, widgets } = await openAllWidgets(800);
    try {
      const controls = interactive(deepElements(...widgets.map((w) => w.shadowRoot!)));
      const state = () =>
        controls.map((e) => [(e as HTMLInputElement).checked, (e as HTMLSelectElement).value, e.getAttribute('aria-expanded'), e.closest('details')?.open].join());
      const before = state();
      let left = 0;
      doc.addEventListener('quick-exit-leave', () => left++);
      const win = frame.contentWindow as Window & typeof globalThis;
      for (const control of controls) {
        control.dispatchEvent(new win.PointerEvent('pointerdown', { bubbles: true, composed: true, isPrimary: true }));
        control.dispatchEvent(new win.MouseEvent('mousedown', { bubbles: true, composed: true }));
        // Firefox and WebKit on a desktop have no TouchEvent.
        if ('TouchEvent' in win) control.dispatchEvent(new win.TouchEvent('touchstart', { bubbles: true, composed: true }));
      }
      await nextFrame();
      expect(left, 'left on a press').to.equal(0);
      expect(state()).to.deep.equal(before);
    } finally {
      frame.remove();
    }
  });
});
