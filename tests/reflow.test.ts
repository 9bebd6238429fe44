import { expect, nextFrame } from '@open-wc/testing';
import { waitFor } from './helpers.js';
import { deepElements, openAllWidgets, overflowing } from './wcag.js';

/*
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text: on a 320 CSS px wide screen, and with text at 200%,
 * no widget scrolls sideways and no text is cut off or runs over its box. Every widget, in Dutch
 * (long compound words) and in Ukrainian (long translations).
 */

describe('reflow', () => {
  for (const [label, width, fontSize] of [
    ['320 px wide', 320, '100%'],
    ['text at 200%', 640, '200%'],
  ] as const) {
    for (const locale of ['nl', 'uk']) {
      it(`no widget scrolls sideways or cuts text off at ${label} (${locale})`, async function () {
        this.timeout(30_000);
        const { frame, doc, widgets } = await openAllWidgets(width, locale, { fontSize });
        try {
          for (const widget of widgets) {
            const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
            expect(base.scrollWidth, `<${widget.localName}> scrolls sideways`).to.be.at.most(base.clientWidth + 1);
          }
          expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width + 1);
          expect(overflowing(deepElements(...widgets.map((w) => w.shadowRoot!))), 'text cut off').to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  }
});

describe('reflow after a wide layout', () => {
  it('<help-orgs> does not scroll sideways when its cards, once laid out wide, are off screen and it narrows (a phone turned upright)', async () => {
    const box = document.createElement('div');
    box.style.inlineSize = '800px';
    const el = document.createElement('help-orgs');
    el.lang = 'nl';
    box.append(el);
    document.body.append(box);
    try {
      await import('../src/define/help-orgs.js');
      await waitFor(() => el.shadowRoot?.querySelector('[part~="org"]'), 'not rendered');
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      const cards = [...base.querySelectorAll<HTMLElement>('[part~="org"]')];
      // Every card on screen once, at 800 px, so the browser remembers its size.
      for (const card of cards) {
        card.scrollIntoView();
        await nextFrame();
      }
      await nextFrame();
      window.scrollTo(0, 0);
      await nextFrame();
      box.style.inlineSize = '320px';
      await nextFrame();
      expect(base.scrollWidth, 'scrolls sideways').to.be.at.most(base.clientWidth + 1);
    } finally {
      box.remove();
    }
  });
});
