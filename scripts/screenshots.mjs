// npm run screenshots: pictures of each widget for the README (docs/screenshots/), in Dutch, English and Arabic,
// taken by headless Chromium from the built Storybook (npm run build-storybook first).
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startServer } from './serve.mjs';

/** One story per widget: the one a partner is most likely to embed. */
const STORIES = {
  'report-cta': 'widgets-report-cta--card',
  'signal-checklist': 'widgets-signal-checklist--default',
  'help-orgs': 'widgets-help-orgs--default',
  'quick-exit': 'widgets-quick-exit--inline',
};
const locales = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const LOCALES = ['nl', 'en', 'ar'].filter((l) => l === locales.sourceLocale || locales.targetLocales.includes(l));
const available = Object.keys(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries);

const server = await startServer({ root: 'storybook-static', port: 0, csp: '' });
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
mkdirSync('docs/screenshots', { recursive: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 720, height: 600, deviceScaleFactor: 1 });
  for (const [tag, story] of Object.entries(STORIES)) {
    if (!available.includes(story)) continue;
    for (const locale of LOCALES) {
      const url = `http://127.0.0.1:${server.address().port}/iframe.html?id=${story}&viewMode=story&globals=locale:${locale}`;
      await page.goto(url, { waitUntil: 'networkidle0' });
      await page.waitForFunction(
        (name, lang) => {
          const el = document.querySelector(name);
          const base = el?.shadowRoot?.querySelector('[part~="base"]');
          return base && base.getAttribute('lang') === lang;
        },
        { timeout: 10000 },
        tag,
        locale,
      );
      const root = await page.$('#storybook-root');
      const file = `docs/screenshots/${tag}-${locale}.png`;
      await root.screenshot({ path: file });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  server.close();
}
