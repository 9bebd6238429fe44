// The floor for the CDN module's size: Lit and @lit/localize alone, with the parts the widgets
// use, bundled the same way (rollup, node-resolve, terser).
export { LitElement, css, html, nothing } from 'lit';
export { literal, html as staticHtml } from 'lit/static-html.js';
export { msg, str } from '@lit/localize';
export { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
