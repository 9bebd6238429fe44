// npm run check-data: a maintainer's check before a release, also run by `npm test`. Lists every
// shipped record's facts with their source and the date they were verified, and fails when a
// record lacks a source (or one docs/sources.md does not list) or a verified date, when two
// records define one phone number or address or share one text, or when a number or address is
// written a second time anywhere in src/. Dates older than 12 months only warn: the check never
// fails with the calendar.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { importTs } from '../import-ts.mjs';

const { shipped, checkData } = await importTs(
  "export { shipped } from './sources.ts'; export { checkData } from './checks.ts';",
  'scripts/check-data',
);

/** Every string written in src/ (comments aside), with the top-level declaration that holds it. */
function literals(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join('src', 'generated') ? [] : literals(path);
    if (!entry.name.endsWith('.ts')) return [];
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const found = [];
    const visit = (node, holder) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
        found.push({ value: node.text, holder });
      }
      ts.forEachChild(node, (child) => visit(child, holder));
    };
    for (const statement of file.statements) {
      const name = ts.isVariableStatement(statement)
        ? statement.declarationList.declarations[0].name.getText(file)
        : (statement.name?.getText(file) ?? `line ${file.getLineAndCharacterOfPosition(statement.getStart(file)).line + 1}`);
      visit(statement, `${path} ${name}`);
    }
    return found;
  });
}

const rows = shipped();
const { errors, warnings } = checkData(rows, {
  sourcesDoc: readFileSync('docs/sources.md', 'utf8'),
  literals: literals(),
});

const columns = ['record', 'what', 'value', 'verified', 'source'];
const width = (key) => Math.min(60, Math.max(key.length, ...rows.map((row) => String(row[key]).length)));
const cell = (row, key) => {
  const text = String(row[key]);
  return (text.length > width(key) ? `${text.slice(0, width(key) - 1)}…` : text).padEnd(width(key));
};
const line = (row) => columns.map((key) => cell(row, key)).join('  ').trimEnd();
console.log(line(Object.fromEntries(columns.map((key) => [key, key]))));
for (const row of rows) console.log(line(row));
console.log(`\n${rows.length} facts of ${new Set(rows.map((row) => row.record)).size} records.`);
for (const warning of warnings) console.warn(`⚠ ${warning}`);
for (const error of errors) console.error(`✗ ${error}`);
console.log("Before a release, check each against the organisation's own site and update `verified`.");
if (errors.length > 0) {
  console.error(`\ncheck-data: ${errors.length} problem(s).`);
  process.exit(1);
}
