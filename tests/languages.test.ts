import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LANGUAGE_NAMES } from '../src/shared/locale.js';
import { focusForKeys, waitFor } from './helpers.js';
import { axeViolations, openPartnerPage } from './partner.js';

/*
 * A visitor who does not read Dutch: the partner page (CDN module, strict CSP) with
 * <html lang="X"> shows <report-cta> and <signal-checklist> in X, right to left for Arabic.
 */

const TARGETS = Object.keys(LANGUAGE_NAMES).filter((locale) => locale !== 'nl');

describe('every language on a partner page', () => {
  let frame: HTMLIFrameElement;
  const widget = (tag: string) => frame.contentDocument!.querySelector(tag)!;
  const base = (tag: string) => widget(tag).shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  const heading = (tag: string) => widget(tag).shadowRoot!.querySelector('h2')!.textContent!.trim();
  const dutch: Record<string, string> = {};

  before(async () => {
    frame = await openPartnerPage('/partner-site/languages.html');
    await waitFor(() => base('report-cta') && base('signal-checklist'), 'widgets did not render');
    for (const tag of ['report-cta', 'signal-checklist']) dutch[tag] = heading(tag);
  });

  after(() => frame.remove());

  for (const locale of TARGETS) {
    it(`${locale}: both widgets render in it, not in Dutch`, async () => {
      frame.contentDocument!.documentElement.lang = locale;
      for (const tag of ['report-cta', 'signal-checklist']) {
        await waitFor(() => base(tag)?.lang === locale, `<${tag}> not in ${locale}`);
        expect(heading(tag), `<${tag}> heading`).to.not.equal(dutch[tag]);
        expect(getComputedStyle(base(tag)!).direction).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      }
      expect(frame.contentDocument!.documentElement.dir).to.equal('');
      const observed = (frame.contentWindow as unknown as { observed: { errors: string[]; warn: string[] } }).observed;
      expect(observed.errors).to.deep.equal([]);
      expect(observed.warn).to.deep.equal([]);
    });
  }

  it('ar: the self-check speaks to the visitor in Arabic, right to left, axe clean', async function () {
    this.timeout(30000);
    frame.contentDocument!.documentElement.lang = 'ar';
    const root = () => widget('signal-checklist').shadowRoot!;
    await waitFor(() => base('signal-checklist')?.lang === 'ar' && root().querySelector('input[value="no-id"]'), 'not in Arabic');
    const label = root().querySelector('input[value="no-id"]')!.closest('label')!;
    // "You have to hand over your passport or ID": the second-person text, not the third-person one.
    expect(label.textContent).to.contain('جواز سفرك');
    expect(getComputedStyle(label).direction).to.equal('rtl');
    expect(root().querySelector('[part~="safety"]')!.textContent).to.contain('قائمة المكالمات الأخيرة');
    expect(await axeViolations(frame, widget('signal-checklist'))).to.deep.equal([]);
  });

  it('opens "what happens if I report" with the keyboard: five steps in the page\'s language, axe clean', async () => {
    frame.contentDocument!.documentElement.lang = 'pl';
    await waitFor(() => base('report-cta')?.lang === 'pl');
    const root = widget('report-cta').shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('[part="steps-toggle"]')!;
    expect(await axeViolations(frame, widget('report-cta'))).to.deep.equal([]);
    await focusForKeys(toggle);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => toggle.getAttribute('aria-expanded') === 'true', 'did not open');
    const steps = [...root.querySelectorAll('[part="steps-list"] li')];
    expect(steps).to.have.length(5);
    expect(steps[0].textContent).to.not.contain('Melden');
    expect(await axeViolations(frame, widget('report-cta'))).to.deep.equal([]);
  });
});

describe('one word for "signals" in each language', () => {
  /*
   * Every unit whose Dutch says "signaal"/"signalen" uses one word for it per language, in the
   * texts about someone else and about oneself alike. In Bulgarian and Ukrainian "сигнал" is also
   * a report to the police ("подай сигнал", "report it", stays); in Polish, Romanian and French the
   * other word read as a technical signal.
   */
  const WORD: Record<string, [RegExp, RegExp | null]> = {
    en: [/signal/i, null],
    pl: [/oznak/i, /sygna/i],
    ro: [/semn(?!al)/i, /semnal/i],
    bg: [/призна[кц]/i, /сигнал[аи]/i],
    uk: [/ознак/i, /сигнал(и|ів)/i],
    vi: [/dấu hiệu/i, null],
    ar: [/علام/, null],
    fr: [/signe(?!ment)/i, /signal\b|signaux/i],
    ti: [/ምልክ/, null],
  };

  for (const [locale, [word, other]] of Object.entries(WORD)) {
    it(`${locale}: ${word.source}${other ? `, never ${other.source}` : ''}`, async () => {
      const xliff = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
      const units = [...xliff.querySelectorAll('trans-unit')].filter((unit) =>
        /signa(al|len)/i.test(unit.querySelector('source')!.textContent!),
      );
      expect(units.length).to.be.at.least(8);
      for (const unit of units) {
        const target = unit.querySelector('target')!.textContent!;
        expect(target, unit.id).to.match(word);
        if (other) expect(target, unit.id).not.to.match(other);
      }
    });
  }
});
