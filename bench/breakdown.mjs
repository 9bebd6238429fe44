// Where the render time of bench/pages/widgets.html goes, for one build or several side by side:
// `node bench/breakdown.mjs [folder …]` (CDN folders, default dist/cdn; RUNS, default 21). Each
// run loads the page over each folder and the static twin that `npm run bench` writes
// (bench/.out/static.html), in turn, each in a fresh browser context, and prints medians of: when
// the module arrived, when the last file it asked for arrived, when the first and the last element
// was defined, the time spent in the widgets' updates (Lit's performUpdate, every update before
// the frame), and when the frame that shows every widget was drawn, with its ratio to the twin.
// Before each navigation the new context is left 500 ms (SETTLE) to load the browser's own pages:
// a new context of Chromium 156 loads some 600 files of its own UI, on the same two cores.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';
import { SETTLE, watchPaint } from './paint.mjs';
import { median } from './stats.mjs';

const RUNS = Number(process.env.RUNS ?? 21);
const folders = process.argv.length > 2 ? process.argv.slice(2) : ['dist/cdn'];
const twin = '/bench/.out/static.html';
if (!existsSync(`.${twin}`)) throw new Error('no static twin: run `npm run bench` once first');

// The benchmark's page over each folder.
mkdirSync('bench/.out', { recursive: true });
const template = readFileSync('bench/pages/widgets.html', 'utf8');
const pages = folders.map((folder, i) => {
  writeFileSync(`bench/.out/breakdown-${i}.html`, template.replace('/dist/cdn/', `/${folder.replace(/^\.?\/|\/$/g, '')}/`));
  return `/bench/.out/breakdown-${i}.html`;
});

/** In the page before its scripts: when each element is defined, and each update. */
function watchWidgets() {
  window.defined = [];
  window.updates = [];
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, element, options) => {
    window.defined.push(performance.now());
    const update = element.prototype.performUpdate;
    element.prototype.performUpdate = function () {
      const start = performance.now();
      const result = update.call(this);
      window.updates.push([start, performance.now() - start]);
      return result;
    };
    return define(tag, element, options);
  };
}

async function load(browser, origin, path) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.evaluateOnNewDocument(watchPaint);
    await page.evaluateOnNewDocument(watchWidgets);
    await delay(SETTLE);
    await page.goto(origin + path, { waitUntil: 'load' });
    return await page.evaluate(async () => {
      const painted = await window.painted;
      const files = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js'));
      const module = files.find((entry) => entry.name.endsWith('/mensenhandel-widgets.js'));
      const before = window.updates.filter(([start]) => start < painted);
      return {
        moduleArrived: module?.responseEnd ?? 0,
        filesArrived: Math.max(0, ...files.map((entry) => entry.responseEnd)),
        firstDefined: Math.min(...window.defined, painted),
        lastDefined: Math.max(0, ...window.defined),
        updatesMs: before.reduce((sum, [, ms]) => sum + ms, 0),
        updates: before.length,
        painted,
      };
    });
  } finally {
    await context.close();
  }
}

const server = await startServer({ port: 0, csp: '' });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const runs = new Map([...pages, twin].map((path) => [path, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    // A different page first in each run, so that none always follows the same one.
    const order = [...runs.keys()];
    for (let i = 0; i < order.length; i++) {
      const path = order[(i + run) % order.length];
      runs.get(path).push(await load(browser, origin, path));
    }
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);
const staticMs = median(runs.get(twin).map((r) => r.painted));
console.log(`medians of ${RUNS} runs in turn; the static twin: ${staticMs.toFixed(1)} ms`);
console.log(`${'build'.padEnd(24)}   module    files  1st def  last def  updates (n)   drawn   ÷ static`);
folders.forEach((folder, i) => {
  const rows = runs.get(pages[i]);
  const m = (key) => median(rows.map((r) => r[key]));
  const painted = m('painted');
  console.log(
    `${folder.padEnd(24)}${ms(m('moduleArrived'))}${ms(m('filesArrived'))}${ms(m('firstDefined'))}${ms(m('lastDefined'))}` +
      `${ms(m('updatesMs'))} (${m('updates')})${ms(painted)}   ${(painted / staticMs).toFixed(2)}×`,
  );
});
