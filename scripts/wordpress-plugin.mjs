// npm run build: the WordPress plugin, dist/wordpress/mensenhandel-widgets.zip, to upload under
// Plugins → Add New → Upload. In it: wordpress/mensenhandel-widgets.php with the package's version,
// settings.json (each widget's settings, from the CMS module's own table in src/cms/placements.ts),
// the built CDN files in cdn/, and the licences. Tested with WordPress's own code in
// tests/cms.test.ts; docs/cms.md says what is not.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { importTs } from './import-ts.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const { PLACEMENT_ATTRIBUTES } = await importTs("export { PLACEMENT_ATTRIBUTES } from './src/cms/placements.ts';");
const php = readFileSync('wordpress/mensenhandel-widgets.php', 'utf8').replace(/^ \* Version: .*$/m, ` * Version: ${version}`);
const cdn = readdirSync('dist/cdn').filter((name) => name.endsWith('.js') || name.endsWith('.txt'));
const files = {
  'mensenhandel-widgets.php': php,
  'settings.json': `${JSON.stringify(PLACEMENT_ATTRIBUTES, null, 2)}\n`,
  'LICENSE.txt': readFileSync('LICENSE'),
  ...Object.fromEntries(cdn.map((name) => [`cdn/${name}`, readFileSync(`dist/cdn/${name}`)])),
};
const zip = zipSync(
  { 'mensenhandel-widgets': Object.fromEntries(Object.entries(files).map(([name, body]) => [name, typeof body === 'string' ? Buffer.from(body) : body])) },
  // A fixed date: the same build gives the same zip.
  { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
);
mkdirSync('dist/wordpress', { recursive: true });
writeFileSync('dist/wordpress/mensenhandel-widgets.zip', zip);
console.log(`dist/wordpress/mensenhandel-widgets.zip: ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} KB`);
