// Prints the Subresource Integrity hash of the CDN module, for a partner's script tag:
// <script type="module" src="…/mensenhandel-widgets.js" integrity="sha384-…"></script>
// and writes it to dist/sri.json, where Storybook's snippet block reads it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'dist/cdn/mensenhandel-widgets.js';
const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync('dist/sri.json', `${JSON.stringify({ version, file: 'mensenhandel-widgets.js', integrity }, null, 2)}\n`);
console.log(`${file} integrity="${integrity}"`);
