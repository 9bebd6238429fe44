import { expect } from '@open-wc/testing';
import { FORMS } from '../src/shared/forms.js';
import { checklistForms, chooseOrgs, combineOrgs, type OrgChoice } from '../src/help-orgs/filter.js';
import { parseOrgData, parseOrgs } from '../src/help-orgs/org-data.js';
import { AUDIENCES, CHANNEL_TYPES, LoadError, type Org } from '../src/help-orgs/org.js';
import { BUILT_IN, BUILT_IN_ORGS } from '../src/help-orgs/orgs.js';
import { partnerRecord, warningsDuring } from './helpers.js';

const valid = partnerRecord;
const hoursChannel = { type: 'phone', value: '030 000 0000', openingHours: [{ days: ['mo'], opens: '09:00', closes: '17:00' }] };

/** Parses records and returns what is kept and what was said. */
async function parse(records: unknown[], partner = true) {
  let orgs: Org[] = [];
  // Each case gets its own label: warnings are said once per page.
  const label = `case ${Math.random()}`;
  const warnings = await warningsDuring(() => {
    orgs = parseOrgs(records, label, partner);
  });
  return { orgs, warnings };
}

describe('partner data: records that are skipped', () => {
  const cases: [string, unknown, string][] = [
    ['not an object', 'meldpunt', 'record'],
    ['null', null, 'record'],
    ['an array', [valid], 'record'],
    ['no id', { ...valid, id: undefined }, 'id'],
    ['an id with spaces', { ...valid, id: 'meld punt' }, 'id'],
    ['no name', { ...valid, name: '' }, 'name'],
    ['a name that is not text', { ...valid, name: { nl: 'x' } }, 'name'],
    ['no description', { ...valid, description: undefined }, 'description'],
    ['an empty description object', { ...valid, description: {} }, 'description'],
    ['a description in a language that is not text', { ...valid, description: { nl: 3 } }, 'description.nl'],
    ['no forms', { ...valid, forms: [] }, 'forms'],
    ['forms as a string', { ...valid, forms: 'labour' }, 'forms'],
    ['an unknown form', { ...valid, forms: ['labour', 'slavery'] }, 'forms[1]'],
    ['an unknown audience', { ...valid, audiences: ['everyone'] }, 'audiences[0]'],
    ['a malformed region', { ...valid, region: 'Twente!' }, 'region'],
    ['channels that are not a list', { ...valid, channels: 'tel' }, 'channels'],
    ['a channel that is not an object', { ...valid, channels: [null] }, 'channels[0]'],
    ['an unknown channel type', { ...valid, channels: [{ type: 'fax', value: '030 000 0000' }] }, 'channels[0].type'],
    ['a channel flag that is not a boolean', { ...valid, channels: [{ type: 'phone', value: '030 000 0000', always: 'yes' }] }, 'channels[0].always'],
    ['holiday hours in words', { ...valid, channels: [{ ...hoursChannel, holidayHours: 'gesloten op feestdagen' }] }, 'channels[0].holidayHours'],
    ['holiday hours without opening hours', { ...valid, channels: [{ type: 'phone', value: '030 000 0000', holidayHours: 'closed' }] }, 'channels[0].holidayHours'],
    ['a closed date written the Dutch way', { ...valid, channels: [{ ...hoursChannel, closedDates: ['31-12-2026'] }] }, 'channels[0].closedDates'],
    ['"usually" without opening hours', { ...valid, channels: [{ type: 'phone', value: '030 000 0000', usually: true }] }, 'channels[0].usually'],
    ['no way to reach it', { ...valid, website: undefined }, 'website'],
    ['no way to reach it but a bad link', { ...valid, website: 'http://voorbeeld.example/' }, 'website'],
    ['a malformed language', { ...valid, languages: ['Nederlands en Engels'] }, 'languages'],
    ['a malformed verified date', { ...valid, verified: 'yesterday' }, 'verified'],
  ];
  for (const [what, record, field] of cases) {
    it(`skips a record with ${what}, naming index, id and "${field}"`, async () => {
      const { orgs, warnings } = await parse([valid, record].map((r, i) => (i === 0 ? { ...valid, id: 'first' } : r)));
      expect(orgs.map((org) => org.id)).to.deep.equal(['first']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('organisation 1').and.contain(`"${field}"`).and.contain('skipped');
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === 'string') expect(warnings[0]).to.contain(`(id ${JSON.stringify(id)})`);
    });
  }

  it('skips the second record with the same id', async () => {
    const { orgs, warnings } = await parse([valid, { ...valid, name: 'Tweede' }]);
    expect(orgs.map((org) => org.name)).to.deep.equal(['Meldpunt Voorbeeld']);
    expect(warnings[0]).to.contain('organisation 1 (id "voorbeeld") skipped: field "id"');
  });
});

