import { css } from 'lit';

/**
 * Styles every widget shares. Public custom properties are `--mh-*`, each with a default, so
 * a partner themes the widgets from the host page; private ones are `--_mh-*`.
 * Defaults meet WCAG 2.1 AA contrast (4.5:1 for text) on the default background.
 */
export const baseStyles = css`
  :host {
    --_mh-text: var(--mh-color-text, #1b1b1b);
    --_mh-muted: var(--mh-color-muted-text, #4a4a4a);
    --_mh-background: var(--mh-color-background, #ffffff);
    --_mh-surface: var(--mh-color-surface, #f3f5f8);
    --_mh-border: var(--mh-color-border, #8a94a3);
    --_mh-accent: var(--mh-color-accent, #154273);
    --_mh-accent-text: var(--mh-color-accent-text, #ffffff);
    --_mh-emergency: var(--mh-color-emergency, #a4001b);
    --_mh-emergency-text: var(--mh-color-emergency-text, #ffffff);
    --_mh-focus: var(--mh-focus-color, #1b1b1b);
    --_mh-focus-halo: var(--mh-focus-halo-color, #ffdd00);
    --_mh-radius: var(--mh-border-radius, 0.375rem);
    --_mh-space: var(--mh-space, 1rem);
    --_mh-target: var(--mh-target-size, 44px);

    display: block;
    box-sizing: border-box;
    font: inherit;
    color: var(--_mh-text);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font: inherit;
    font-weight: 700;
    font-size: var(--mh-heading-font-size, 1.25em);
    line-height: 1.3;
    margin-block: 0 calc(var(--_mh-space) * 0.5);
  }
  p {
    margin-block: 0 calc(var(--_mh-space) * 0.5);
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
  }
  a {
    color: var(--_mh-accent);
  }
  a,
  button,
  input,
  select,
  summary {
    font: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_mh-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_mh-focus-halo);
  }
  /* The widget's box (<report-cta>, <help-orgs>, <signal-checklist>). */
  section {
    background: var(--_mh-background);
    border: 1px solid var(--_mh-border);
    border-radius: var(--_mh-radius);
    padding: var(--_mh-space);
  }
  /* A tap target of at least 44 by 44 CSS pixels (WCAG 2.5.5, and comfortable on a phone). */
  .target {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_mh-target);
    min-inline-size: var(--_mh-target);
    padding-block: 0.5em;
    padding-inline: 1em;
    border-radius: var(--_mh-radius);
    text-decoration: none;
    font-weight: 700;
  }
  /* A call button in the accent colour; 112's in the emergency colour. */
  .call {
    background: var(--_mh-accent);
    color: var(--_mh-accent-text);
  }
  .emergency .call {
    background: var(--_mh-emergency);
    color: var(--_mh-emergency-text);
  }
  /* A button that is not the main action: outlined in the accent colour. */
  .secondary {
    border: 2px solid var(--_mh-accent);
    background: var(--_mh-background);
    color: var(--_mh-accent);
    cursor: pointer;
  }
  .language-picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-end: calc(var(--_mh-space) * 0.5);
  }
  .language-picker select {
    min-block-size: var(--_mh-target);
    border: 1px solid var(--_mh-border);
    border-radius: var(--_mh-radius);
    background: var(--_mh-background);
    color: var(--_mh-text);
  }
  /* Whether a line is open now, and what is reachable when it is not (shared/open-now.ts). */
  .open-now {
    font-weight: 600;
  }
  .reachable {
    margin-block: 0.25em 0;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .target {
      border: 1px solid ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
