/**
 * Defines every element of mensenhandel-widgets: the package's main entry for bundlers. Import
 * `mensenhandel-widgets/report-cta.js` (and so on) for one element. The CDN module is cdn.ts.
 */
export * from './define/report-cta.js';
export type { ReportCtaSelectDetail, ReportCtaVia, ReportCtaLayout } from './report-cta/report-cta.js';
export * from './define/help-orgs.js';
export type { HelpOrgsSelectDetail, HelpOrgsErrorDetail, HelpOrgsVia, HelpOrgsLayout } from './help-orgs/help-orgs.js';
export * from './define/signal-checklist.js';
export type { SignalChecklistAudience } from './signal-checklist/signal-checklist.js';
export type { SignalChecklistLevel, SignalChecklistPerspective, SignalChecklistSummary } from './signal-checklist/level.js';
export * from './define/quick-exit.js';
export type {
  QuickExitLeaveDetail,
  QuickExitPosition,
  QuickExitShortcut,
  QuickExitTrigger,
} from './quick-exit/quick-exit.js';
export { matchLocale, type Locale } from './shared/locale.js';
export { VERSION } from './shared/version.js';
