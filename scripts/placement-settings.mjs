// Writes src/generated/placement-settings.ts from custom-elements.json (run `npm run analyze`
// first; `npm run build` does both): the settings a CMS placement (src/cms/placements.ts) may
// give each widget are its public attributes, as its JSDoc `@attr` lines document them, so an
// attribute is written once, in the element's JSDoc, and not again in a table kept by hand.
// tests/cms.test.ts checks the written table against the built manifest.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const widgets = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  // A fixed order, whatever the analyzer's: the file changes only when an attribute does.
  .sort((a, b) => b.tagName.localeCompare(a.tagName));

/**
 * How a placement writes an attribute's value: a boolean attribute is a flag (present or absent);
 * one named as HTML names its addresses (`src`, `href`, `…-href`) an address; any other, words.
 */
const kind = ({ name, type }) =>
  type?.text === 'boolean' ? 'flag' : /^(src|href|[a-z-]+-href)$/.test(name) ? 'url' : 'words';

const table = Object.fromEntries(
  widgets.map(({ tagName, attributes = [] }) => [
    tagName,
    Object.fromEntries([
      // The analyzer also lists internal state under its property name (camelCase): not attributes.
      ...attributes.filter(({ name }) => /^[a-z-]+$/.test(name)).map((attribute) => [attribute.name, kind(attribute)]),
      // Not an attribute of the widget's own but HTML's: the name another widget's `for` follows.
      ['id', 'words'],
    ]),
  ]),
);

// What every widget has (lang, language-picker, id) is written once: fewer bytes in the CMS module.
const entries = Object.values(table).map(Object.entries);
const common = Object.fromEntries(entries[0].filter(([name, how]) => entries.every((own) => own.some(([n, h]) => n === name && h === how))));
const literal = (object) => JSON.stringify(object).replace(/"([a-z]+)":/g, '$1:').replaceAll('"', "'").replaceAll(',', ', ');
const own = (settings) => literal(Object.fromEntries(Object.entries(settings).filter(([name]) => !(name in common))));

const path = 'src/generated/placement-settings.ts';
writeFileSync(
  path,
  `// Do not modify this file by hand! Written from custom-elements.json by scripts/placement-settings.mjs
// (npm run build).

const COMMON = ${literal(common)} as const;

/** Each widget's public attributes, as its JSDoc documents them, and how a placement writes each. */
export const PLACEMENT_SETTINGS = {
${Object.entries(table)
  .map(([tag, settings]) => `  '${tag}': { ...COMMON, ${own(settings).slice(1)},`)
  .join('\n')}
} as const;
`,
);
console.log(`${path}: the settings of ${widgets.map((widget) => `<${widget.tagName}>`).join(', ')}`);
