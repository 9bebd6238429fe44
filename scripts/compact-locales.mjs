// Runs after `lit-localize build`: splits off the texts that only <signal-checklist> shows into
// `<locale>-checklist.ts`, so a page without a checklist does not load them (about half of each
// language's texts). The language module names its part (`parts.checklist`), and the element asks
// for it through languagePart() in src/shared/locale.ts. A text counts as the checklist's when
// every msg() call with its id is in src/signal-checklist/. (The build ships the messages under
// shorter keys: scripts/message-keys.mjs.)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localizeProgram } from './message-keys.mjs';

const PART = { name: 'checklist', folder: 'src/signal-checklist/' };

const { config, files } = localizeProgram();
const dir = config.output.outputDir;

/** Ids of the messages whose every msg() call is in PART.folder. */
function partIds() {
  const outside = new Set();
  const inside = new Set();
  for (const { file, messages } of files) {
    const ids = file.fileName.includes(`/${PART.folder}`) ? inside : outside;
    for (const message of messages) ids.add(message.name);
  }
  return new Set([...inside].filter((id) => !outside.has(id)));
}

const ids = partIds();
const header = (source) => source.slice(0, source.indexOf('export const templates = {'));
const module = (head, entries, tail = '') =>
  `${entries.some((line) => line.includes('str`')) ? head : head.replace(/import \{str\} from '@lit\/localize';/, '')}export const templates = {\n${entries.join('\n')}\n    };\n${tail}`;

for (const file of readdirSync(dir).filter((name) => /^[a-z]+\.ts$/.test(name))) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  if (source.includes('export const parts')) continue;
  const body = source.slice(source.indexOf('export const templates = {') + 'export const templates = {'.length, source.lastIndexOf('};'));
  const common = [];
  const part = [];
  for (const line of body.split('\n').filter((text) => text.trim() !== '')) {
    const match = /^\s*'([^']+)': (.*),$/.exec(line);
    if (!match) throw new Error(`${path}: cannot read the message line ${JSON.stringify(line.slice(0, 80))}`);
    (ids.has(match[1]) ? part : common).push(`'${match[1]}': ${match[2]},`);
  }
  const partFile = file.replace('.ts', `-${PART.name}`);
  const parts = `\n    /** Texts only one element shows, in files of their own that the element loads. */\n    export const parts = { ${PART.name}: () => import('./${partFile}.js') };\n`;
  writeFileSync(path, module(header(source), common, parts));
  writeFileSync(join(dir, `${partFile}.ts`), module(header(source), part));
}
