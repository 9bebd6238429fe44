import { css } from 'lit';

export const reportCtaStyles = css`
  .channels {
    list-style: none;
    display: grid;
    gap: var(--_mh-space);
  }
  .channel {
    /* A long address wraps: it made the list wider than a 320 px phone with WCAG text spacing. */
    overflow-wrap: anywhere;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    border-inline-start: 4px solid var(--_mh-accent);
    padding-inline-start: calc(var(--_mh-space) * 0.75);
  }
  .name {
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  /* Colours of .call come from the shared base styles. */
  .call {
    margin-block-end: 0.25em;
  }
  .emergency {
    border-inline-start-color: var(--_mh-emergency);
  }
  .emergency .call {
    font-size: 1.25em;
  }
  .details {
    color: var(--_mh-muted);
    margin-block: 0.25em 0;
  }
  .open-now {
    margin-block: 0.25em 0;
  }
  .more {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_mh-target);
  }
  ::slotted([slot='local']) {
    display: block;
    margin-block-end: var(--_mh-space);
  }

  /* banner: the full width, channels side by side where there is room */
  .banner .channels {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  section.banner {
    border-inline: 0;
    border-radius: 0;
  }

  /* compact: names and numbers only, for a sidebar */
  .compact .channels {
    gap: calc(var(--_mh-space) * 0.5);
  }
  .compact .channel {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }
  .compact .name,
  .compact .call {
    margin: 0;
  }

  @media print {
    section {
      border: 0;
      padding: 0;
    }
    .call,
    .emergency .call {
      background: none;
      color: inherit;
      padding: 0;
    }
  }
`;
