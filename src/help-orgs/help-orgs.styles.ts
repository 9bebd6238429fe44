import { css, unsafeCSS } from 'lit';

/*
 * A partner's list of a thousand organisations: the browser lays out only the cards near the
 * screen (layout went from about 900 ms to 30 ms). Only their height is estimated: their width
 * is the list's. A string because lit-analyzer does not know these properties yet.
 */
const lazyCards = unsafeCSS('.org{content-visibility:auto;contain-intrinsic-block-size:auto 12em}');

export const helpOrgsStyles = css`
  ${lazyCards}
  .emergency {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    font-weight: 700;
  }
  .acute {
    font-size: 1.25em;
  }
  .notice,
  .badge {
    background: var(--_mh-surface);
    border-radius: var(--_mh-radius);
  }
  .notice {
    border-inline-start: 4px solid var(--_mh-accent);
    padding: calc(var(--_mh-space) * 0.5);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_mh-space) * 0.5) var(--_mh-space);
    margin-block-end: calc(var(--_mh-space) * 0.5);
  }
  .filter {
    display: grid;
    /* A select is as wide as its longest option: let it shrink on a narrow screen (reflow). */
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
    max-inline-size: 100%;
    gap: 0.25em;
    font-weight: 700;
  }
  select {
    max-inline-size: 100%;
    min-block-size: var(--_mh-target);
    color: inherit;
    background: var(--_mh-background);
    border: 1px solid var(--_mh-border);
    border-radius: var(--_mh-radius);
    padding-inline: 0.5em;
  }
  .orgs,
  .channels {
    list-style: none;
    display: grid;
    /* As wide as the widget: a column sized by its cards kept an off-screen card's earlier width. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_mh-space);
  }
  .grid .orgs {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .org {
    border-inline-start: 4px solid var(--_mh-accent);
    padding-inline-start: calc(var(--_mh-space) * 0.75);
  }
  .org h1,
  .org h2,
  .org h3,
  .org h4,
  .org h5,
  .org h6 {
    font-size: 1.1em;
  }
  .channels {
    gap: 0.25em;
    margin-block-end: 0.5em;
  }
  .channels li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    /* A long address (an e-mail, a website) breaks rather than run out of a narrow card. */
    overflow-wrap: anywhere;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_mh-target);
  }
  .badge {
    display: inline-block;
    padding: 0.125em 0.5em;
    font-size: 0.875em;
  }
  .hours,
  .following,
  .count {
    color: var(--_mh-muted);
  }
  .more {
    margin-block-start: var(--_mh-space);
  }
  @media print {
    .more {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;
