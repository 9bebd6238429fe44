import { SignalChecklist } from '../signal-checklist/signal-checklist.js';
import { defineElement } from '../shared/define.js';
// Its next steps are a <report-cta>.
import './report-cta.js';

defineElement('signal-checklist', SignalChecklist);
// At higher levels they show the steps after a report: requested now, with the checklist, not
// when a visitor's ticks reach such a level (a request then would tell a server's log how far
// they got). <report-cta> finds them loaded.
void import('../report-cta/report-steps.js').catch(() => undefined);

export { SignalChecklist };
