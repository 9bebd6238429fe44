// Budgets for `npm run size`. The language files have budgets of their own
// (scripts/check-chunk-sizes.mjs); which they are follows lit-localize.json.
import { readFileSync } from 'node:fs';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

export default [
  {
    name: "A Dutch page with one <report-cta>: the entry, the core and its element's files",
    path: [
      'dist/cdn/mensenhandel-widgets.js',
      'dist/cdn/mensenhandel-widgets-core-*.js',
      'dist/cdn/mensenhandel-widgets-report-cta-*.js',
    ],
    limit: '15 KB',
    gzip: true,
  },
  {
    name: "CDN module: what every page with a widget loads (entry and core: Lit, msg() of @lit/localize, shared pieces)",
    path: [
      'dist/cdn/mensenhandel-widgets.js',
      'dist/cdn/mensenhandel-widgets-core-*.js',
    ],
    limit: '12.8 KB',
    gzip: true,
  },
  {
    name: "A Dutch page with every widget, less the partner-data checks (only where there is partner data) and the steps after a report (1 kB more where a checklist or <report-cta steps> is); in another language add its files and the translation machinery (budgets in scripts/check-chunk-sizes.mjs)",
    path: [
      'dist/cdn/*.js',
      `!dist/cdn/mensenhandel-widgets-{${targetLocales.join(',')}}-*.js`,
      '!dist/cdn/mensenhandel-widgets-{partner-data,report-steps,translations}-*.js',
      '!dist/cdn/mensenhandel-widgets-cms.js',
    ],
    limit: '31.5 KB',
    gzip: true,
  },
  {
    name: "CMS module: placements typed as text by a web editor, on top of the CDN module",
    path: [
      'dist/cdn/mensenhandel-widgets-cms.js',
    ],
    limit: '2.2 KB',
    gzip: true,
  },
];
