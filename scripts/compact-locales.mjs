// Runs after `lit-localize build`:
// - Splits off the texts that only <signal-checklist> shows into `<locale>-signal-checklist.ts`,
//   so a page without a checklist does not load them (about half of each language's texts). A
//   text counts as the element's when every msg() call with its id is in src/signal-checklist/
//   (a part is named after its element's folder). The element names the part it needs
//   (`languageParts`), and src/shared/locale.ts loads it beside the language file. (The build
//   ships the messages under shorter keys: scripts/message-keys.mjs.)
// - Writes src/generated/languages.ts from lit-localize.json: the one list of languages, with
//   each one's own name and writing direction, and src/generated/loaders.ts: how each language's
//   files load. Everything else derives from them.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { localizeProgram } from './message-keys.mjs';

const PART = 'signal-checklist';

const { config, files } = localizeProgram();
const dir = config.output.outputDir;

/** Ids of the messages whose every msg() call is in src/PART/. */
function partIds() {
  const outside = new Set();
  const inside = new Set();
  for (const { file, messages } of files) {
    const ids = file.fileName.includes(`/src/${PART}/`) ? inside : outside;
    for (const message of messages) ids.add(message.name);
  }
  return new Set([...inside].filter((id) => !outside.has(id)));
}

const ids = partIds();
const header = (source) => source.slice(0, source.indexOf('export const templates = {'));
const SPLIT = `// The texts only <${PART}> shows are in a file of their own (scripts/compact-locales.mjs).`;
const module = (head, entries, tail = '') =>
  `${entries.some((line) => line.includes('str`')) ? head : head.replace(/import \{str\} from '@lit\/localize';/, '')}export const templates = {\n${entries.join('\n')}\n    };\n${tail}`;

for (const file of readdirSync(dir).filter((name) => /^[a-z]+\.ts$/.test(name))) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  if (source.includes(SPLIT)) continue;
  const body = source.slice(source.indexOf('export const templates = {') + 'export const templates = {'.length, source.lastIndexOf('};'));
  const common = [];
  const part = [];
  for (const line of body.split('\n').filter((text) => text.trim() !== '')) {
    const match = /^\s*'([^']+)': (.*),$/.exec(line);
    if (!match) throw new Error(`${path}: cannot read the message line ${JSON.stringify(line.slice(0, 80))}`);
    (ids.has(match[1]) ? part : common).push(`'${match[1]}': ${match[2]},`);
  }
  writeFileSync(path, module(header(source), common, `\n    ${SPLIT}\n`));
  writeFileSync(join(dir, file.replace('.ts', `-${PART}.ts`)), module(header(source), part));
}

// The languages in lit-localize.json's order (the picker's), each by its own name as a visitor
// looks for it ("Polski", not "Pools"), from Node's ICU data here rather than Intl.DisplayNames
// in the page: the first of those costs a page 70–100 ms in Chromium while its data loads.
const { sourceLocale, targetLocales } = config;
const ownName = (code) => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};
const quote = (text) => JSON.stringify(text).replaceAll('"', "'");
const folder = `./${relative(dirname(config.output.localeCodesModule), dir)}`;
writeFileSync(
  join(dirname(config.output.localeCodesModule), 'languages.ts'),
  `// Do not modify this file by hand! Written from lit-localize.json by scripts/compact-locales.mjs
// (npm run localize:build).

/** Every language, by its own name, in the order of lit-localize.json. */
export const LANGUAGE_NAMES = {
${[sourceLocale, ...targetLocales].map((code) => `  ${code}: ${quote(ownName(code))},`).join('\n')}
} as const;

/** The languages written right to left (Unicode CLDR); @lit/localize does not set \`dir\`. */
export const RIGHT_TO_LEFT: readonly string[] = [${[sourceLocale, ...targetLocales]
    .filter((code) => new Intl.Locale(code).textInfo.direction === 'rtl')
    .map(quote)
    .join(', ')}];
`,
);
writeFileSync(
  join(dirname(config.output.localeCodesModule), 'loaders.ts'),
  `// Do not modify this file by hand! Written from lit-localize.json by scripts/compact-locales.mjs
// (npm run localize:build).

/**
 * Each translation and the part of it only <${PART}> shows, as explicit imports: the bundler
 * makes one lazy file of each, and the CDN build maps them in its chunk graph. Only
 * src/shared/translations.ts imports this, so a Dutch page does not load it.
 */
export const loaders = {
${targetLocales
    .map((code) => `  ${code}: {\n    base: () => import('${folder}/${code}.js'),\n    ${quote(PART)}: () => import('${folder}/${code}-${PART}.js'),\n  },`)
    .join('\n')}
};
`,
);
