import { configureLocalization } from '@lit/localize';
import { expect } from '@open-wc/testing';
import { shownText, waitFor, warningsDuring } from './helpers.js';

// A host page that configured @lit/localize for itself before the widgets loaded (the npm build
// shares one copy with the host's bundle): the widgets render in Dutch, say so once, never throw.
configureLocalization({ sourceLocale: 'de', targetLocales: [], loadLocale: () => Promise.reject(new Error('none')) });

describe('a host that configured @lit/localize itself', () => {
  it('still shows the widgets, in Dutch, with one warning', async () => {
    document.documentElement.lang = 'en';
    const warnings = await warningsDuring(async () => {
      await import('../src/define/report-cta.js');
      const el = document.createElement('report-cta');
      document.body.append(el);
      await waitFor(() => shownText(el).includes('Bel 112'), 'no widget');
      const second = document.createElement('report-cta');
      document.body.append(second);
      await waitFor(() => shownText(second).includes('Bel 112'));
      el.remove();
      second.remove();
    });
    expect(warnings.filter((w) => w.includes('@lit/localize'))).to.have.length(1);
  });
});
