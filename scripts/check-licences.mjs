// npm test: the CDN files' software bill of materials (written by scripts/sbom.mjs during the
// build) is valid CycloneDX 1.6, lists every CDN file with its true hash, and every package in
// the bundle is under a licence that may be distributed within an EUPL-1.2 work, with its
// licence text in THIRD-PARTY-LICENSES.txt.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import * as CDX from '@cyclonedx/cyclonedx-library';
import { LICENCES_FILE, SBOM_FILE } from './sbom.mjs';

// Permissive licences: their code may be distributed as part of an EUPL-1.2 work, keeping the
// notice (THIRD-PARTY-LICENSES.txt). A copyleft licence, or one not listed here, needs a
// person's decision before it enters the bundle.
const ALLOWED = ['MIT', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'ISC', '0BSD', 'EUPL-1.2'];

const dir = 'dist/cdn';
const text = readFileSync(`${dir}/${SBOM_FILE}`, 'utf8');
const problems = [];

const invalid = await new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6).validate(text);
if (invalid) problems.push(`${SBOM_FILE} is not valid CycloneDX 1.6: ${JSON.stringify(invalid).slice(0, 500)}`);

const bom = JSON.parse(text);
const own = JSON.parse(readFileSync('package.json', 'utf8'));
const licenceIds = (component) => (component.licenses ?? []).map((l) => l.license?.id ?? l.expression ?? l.license?.name);
if (bom.metadata.component.name !== own.name || bom.metadata.component.version !== own.version) {
  problems.push(`${SBOM_FILE} describes ${bom.metadata.component.name}@${bom.metadata.component.version}, not ${own.name}@${own.version}`);
}
if (licenceIds(bom.metadata.component).join() !== own.license) problems.push(`${SBOM_FILE}: the library's own licence is not ${own.license}`);

const libraries = bom.components.filter((c) => c.type === 'library');
if (!libraries.some((c) => c.name === 'lit-html')) problems.push(`${SBOM_FILE} lacks lit-html, which every CDN file uses`);
const notices = readFileSync(`${dir}/${LICENCES_FILE}`, 'utf8');
for (const c of libraries) {
  const name = c.group ? `${c.group}/${c.name}` : c.name;
  const ids = licenceIds(c);
  if (ids.length === 0 || !ids.every((id) => ALLOWED.includes(id))) {
    problems.push(`${name}@${c.version}: licence ${ids.join(', ') || 'unknown'} is not on the allow-list (${ALLOWED.join(', ')})`);
  }
  if (!notices.includes(`${name} ${c.version} (`)) problems.push(`${LICENCES_FILE} lacks the licence text of ${name}@${c.version}`);
}

const files = new Map(bom.components.filter((c) => c.type === 'file').map((c) => [c.name, c.hashes?.[0]?.content]));
for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
  const hash = createHash('sha384').update(readFileSync(`${dir}/${file}`)).digest('hex');
  if (!files.has(file)) problems.push(`${SBOM_FILE} does not list ${file}`);
  else if (files.get(file) !== hash) problems.push(`${SBOM_FILE}: the hash of ${file} is not the file's`);
  files.delete(file);
}
for (const file of files.keys()) problems.push(`${SBOM_FILE} lists ${file}, which is not in ${dir}`);

for (const problem of problems) console.error(`✖ ${problem}`);
if (problems.length) process.exit(1);
console.log(
  `✔ ${SBOM_FILE}: valid CycloneDX 1.6; ${libraries.length} packages in the CDN files, all under ${[...new Set(libraries.flatMap(licenceIds))].join(', ')}; every CDN file listed with its hash`,
);
