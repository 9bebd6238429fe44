// Runs after `lit-localize build`, on each language module it wrote:
// - Splits off the texts that only <signal-checklist> shows into `<locale>-checklist.ts`, so a
//   page without a checklist does not load them (about half of each language's texts). The
//   language module names its part (`parts.checklist`), and the element asks for it through
//   languagePart() in src/shared/locale.ts. A text counts as the checklist's when every msg()
//   call with it is in src/signal-checklist/.
// - Keys each module's messages by the first KEY_LENGTH characters of lit-localize's id instead
//   of all 17. The full ids are random hex that gzip cannot shrink: about 1.5 KB of every
//   language file. src/shared/locale.ts looks messages up by the same prefix (the module exports
//   `keyLength`). Fails on two messages with one prefix (across both parts: they are merged).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';

// 's' or 'h' and five hex digits: 2^20 prefixes, so a clash among a few hundred messages is rare.
const KEY_LENGTH = 6;
const PART = { name: 'checklist', folder: 'src/signal-checklist/' };

const config = readConfigFileAndWriteSchema('lit-localize.json');
const dir = config.output.outputDir;

/** Ids of the messages whose every msg() call is in PART.folder. */
function partIds() {
  // The localizer's own program; its extraction keeps one file per message, so ask file by file.
  const program = new RuntimeLitLocalizer(config).program;
  const outside = new Set();
  const inside = new Set();
  for (const file of program.getSourceFiles()) {
    const { messages } = extractMessagesFromProgram({ getSourceFiles: () => [file], getTypeChecker: () => program.getTypeChecker() });
    const ids = file.fileName.includes(`/${PART.folder}`) ? inside : outside;
    for (const message of messages) ids.add(message.name);
  }
  return new Set([...inside].filter((id) => !outside.has(id)));
}

const ids = partIds();
const header = (source) => source.slice(0, source.indexOf('export const templates = {'));
const footer = `\n    /** Messages are keyed by the first keyLength characters of their id. */\n    export const keyLength = ${KEY_LENGTH};\n`;
const module = (head, entries, tail = '') =>
  `${entries.some((line) => line.includes('str`')) ? head : head.replace(/import \{str\} from '@lit\/localize';/, '')}export const templates = {\n${entries.join('\n')}\n    };\n${footer}${tail}`;

for (const file of readdirSync(dir).filter((name) => /^[a-z-]+\.ts$/.test(name) && !name.includes('-'))) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  if (source.includes('export const keyLength')) continue;
  const body = source.slice(source.indexOf('export const templates = {') + 'export const templates = {'.length, source.lastIndexOf('};'));
  const entries = body.split('\n').filter((line) => line.trim() !== '');
  const seen = new Map();
  const common = [];
  const part = [];
  for (const line of entries) {
    const match = /^\s*'([sh][0-9a-f]{16})': (.*),$/.exec(line);
    if (!match) throw new Error(`${path}: cannot read the message line ${JSON.stringify(line.slice(0, 80))}`);
    const [, id, value] = match;
    const key = id.slice(0, KEY_LENGTH);
    if (seen.has(key)) {
      throw new Error(`${path}: messages ${seen.get(key)} and ${id} share the key ${key}; raise KEY_LENGTH here`);
    }
    seen.set(key, id);
    (ids.has(id) ? part : common).push(`'${key}': ${value},`);
  }
  const partFile = file.replace('.ts', `-${PART.name}`);
  const parts = `\n    /** Texts only one element shows, in files of their own that the element loads. */\n    export const parts = { ${PART.name}: () => import('./${partFile}.js') };\n`;
  writeFileSync(path, module(header(source), common, parts));
  writeFileSync(join(dir, `${partFile}.ts`), module(header(source), part));
}
