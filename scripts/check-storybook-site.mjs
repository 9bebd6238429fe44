// npm run build-storybook makes a site a municipality can host itself, from any sub-path of a
// static host. This check serves storybook-static/ under /gemeente/storybook/ only (nothing at
// the root), opens it in headless Chromium, and fails when a story, a docs page with its
// snippet block, a language file, the partner-data page or Storybook's own UI does not load.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startServer } from './serve.mjs';

const host = mkdtempSync(join(tmpdir(), 'storybook-host-'));
mkdirSync(join(host, 'gemeente'));
symlinkSync(resolve('storybook-static'), join(host, 'gemeente', 'storybook'));
const server = await startServer({ root: host, port: 0, csp: '' });
const site = `http://127.0.0.1:${server.address().port}/gemeente/storybook/`;
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });

const problems = [];
try {
  const page = await browser.newPage();
  page.on('response', (response) => {
    // The browser asks for /favicon.ico by itself; the error-state story asks for a missing file.
    if (response.status() >= 400 && !/\/favicon\.ico$|\/does-not-exist\//.test(response.url())) {
      problems.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));

  /** Opens `path` under the sub-path and waits until `shown` holds in the page. */
  async function expectPage(what, path, shown, ...args) {
    await page.goto(site + path, { waitUntil: 'load' });
    try {
      await page.waitForFunction(shown, { timeout: 30_000, polling: 100 }, ...args);
      console.log(`ok   ${what}`);
    } catch {
      problems.push(`${what} did not show (${path})`);
    }
  }

  await expectPage(
    'a story, with its snippet block and integrity hash',
    'iframe.html?id=widgets-report-cta--card&viewMode=story',
    () =>
      document.querySelector('report-cta')?.shadowRoot?.querySelector('a[href="tel:112"]') &&
      document.querySelector('mh-snippet-block')?.shadowRoot?.textContent.includes('integrity="sha384-'),
  );
  await expectPage(
    'the snippet block following the story and its language control (in the URL)',
    'iframe.html?id=widgets-report-cta--labour-exploitation&viewMode=story&args=lang:en',
    () => {
      const code = document.querySelector('mh-snippet-block')?.shadowRoot?.querySelector('pre code')?.textContent ?? '';
      return (
        code.includes('<report-cta channels="emergency anonymous labour" lang="en">') &&
        code.includes('Nederlandse Arbeidsinspectie: <a href="tel:08005151">Call 0800-5151</a>')
      );
    },
  );
  await expectPage(
    'a story in English (a language file)',
    'iframe.html?id=widgets-report-cta--english&viewMode=story',
    () => document.querySelector('report-cta')?.shadowRoot?.textContent.includes('Report human trafficking'),
  );
  for (const tag of ['report-cta', 'signal-checklist', 'help-orgs', 'quick-exit']) {
    await expectPage(
      `the docs page of <${tag}>, one snippet block under its first story`,
      `iframe.html?id=widgets-${tag}--docs&viewMode=docs`,
      (name) => {
        const blocks = document.querySelectorAll('mh-snippet-block');
        const code = blocks[0]?.shadowRoot?.querySelector('pre code')?.textContent ?? '';
        return blocks.length === 1 && blocks[0].closest('[id^="anchor--primary--"]') && code.includes(`</${name}>`);
      },
      tag,
    );
    await expectPage(
      `the accessibility page of <${tag}>`,
      `iframe.html?id=widgets-${tag}-accessibility--docs&viewMode=docs`,
      () => [...document.querySelectorAll('h1')].some((h1) => h1.textContent.includes('accessibility')),
    );
  }
  await expectPage(
    'the partner-data page with its widget',
    'iframe.html?id=partnerdata-controleren--sample&viewMode=story',
    () => {
      const check = document.querySelector('mh-partner-data-check')?.shadowRoot;
      return check?.textContent.includes('1 van de 1') && check.querySelector('help-orgs')?.shadowRoot?.querySelector('[data-org]');
    },
  );
  await expectPage(
    "Storybook's own UI with a docs page in its frame",
    '?path=/docs/widgets-help-orgs--docs',
    () => document.querySelector('#storybook-preview-iframe')?.contentDocument?.querySelector('help-orgs')?.shadowRoot?.querySelector('[data-org]'),
  );
} finally {
  await browser.close();
  server.close();
  rmSync(host, { recursive: true });
}

if (problems.length) {
  console.error(`The built Storybook does not work from a sub-path:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`The built Storybook works from a sub-path (${site}).`);
