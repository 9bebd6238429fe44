import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/report-cta.js';
import type { ReportCta } from '../src/report-cta/report-cta.js';
import { rendered, shownText, waitFor } from './helpers.js';

describe('language-picker', () => {
  let withPicker: ReportCta;
  let other: ReportCta;
  const select = () => withPicker.shadowRoot!.querySelector('select')!;

  beforeEach(async () => {
    document.documentElement.lang = 'nl';
    const wrapper = await fixture(html`<div>
      <report-cta language-picker channels="emergency"></report-cta><report-cta channels="police"></report-cta>
    </div>`);
    [withPicker, other] = [...wrapper.querySelectorAll('report-cta')];
    await rendered(withPicker);
    await rendered(other);
  });

  it('lists the languages by their own names, with a label', () => {
    const options = [...select().options];
    expect(options.map((o) => o.textContent)).to.include.members(['Nederlands', 'English']);
    expect(options.find((o) => o.value === 'en')!.lang).to.equal('en');
    expect(select().labels![0].textContent).to.equal('Taal');
    expect(select().value).to.equal('nl');
  });

  it('switches every widget on the page, announces it, and stores nothing', async () => {
    select().value = 'en';
    select().dispatchEvent(new Event('change'));
    await waitFor(() => shownText(other).includes('Report human trafficking'), 'other widget not switched');
    await waitFor(() => shownText(withPicker).includes('Language changed: English'));
    expect(withPicker.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('English');
    expect(document.documentElement.lang, "the host page's language is not touched").to.equal('nl');
    expect(document.cookie).to.equal('');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    await expect(withPicker).to.be.accessible();
  });

  it('gives way when the page itself changes language', async () => {
    select().value = 'en';
    select().dispatchEvent(new Event('change'));
    await waitFor(() => shownText(other).includes('Report human trafficking'));
    document.documentElement.lang = 'nl-NL';
    await waitFor(() => shownText(other).includes('Mensenhandel melden'), 'did not follow <html lang>');
  });
});
