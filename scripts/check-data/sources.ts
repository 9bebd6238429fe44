// Every record the widgets ship, as rows for `npm run check-data`: the contact records (numbers,
// addresses, hours as text and as data, flags), <report-cta>'s channels, <help-orgs>' organisations,
// the checklist's caveat line, help for victims, call-history note and signals, and the steps after
// reporting. Add a data module here when a widget gets one.
import * as sharedContacts from '../../src/shared/contacts.js';
import * as helpOrgsContacts from '../../src/help-orgs/contacts.js';
import { CHANNELS } from '../../src/report-cta/channels.js';
import { BUILT_IN_ORGS } from '../../src/help-orgs/orgs.js';
import {
  aboutForm,
  aboutTrafficking,
  CALL_HISTORY_NOTE,
  DOMESTIC_VIOLENCE_LINE,
  SIGNALS,
  VICTIM_HELP,
} from '../../src/signal-checklist/signals.js';
import { FORMS, formLabel } from '../../src/shared/forms.js';
import { REPORT_STEPS } from '../../src/report-cta/report-steps.js';
import type { OpeningPeriod } from '../../src/shared/hours.js';
import type { Row } from './checks.js';

/** Every contact record: those several widgets name, and those only <help-orgs> names (also read by scripts/check-docs.mjs). */
export const contacts = { ...sharedContacts, ...helpOrgsContacts };
type Contact = sharedContacts.Contact;

/** A fact of a record; `source` where the fact has its own (a line's hours), else the record's. */
type Fields = Omit<Row, 'record' | 'owner' | 'source' | 'verified'> & { source?: string };

/** Rows of one record; `owner` is the record that defines them (a view names the record it selects). */
function rows(
  record: string,
  { source, verified }: { source?: string; verified?: string },
  fields: readonly (Fields | false | undefined)[],
  owner = record,
): Row[] {
  return fields
    .filter((field): field is Fields => Boolean(field))
    .map((field) => ({ record, owner, ...field, source: field.source ?? source ?? '', verified: verified ?? '' }));
}

const text = (what: string, fn: (() => string) | undefined): Fields | undefined =>
  fn && { what, value: fn(), text: fn };
const withSource = (field: Fields | undefined, source: string | undefined): Fields | undefined =>
  field && (source ? { ...field, source } : field);
const flags = (what: string, set: Record<string, boolean | undefined>): Fields | undefined => {
  const on = Object.keys(set).filter((key) => set[key]);
  return on.length > 0 ? { what, value: on.join(' ') } : undefined;
};

/** Structured hours as a maintainer reads them, e.g. "mo tu we th fr 09:00–17:00 (Dutch time)". */
const openingHours = (periods: readonly OpeningPeriod[]): string =>
  `${periods.map(({ days, opens, closes }) => `${days.join(' ')} ${opens}–${closes}`).join('; ')} (Dutch time)`;

/*
 * The checklist's definition of trafficking and each form's name and explanation, and where they
 * come from (docs/sources.md, "What trafficking is"). Kept here, not in the shipped code: they are
 * texts, not facts a partner copies, and a visitor's download need not carry them.
 */
const DEFINITION = 'https://www.justiceandcare.nl/problematiek/; https://www.politie.nl/informatie/wat-is-mensenhandel.html';
const FORMS_PAGE = 'https://www.politie.nl/informatie/vormen-van-mensenhandel.html';
const ABOUT = {
  trafficking: DEFINITION,
  sexual: `${FORMS_PAGE}; nji.nl; politie.nl`,
  labour: `${FORMS_PAGE}; ${DEFINITION}`,
  criminal: 'https://www.politie.nl/informatie/wat-is-mensenhandel.html; CKM via nos.nl; Parool 2022',
  organ: DEFINITION,
} as const;
const aboutVerified = '2026-12-02';

export function shipped(): Row[] {
  const contactRows = Object.entries(contacts)
    .filter((entry): entry is [string, Contact] => typeof entry[1] === 'object')
    .flatMap(([name, contact]) =>
      rows(`contact ${name}`, contact, [
        contact.website !== undefined && { what: 'website', value: contact.website, kind: 'address' },
        ...contact.channels.flatMap((channel) => [
          { what: channel.type, value: channel.value, kind: channel.type === 'phone' ? 'phone' : 'address' } as const,
          withSource(text(`${channel.type} hours`, channel.hours), channel.hoursSource),
          channel.openingHours && {
            what: `${channel.type} opening hours`,
            value: `${openingHours(channel.openingHours)}; public holidays: ${channel.holidayHours ? JSON.stringify(channel.holidayHours) : 'not given (may be closed)'}`,
            source: channel.hoursSource,
          },
          text(`${channel.type} note`, channel.note),
          flags(`${channel.type} flags`, { free: channel.free, always: channel.always, anonymous: channel.anonymous }),
          withSource(flags(`${channel.type} hours flags`, { usually: channel.usually }), channel.hoursSource),
        ]),
        contact.languages !== undefined && { what: 'languages', value: contact.languages.join(' ') },
      ]),
    );
  const contactName = (contact: Contact) =>
    `contact ${Object.entries(contacts).find(([, value]) => value === contact)?.[0] ?? '(not a contact record)'}`;
  return [
    ...contactRows,
    ...Object.values(CHANNELS).flatMap((channel) =>
      rows(`report-cta ${channel.id}`, channel.contact, [
        text('name', channel.name),
        text('purpose', channel.purpose),
        { what: 'answered by', value: contactName(channel.contact) },
      ]),
    ),
    ...BUILT_IN_ORGS.flatMap((org) =>
      rows(`help-orgs ${org.id}`, org, [
        typeof org.description === 'function' ? text('description', org.description) : undefined,
        { what: 'for', value: `${org.forms.join(' ')}; ${org.audiences.join(' ')}${org.region ? `; ${[org.region].flat().join(' ')}` : ''}` },
      ]),
    ),
    ...rows(
      'signal-checklist caveat',
      DOMESTIC_VIOLENCE_LINE,
      [
        { what: 'phone', value: DOMESTIC_VIOLENCE_LINE.phone },
        { what: 'note', value: DOMESTIC_VIOLENCE_LINE.note() },
      ],
      contactName(contacts.VEILIG_THUIS),
    ),
    ...Object.entries(VICTIM_HELP).flatMap(([form, help]) =>
      rows(
        `signal-checklist help for victims (${form})`,
        help.contact,
        [text('text', help.text), { what: 'link', value: help.href }],
        contactName(help.contact),
      ),
    ),
    ...rows('signal-checklist call history', CALL_HISTORY_NOTE, [text('text', CALL_HISTORY_NOTE.text)]),
    ...rows('definition of trafficking', { source: ABOUT.trafficking, verified: aboutVerified }, [text('text', aboutTrafficking)]),
    ...FORMS.flatMap((form) =>
      rows(`form ${form}`, { source: ABOUT[form], verified: aboutVerified }, [
        text('name', () => formLabel(form)),
        text('explanation', () => aboutForm(form)),
      ]),
    ),
    ...SIGNALS.flatMap((signal) =>
      rows(`signal ${signal.id}`, signal, [
        text('text', signal.text),
        text('text to the person it may be happening to', signal.self),
        { what: 'group', value: signal.group },
        flags('flags', { acute: signal.acute, professional: signal.professional }),
      ]),
    ),
    ...REPORT_STEPS.flatMap((step) =>
      rows(`report step ${step.id}`, step, [text('title', step.title), text('text', step.text)]),
    ),
  ];
}