describe('partner data: what parseOrgData reports', () => {
  it('names each record and field it leaves out, and why', () => {
    const { orgs, problems } = parseOrgData(
      JSON.stringify({
        orgs: [
          { ...valid, website: 'javascript:alert(1)', channels: [{ type: 'phone', value: '030 000 0000' }] },
          { ...valid, id: 'zonder-naam', name: '' },
          valid,
          { ...valid, id: 'geen-link', website: undefined, channels: [] },
          'geen organisatie',
        ],
      }),
    );
    expect(orgs.map((org) => org.id)).to.deep.equal(['voorbeeld']);
    expect(problems).to.deep.equal([
      { index: 0, id: 'voorbeeld', field: 'website', skipped: false, reason: 'unsafe-link' },
      { index: 1, id: 'zonder-naam', field: 'name', skipped: true, reason: 'invalid' },
      { index: 2, id: 'voorbeeld', field: 'id', skipped: true, reason: 'duplicate-id' },
      { index: 3, id: 'geen-link', field: 'website', skipped: true, reason: 'unreachable' },
      { index: 4, id: undefined, field: 'record', skipped: true, reason: 'invalid' },
    ]);
  });

  it('throws a LoadError for a document that is not {"orgs": [ … ]}', () => {
    for (const [data, reason] of [['{"orgs": [', 'invalid-json'], ['[]', 'invalid-shape'], [{ orgs: {} }, 'invalid-shape']]) {
      expect(() => parseOrgData(data, '/data.json'))
        .to.throw(LoadError)
        .that.deep.include({ reason, src: '/data.json' });
    }
  });
});

describe('partner data: links', () => {
  const links: [string, Record<string, unknown>, string | undefined][] = [
    ['a Dutch phone number', { type: 'phone', value: '030 000 0000' }, 'tel:+31300000000'],
    ['a Dutch service number, dialled in national form', { type: 'phone', value: '0900 123 4567' }, 'tel:09001234567'],
    ['a service number written with +31, dialled in national form', { type: 'phone', value: '+31 800 1234' }, 'tel:08001234'],
    ['an international phone number', { type: 'phone', value: '+31 (0)30-000 0000' }, 'tel:+31300000000'],
    ['a phone "number" in words', { type: 'phone', value: 'bel ons' }, undefined],
    ['a phone number that is a link', { type: 'phone', value: 'javascript:alert(1)' }, undefined],
    ['an https chat', { type: 'chat', value: 'https://voorbeeld.example/chat' }, 'https://voorbeeld.example/chat'],
    ['an http chat', { type: 'chat', value: 'http://voorbeeld.example/chat' }, undefined],
    ['a javascript: web link', { type: 'web', value: 'javascript:alert(1)' }, undefined],
    ['a data: web link', { type: 'web', value: 'data:text/html,<script>alert(1)</script>' }, undefined],
    ['an e-mail address', { type: 'email', value: 'meldpunt@voorbeeld.example' }, 'mailto:meldpunt@voorbeeld.example'],
    ['an e-mail address with a header', { type: 'email', value: 'a@b.nl?bcc=c@d.nl' }, undefined],
    ['a number where an address belongs', { type: 'email', value: 12 }, undefined],
  ];
  for (const [what, channel, href] of links) {
    it(`${href ? 'links' : 'leaves out'} ${what}`, async () => {
      const { orgs, warnings } = await parse([{ ...valid, channels: [channel] }]);
      expect(orgs).to.have.length(1);
      expect(orgs[0].channels.map((c) => c.href)).to.deep.equal(href ? [href] : []);
      expect(warnings).to.have.length(href ? 0 : 1);
      if (!href) expect(warnings[0]).to.contain('organisation 0 (id "voorbeeld")').and.contain('left out "channels[0].value"');
    });
  }

  it('leaves out a website or source that is not https, keeping the record', async () => {
    const { orgs, warnings } = await parse([
      { ...valid, website: 'javascript:alert(1)', source: 'http://voorbeeld.example/', channels: [{ type: 'phone', value: '112' }] },
    ]);
    expect(orgs[0].website).to.equal(undefined);
    expect(orgs[0].source).to.equal(undefined);
    expect(orgs[0].channels[0].href).to.equal('tel:112');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"website", "source"');
  });
});

