// npm test (check:papers): the WCAG 2.2 report (docs/wcag-2.2.md) stays honest.
// - It has one row for every level A and AA success criterion of WCAG 2.2, and no other: the
//   list below is the W3C Recommendation's (WCAG 2.2, 12 December 2024 edition), where 4.1.1
//   Parsing is removed and 2.4.11, 2.5.7, 2.5.8, 3.2.6, 3.3.7 and 3.3.8 are new at A/AA.
// - Each row's verdict is one of the five the report explains.
// - Every test it cites exists, and so does every test title it quotes (`tests/x.test.ts` ›
//   "title"); a verdict "voldoet" or "voldoet deels" cites a test or a dated manual check.
// - A criterion waiting for a person links to its script, which exists.
import { existsSync, readFileSync } from 'node:fs';

const CRITERIA = {
  '1.1.1': 'A', '1.2.1': 'A', '1.2.2': 'A', '1.2.3': 'A', '1.2.4': 'AA', '1.2.5': 'AA',
  '1.3.1': 'A', '1.3.2': 'A', '1.3.3': 'A', '1.3.4': 'AA', '1.3.5': 'AA',
  '1.4.1': 'A', '1.4.2': 'A', '1.4.3': 'AA', '1.4.4': 'AA', '1.4.5': 'AA', '1.4.10': 'AA', '1.4.11': 'AA', '1.4.12': 'AA', '1.4.13': 'AA',
  '2.1.1': 'A', '2.1.2': 'A', '2.1.4': 'A', '2.2.1': 'A', '2.2.2': 'A', '2.3.1': 'A',
  '2.4.1': 'A', '2.4.2': 'A', '2.4.3': 'A', '2.4.4': 'A', '2.4.5': 'AA', '2.4.6': 'AA', '2.4.7': 'AA', '2.4.11': 'AA',
  '2.5.1': 'A', '2.5.2': 'A', '2.5.3': 'A', '2.5.4': 'A', '2.5.7': 'AA', '2.5.8': 'AA',
  '3.1.1': 'A', '3.1.2': 'AA', '3.2.1': 'A', '3.2.2': 'A', '3.2.3': 'AA', '3.2.4': 'AA', '3.2.6': 'A',
  '3.3.1': 'A', '3.3.2': 'A', '3.3.3': 'AA', '3.3.4': 'AA', '3.3.7': 'A', '3.3.8': 'AA',
  '4.1.2': 'A', '4.1.3': 'AA',
};
const VERDICTS = ['voldoet', 'voldoet deels', 'voldoet niet', 'niet van toepassing', 'nog niet door een persoon geverifieerd'];
const REPORT = 'docs/wcag-2.2.md';

const text = readFileSync(REPORT, 'utf8');
const problems = [];
const headings = new Set(
  [...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, h]) => h.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')),
);
const rows = [...text.matchAll(/^\| (\d\.\d\.\d+) \| (A{1,2}) \|(.*)$/gm)];
const seen = new Set();
const verdicts = [];
for (const [, sc, level, rest] of rows) {
  const [, verdict = '', how = ''] = rest.split(' | ').map((cell) => cell.trim().replace(/\*\*/g, ''));
  const where = `${REPORT} ${sc}`;
  if (seen.has(sc)) problems.push(`${where}: a second row`);
  seen.add(sc);
  if (!(sc in CRITERIA)) problems.push(`${where}: not a level A or AA criterion of WCAG 2.2`);
  else if (CRITERIA[sc] !== level) problems.push(`${where}: level ${level}, WCAG 2.2 says ${CRITERIA[sc]}`);
  const found = VERDICTS.filter((v) => verdict === v || verdict.startsWith(`${v} `)).sort((a, b) => b.length - a.length)[0];
  verdicts.push(found);
  if (!found) problems.push(`${where}: verdict "${verdict}" is none of ${VERDICTS.join(' / ')}`);
  const tests = [...how.matchAll(/`(tests\/[\w./-]+\.test\.tsx?)`(?: › "([^"]+)")?/g)];
  for (const [, file, title] of tests) {
    if (!existsSync(file)) problems.push(`${where}: cites ${file}, which does not exist`);
    else if (title && !readFileSync(file, 'utf8').includes(title)) problems.push(`${where}: ${file} has no test "${title}"`);
  }
  if ((found === 'voldoet' || found === 'voldoet deels') && tests.length === 0 && !/handmatig \(\d{4}-\d{2}-\d{2}/.test(how)) {
    problems.push(`${where}: "${found}" without a test or a dated manual check ("handmatig (YYYY-MM-DD …)")`);
  }
  if (found === 'nog niet door een persoon geverifieerd') {
    const script = /\]\(#([\w-]+)\)/.exec(how)?.[1];
    if (!script || !headings.has(script)) problems.push(`${where}: waits for a person but links to no script in the report`);
  }
}
for (const sc of Object.keys(CRITERIA)) if (!seen.has(sc)) problems.push(`${REPORT}: no row for ${sc} (level ${CRITERIA[sc]})`);

for (const problem of problems) console.error(`✖ ${problem}`);
if (problems.length) process.exit(1);
const tally = VERDICTS.map((v) => `${verdicts.filter((f) => f === v).length} ${v}`).join(', ');
console.log(`✔ ${REPORT}: the ${rows.length} level A and AA criteria of WCAG 2.2 (${tally}); every cited test exists`);
