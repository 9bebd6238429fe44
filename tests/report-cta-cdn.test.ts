import { expect } from '@open-wc/testing';
import { waitFor } from './helpers.js';
import { openPartnerPage } from './partner.js';

/* <report-cta> from the CDN module: the steps after a report load only where they are shown. */

describe('<report-cta> from the CDN module: the steps after a report', () => {
  it('are loaded only once a widget shows them, and fill its closed list', async () => {
    const frame = await openPartnerPage('/partner-site/template.html');
    try {
      const stepFiles = () =>
        frame.contentWindow!.performance
          .getEntriesByType('resource')
          .filter((entry) => /\/mensenhandel-widgets-report-steps-[\w-]+\.js$/.test(entry.name));
      const main = frame.contentDocument!.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<report-cta id="plain"></report-cta>');
      const plain = frame.contentDocument!.getElementById('plain')!;
      await waitFor(() => plain.shadowRoot?.querySelector('a[href="tel:112"]'), 'widget did not render');
      expect(stepFiles()).to.have.length(0);

      main.insertAdjacentHTML('beforeend', '<report-cta id="steps" steps></report-cta>');
      const withSteps = frame.contentDocument!.getElementById('steps')!;
      await waitFor(() => withSteps.shadowRoot?.querySelectorAll('[part="steps-list"] li').length === 5, 'steps not shown');
      expect(stepFiles()).to.have.length(1);
      expect(withSteps.shadowRoot!.querySelector('[part="steps-list"]')!.hasAttribute('hidden')).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
