import { expect } from '@open-wc/testing';
import { waitFor } from './helpers.js';
import { observed, openPartnerPage } from './partner.js';

/*
 * The mixed-language page from docs/partners.md ("Language") on a partner site (CDN module,
 * strict CSP): a Dutch page with an English section and a Polish widget.
 */

const widgets = (frame: HTMLIFrameElement) => [...frame.contentDocument!.querySelectorAll('report-cta')];
const languages = (frame: HTMLIFrameElement) =>
  widgets(frame).map((el) => el.shadowRoot?.querySelector<HTMLElement>('[part~="base"]')?.lang);

describe('widgets in three languages on a partner page', () => {
  it('shows Dutch, English and Polish at once, and follows <html lang> where no lang is closer', async () => {
    const frame = await openPartnerPage('/partner-site/mixed.html');
    try {
      await waitFor(() => languages(frame).join() === 'nl,en,pl', `shown in ${languages(frame).join()}`);
      frame.contentDocument!.documentElement.lang = 'ar';
      await waitFor(() => languages(frame).join() === 'ar,en,pl', `shown in ${languages(frame).join()}`);
      expect(observed(frame).warn).to.deep.equal([]);
      expect(observed(frame).errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('shows only the widget whose language file fails in Dutch, with one warning', async () => {
    const frame = await openPartnerPage('/no-polish-site/mixed.html');
    try {
      await waitFor(() => languages(frame).join() === 'nl,en,nl', `shown in ${languages(frame).join()}`, 8000);
      expect(widgets(frame)[2].shadowRoot!.textContent).to.contain('Mensenhandel melden');
      expect(observed(frame).warn).to.have.length(1);
      expect(observed(frame).warn[0]).to.contain('"pl"');
      // A second Polish widget: the same Dutch, no second warning, the English one untouched.
      const another = frame.contentDocument!.createElement('report-cta');
      another.lang = 'pl';
      frame.contentDocument!.body.append(another);
      await waitFor(() => languages(frame).join() === 'nl,en,nl,nl', `shown in ${languages(frame).join()}`);
      expect(observed(frame).warn).to.have.length(1);
      expect(observed(frame).errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
