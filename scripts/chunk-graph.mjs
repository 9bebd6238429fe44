// The CDN build runs in two steps (rollup.config.mjs): first every element's file and every
// language file, then the entry. The first step records its chunk graph here: for each element
// the files it needs as soon as it loads (its own, those it imports, and those its module in
// src/define/ requests when it runs, such as the checklist's steps after a report), and which
// elements have a part of each language of their own (named after them). The second step writes
// that record into the entry as src/cdn-files.ts, so that the entry requests everything a page
// needs at once, in one round trip after its own. Files the code imports only when it needs them
// (the partner-data checks, the steps of a <report-cta steps>) are not in it; the translation
// machinery, which any language but Dutch needs, is named apart (`translations`).
//
// Language files are named `<locale>[-<part>]-<tag>.js` with one tag for all of them, a hash of
// what they are made from (languageTag): the entry then names any language's files from the list
// of languages it has anyway, and carries 8 characters for them instead of a hash per file.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What every file name beside the CDN module starts with (rollup.config.mjs). */
export const PREFIX = 'mensenhandel-widgets-';
const LANGUAGE_FILE = /\/src\/generated\/locales\/([a-z]+)(?:-([a-z-]+))?\.ts$/;
const DEFINE = /\/src\/define\/[^/]+\.ts$/;
const TRANSLATIONS = /\/src\/shared\/translations\.ts$/;

/** Every file below `dir`, in a fixed order. */
const filesBelow = (dir) => readdirSync(dir, { recursive: true }).map((file) => join(dir, String(file))).filter((file) => statSync(file).isFile()).sort();

/**
 * The language files' tag, from what they are made of (their bytes are not known yet when the
 * core, which names them, is written): the translations, the build and the tools' versions, and
 * all of src/, since each language file imports the core by its name, which changes with any
 * source. So a copy of the folder never holds a language file by an old name that imports a core
 * that is gone.
 */
function languageTag() {
  const hash = createHash('sha256');
  const files = ['package.json', 'package-lock.json', 'rollup.config.mjs', ...filesBelow('scripts'), ...filesBelow('src')];
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('base64url').slice(0, 8);
}

/** The two halves: `record` in the first step's plugins, `provide` in the second's. */
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
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const holding = (id) => chunks.find((chunk) => id in chunk.modules).fileName;
        /** A file and every file it imports, each after those it imports. */
        const imported = (fileName, found = []) => {
          if (!found.includes(fileName)) {
            bundle[fileName].imports.forEach((file) => imported(file, found));
            found.push(fileName);
          }
          return found;
        };
        /** What an element's file needs when it runs, its own file last: what it imports, and what its define module requests at once. */
        const needed = (fileName) => {
          const found = imported(fileName);
          const requested = found.flatMap((file) => Object.keys(bundle[file].modules).filter((id) => DEFINE.test(id)));
          for (const id of requested) this.getModuleInfo(id).dynamicallyImportedIds.forEach((dynamic) => imported(holding(dynamic), found));
          return [...found.filter((file) => file !== fileName), fileName];
        };
        const elements = chunks.filter((chunk) => chunk.isEntry).map((chunk) => [chunk.name, needed(chunk.fileName)]);
        const parts = new Set();
        for (const chunk of chunks) {
          const [, , part] = LANGUAGE_FILE.exec(chunk.facadeModuleId ?? '') ?? [];
          if (part) parts.add(part);
          // The entry requests a language file alone: what it imports must come with every element.
          const missing = LANGUAGE_FILE.test(chunk.facadeModuleId ?? '') && chunk.imports.find((file) => !elements.every(([, files]) => files.includes(file)));
          if (missing) this.error(`${chunk.fileName} imports ${missing}, which not every element loads`);
        }
        const short = (fileName) => fileName.slice(PREFIX.length, -'.js'.length);
        const translations = chunks.find((chunk) => Object.keys(chunk.modules).some((id) => TRANSLATIONS.test(id)));
        if (!translations) this.error('no file holds src/shared/translations.ts');
        record = { prefix: PREFIX, elements: {}, parts: [...parts], languages: tag, translations: short(translations.fileName) };
        for (const [name, files] of elements) record.elements[name] = files.map(short);
        // The entry names a part after its element (as compact-locales.mjs does).
        const stray = record.parts.find((part) => !(part in record.elements));
        if (stray) this.error(`the language part "${stray}" is not named after an element`);
      },
    },
    provide: {
      name: 'chunk-graph-provide',
      transform(_, id) {
        if (!id.endsWith('/src/cdn-files.ts')) return null;
        if (!record) this.error('the chunk graph is missing: the elements must be built before the entry');
        const exports = Object.entries(record).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
        return { code: exports.join('\n'), map: null };
      },
    },
  };
}
