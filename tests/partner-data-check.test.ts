import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define/help-orgs.js';
import { parseOrgs } from '../src/help-orgs/org-data.js';
import type { PartnerDataCheck } from '../stories/workbench/partner-data-check.js';
import '../stories/workbench/partner-data-check.js';
import { checkPartnerData } from '../stories/workbench/partner-problems.js';
import { mutated, SEED, valid } from './fixtures/partner-data-cases.js';
import { waitFor, warningsDuring } from './helpers.js';

/*
 * Storybook's "Partnerdata controleren" page, with the files of the partner-data property
 * tests: every record the widget does not show is reported, by number, field and a reason in
 * plain Dutch, and so is every link it leaves out; what it reports agrees with what the widget
 * shows beside it.
 */

const file = (orgs: unknown[]) => JSON.stringify({ orgs });
const GENERIC = /is niet goed\.$/;

describe('checking partner data', () => {
  it('reports every record the widget drops, with its field and a reason (300 files)', async () => {
    await warningsDuring(() =>
      fc.assert(
        fc.property(fc.array(mutated, { minLength: 1, maxLength: 4 }), (broken) => {
          const records = [...broken, valid];
          const { shown, problems } = checkPartnerData(file(records));
          expect(shown).to.equal(parseOrgs(records, 'test', true).length);
          const skipped = problems.filter((problem) => problem.kind === 'skipped');
          expect(new Set(skipped.map((problem) => problem.index)).size, 'one report per dropped record').to.equal(skipped.length);
          expect(shown + skipped.length, 'every record shown or reported').to.equal(records.length);
          expect(skipped.map((problem) => problem.index)).not.to.include(records.length - 1);
          for (const problem of problems) {
            expect(problem.field, JSON.stringify(problem)).to.be.a('string').and.not.equal('');
            expect(problem.reason, problem.field).not.to.match(GENERIC);
          }
        }),
        { seed: SEED, numRuns: 300 },
      ),
    );
  });

  it('says so when the file is no JSON, or not {"orgs": [ … ]}', () => {
    expect(checkPartnerData('{"orgs": [{"id": "half"').problems[0].reason).to.match(/^Dit is geen geldige JSON/);
    expect(checkPartnerData('[{"id": "no-wrapper"}]').problems[0].reason).to.contain('{"orgs": [ … ]}');
  });
});

describe('the partner-data page', () => {
  let page: PartnerDataCheck;
  const root = () => page.shadowRoot!;
  const reported = () => [...root().querySelectorAll('.problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
  const previewed = () => root().querySelector('help-orgs')?.shadowRoot?.querySelectorAll('[data-org]').length;

  beforeEach(async () => {
    page = document.createElement('mh-partner-data-check');
    document.body.append(page);
    await page.updateComplete;
  });
  afterEach(() => page.remove());

  it('lists the problems record by record, with the widget showing the rest beside them', async () => {
    const broken = fc.sample(mutated, { seed: SEED, numRuns: 6 });
    const records = [...broken, valid];
    const { shown, problems } = checkPartnerData(file(records));
    const textarea = root().querySelector('textarea')!;
    textarea.value = file(records);
    textarea.dispatchEvent(new Event('input'));
    await waitFor(() => previewed() === shown, 'the widget beside the report does not show the same organisations');
    expect(reported()).to.have.length(problems.length);
    problems.forEach((problem, i) => {
      expect(reported()[i]).to.contain(`Organisatie ${problem.index! + 1}`);
      expect(reported()[i]).to.contain(`Veld ${problem.field}`);
    });
    expect(root().textContent!.replace(/\s+/g, ' ')).to.contain(`${shown} van de ${records.length} organisaties worden getoond.`);
  });

  it('reads a file the editor picks', async () => {
    const input = root().querySelector<HTMLInputElement>('input[type="file"]')!;
    const picked = new DataTransfer();
    picked.items.add(new File([file([{ ...valid, forms: ['labor'] }, valid])], 'orgs.json', { type: 'application/json' }));
    input.files = picked.files;
    input.dispatchEvent(new Event('change'));
    await waitFor(() => reported().length === 1, 'the picked file was not checked');
    expect(reported()[0]).to.contain('Organisatie 1 (id "meldpunt-voorbeeld") wordt niet getoond. Veld forms[0]');
    expect(reported()[0]).to.contain('"sexual", "labour", "criminal", "organ"');
  });
});
