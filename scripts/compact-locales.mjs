// Runs after `lit-localize build`: keys each language module's messages by the first
// KEY_LENGTH characters of lit-localize's id instead of all 17. The full ids are random hex that
// gzip cannot shrink: about 1.5 KB of every language file. src/shared/locale.ts looks messages up
// by the same prefix (the module exports `keyLength`). Fails on two messages with one prefix.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// 's' or 'h' and five hex digits: 2^20 prefixes, so a clash among a few hundred messages is rare.
const KEY_LENGTH = 6;
const dir = JSON.parse(readFileSync('lit-localize.json', 'utf8')).output.outputDir;

for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  if (source.includes('export const keyLength')) continue;
  const seen = new Map();
  const compact = source.replace(/'([sh][0-9a-f]{16})':/g, (_, id) => {
    const key = id.slice(0, KEY_LENGTH);
    if (seen.has(key)) {
      throw new Error(`${path}: messages ${seen.get(key)} and ${id} share the key ${key}; raise KEY_LENGTH here`);
    }
    seen.set(key, id);
    return `'${key}':`;
  });
  writeFileSync(path, `${compact}\n    /** Messages are keyed by the first keyLength characters of their id. */\n    export const keyLength = ${KEY_LENGTH};\n`);
}
