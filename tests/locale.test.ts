import { expect } from '@open-wc/testing';
import { matchLocale } from '../src/shared/locale.js';
import { shownText, waitFor } from './helpers.js';

// This file loads the widgets itself, after putting a widget in the page: as a partner page
// does when its script tag comes after the markup.
const DUTCH = 'Mensenhandel melden';
const ENGLISH = 'Report human trafficking';

describe('language', () => {
  const el = document.createElement('report-cta');
  const frames: string[] = [];
  let recording = true;

  before(async () => {
    document.documentElement.lang = 'en-GB';
    el.innerHTML = '<p>In gevaar? Bel 112.</p>';
    document.body.append(el);
    const record = () => {
      frames.push(shownText(el));
      if (recording) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
    await import('../src/define/report-cta.js');
    await waitFor(() => shownText(el).includes(ENGLISH), 'no English');
    // One more frame, so the last one recorded is painted after English arrived.
    await new Promise(requestAnimationFrame);
    recording = false;
  });

  after(() => el.remove());

  it('maps any language tag to a language the library has', () => {
    expect(matchLocale('en')).to.equal('en');
    expect(matchLocale('EN-gb')).to.equal('en');
    expect(matchLocale('en_US')).to.equal('en');
    expect(matchLocale('nl-BE')).to.equal('nl');
    expect(matchLocale('xx')).to.equal('nl');
    expect(matchLocale('')).to.equal('nl');
    expect(matchLocale(null)).to.equal('nl');
  });

  it('never paints Dutch on an English page, even for a widget that was there before the script', () => {
    expect(frames.length).to.be.greaterThan(0);
    expect(frames.filter((text) => text.includes(DUTCH))).to.deep.equal([]);
    expect(frames.at(-1)).to.contain(ENGLISH);
  });

  it('follows <html lang> when the page changes language', async () => {
    document.documentElement.lang = 'nl';
    await waitFor(() => shownText(el).includes(DUTCH), 'did not switch to Dutch');
    document.documentElement.lang = 'en';
    await waitFor(() => shownText(el).includes(ENGLISH), 'did not switch back to English');
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
  });

  it("lets a widget's lang attribute decide, and falls back to <html lang> without it", async () => {
    document.documentElement.lang = 'nl';
    await waitFor(() => shownText(el).includes(DUTCH));
    el.setAttribute('lang', 'en');
    await waitFor(() => shownText(el).includes(ENGLISH), 'lang attribute ignored');
    el.removeAttribute('lang');
    await waitFor(() => shownText(el).includes(DUTCH), 'did not return to <html lang>');
  });

  it('lays out right to left in Arabic, though the page sets no dir', async () => {
    document.documentElement.lang = 'ar';
    const base = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    await waitFor(() => base()?.lang === 'ar', 'no Arabic');
    expect(document.documentElement.dir).to.equal('');
    expect(getComputedStyle(base()).direction).to.equal('rtl');
    const [first, second] = [...el.shadowRoot!.querySelectorAll('[data-channel]')].map((li) => li.getBoundingClientRect());
    // Each channel's bar (border-inline-start) is on the right.
    expect(getComputedStyle(el.shadowRoot!.querySelector('[data-channel]')!).borderRightWidth).to.not.equal('0px');
    expect(first.right).to.be.closeTo(second.right, 1);
    document.documentElement.lang = 'en';
    await waitFor(() => base()?.lang === 'en');
    expect(getComputedStyle(base()).direction).to.equal('ltr');
  });

  it('shows Dutch for a language the library does not have', async () => {
    document.documentElement.lang = 'en';
    await waitFor(() => shownText(el).includes(ENGLISH));
    document.documentElement.lang = 'xx-YY';
    await waitFor(() => shownText(el).includes(DUTCH), 'unsupported language not shown in Dutch');
  });

  for (const layout of ['card', 'banner', 'compact']) {
    it(`passes axe in English in the ${layout} layout`, async () => {
      document.documentElement.lang = 'en';
      el.setAttribute('layout', layout);
      el.setAttribute('channels', 'emergency police anonymous labour advice');
      await waitFor(() => shownText(el).includes(ENGLISH));
      await expect(el).to.be.accessible();
    });
  }

  it('shows the language a widget asks for while another one loads', async () => {
    document.documentElement.lang = 'nl';
    el.setAttribute('lang', 'en');
    await waitFor(() => shownText(el).includes(ENGLISH));
    el.remove();
    // Connecting on a Dutch page starts loading Dutch; lang="en" comes just after.
    const late = document.createElement('report-cta');
    document.body.append(late);
    late.setAttribute('lang', 'en');
    try {
      await waitFor(() => shownText(late).includes(ENGLISH), 'stuck without content');
    } finally {
      late.remove();
      document.body.append(el);
    }
  });
});
