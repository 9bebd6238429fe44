import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { chunkGraph, PREFIX } from './scripts/chunk-graph.mjs';
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
const graph = chunkGraph();
// The software bill of materials and the licence texts of what the files of both steps contain.
const bill = sbom();

/**
 * V8's explicit compile hint (Chromium 136 and later): every function of the core runs as the
 * first widget renders, so V8 compiles them as the file loads, off the main thread, rather than
 * each on its first call. After terser, which drops comments. bench/breakdown.mjs, 41 rounds in
 * turn: the widgets' updates 21.3 → 17.6 ms, the drawn frame 170.6 → 163.3 ms; 24 B gzip. Not on
 * the other files: much of their code runs only when a visitor acts.
 */
const compileHint = {
  name: 'compile-hint',
  renderChunk: (code, chunk) => (chunk.name === 'core' ? `//# allFunctionsCalledOnLoad\n${code}` : null),
};

/** Minified, as a CDN serves it. */
const cdnPlugins = () => [
  // msg() calls without their ids and notes for translators, languages keyed to match.
  rollupMessageKeys(),
  rollupDropSources(),
  resolve(),
  // Templates and styles without comments and indentation, which terser leaves as written.
  minifyLiterals({ failOnError: true }),
  typescript({ ...typescriptOptions, outDir: 'dist/cdn' }),
  // Three compress passes, and unused parameters dropped (no code reads a function's length):
  // about 85 B gzip less on a page with every widget than one pass.
  terser({ ecma: 2022, module: true, compress: { passes: 3, keep_fargs: false }, format: { comments: false } }),
  compileHint,
];

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
  // CDN build, in two steps (scripts/chunk-graph.mjs). First each element's file (named after its
  // tag) and each language's, beside the module; chunks import each other relative to their own
  // URL, so the folder works wherever a site copies it.
  {
    input: Object.fromEntries(defineModules.map((file) => [basename(file, '.ts'), file])),
    preserveEntrySignatures: 'allow-extension',
    // @lit/localize's package does not say its modules are free of side effects: its runtime mode,
    // which we do not use, keeps a promise at the top of its module, and with it every module that
    // imports would be in the core. Only what the code uses is kept.
    treeshake: { moduleSideEffects: (id) => !id.includes('/node_modules/@lit/localize/') },
    plugins: [...cdnPlugins(), graph.record, bill],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      // Lit, @lit/localize and the shared pieces: one chunk that every widget needs, loaded
      // with the entry. <help-orgs> in one chunk.
      manualChunks: (id) => {
        // The translation machinery: @lit/localize's runtime and the language files' loaders, a
        // file of their own, loaded only where a widget shows a language other than Dutch.
        if (/\/src\/(shared\/translations|generated\/loaders)\.ts$|@lit\/localize\/(init\/reentrant|internal\/(runtime-msg|id-generation|fnv1a64))\.js$/.test(id)) {
          return 'translations';
        }
        if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\/|\/src\/shared\//.test(id)) {
          return 'core';
        }
        // The partner-data checks: a file of their own, loaded only where there is partner data.
        if (/\/src\/help-orgs\/org-data\.ts$/.test(id)) return 'partner-data';
        // The steps after a report: a file of their own, loaded where a widget shows them.
        if (/\/src\/report-cta\/report-steps\.ts$/.test(id)) return 'report-steps';
        return /\/src\/(define\/help-orgs|help-orgs\/)/.test(id) ? 'help-orgs' : undefined;
      },
      entryFileNames: `${PREFIX}[name]-[hash].js`,
      chunkFileNames: graph.chunkFileNames,
    },
  },
  // Then the module a page loads: one script tag for every element. It carries the first step's
  // chunk graph, and requests all the files a page's widgets need at once.
  {
    // The CMS module imports the first: a page loads one copy of the loader, whichever it names.
    input: { 'mensenhandel-widgets': 'src/cdn.ts', 'mensenhandel-widgets-cms': 'src/cms/cdn.ts' },
    preserveEntrySignatures: 'allow-extension',
    plugins: [...cdnPlugins(), graph.provide, bill],
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js' },
  },
];
