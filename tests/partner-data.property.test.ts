import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define/help-orgs.js';
import { parseOrgData, parseOrgs } from '../src/help-orgs/org-data.js';
import { LoadError } from '../src/help-orgs/org.js';
import { mutated, SEED, valid } from './fixtures/partner-data-cases.js';
import { waitFor, warningsDuring } from './helpers.js';

/*
 * Partner data is written by many hands. Whatever a data file holds, the parser never throws,
 * the widget shows no link but https:, tel: and mailto:, builds no element from data, and a
 * valid record survives next to broken ones. Seeded, so a failure can be replayed.
 */

describe('partner data, whatever it holds', () => {
  it('the parser never throws on any JSON or value (500 cases)', async () => {
    await warningsDuring(() =>
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true })), (data) => {
          try {
            parseOrgData(data);
          } catch (error) {
            // The one failure it may report: the document is not {"orgs": [ … ]}.
            expect(error).to.be.instanceOf(LoadError);
          }
          const records = Array.isArray(data) ? data : [data];
          expect(() => parseOrgs(records, 'data', true)).not.to.throw();
        }),
        { seed: SEED, numRuns: 500 },
      ),
    );
  });

  it('shows only safe links and no element from data, and keeps the valid record (150 cases)', async function () {
    this.timeout(120_000);
    await warningsDuring(() =>
      fc.assert(
        fc.asyncProperty(fc.array(mutated, { minLength: 1, maxLength: 3 }), async (broken) => {
          const el = document.createElement('help-orgs');
          const data = document.createElement('script');
          data.type = 'application/json';
          data.textContent = JSON.stringify({ orgs: [...broken, valid] });
          el.append(data);
          document.body.append(el);
          try {
            const root = () => el.shadowRoot;
            await waitFor(() => root()?.querySelector('[data-org="meldpunt-voorbeeld"]'), 'the valid record is not shown');
            const hrefs = [...root()!.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
            for (const href of hrefs) expect(new URL(href).protocol).to.be.oneOf(['https:', 'tel:', 'mailto:']);
            expect(root()!.querySelector('script, img, iframe, object, embed, [onerror]')).to.equal(null);
            expect(root()!.querySelector('a[href="tel:112"]')).to.exist;
          } finally {
            el.remove();
          }
        }),
        { seed: SEED, numRuns: 150 },
      ),
    );
  });
});
