import { expect, nextFrame } from '@open-wc/testing';
import { waitFor } from './helpers.js';
import { openPartnerPage } from './partner.js';

/*
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text: on a 320 CSS px wide screen, and with text at 200%,
 * no widget scrolls sideways. Every widget, in Dutch (long compound words) and in Ukrainian
 * (long translations).
 */

const TAGS = ['report-cta', 'signal-checklist', 'help-orgs', 'quick-exit'];

describe('reflow', () => {
  for (const [label, width, fontSize] of [
    ['320 px wide', 320, '100%'],
    ['text at 200%', 640, '200%'],
  ] as const) {
    for (const locale of ['nl', 'uk']) {
      it(`no widget scrolls sideways at ${label} (${locale})`, async function () {
        this.timeout(30_000);
        const frame = await openPartnerPage('/partner-site/all.html');
        try {
          frame.style.inlineSize = `${width}px`;
          const doc = frame.contentDocument!;
          doc.documentElement.style.fontSize = fontSize;
          doc.documentElement.lang = locale;
          const widgets = TAGS.map((tag) => doc.querySelector<HTMLElement>(tag)!);
          await waitFor(() => widgets.every((w) => w.shadowRoot?.querySelector(`[part~="base"][lang="${locale}"]`)), 'widgets did not render', 10_000);
          // The checklist at its longest: the self-check, with help for victims of two forms and 112 on top.
          const checklist = widgets[1] as HTMLElement & { checked: string[]; updateComplete: Promise<unknown> };
          checklist.shadowRoot!.querySelector<HTMLButtonElement>('[part~="perspective-choice"]')!.click();
          checklist.checked = ['not-free', 'underpaid', 'nude-blackmail'];
          await checklist.updateComplete;
          await waitFor(() => checklist.shadowRoot!.querySelector('[part~="help"] a[href="https://chatmetfier.nl/"]'), 'no self-check');
          for (const widget of widgets) {
            const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
            expect(base.scrollWidth, `<${widget.localName}> scrolls sideways`).to.be.at.most(base.clientWidth + 1);
          }
          expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width + 1);
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