describe('partner data: text and objects', () => {
  it('keeps text as text and reads descriptions in the page language', async () => {
    const { orgs } = await parse([
      { ...valid, name: '  <b>Meldpunt</b>  ', description: { en: 'Reports', nl: 'Meldingen' } },
      { ...valid, id: 'two', description: { en: 'Only English' } },
    ]);
    expect(orgs[0].name).to.equal('<b>Meldpunt</b>');
    expect(orgs[0].description()).to.equal('Meldingen');
    expect(orgs[1].description()).to.equal('Only English');
  });

  it('ignores unknown fields and lets __proto__ and friends do nothing', async () => {
    const json = `[{"id": "x", "name": "X", "description": {"__proto__": {"nl": "vals"}, "nl": "Echt"},
      "forms": ["labour"], "audiences": ["victim"], "website": "https://x.example/",
      "__proto__": {"polluted": true, "channels": [{"type": "phone", "value": "112"}]},
      "constructor": {"prototype": {"polluted": true}}, "extra": 1}]`;
    const { orgs, warnings } = await parse(JSON.parse(json));
    expect(warnings).to.deep.equal([]);
    expect(orgs[0].channels).to.deep.equal([]);
    expect(orgs[0].description()).to.equal('Echt');
    expect(Object.keys(orgs[0])).not.to.include('extra');
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });

  it('accepts region as one code, several codes or national', async () => {
    const { orgs } = await parse([
      { ...valid, id: 'a', region: 'twente' },
      { ...valid, id: 'b', region: ['amsterdam', 'noord-holland'] },
      { ...valid, id: 'c', region: 'national' },
    ]);
    expect(orgs.map((org) => org.regions)).to.deep.equal([['twente'], ['amsterdam', 'noord-holland'], []]);
  });
});

