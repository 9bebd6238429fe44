// npm run check-data: a maintainer's check before a release. Lists every phone number, URL,
// e-mail address, opening time and step the widgets ship, with its source and the date it was
// verified, and flags what was not verified in the last 12 months. It reports; it never fails
// with the calendar.
import { build } from 'esbuild';

const { outputFiles } = await build({
  entryPoints: ['scripts/check-data/sources.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  conditions: ['production'],
  logLevel: 'error',
});
const { shipped } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

const rows = shipped();
const yearAgo = new Date();
yearAgo.setFullYear(yearAgo.getFullYear() - 1);
const stale = rows.filter((row) => new Date(row.verified) < yearAgo);
const width = (key) => Math.max(key.length, ...rows.map((row) => String(row[key]).length));
const columns = ['what', 'value', 'verified', 'source'];
const line = (row) => columns.map((key) => String(row[key]).padEnd(width(key))).join('  ');
console.log(line(Object.fromEntries(columns.map((key) => [key, key]))));
for (const row of rows) console.log(`${line(row)}${stale.includes(row) ? '  ⚠ older than 12 months' : ''}`);
console.log(`\n${rows.length} entries; ${stale.length} not verified in the last 12 months.`);
console.log('Before a release, check each against the organisation\'s own site and update `verified`.');
