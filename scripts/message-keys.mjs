// Every msg() call in src/ has a readable id and, where its context is not obvious, a `desc` for
// translators (both go into locales/*.xlf). In the browser they would only cost bytes: the build
// (rollupMessageKeys below) ships each call without its options, and keys each language module's
// messages by the start of the id @lit/localize then computes from the Dutch text itself, as it
// does for a msg() without an id. Only a call whose Dutch text another id shares keeps a short id
// (a number), so the two stay two translations. Tests and Storybook run the source as written,
// against the language modules as lit-localize wrote them (keyed by the readable ids).
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractMessagesFromProgram, generateMsgIdFromAstNode } from '@lit/localize-tools/lib/program-analysis.js';
import MagicString from 'magic-string';
import ts from 'typescript';

// 's' or 'h' and five hex digits: 2^20 prefixes, so a clash among a few hundred texts is rare.
export const KEY_LENGTH = 6;

/** The lit-localize program of the project (lit-localize.json), and its messages per source file. */
export function localizeProgram() {
  const config = readConfigFileAndWriteSchema('lit-localize.json');
  const program = new RuntimeLitLocalizer(config).program;
  // lit-localize's extraction keeps one message per id; asked file by file, it says where each is.
  const files = program
    .getSourceFiles()
    .filter((file) => !file.isDeclarationFile)
    .map((file) => {
      const { messages, errors } = extractMessagesFromProgram({ getSourceFiles: () => [file], getTypeChecker: () => program.getTypeChecker() });
      if (errors.length) throw new Error(`${file.fileName}: ${errors.map((error) => error.messageText ?? error).join('; ')}`);
      return { file, messages };
    });
  return { config, files };
}

/** The text argument of a msg() call, as lit-localize hashes it. */
const textOf = (call) => (ts.isTaggedTemplateExpression(call.arguments[0]) ? call.arguments[0].template : call.arguments[0]);
const tagOf = (call) => (ts.isTaggedTemplateExpression(call.arguments[0]) ? call.arguments[0].tag.getText() : undefined);

/**
 * The key each message id is shipped under: the first KEY_LENGTH characters of the id
 * @lit/localize computes from its Dutch text, or, for the second and further ids with one text,
 * a number. Fails when two texts share a key.
 */
export function messageKeys() {
  const { files } = localizeProgram();
  const idsByHash = new Map();
  for (const { messages } of files) {
    for (const { name, node } of messages) {
      const hash = generateMsgIdFromAstNode(textOf(node), tagOf(node) === 'html');
      const ids = idsByHash.get(hash) ?? idsByHash.set(hash, new Set()).get(hash);
      ids.add(name);
    }
  }
  const keys = new Map();
  const hashes = new Map();
  let next = 0;
  for (const [hash, ids] of [...idsByHash].sort(([a], [b]) => a.localeCompare(b))) {
    const key = hash.slice(0, KEY_LENGTH);
    if (hashes.has(key)) throw new Error(`texts ${hashes.get(key)} and ${hash} share the key ${key}; raise KEY_LENGTH in scripts/message-keys.mjs`);
    hashes.set(key, hash);
    const [first, ...others] = [...ids].sort();
    keys.set(first, { key, shipId: false });
    for (const id of others) keys.set(id, { key: String(next++), shipId: true });
  }
  return keys;
}

/** Rollup plugin: msg() calls without their options, language modules keyed to match (see above). */
export function rollupMessageKeys() {
  let keys;
  const keyOf = (id) => {
    const entry = keys.get(id);
    if (!entry) throw new Error(`message id ${id} is not in the source: run npm run localize:build`);
    return entry;
  };
  return {
    name: 'message-keys',
    buildStart() {
      keys ??= messageKeys();
    },
    transform(code, path) {
      if (/\/src\/generated\/locales\/[a-z-]+\.ts$/.test(path)) {
        const out = new MagicString(code);
        for (const match of code.matchAll(/^(\s*)'([^']+)': /gm)) {
          const start = match.index + match[1].length;
          out.overwrite(start, start + match[2].length + 2, `'${keyOf(match[2]).key}'`);
        }
        out.append(`\nexport const keyLength = ${KEY_LENGTH};\n`);
        return { code: out.toString(), map: out.generateMap({ hires: true }) };
      }
      if (!/\/src\/.*\.ts$/.test(path) || !code.includes('msg(')) return null;
      const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
      const out = new MagicString(code);
      const visit = (node) => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
          const [text, options] = node.arguments;
          const id = options?.properties?.find((property) => property.name?.text === 'id')?.initializer.text;
          if (!id) throw new Error(`${path}: a msg() call without an explicit id: ${node.getText().slice(0, 60)}`);
          const { key, shipId } = keyOf(id);
          out.overwrite(text.end, options.end, shipId ? `, { id: '${key}' }` : '');
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