describe('built-in organisations', () => {
  const CONFIRMED = ['0900-8844', '0800-7000', '0800-5151', '033 448 11 86', '0800-2000', '0900-0101', '088 2220500'];

  it('are all valid, with an https source and a verified date', async () => {
    const { orgs, warnings } = await parse([...BUILT_IN_ORGS], false);
    expect(warnings).to.deep.equal([]);
    expect(orgs).to.have.length(BUILT_IN_ORGS.length);
    for (const org of orgs) {
      expect(org.source, org.id).to.match(/^https:\/\//);
      expect(org.verified, org.id).to.match(/^\d{4}-\d\d-\d\d$/);
    }
  });

  it('are shown as the validator would show them, without loading it on every page', async () => {
    const { orgs } = await parse([...BUILT_IN_ORGS], false);
    // Texts are functions: compared by what they say, the rest field by field.
    const said = (list: readonly Org[]) =>
      list.map((org) => ({
        ...org,
        description: org.description(),
        channels: org.channels.map(({ hours, ...channel }) => ({ ...channel, hours: hours?.() })),
      }));
    expect(said(BUILT_IN)).to.deep.equal(said(orgs));
  });

  it('ship only the phone numbers docs/sources.md confirms', () => {
    const numbers = BUILT_IN_ORGS.flatMap((org) => org.channels ?? []).filter((c) => c.type === 'phone').map((c) => c.value);
    for (const number of numbers) expect(CONFIRMED).to.include(number);
    // Conflicting or outdated numbers from old lists never ship.
    expect(JSON.stringify(BUILT_IN_ORGS)).not.to.match(/\b070[- ]|020-626|\b010[- ]|058-|088-208|\b06[- ]\d|760 08 09|333 44 44|333 56 78/);
  });

  it('have the regions the issue names', () => {
    const regions = Object.fromEntries(BUILT_IN_ORGS.filter((org) => org.region).map((org) => [org.id, org.region]));
    expect(regions).to.deep.equal({
      'kenniscentrum-mensenhandel-twente': 'twente',
      'hvo-querido-acm': ['amsterdam', 'noord-holland'],
      'humanitas-essm': 'rotterdam',
      'veilig-thuis-flevoland': 'flevoland',
    });
  });

  it('fit help-orgs.schema.json, whose lists match the code', async () => {
    const schema = await (await fetch('/help-orgs.schema.json')).json();
    const org = schema.$defs.org;
    expect(org.properties.forms.items.enum).to.deep.equal([...FORMS]);
    expect(org.properties.audiences.items.enum).to.deep.equal([...AUDIENCES]);
    expect(org.properties.channels.items.properties.type.enum).to.deep.equal([...CHANNEL_TYPES]);
    for (const record of BUILT_IN_ORGS) {
      for (const key of org.required) expect(record, `${record.id}.${key}`).to.have.property(key);
      for (const key of Object.keys(record)) expect(org.properties, `${record.id}.${key}`).to.have.property(key);
      for (const channel of record.channels ?? []) {
        for (const key of Object.keys(channel)) {
          expect(org.properties.channels.items.properties, `${record.id} channel ${key}`).to.have.property(key);
        }
      }
    }
  });
});

describe('choosing organisations', () => {
  const org = (id: string, fields: Partial<Org> = {}): Org => ({
    id,
    name: id,
    description: () => id,
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander', 'professional'],
    regions: [],
    channels: [],
    languages: [],
    partner: false,
    ...fields,
  });
  const phone = (always = false) => ({ type: 'phone' as const, href: 'tel:112', display: '112', always, anonymous: false });
  const chat = { type: 'chat' as const, href: 'https://c.example/', display: 'c.example', always: false, anonymous: false };
  const list = [
    org('web-all'),
    org('labour', { forms: ['labour'], audiences: ['victim'], channels: [chat] }),
    org('sexual', { forms: ['sexual'], audiences: ['bystander'], channels: [phone()] }),
    org('twente', { regions: ['twente'], channels: [phone(true)] }),
    org('partner-local', { regions: ['voorbeeld'], partner: true }),
  ];
  const none: OrgChoice = { forms: [], audiences: [], regions: [], ids: [] };

  const cases: [string, Partial<OrgChoice>, string[]][] = [
    ['everything national, and the partner’s own', {}, ['web-all', 'labour', 'sexual', 'partner-local']],
    ['one form', { forms: ['labour'] }, ['web-all', 'labour', 'partner-local']],
    ['two forms', { forms: ['labour', 'sexual'] }, ['web-all', 'labour', 'sexual', 'partner-local']],
    ['one audience', { audiences: ['bystander'] }, ['web-all', 'sexual', 'partner-local']],
    ['form and audience together', { forms: ['labour'], audiences: ['bystander'] }, ['web-all', 'partner-local']],
    ['a region', { regions: ['twente'] }, ['web-all', 'labour', 'sexual', 'twente']],
    ['the partner’s region', { regions: ['voorbeeld'] }, ['web-all', 'labour', 'sexual', 'partner-local']],
    ['ids, in their order, ignoring the rest', { ids: ['twente', 'web-all', 'missing'], forms: ['organ'] }, ['twente', 'web-all']],
    ['urgent first: 24/7 phone, phone, chat, rest', { regions: ['twente'], urgentFirst: true }, ['twente', 'sexual', 'labour', 'web-all']],
  ];
  for (const [what, choice, expected] of cases) {
    it(`chooses by ${what}`, () => {
      expect(chooseOrgs(list, { ...none, ...choice }).map((o) => o.id)).to.deep.equal(expected);
    });
  }

  it('merges partner organisations first and lets them replace built-in ones by id', () => {
    const partner = [org('mine', { partner: true }), org('labour', { name: 'Partner labour', partner: true })];
    const merged = combineOrgs(partner, list, 'merge');
    expect(merged.map((o) => o.id)).to.deep.equal(['mine', 'labour', 'web-all', 'sexual', 'twente', 'partner-local']);
    expect(merged[1].name).to.equal('Partner labour');
    expect(combineOrgs(partner, list, 'replace').map((o) => o.id)).to.deep.equal(['mine', 'labour']);
  });

  const summaries: [string, unknown, string[] | null][] = [
    ['no summary', undefined, null],
    ['no ticks', { signals: [], forms: ['labour'], level: 'none' }, null],
    ['general signals only', { signals: ['withdrawn'], forms: [], level: 'some' }, []],
    ['ticks for two forms', { signals: ['a', 'b'], forms: ['sexual', 'labour'], level: 'several' }, ['sexual', 'labour']],
    ['an unknown form', { signals: ['a'], forms: ['slavery', 'organ'], level: 'some' }, ['organ']],
    ['a malformed summary', { signals: 'a', forms: 'labour' }, null],
  ];
  for (const [what, summary, forms] of summaries) {
    it(`reads a checklist with ${what}`, () => {
      expect(checklistForms(summary)).to.deep.equal(forms);
    });
  }
});
