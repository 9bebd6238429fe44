import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseOrgData } from '../src/help-orgs/org-data.js';
import { partnerRecord } from './helpers.js';

/*
 * help-orgs.schema.json and the widget's validator describe one format: data the schema accepts
 * is shown in full, and data it refuses loses a record or a field in the widget. The same cases
 * go to both, so neither can change alone unnoticed.
 */

const valid = partnerRecord;
const noWebsite = { ...valid, website: undefined };
const phone = { type: 'phone', value: '030 000 0000' };
const hours = { openingHours: [{ days: ['mo', 'tu'], opens: '09:00', closes: '17:00' }] };

const cases: [string, unknown][] = [
  ['a record with a website', valid],
  ['a record with a phone only', { ...noWebsite, channels: [phone] }],
  ['a record with no channels and no website', { ...noWebsite, channels: [] }],
  ['a record with neither', noWebsite],
  ['a phone "number" in words only', { ...noWebsite, channels: [{ type: 'phone', value: 'bel ons' }] }],
  ['an http website', { ...valid, website: 'http://voorbeeld.example/' }],
  ['a javascript: website beside a phone', { ...valid, website: 'javascript:alert(1)', channels: [phone] }],
  ['an https website without a host', { ...valid, website: 'https://' }],
  ['a name of spaces', { ...valid, name: '   ' }],
  ['no name', { ...valid, name: undefined }],
  ['a name that is no text', { ...valid, name: { nl: 'Meldpunt' } }],
  ['an empty description object', { ...valid, description: {} }],
  ['a description in a language that is no text', { ...valid, description: { nl: 3 } }],
  ['a description in two languages', { ...valid, description: { nl: 'Meldingen', en: 'Reports' } }],
  ['a description of white space', { ...valid, description: { nl: ' ' } }],
  ['no forms', { ...valid, forms: [] }],
  ['an unknown form', { ...valid, forms: ['slavery'] }],
  ['an unknown audience', { ...valid, audiences: ['everyone'] }],
  ['a malformed region', { ...valid, region: 'Twente!' }],
  ['two regions', { ...valid, region: ['twente', 'amsterdam'] }],
  ['region national', { ...valid, region: 'national' }],
  ['an unknown channel type', { ...valid, channels: [{ type: 'fax', value: '030 000 0000' }] }],
  ['a channel without a value', { ...valid, channels: [{ type: 'phone' }] }],
  ['a channel flag that is no boolean', { ...valid, channels: [{ ...phone, always: 'yes' }] }],
  ['channel flags and hours', { ...valid, channels: [{ ...phone, always: true, anonymous: false, hours: { nl: 'ma–vr' } }] }],
  ['opening hours with holiday hours, closed dates and "usually"', { ...valid, channels: [{ ...phone, ...hours, holidayHours: 'closed', closedDates: ['2026-12-31'], usually: true }] }],
  ['holiday hours as "usual"', { ...valid, channels: [{ ...phone, ...hours, holidayHours: 'usual' }] }],
  ['holiday hours of their own', { ...valid, channels: [{ ...phone, ...hours, holidayHours: [{ opens: '10:00', closes: '14:00' }] }] }],
  ['holiday hours in words', { ...valid, channels: [{ ...phone, ...hours, holidayHours: 'gesloten' }] }],
  ['holiday hours with a malformed time', { ...valid, channels: [{ ...phone, ...hours, holidayHours: [{ opens: '10.00', closes: '14:00' }] }] }],
  ['holiday hours without opening hours', { ...valid, channels: [{ ...phone, holidayHours: 'closed' }] }],
  ['closed dates without opening hours', { ...valid, channels: [{ ...phone, closedDates: ['2026-12-31'] }] }],
  ['a closed date in Dutch order', { ...valid, channels: [{ ...phone, ...hours, closedDates: ['31-12-2026'] }] }],
  ['a closed date in month 13', { ...valid, channels: [{ ...phone, ...hours, closedDates: ['2026-13-01'] }] }],
  ['no closed dates', { ...valid, channels: [{ ...phone, ...hours, closedDates: [] }] }],
  ['"usually" without opening hours', { ...valid, channels: [{ ...phone, usually: true }] }],
  ['"usually" that is no boolean', { ...valid, channels: [{ ...phone, ...hours, usually: 'yes' }] }],
  ['an http chat', { ...valid, channels: [{ type: 'chat', value: 'http://voorbeeld.example/chat' }] }],
  ['an https chat', { ...valid, channels: [{ type: 'chat', value: 'https://voorbeeld.example/chat' }] }],
  ['a data: web link', { ...valid, channels: [{ type: 'web', value: 'data:text/html,x' }] }],
  ['an e-mail address', { ...valid, channels: [{ type: 'email', value: 'meldpunt@voorbeeld.example' }] }],
  ['an e-mail address with a header', { ...valid, channels: [{ type: 'email', value: 'a@b.nl?bcc=c@d.nl' }] }],
  ['a malformed language', { ...valid, languages: ['Nederlands en Engels'] }],
  ['two languages', { ...valid, languages: ['nl', 'en-GB'] }],
  ['a malformed verified date', { ...valid, verified: 'yesterday' }],
  ['a verified date', { ...valid, verified: '2026-11-27' }],
  ['an http source', { ...valid, source: 'http://voorbeeld.example/' }],
  ['an id with spaces', { ...valid, id: 'meld punt' }],
  ['an unknown field', { ...valid, extra: 1 }],
  ['a record that is no object', 'meldpunt'],
];

describe('help-orgs.schema.json and the validator', () => {
  let schemaAccepts: (data: unknown) => boolean;

  before(async () => {
    const schema = await (await fetch('/help-orgs.schema.json')).json();
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    schemaAccepts = (data) => validate(data) as boolean;
  });

  /** The validator accepts data it shows in full: every record, every field. */
  const validatorAccepts = (data: unknown) => {
    try {
      return parseOrgData(data).problems.length === 0;
    } catch {
      return false;
    }
  };

  for (const [what, record] of cases) {
    it(`agree on ${what}`, () => {
      const data = JSON.parse(JSON.stringify({ orgs: [record] }));
      expect(schemaAccepts(data), 'the schema').to.equal(validatorAccepts(data));
    });
  }

  it('agree on documents that are not {"orgs": [ … ]}', () => {
    for (const data of [[valid], {}, { orgs: valid }, null, 'orgs']) {
      expect(schemaAccepts(data), JSON.stringify(data)).to.equal(false);
      expect(validatorAccepts(data), JSON.stringify(data)).to.equal(false);
    }
  });

  it('accept both ways in some cases and refuse in others, so agreement says something', () => {
    const verdicts = cases.map(([, record]) => validatorAccepts({ orgs: [record] }));
    expect(verdicts).to.include(true).and.to.include(false);
  });
});
