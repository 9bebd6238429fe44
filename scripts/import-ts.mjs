import { build } from 'esbuild';

/**
 * Imports TypeScript source into a Node script: `contents` (import/export statements, resolved
 * from `resolveDir`) bundled by esbuild as the widgets' production build would read it, so a
 * check reads the same data the widgets ship.
 */
export async function importTs(contents, resolveDir = '.') {
  const { outputFiles } = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    conditions: ['production'],
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
