import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as esbuild from 'esbuild';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { tabPlugin } from './scripts/tab.mjs';
import { keyPlugin, webkitLauncher } from './scripts/webkit.mjs';
import { cmsSites, partnerPage } from './tests/cms/sites.mjs';

const { targetLocales } = JSON.parse(await readFile('lit-localize.json', 'utf8'));

/**
 * Partner sites for the end-to-end tests: a page under a strict Content-Security-Policy that
 * loads the built CDN folder from a path of its own, as a municipality would copy it.
 * /broken-site/ is the same site with its locale chunks missing, /no-polish-site/ with only the
 * Polish one missing, /coreless-site/ with the shared core file missing. On /slow-site/ every
 * script file of the library arrives 300 ms after it was asked for (a slow mobile line's round
 * trip); on /late-site/ each language file arrives after 6 s, later than the widgets wait for it.
 */
const languageFile = new RegExp(`mensenhandel-widgets-(${targetLocales.join('|')})-.+\\.js$`);
async function partnerSites(context, next) {
  // A number after the name (/slow-site-3/) makes the same site at new addresses, which no
  // browser has in a cache of its own.
  const [root, site] = /^\/(partner-site|broken-site|no-polish-site|coreless-site|slow-site|late-site)(?:-\d+)?\//.exec(context.path) ?? [];
  if (!site) return next();
  const [slow, wait] = { 'slow-site': [/\/assets\/mh\/.+\.js$/, 300], 'late-site': [languageFile, 6000] }[site] ?? [];
  if (slow?.test(context.path)) await delay(wait);
  context.set('Content-Security-Policy', "default-src 'self'");
  const missing = {
    'broken-site': languageFile,
    'no-polish-site': /mensenhandel-widgets-pl-.+\.js$/,
    'coreless-site': /mensenhandel-widgets-core-.+\.js$/,
  }[site];
  if (missing?.test(context.path)) {
    context.status = 404;
    return undefined;
  }
  context.url = context.url.replace(`${root}assets/mh/`, '/dist/cdn/').replace(root, '/tests/partner-site/');
  return next();
}

/** The Referer of each request to the stand-in npm CDN, for the test that the snippet sends none. */
const npmCdnReferrers = [];

/**
 * For the Storybook workbench tests. /snippet-site/?snippet=…&csp=… is a partner page with a
 * copied snippet pasted in, under the Content-Security-Policy the snippet block gives, with
 * dist/cdn/ copied to /snippet-site/assets/mh/. /npm/mensenhandel-widgets@<version>/dist/cdn/
 * stands in for a public npm CDN: it answers any origin (CORS), so a page on localhost can load
 * it from 127.0.0.1, another origin on this server.
 */
async function workbenchSites(context, next) {
  const [folder, file] = /^\/(?:npm\/mensenhandel-widgets@[^/]+\/dist\/cdn|snippet-site\/assets\/mh)\/([\w.-]+)$/.exec(context.path) ?? [];
  if (file) {
    if (folder.startsWith('/npm/')) {
      npmCdnReferrers.push(context.get('referer'));
      context.set('Access-Control-Allow-Origin', '*');
    }
    // The built bytes as a static host sends them (the dev server would rewrite them), so the
    // integrity hash holds.
    context.type = 'js';
    context.body = await readFile(`dist/cdn/${file}`).catch(() => {
      context.status = 404;
      return '';
    });
    return undefined;
  }
  if (context.path === '/npm-cdn-referrers') {
    context.body = JSON.stringify(npmCdnReferrers);
    return undefined;
  }
  if (context.path !== '/snippet-site/') return next();
  context.set('Content-Security-Policy', String(context.query.csp));
  context.type = 'html';
  context.body = partnerPage('', context.query.snippet);
  return undefined;
}

/**
 * For the back/forward cache test (tests/bfcache.test.ts): partner pages sent as a static host
 * sends them, under a strict Content-Security-Policy. Not through the test server's transforms:
 * they would add its reload script, whose open WebSocket keeps a page out of the cache.
 */
