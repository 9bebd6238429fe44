// Prints the Subresource Integrity hash of the CDN module, for a partner's script tag:
// <script type="module" src="…/mensenhandel-widgets.js" integrity="sha384-…"></script>
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const file = 'dist/cdn/mensenhandel-widgets.js';
const hash = createHash('sha384').update(readFileSync(file)).digest('base64');
console.log(`${file} integrity="sha384-${hash}"`);
