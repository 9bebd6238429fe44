import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';

// Debian's browsers (apt-get install chromium firefox-esr); nothing is downloaded.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Partner sites for the end-to-end tests: a page under a strict Content-Security-Policy that
 * loads the built CDN folder from a path of its own, as a municipality would copy it.
 * /broken-site/ is the same site with its locale chunks missing.
 */
function partnerSites(context, next) {
  const site = /^\/(partner-site|broken-site)\//.exec(context.path)?.[1];
  if (!site) return next();
  context.set('Content-Security-Policy', "default-src 'self'");
  if (site === 'broken-site' && /mensenhandel-widgets-.+\.js$/.test(context.path)) {
    context.status = 404;
    return undefined;
  }
  context.url = context.url
    .replace(`/${site}/assets/mh/`, '/dist/cdn/')
    .replace(`/${site}/`, '/tests/partner-site/');
  return next();
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [partnerSites],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
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
  ],
};
