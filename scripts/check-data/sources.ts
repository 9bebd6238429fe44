// Every contact detail and fact the widgets ship, with where it comes from: the input of
// `npm run check-data`. Add a data module here when a widget gets one.
import { CHANNELS } from '../../src/report-cta/channels.js';
import { REPORT_STEPS } from '../../src/shared/report-steps.js';

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
    ...REPORT_STEPS.map((s) => ({ what: `report steps: ${s.id}`, value: s.title(), source: s.source, verified: s.verified })),
  ];
}
