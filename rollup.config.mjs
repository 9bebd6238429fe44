import { readdirSync } from 'node:fs';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { sbom } from './scripts/sbom.mjs';
import { rollupMessageKeys } from './scripts/message-keys.mjs';
import { rollupDropSources } from './scripts/drop-sources.mjs';

const typescriptOptions = {
  tsconfig: './tsconfig.build.json',
  declaration: false,
  emitDeclarationOnly: false,
  noEmit: false,
  outDir: undefined,
};

const defineModules = readdirSync('src/define').map((file) => `src/define/${file}`);

export default [
  // npm build: one file per module, Lit external so a bundler deduplicates it.
  {
    input: ['src/index.ts', ...defineModules],
    external: [/^lit(\/|$)/, /^@lit\/(localize|task)(\/|$)/],
    // msg() calls without their ids and notes for translators, languages keyed to match.
    plugins: [rollupMessageKeys(), typescript({ ...typescriptOptions, outDir: 'dist' })],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  // CDN build: one module for every element, each element's code and each language in a chunk
  // beside it, loaded when needed. Chunks are imported relative to the module's own URL, so the
  // folder works wherever a site copies it.
  {
    // The CMS module imports the first: a page loads one copy of the loader, whichever it names.
    input: { 'mensenhandel-widgets': 'src/cdn.ts', 'mensenhandel-widgets-cms': 'src/cms/cdn.ts' },
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      rollupMessageKeys(),
      rollupDropSources(),
      resolve(),
      // Templates and styles without comments and indentation, which terser leaves as written.
      minifyLiterals({ failOnError: true }),
      typescript({ ...typescriptOptions, outDir: 'dist/cdn' }),
      // Two compress passes: about 50 B gzip less on every page than one.
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
      // The software bill of materials and the licence texts of what the files contain.
      sbom(),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      // Lit, @lit/localize and the shared pieces: one chunk that every widget needs, loaded
      // with the entry. <help-orgs> in one chunk.
      manualChunks: (id) => {
        if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\/|\/src\/shared\//.test(id)) {
          return 'core';
        }
        // The partner-data checks: a file of their own, loaded only where there is partner data.
        if (/\/src\/help-orgs\/org-data\.ts$/.test(id)) return 'partner-data';
        // The steps after a report: a file of their own, loaded where a widget shows them.
        if (/\/src\/report-cta\/report-steps\.ts$/.test(id)) return 'report-steps';
        return /\/src\/(define\/help-orgs|help-orgs\/)/.test(id) ? 'help-orgs' : undefined;
      },
      entryFileNames: '[name].js',
      chunkFileNames: 'mensenhandel-widgets-[name]-[hash].js',
    },
  },
];
