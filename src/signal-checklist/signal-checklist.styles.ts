import { css } from 'lit';

export const signalChecklistStyles = css`
  .caveat,
  .summary,
  .safety {
    background: var(--_mh-surface);
    border-inline-start: 4px solid var(--_mh-accent);
    padding: calc(var(--_mh-space) * 0.75);
    margin-block: var(--_mh-space);
  }
  .caveat p:last-child,
  .summary {
    margin-block-end: 0;
  }
  .group {
    border: 0;
    border-block-start: 1px solid var(--_mh-border);
    margin: 0;
    padding: var(--_mh-space) 0 0;
    margin-block-end: var(--_mh-space);
  }
  legend {
    padding: 0;
    float: inline-start;
    inline-size: 100%;
  }
  .about {
    clear: both;
  }
  .signals {
    clear: both;
  }
  .signals,
  .help ul {
    list-style: none;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-block-size: var(--_mh-target);
    padding-block: 0.25em;
    cursor: pointer;
  }
  input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }
  .summary.acute {
    border-inline-start-color: var(--_mh-emergency);
  }
  report-cta {
    margin-block-start: var(--_mh-space);
  }
  /* The ask question: two large answers side by side, stacked on a narrow screen. */
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_mh-space) * 0.5);
  }
  .choice {
    flex: 1 1 12em;
    justify-content: center;
    min-block-size: calc(var(--_mh-target) * 1.5);
    border: 2px solid var(--_mh-accent);
    background: var(--_mh-background);
    color: var(--_mh-accent);
    cursor: pointer;
  }
  .choice[aria-pressed='true'] {
    background: var(--_mh-accent);
    color: var(--_mh-accent-text);
  }
  .help li {
    margin-block-end: calc(var(--_mh-space) * 0.75);
  }
  .emergency .call {
    font-size: 1.25em;
  }

  .reset {
    margin-block-start: var(--_mh-space);
    background: var(--_mh-background);
    color: var(--_mh-accent);
    border: 2px solid var(--_mh-accent);
    cursor: pointer;
  }

  /* Printed, the checklist lists what was ticked, to take to a conversation with a professional. */
  @media print {
    section {
      border: 0;
      padding: 0;
    }
    .group:not(.has-ticks),
    .signal:not(.ticked),
    .organ,
    .perspective,
    .reset {
      display: none;
    }
  }
`;
