// Every contact detail and fact the widgets ship, with where it comes from: the input of
// `npm run check-data`. Add a data module here when a widget gets one.
import { CHANNELS } from '../../src/report-cta/channels.js';
import { REPORT_STEPS } from '../../src/shared/report-steps.js';
import { BUILT_IN_ORGS } from '../../src/help-orgs/orgs.js';

export interface Shipped {
  what: string;
  value: string;
  source: string;
  verified: string;
}

export function shipped(): Shipped[] {
  return [
    ...Object.values(CHANNELS).flatMap((c) =>
      [
        { what: `report-cta ${c.id}: phone`, value: c.phone },
        c.website && { what: `report-cta ${c.id}: website`, value: c.website },
        c.email && { what: `report-cta ${c.id}: e-mail`, value: c.email },
        c.hours && { what: `report-cta ${c.id}: hours`, value: c.hours() },
      ]
        .filter((row): row is { what: string; value: string } => Boolean(row))
        .map((row) => ({ ...row, source: c.source, verified: c.verified })),
    ),
    ...BUILT_IN_ORGS.flatMap((o) =>
      [
        o.website && { what: `help-orgs ${o.id}: website`, value: o.website },
        ...(o.channels ?? []).map((c) => ({ what: `help-orgs ${o.id}: ${c.type}`, value: c.value })),
        ...(o.channels ?? []).flatMap((c) =>
          typeof c.hours === 'function' ? [{ what: `help-orgs ${o.id}: ${c.type} hours`, value: c.hours() }] : [],
        ),
        o.languages && { what: `help-orgs ${o.id}: languages`, value: o.languages.join(' ') },
      ]
        .filter((row): row is { what: string; value: string } => Boolean(row))
        .map((row) => ({ ...row, source: o.source!, verified: o.verified! })),
    ),
    ...REPORT_STEPS.map((s) => ({ what: `report steps: ${s.id}`, value: s.title(), source: s.source, verified: s.verified })),
  ];
}
