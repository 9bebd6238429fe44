// Budgets for the files beside the CDN module that size-limit cannot name (their names carry a
// hash): each language file at most 4.5 KB gzip, each element's file at most 7.3 KB gzip, the
// partner-data checks at most 2.1 KB, the steps after a report at most 1.1 KB, the translation
// machinery (any language but Dutch) at most 1.1 KB.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const locales = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;
const limits = [
  { what: 'language', pattern: new RegExp(`^mensenhandel-widgets-(${locales.join('|')})-`), bytes: 4.5 * 1024 },
  { what: 'element', pattern: /^mensenhandel-widgets-(report-cta|signal-checklist|help-orgs|quick-exit)-/, bytes: 7.3 * 1024 },
  { what: 'partner-data checks', pattern: /^mensenhandel-widgets-partner-data-/, bytes: 2.1 * 1024 },
  { what: 'steps after a report', pattern: /^mensenhandel-widgets-report-steps-/, bytes: 1.1 * 1024 },
  { what: 'translation machinery', pattern: /^mensenhandel-widgets-translations-/, bytes: 1.1 * 1024 },
];
let failed = false;
for (const file of readdirSync('dist/cdn').filter((name) => name.endsWith('.js')).sort()) {
  const limit = limits.find((l) => l.pattern.test(file));
  if (!limit) continue;
  const size = gzipSync(readFileSync(`dist/cdn/${file}`), { level: 9 }).length;
  const over = size > limit.bytes;
  failed ||= over;
  console.log(`${over ? '✖' : '✔'} ${limit.what} ${file}: ${(size / 1024).toFixed(2)} KB gzip (limit ${limit.bytes / 1024} KB)`);
}
process.exit(failed ? 1 : 0);
