import { AUDIENCES, CHANNEL_TYPES } from '../../src/help-orgs/org.js';
import { parseOrgData, type OrgData } from '../../src/help-orgs/org-data.js';
import { FORMS } from '../../src/shared/forms.js';

/*
 * What <help-orgs> does with a partner's file, record by record, in plain Dutch. The checking
 * is the widget's own (org-data.ts, whose parseOrgData returns each problem's index, id and
 * field); this file only says it to a web editor, field by field.
 */

export interface Problem {
  /** Which record (0-based), or null for the file as a whole. */
  index: number | null;
  id?: string;
  /** The field, as written in the file: `forms[1]`, `channels[0].value`. */
  field?: string;
  /** `skipped`: the organisation is not shown; `left-out`: shown without this field. */
  kind: 'file' | 'skipped' | 'left-out';
  /** Why, in plain Dutch. */
  reason: string;
}

export interface CheckResult {
  /** The records as the widget would get them, for a live preview; null when the file is unusable. */
  records: unknown[] | null;
  /** How many organisations the widget shows. */
  shown: number;
  problems: Problem[];
}

const list = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** Why a field stops a record, by the field's name without its indexes (`channels[].type`). */
const REASONS: [RegExp, string][] = [
  [/^record$/, 'Dit is geen organisatie: een organisatie staat tussen { en }.'],
  [/^id$/, 'Het veld "id" ontbreekt, is niet geldig of komt al eerder voor. Gebruik een unieke code van letters, cijfers, - en _ (hoogstens 100 tekens).'],
  [/^name$/, 'Het veld "name" ontbreekt of is leeg. Een naam is tekst van hoogstens 500 tekens.'],
  [/^description/, 'Het veld "description" ontbreekt of is niet goed. Schrijf tekst, of tekst per taal zoals {"nl": "…", "en": "…"}, hoogstens 500 tekens per taal.'],
  [/^forms/, `Het veld "forms" moet een lijst zijn met een of meer van ${list(FORMS)}.`],
  [/^audiences/, `Het veld "audiences" moet een lijst zijn met een of meer van ${list(AUDIENCES)}.`],
  [/^region$/, 'Het veld "region" moet "national" zijn, een regiocode (kleine letters, cijfers en -) of een lijst van regiocodes.'],
  [/^channels$/, 'Het veld "channels" moet een lijst zijn.'],
  [/^channels\[\]$/, 'Dit contactkanaal is geen {"type": …, "value": …}.'],
  [/^channels\[\]\.type$/, `Het type van dit contactkanaal moet een van ${list(CHANNEL_TYPES)} zijn.`],
  [/^channels\[\]\.hours/, 'De openingstijden ("hours") zijn geen tekst, of tekst per taal.'],
  [/^channels\[\]\.(always|anonymous)$/, 'Dit veld moet true of false zijn.'],
  [/^website$/, 'Er is geen website en geen bruikbaar contactkanaal: een bezoeker kan deze organisatie niet bereiken.'],
  [/^languages$/, 'Het veld "languages" moet een lijst van taalcodes zijn, zoals ["nl", "en"].'],
  [/^verified$/, 'Het veld "verified" moet een datum zijn zoals "2026-11-01".'],
];

const LEFT_OUT = 'Weggelaten: alleen links met https:, tel: (een telefoonnummer) en mailto: (een e-mailadres) worden getoond.';

function reason(field: string): string {
  const general = field.replace(/\[\d+\]/g, '[]');
  return REASONS.find(([pattern]) => pattern.test(general))?.[1] ?? `Het veld "${field}" is niet goed.`;
}

/** Checks a partner file's text as <help-orgs> would read it. */
export function checkPartnerData(text: string): CheckResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { records: null, shown: 0, problems: [{ index: null, kind: 'file', reason: `Dit is geen geldige JSON${detail}. Let op komma's, aanhalingstekens en haakjes.` }] };
  }
  let result: OrgData;
  try {
    result = parseOrgData(data);
  } catch {
    return { records: null, shown: 0, problems: [{ index: null, kind: 'file', reason: 'Het bestand moet de vorm {"orgs": [ … ]} hebben: een lijst "orgs" met de organisaties.' }] };
  }
  const problems = result.problems.map(({ index, id, field, skipped }): Problem =>
    skipped ? { index, id, kind: 'skipped', field, reason: reason(field) } : { index, id, kind: 'left-out', field, reason: LEFT_OUT },
  );
  return { records: (data as { orgs: unknown[] }).orgs, shown: result.orgs.length, problems };
}
