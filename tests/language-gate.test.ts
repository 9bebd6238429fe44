import { expect } from '@open-wc/testing';
import { waitFor } from './helpers.js';
import { observed, openPartnerPage } from './partner.js';

/*
 * The language gate (src/shared/locale.ts) on a partner page, over the built CDN module, on a
 * line where the language files take their time: a switch keeps what a widget shows and where
 * the keyboard is until the new language is in, and a language that arrives after the widgets
 * stopped waiting for it is still applied.
 */

const base = (element: Element) => element.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');

describe('a language switch on a slow line (every file 300 ms)', () => {
  it("keeps the checklist's old language and keyboard focus until the new language and its own texts are in", async () => {
    const frame = await openPartnerPage('/slow-site/signal-checklist.html');
    try {
      const checklist = frame.contentDocument!.querySelector('signal-checklist')!;
      await waitFor(() => checklist.shadowRoot?.querySelector('input[type="checkbox"]'), 'the checklist did not render', 8000);
      const box = checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.focus();
      const heading = () => checklist.shadowRoot!.querySelector('h2')?.textContent?.trim();
      const dutch = heading();
      // What a visitor sees in every frame drawn from the switch until Polish is in.
      const frames: { lang?: string; heading?: string; focused: boolean }[] = [];
      let recording = true;
      const record = () => {
        frames.push({ lang: base(checklist)?.lang, heading: heading(), focused: checklist.shadowRoot!.activeElement === box });
        if (recording) frame.contentWindow!.requestAnimationFrame(record);
      };
      frame.contentDocument!.documentElement.lang = 'pl';
      record();
      await waitFor(() => base(checklist)?.lang === 'pl', 'no Polish', 8000);
      recording = false;

      const waiting = frames.filter((seen) => seen.lang !== 'pl');
      expect(waiting.length, 'frames drawn while Polish loaded').to.be.greaterThan(0);
      expect(waiting.filter((seen) => seen.lang !== 'nl' || seen.heading !== dutch)).to.deep.equal([]);
      expect(frames.filter((seen) => !seen.focused)).to.deep.equal([]);
      expect(heading()).to.not.equal(dutch);
      // The checklist's own texts came with the language, in the same render: no Dutch signal left.
      expect(waiting.at(-1)!.heading).to.equal(dutch);
      expect(checklist.shadowRoot!.textContent).to.not.contain('Is somber of depressief');
      expect(checklist.shadowRoot!.activeElement).to.equal(box);
      expect(frame.contentDocument!.activeElement).to.equal(checklist);
      expect(observed(frame).warn).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('a language that arrives after 6 s, later than the widgets wait for it (5 s)', () => {
  it('shows Dutch meanwhile with one warning, then the language once it is in', async function () {
    this.timeout(20000);
    const frame = await openPartnerPage('/late-site/template.html');
    try {
      frame.contentDocument!.querySelector('main')!.insertAdjacentHTML(
        'beforeend',
        '<report-cta lang="pl"><p>In gevaar? Bel 112.</p></report-cta><signal-checklist lang="pl"><p>Bel 112.</p></signal-checklist>',
      );
      const widgets = [...frame.contentDocument!.querySelectorAll('report-cta, signal-checklist')];
      await waitFor(() => widgets.every((widget) => base(widget)?.lang === 'nl'), 'no Dutch while Polish was late', 8000);
      expect(observed(frame).warn).to.have.length(1);
      expect(observed(frame).warn[0]).to.contain('"pl"');
      await waitFor(() => widgets.every((widget) => base(widget)?.lang === 'pl'), 'Polish was not applied when it arrived', 8000);
      expect(widgets[0].shadowRoot!.textContent).to.contain('Zgłoś handel ludźmi');
      expect(observed(frame).errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
