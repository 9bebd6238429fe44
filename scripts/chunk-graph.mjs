// The CDN build runs in two steps (rollup.config.mjs): first every element's file and every
// language file, then the entry. The first step records its chunk graph here: for each element
// the files it imports (each after those it imports: the core first) and the language parts its
// code has texts in. The second step writes that record into the entry as src/cdn-files.ts, so
// that the entry requests everything a page needs at once, in one round trip after its own.
//
// Language files are named `<locale>[-<part>]-<tag>.js` with one tag for all of them, a hash of
// the library's version and of every language source: the entry then names any language's
// files from the list of languages it has anyway, and carries 8 characters for them instead of
// a hash per file.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What every file name beside the CDN module starts with (rollup.config.mjs). */
export const PREFIX = 'mensenhandel-widgets-';
const LANGUAGE_FILE = /\/src\/generated\/locales\/([a-z]+)(?:-([a-z-]+))?\.ts$/;
const LOCALES_DIR = 'src/generated/locales';

function languageTag() {
  const hash = createHash('sha256').update(JSON.parse(readFileSync('package.json', 'utf8')).version);
  for (const file of readdirSync(LOCALES_DIR).sort()) hash.update(file).update(readFileSync(join(LOCALES_DIR, file)));
  return hash.digest('base64url').slice(0, 8);
}

/** The two halves: `record` in the first step's plugins, `provide` after typescript in the second's. */
export function chunkGraph() {
  const tag = languageTag();
  let record;
  return {
    /** rollup's output.chunkFileNames for the first step. */
    chunkFileNames: (chunk) =>
      LANGUAGE_FILE.test(chunk.facadeModuleId ?? '') ? `${PREFIX}[name]-${tag}.js` : `${PREFIX}[name]-[hash].js`,
    record: {
      name: 'chunk-graph-record',
      generateBundle(_, bundle) {
        const short = (fileName) => fileName.slice(PREFIX.length, -'.js'.length);
        const imported = (fileName, order = []) => {
          if (!order.includes(fileName)) {
            bundle[fileName].imports.forEach((file) => imported(file, order));
            order.push(fileName);
          }
          return order;
        };
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const elements = chunks.filter((chunk) => chunk.isEntry).map((chunk) => [chunk.name, imported(chunk.fileName)]);
        const parts = new Set();
        for (const chunk of chunks) {
          const [, , part] = LANGUAGE_FILE.exec(chunk.facadeModuleId ?? '') ?? [];
          if (part) parts.add(part);
          // The entry requests a language file alone: what it imports must come with every element.
          const missing = LANGUAGE_FILE.test(chunk.facadeModuleId ?? '') && chunk.imports.find((file) => !elements.every(([, files]) => files.includes(file)));
          if (missing) this.error(`${chunk.fileName} imports ${missing}, which not every element loads`);
        }
        record = { elements: {}, parts: {}, languages: tag };
        for (const [name, files] of elements) {
          record.elements[name] = files.map(short);
          const modules = files.flatMap((file) => Object.keys(bundle[file].modules));
          // A part is named after the folder of the element whose texts it holds (compact-locales.mjs).
          const own = [...parts].filter((part) => modules.some((id) => id.includes(`/src/${part}/`)));
          if (own.length) record.parts[name] = own;
        }
      },
    },
    provide: {
      name: 'chunk-graph-provide',
      transform(_, id) {
        if (!id.endsWith('/src/cdn-files.ts')) return null;
        if (!record) this.error('the chunk graph is missing: the elements must be built before the entry');
        return { code: `export const prefix = ${JSON.stringify(PREFIX)};\nexport const files = ${JSON.stringify(record)};`, map: null };
      },
    },
  };
}
