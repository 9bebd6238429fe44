// npm test: publiccode.yml follows the publiccode.yml standard (scripts/publiccode.schema.json,
// written from the standard's documented keys), and says what this repository says: the
// licence of package.json, the languages of lit-localize.json, screenshots that exist.
// Values the owner still has to fill in ("TE VULLEN", here and in SECURITY.md) are listed on every run.
import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const doc = parse(readFileSync('publiccode.yml', 'utf8'), { version: '1.2' });
const schema = JSON.parse(readFileSync('scripts/publiccode.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const problems = [];
if (!ajv.validate(schema, doc)) {
  for (const error of ajv.errors) problems.push(`${error.instancePath || '/'} ${error.message}${error.keyword === 'enum' ? '' : ` ${JSON.stringify(error.params)}`}`);
}

const own = JSON.parse(readFileSync('package.json', 'utf8'));
if (doc.legal?.license !== own.license) problems.push(`legal.license is ${doc.legal?.license}, package.json says ${own.license}`);
if (doc.name !== own.name) problems.push(`name is ${doc.name}, package.json says ${own.name}`);
const localize = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const languages = [localize.sourceLocale, ...localize.targetLocales];
if (JSON.stringify(doc.localisation?.availableLanguages) !== JSON.stringify(languages)) {
  problems.push(`localisation.availableLanguages is not ${languages.join(', ')} (lit-localize.json)`);
}
for (const [lang, description] of Object.entries(doc.description ?? {})) {
  for (const file of description.screenshots ?? []) if (!existsSync(file)) problems.push(`description.${lang}.screenshots: ${file} does not exist`);
}

for (const problem of problems) console.error(`✖ publiccode.yml: ${problem}`);
if (problems.length) process.exit(1);
const open = [];
const walk = (value, path) => {
  if (typeof value === 'string' && /TE[ -]VULLEN/.test(value)) open.push(path);
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) walk(v, path ? `${path}.${key}` : key);
};
walk(doc, '');
// SECURITY.md's reporting address waits for the same owner.
if (/TE VULLEN/.test(readFileSync('SECURITY.md', 'utf8'))) open.push('SECURITY.md (reporting address)');
console.log(`✔ publiccode.yml: valid against the publiccode.yml standard ${doc.publiccodeYmlVersion}`);
if (open.length) console.log(`  still to fill in by the owner before publishing: ${open.join(', ')}`);
