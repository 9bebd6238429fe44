import { msg } from '@lit/localize';
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { warnOnce } from '../shared/warn.js';
import type { ReportStep } from './report-steps.js';

/** The steps once their file has loaded; null if it failed. */
let steps: readonly ReportStep[] | null | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the steps once for the page. The button shows at once and the list, closed, fills in
 * when they arrive, so the widget does not move. (A checklist loads them with its own file.)
 */
const load = (): Promise<void> =>
  (loading ??= import('./report-steps.js').then(
    (module) => void (steps = module.REPORT_STEPS),
    (error: unknown) => {
      steps = null;
      warnOnce(`<report-cta> could not load the steps after a report (${String(error)}); the rest stays.`);
    },
  ));

/**
 * The disclosure "Wat gebeurt er als ik meld?": a button that says whether it is open
 * (aria-expanded) and an ordered list. Closed by default; always open on paper.
 */
export function renderReportSteps(
  host: ReactiveControllerHost,
  open: boolean,
  toggle: () => void,
  id = 'report-steps',
): TemplateResult | typeof nothing {
  if (steps === undefined) void load().then(() => host.requestUpdate());
  // Without its steps (their file failed to load), the disclosure would open onto nothing.
  if (steps === null) return nothing;
  return html`
    <div class="steps" part="steps">
      <button
        class="target secondary steps-toggle"
        part="steps-toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        @click=${toggle}
      >
        <span class="steps-marker" aria-hidden="true"></span>${msg('Wat gebeurt er als ik meld?', {
          id: 'steps.heading',
          desc: 'Opens the list of steps after a report (a disclosure, asked by the visitor).',
        })}
      </button>
      <ol id=${id} class="steps-list" part="steps-list" ?hidden=${!open}>
        ${steps?.map(
          (step) => html`<li data-step=${step.id}><strong>${step.title()}</strong> ${step.text()}</li>`,
        )}
      </ol>
    </div>
  `;
}

export const reportStepsStyles = css`
  .steps {
    margin-block-start: var(--_mh-space);
  }
  .steps-toggle {
    text-align: start;
  }
  .steps-marker::before {
    content: '+';
  }
  [aria-expanded='true'] .steps-marker::before {
    content: '−';
  }
  .steps-list {
    padding-inline-start: 1.5em;
    margin-block-start: calc(var(--_mh-space) * 0.5);
  }
  .steps-list li {
    margin-block-end: 0.5em;
  }
  .steps-list[hidden] {
    display: none;
  }
  @media print {
    .steps-toggle {
      border: 0;
      padding: 0;
    }
    .steps-marker {
      display: none;
    }
    .steps-list[hidden] {
      display: block;
    }
  }
`;
