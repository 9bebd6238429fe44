import { css } from 'lit';

/*
 * Comments stay out of the css`` template: it ships as written, comments included.
 *
 * - The disclosure triangle points to the end of the line (so also right to left), down when
 *   open.
 * - fixed: the button stays in the top corner at the end of the page's lines, clear of a
 *   phone's notch. The corner follows the page's direction (the host's), not the widget's
 *   language: a Dutch widget on a right-to-left page still belongs at the top left, hence
 *   physical sides. Put first in <body>, the element's own box holds the tip beside the
 *   button, so at the top of the page the button covers nothing.
 * - The overlay hides the whole page, in the top layer, before it is replaced.
 */
export const quickExitStyles = css`
  .button {
    justify-content: center;
    flex-wrap: wrap;
    max-inline-size: calc(100vw - 2 * var(--_mh-space));
    background: var(--_mh-emergency);
    color: var(--_mh-emergency-text);
    font-size: 1.125em;
  }
  .indicators {
    display: inline-flex;
    gap: 0.25em;
  }
  .indicator {
    inline-size: 0.5em;
    block-size: 0.5em;
    border: 1px solid currentColor;
    border-radius: 50%;
  }
  .indicator.on {
    background: currentColor;
  }
  .tip {
    margin-block-start: calc(var(--_mh-space) * 0.5);
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_mh-target);
    font-weight: 700;
    cursor: pointer;
    list-style: none;
  }
  summary::before {
    content: '';
    border-block: 0.35em solid transparent;
    border-inline-start: 0.5em solid currentColor;
  }
  [open] > summary::before {
    border-inline: 0.35em solid transparent;
    border-block: 0.5em solid currentColor;
    border-block-end: 0;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .tip p:last-child {
    margin-block-end: 0;
  }

  .fixed {
    --_mh-corner: calc(var(--_mh-space) * 0.5);
    padding-block: var(--_mh-corner);
    padding-right: 9em;
  }
  :host(:dir(rtl)) .fixed {
    padding-right: 0;
    padding-left: 9em;
  }
  .fixed .tip {
    margin-block-start: 0;
  }
  .fixed .button {
    position: fixed;
    z-index: 2147483000;
    top: calc(var(--_mh-corner) + env(safe-area-inset-top, 0px));
    right: calc(var(--_mh-corner) + env(safe-area-inset-right, 0px));
    box-shadow: 0 0 0 2px var(--_mh-background);
  }
  :host(:dir(rtl)) .fixed .button {
    right: auto;
    left: calc(var(--_mh-corner) + env(safe-area-inset-left, 0px));
  }

  .overlay {
    position: fixed;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    border: 0;
    padding: var(--_mh-space);
    background: var(--_mh-background);
    color: var(--_mh-text);
  }
  .overlay::backdrop {
    background: var(--_mh-background);
  }

  @media print {
    .button {
      display: none;
    }
  }
`;