async function bfcacheSite(context, next) {
  const [, file] = /^\/bfcache-site\/(bfcache|away)\.html$/.exec(context.path) ?? [];
  if (!file) return next();
  context.set('Content-Security-Policy', "default-src 'self'");
  context.type = 'html';
  context.body = await readFile(`tests/partner-site/${file}.html`, 'utf8');
  return undefined;
}

/**
 * The test page frames only its own origin. When a page in a frame leaves for another site, every
 * engine stops that navigation and tells the test page where it was going (a
 * securitypolicyviolation event): tests/partner.ts watches leaving this way in all three engines,
 * as WebKit has no Navigation API.
 */
function framesStayHome(context, next) {
  if (context.path === '/' && context.query['wtr-session-id']) context.set('Content-Security-Policy', "frame-src 'self'");
  return next();
}

/**
 * A partner's data file that fails in each way <help-orgs> must survive, and one that echoes
 * what the request carried (cookies, referrer) as an organisation's name.
 */
function partnerData(context, next) {
  const name = /^\/partner-data\/(.+)$/.exec(context.path)?.[1];
  if (!name) return next();
  context.type = 'application/json';
  switch (name) {
    case '404.json':
      context.status = 404;
      context.body = '{"orgs": []}';
      return undefined;
    case '500.json':
      context.status = 500;
      context.body = '{"orgs": []}';
      return undefined;
    case 'invalid.json':
      context.body = '{"orgs": [{"id": "half"';
      return undefined;
    case 'wrong-shape.json':
      context.body = '[{"id": "no-wrapper"}]';
      return undefined;
    case 'slow.json':
      return delay(3000).then(() => {
        context.body = '{"orgs": []}';
      });
    case 'echo.json': {
      const sent = `cookie=${context.get('cookie') ? 'yes' : 'no'} referrer=${context.get('referer') ? 'yes' : 'no'}`;
      context.body = JSON.stringify({
        orgs: [{ id: 'echo', name: sent, description: 'Echo', forms: ['labour'], audiences: ['victim'], website: 'https://echo.example/' }],
      });
      return undefined;
    }
    default:
      return next();
  }
}

/**
 * The framework examples run as a partner's app would: React 19 built for production (one ESM
 * bundle, made by esbuild, so React and ReactDOM share one instance) and Vue 3's browser build
 * with its template compiler. Ajv, which checks the schema against the validator, is CommonJS:
 * bundled the same way.
 */
const REACT_BUNDLE = '/__frameworks/react.js';
const AJV_BUNDLE = '/__frameworks/ajv.js';
const reactEntry = `
import React from 'react';
import { jsx, jsxs, Fragment } from 'react/jsx-runtime';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
export default React;
export const { useState, useEffect, useRef, createElement } = React;
export { jsx, jsxs, Fragment, createRoot, flushSync };
`;
const bundles = new Map();
const bundle = (contents) =>
  esbuild
    .build({
      stdin: { contents, resolveDir: process.cwd() },
      bundle: true,
      write: false,
      format: 'esm',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    })
    .then((result) => result.outputFiles[0].text);
const entries = { [REACT_BUNDLE]: reactEntry, [AJV_BUNDLE]: "export { default } from 'ajv/dist/2020.js';" };
const frameworks = {
  name: 'frameworks',
  resolveImport({ source }) {
    // Tests import story files for their controls and args; their play functions run only in
    // Storybook, so its `expect` need only be importable here.
    if (source === 'storybook/test') return '/node_modules/@open-wc/testing/index.js';
    if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.prod.js';
    if (['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'].includes(source)) return REACT_BUNDLE;
    if (source === 'ajv/dist/2020.js') return AJV_BUNDLE;
    return undefined;
  },
  async serve(context) {
    if (!entries[context.path]) return undefined;
    if (!bundles.has(context.path)) bundles.set(context.path, bundle(entries[context.path]));
    return { body: await bundles.get(context.path), type: 'js' };
  },
};

export default {
  files: ['tests/**/*.test.{ts,tsx}'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: keyboard tests need the focused page, and a page in the background gets
  // no animation frames.
  concurrency: 1,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [framesStayHome, partnerSites, partnerData, workbenchSites, cmsSites, bfcacheSite],
  plugins: [
    frameworks,
    keyPlugin,
    tabPlugin,
    esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
    webkitLauncher(),
  ],
};
