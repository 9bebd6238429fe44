import { expect } from '@open-wc/testing';
import { checkData, type Row } from '../scripts/check-data/checks.js';
import { shipped } from '../scripts/check-data/sources.js';
import { COMENSHA, VEILIG_THUIS } from '../src/shared/contacts.js';

/*
 * npm run check-data (also part of npm test) runs these rules on the real data and on every
 * string in src/. Here: the real data passes, and each rule catches the mistake it is for.
 */

let sourcesDoc = '';
before(async () => {
  sourcesDoc = await (await fetch('/docs/sources.md')).text();
});

const row = (fields: Partial<Row>): Row => ({
  record: 'contact TEST',
  owner: 'contact TEST',
  what: 'phone',
  value: '0800-1234',
  source: 'https://www.comensha.nl/onze-helpdesk/coordinatie-opvang',
  verified: '2026-11-27',
  ...fields,
});
const today = new Date('2026-11-29');

describe('check-data', () => {
  it('passes every shipped record: channels, organisations, the caveat, signals and steps', () => {
    const rows = shipped();
    const records = new Set(rows.map((r) => r.record.split(' ')[0]));
    expect([...records]).to.include.members(['contact', 'report-cta', 'help-orgs', 'signal-checklist', 'signal', 'report']);
    expect(rows.some((r) => r.what.endsWith('flags'))).to.equal(true);
    expect(checkData(rows, { sourcesDoc, today })).to.deep.equal({ errors: [], warnings: [] });
  });

  it('fails on a text that two records share: a borrowed fact', () => {
    const hours = COMENSHA.channels[0].hours!;
    const rows = [
      row({ owner: 'contact COMENSHA', what: 'phone hours', value: hours(), text: hours }),
      row({ owner: 'contact VEILIG_THUIS', what: 'chat hours', value: hours(), text: hours }),
    ];
    expect(checkData(rows, { sourcesDoc, today }).errors).to.deep.equal([
      'contact COMENSHA and contact VEILIG_THUIS share one text ("Maandag tot en met vrijdag, 9.00 tot 17.00 uur"): give each record its own msg()',
    ]);
  });

  it('lets a record select another record\'s facts, but fails on two records defining one number or address', () => {
    const selected = [row({ kind: 'phone', value: '0800-2000' }), row({ record: 'caveat', value: '0800-2000' })];
    expect(checkData(selected, { sourcesDoc, today }).errors).to.deep.equal([]);
    const twice = [
      row({ kind: 'phone', value: '0800-2000' }),
      row({ owner: 'contact OTHER', kind: 'phone', value: '0800 2000' }),
      row({ what: 'website', kind: 'address', value: 'https://veiligthuis.nl/' }),
      row({ owner: 'contact OTHER', what: 'chat', kind: 'address', value: 'https://www.veiligthuis.nl' }),
    ];
    expect(checkData(twice, { sourcesDoc, today }).errors).to.deep.equal([
      '0800-2000 is defined by contact TEST and contact OTHER: one record per fact',
      'https://veiligthuis.nl/ is defined by contact TEST and contact OTHER: one record per fact',
    ]);
  });

  it('fails on a number or address written a second time in the code', () => {
    const phone = VEILIG_THUIS.channels[0].value;
    const rows = [row({ owner: 'contact VEILIG_THUIS', kind: 'phone', value: phone }), row({ kind: 'phone', value: '112' })];
    const once = [
      { value: phone, holder: 'src/shared/contacts.ts VEILIG_THUIS' },
      { value: 'https://veiligthuis.nl/', holder: 'src/shared/contacts.ts VEILIG_THUIS' },
      { value: '112', holder: 'src/shared/contacts.ts EMERGENCY' },
      // 112 in a sentence is a text, not a second definition.
      { value: 'Is er nu gevaar? Bel meteen 112.', holder: 'src/report-cta/channels.ts CHANNELS' },
    ];
    expect(checkData(rows, { sourcesDoc, today, literals: once }).errors).to.deep.equal([]);
    const again = [
      ...once,
      { value: 'Bel Veilig Thuis: 0800 2000', holder: 'src/signal-checklist/signals.ts DOMESTIC_VIOLENCE_LINE' },
      { value: '112', holder: 'src/help-orgs/help-orgs.ts HelpOrgs' },
    ];
    expect(checkData(rows, { sourcesDoc, today, literals: again }).errors).to.deep.equal([
      '0800-2000 is written in 2 places: src/shared/contacts.ts VEILIG_THUIS, src/signal-checklist/signals.ts DOMESTIC_VIOLENCE_LINE',
      '112 is written in 2 places: src/shared/contacts.ts EMERGENCY, src/help-orgs/help-orgs.ts HelpOrgs',
    ]);
  });

  it('fails on a missing or unlisted source or a missing date, and only warns on an old date', () => {
    const rows = [
      row({ record: 'signal a', source: '' }),
      row({ record: 'signal b', source: 'https://www.comensha.nl/; a blog' }),
      row({ record: 'signal c', verified: '27-11-2026' }),
      row({ record: 'signal d', verified: '2025-11-28' }),
    ];
    expect(checkData(rows, { sourcesDoc, today })).to.deep.equal({
      errors: [
        'signal a: no source',
        'signal b: source "https://www.comensha.nl/" is not listed in docs/sources.md',
        'signal b: source "a blog" is not listed in docs/sources.md',
        'signal c: no valid verified date ("27-11-2026")',
      ],
      warnings: ['signal d: verified 2025-11-28, more than 12 months ago'],
    });
  });
});
