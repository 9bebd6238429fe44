// The floor for the CDN module's size: Lit and @lit/localize alone, with the parts a Dutch page's
// core uses (msg() and str; the translation machinery is a file of its own, which only another
// language loads), bundled the same way (rollup, node-resolve, terser).
export { LitElement, css, html, nothing } from 'lit';
export { msg, str } from '@lit/localize';
