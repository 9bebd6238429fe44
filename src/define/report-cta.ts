import { ReportCta } from '../report-cta/report-cta.js';
import { defineElement } from '../shared/define.js';

defineElement('report-cta', ReportCta);

export { ReportCta };
