import { SignalChecklist } from '../signal-checklist/signal-checklist.js';
import { defineElement } from '../shared/define.js';
// Its next steps are a <report-cta>.
import './report-cta.js';

defineElement('signal-checklist', SignalChecklist);

export { SignalChecklist };
