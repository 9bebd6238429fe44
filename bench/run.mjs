// npm run bench: what the widgets cost a partner page, measured in headless Chromium over the
// built CDN module, medians of RUNS runs. Prints a table and writes bench/results.json.
// Timings are reported, never asserted: they depend on the machine.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import resolvePlugin from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';
import { lighthousePairs, lighthouseTable } from './lighthouse.mjs';
import { roundTripRows, roundTrips } from './round-trips.mjs';
import { SETTLE, watchPaint } from './paint.mjs';
import { median, medianOf } from './stats.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const args = [...chromiumArgs, '--js-flags=--expose-gc'];

const sizes = (code) => ({
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

async function floorBytes() {
  const bundle = await rollup({
    input: 'bench/floor.js',
    // As the CDN build (rollup.config.mjs): only what is used of @lit/localize.
    treeshake: { moduleSideEffects: (id) => !id.includes('/node_modules/@lit/localize/') },
    plugins: [resolvePlugin(), terser({ ecma: 2022, module: true, format: { comments: false } })],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return sizes(Buffer.from(output[0].code));
}

function cdnBytes() {
  return readdirSync('dist/cdn')
    .filter((file) => file.endsWith('.js'))
    .sort((a, b) => (a === 'mensenhandel-widgets.js' ? -1 : b === 'mensenhandel-widgets.js' ? 1 : a.localeCompare(b)))
    .map((file) => ({ file, ...sizes(readFileSync(`dist/cdn/${file}`)) }));
}

/** A fresh browser context for one run, cold for the page, its own start-up over (SETTLE). */
async function withPage(browser, run) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await delay(SETTLE);
  await page.evaluateOnNewDocument(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
  });
  await page.evaluateOnNewDocument(watchPaint);
  try {
    return await run(page);
  } finally {
    await context.close();
  }
}

/**
 * A cheap phone on a slow mobile connection, as Lighthouse's mobile run has it: 150 ms round
 * trip, 1.6 Mbit/s down, 750 kbit/s up, a CPU four times slower than this machine's.
 */
const PHONE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8, cpuSlowdown: 4 };

async function renderTime(browser, url, { phone = false } = {}) {
  return withPage(browser, async (page) => {
    if (phone) {
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      const { cpuSlowdown, ...network } = PHONE;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: 'load' });
    const painted = await page.evaluate(() => window.painted);
    // Let late tasks land before counting them.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
    return page.evaluate((rendered) => ({
      rendered,
      longTasks: window.longTasks.length,
      blocking: window.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    }), painted);
  });
}

/**
 * The widgets page written as static HTML: the same shadow DOM, declarative, with each shadow
 * root's styles, nested ones included (the checklist's <report-cta>), and no script at all.
 */
async function writeStaticTwin(browser, origin) {
  const html = await withPage(browser, async (page) => {
    await page.goto(`${origin}/bench/pages/widgets.html`, { waitUntil: 'load' });
    await page.evaluate(() => window.painted);
    return page.evaluate(() => {
      const VOID = new Set(['br', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
      const escape = (text) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);
      const styles = (root) => [...root.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      const shadow = (host) => (host.shadowRoot ? `<template shadowrootmode="open"><style>${styles(host.shadowRoot)}</style>${inner(host.shadowRoot)}</template>` : '');
      // Elements and text; not the comments Lit marks its parts with.
      const inner = (parent) => [...parent.childNodes].map(outer).join('');
      const outer = (node) => {
        if (node.nodeType === Node.TEXT_NODE) return escape(node.data);
        if (node.nodeType !== Node.ELEMENT_NODE) return '';
        const tag = node.localName;
        const attributes = [...node.attributes].map((a) => ` ${a.name}="${escape(a.value)}"`).join('');
        return VOID.has(tag) ? `<${tag}${attributes}>` : `<${tag}${attributes}>${shadow(node)}${inner(node)}</${tag}>`;
      };
      const hosts = [...document.querySelectorAll('[data-bench]')].map((el) => `<div data-bench>${shadow(el)}</div>`);
      return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static twin</title></head><body><main><h1>Mensenhandel</h1>${hosts.join('')}</main></body></html>`;
    });
  });
  mkdirSync('bench/.out', { recursive: true });
  writeFileSync('bench/.out/static.html', html);
}

async function heapBytes(browser, url) {
  return withPage(browser, async (page) => {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  });
}

async function languageSwitch(browser, origin, target) {
  return withPage(browser, async (page) => {
    await page.goto(`${origin}/bench/pages/widgets.html`, { waitUntil: 'load' });
    await page.evaluate(() => window.painted);
    return page.evaluate(async (locale) => {
      const widgets = [...document.querySelectorAll('[data-bench]')];
      const shownIn = () => widgets.every((el) => el.shadowRoot.querySelector('[part~="base"]')?.lang === locale);
      // Each widget marks its content with the language it shows (a new element, or a changed lang).
      const shown = new Promise((done) => {
        const observer = new MutationObserver(() => shownIn() && (observer.disconnect(), done()));
        for (const el of widgets) observer.observe(el.shadowRoot, { subtree: true, childList: true, attributeFilter: ['lang'] });
      });
      const start = performance.now();
      document.documentElement.lang = locale;
      await shown;
      await Promise.all(widgets.map((el) => el.updateComplete));
      return performance.now() - start;
    }, target);
  });
}

/**
 * <help-orgs> with 1,000 partner organisations: first render (the data checked, the count
 * announced, the first cards laid out), one filter change, and the "more" button.
 */
async function thousandOrgs(browser, origin) {
  return withPage(browser, async (page) => {
    await page.goto(`${origin}/bench/pages/widgets.html`, { waitUntil: 'load' });
    await page.evaluate(() => window.painted);
    return page.evaluate(async () => {
      const orgs = Array.from({ length: 1000 }, (_, i) => ({
        id: `org-${i}`,
        name: `Organisatie ${i}`,
        description: { nl: `Hulp in gemeente ${i}.` },
        forms: [['sexual', 'labour', 'criminal', 'organ'][i % 4]],
        audiences: [['victim', 'bystander', 'professional'][i % 3]],
        website: `https://org-${i}.example/`,
        channels: [{ type: 'phone', value: `030 ${String(1000000 + i).slice(1)}` }],
      }));
      const el = document.createElement('help-orgs');
      el.setAttribute('filterable', '');
      const data = document.createElement('script');
      data.type = 'application/json';
      data.textContent = JSON.stringify({ orgs });
      el.append(data);
      const root = () => el.shadowRoot;
      const cards = () => root()?.querySelectorAll('[data-org]').length ?? 0;
      // Checked on every change to the widget's DOM (polling with timers would add their delay),
      // then its update finished and laid out.
      const settled = async (done) => {
        await new Promise((resolve) => {
          if (done()) return resolve();
          const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
          observer.observe(root(), { childList: true, subtree: true, characterData: true });
        });
        await el.updateComplete;
        el.getBoundingClientRect();
      };
      const start = performance.now();
      document.body.append(el);
      await settled(() => root()?.querySelector('[data-org="org-0"]') && root().querySelector('[part~="count"]'));
      const firstRenderMs = performance.now() - start;
      const count = root().querySelector('[part~="count"]').textContent;
      if (!(Number(/\d+/.exec(count)?.[0]) > 1000)) throw new Error(`the count says ${count}`);

      const select = root().querySelectorAll('select')[1];
      const filterStart = performance.now();
      select.value = 'labour';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      el.getBoundingClientRect();
      const filterMs = performance.now() - filterStart;

      const before = cards();
      const moreStart = performance.now();
      root().querySelector('[part~="more"]').click();
      await settled(() => cards() > before);
      return { firstRenderMs, filterMs, moreMs: performance.now() - moreStart };
    });
  });
}

/** <signal-checklist>: a tick until the summary (the live region) shows it. */
async function tick(browser, origin) {
  return withPage(browser, async (page) => {
    await page.goto(`${origin}/bench/pages/widgets.html`, { waitUntil: 'load' });
    await page.evaluate(() => window.painted);
    return page.evaluate(async () => {
      const el = document.querySelector('signal-checklist');
      const summary = el.shadowRoot.querySelector('[part~="summary"]');
      const before = summary.textContent;
      const start = performance.now();
      el.shadowRoot.querySelector('input[type="checkbox"]').click();
      await el.updateComplete;
      summary.getBoundingClientRect();
      const ms = performance.now() - start;
      if (summary.textContent === before) throw new Error('the summary did not change');
      return ms;
    });
  });
}

const timed = async (label, runs, measure) => {
  const values = [];
  for (let i = 0; i < runs; i++) values.push(await measure());
  process.stderr.write(`  ${label}: ${runs} runs\n`);
  return values;
};

const server = await startServer({ port: 0, csp: '' });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args });
const results = { date: new Date().toISOString(), runs: RUNS };
try {
  results.machine = {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    browser: await browser.version(),
  };

  results.bytes = { cdn: cdnBytes(), floor: await floorBytes() };
  // What every page with a widget loads: the entry and the core chunk (Lit, @lit/localize, shared pieces).
  const always = results.bytes.cdn.filter((f) => f.file === 'mensenhandel-widgets.js' || f.file.startsWith('mensenhandel-widgets-core-'));
  results.bytes.alwaysLoaded = { gzip: always.reduce((sum, f) => sum + f.gzip, 0) };
  results.bytes.alwaysLoadedToFloor = results.bytes.alwaysLoaded.gzip / results.bytes.floor.gzip;

  await writeStaticTwin(browser, origin);
  // In pairs, so that a busy spell of a shared machine weighs on both sides of the ratio.
  const renderPairs = (label, options) =>
    timed(label, RUNS, async () => [
      await renderTime(browser, `${origin}/bench/pages/widgets.html`, options),
      await renderTime(browser, `${origin}/bench/.out/static.html`, options),
    ]);
  const ratioOf = (pairs) => {
    const figures = { widgetsMs: median(pairs.map(([w]) => w.rendered)), staticMs: median(pairs.map(([, st]) => st.rendered)) };
    return { ...figures, ratio: figures.widgetsMs / figures.staticMs };
  };
  const pairs = await renderPairs('render, widgets and static in turn');
  const widgets = pairs.map(([w]) => w);
  results.render = ratioOf(pairs);
  results.renderOnPhone = { ...PHONE, ...ratioOf(await renderPairs('render on a slow phone, widgets and static in turn', { phone: true })) };
  results.mainThread = {
    longTasks: median(widgets.map((r) => r.longTasks)),
    totalBlockingTimeMs: median(widgets.map((r) => r.blocking)),
  };

  results.helpOrgs = {
    ...medianOf(await timed('<help-orgs> 1,000 orgs', RUNS, () => thousandOrgs(browser, origin))),
  };
  results.checklist = { tickMs: median(await timed('<signal-checklist> tick', RUNS, () => tick(browser, origin))) };

  const switchTo = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales.includes('pl') ? 'pl' : 'en';
  results.languageSwitch = {
    to: switchTo,
    ms: median(await timed(`language nl → ${switchTo}`, RUNS, () => languageSwitch(browser, origin, switchTo))),
  };

  const emptyHeap = median(await timed('heap, empty page', RUNS, () => heapBytes(browser, `${origin}/bench/pages/empty.html`)));
  const widgetsHeap = median(await timed('heap, widgets page', RUNS, () => heapBytes(browser, `${origin}/bench/pages/widgets.html`)));
  results.heap = { emptyBytes: emptyHeap, widgetsBytes: widgetsHeap, addedBytes: widgetsHeap - emptyHeap };

} finally {
  await browser.close();
  server.close();
}
results.roundTrips = await roundTrips({ log: (line) => process.stderr.write(line) });
results.lighthouse = await lighthousePairs({ log: (line) => process.stderr.write(line) });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
printTable(results);

function printTable(r) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  const ms = (value) => `${value.toFixed(1)} ms`;
  const rows = [
    ...r.bytes.cdn.map((f) => [`1. bytes: ${f.file}`, `${kb(f.raw)} raw, ${kb(f.gzip)} gzip, ${kb(f.brotli)} brotli`]),
    ['1. bytes: floor (Lit + @lit/localize)', `${kb(r.bytes.floor.raw)} raw, ${kb(r.bytes.floor.gzip)} gzip, ${kb(r.bytes.floor.brotli)} brotli`],
    ['1. what a page with a widget loads (entry + core), gzip', kb(r.bytes.alwaysLoaded.gzip)],
    ['1. … ÷ floor (gzip)', `${r.bytes.alwaysLoadedToFloor.toFixed(2)}×`],
    ['2. navigation → every widget complete on the screen (frame drawn)', ms(r.render.widgetsMs)],
    ['2. same content as static HTML', ms(r.render.staticMs)],
    ['2. widgets ÷ static', `${r.render.ratio.toFixed(2)}×`],
    [`2. on a slow phone (${r.renderOnPhone.latency} ms RTT, 1.6 Mbit/s, CPU ${r.renderOnPhone.cpuSlowdown}× slower): widgets`, ms(r.renderOnPhone.widgetsMs)],
    ['2. … static HTML', ms(r.renderOnPhone.staticMs)],
    ['2. … widgets ÷ static', `${r.renderOnPhone.ratio.toFixed(2)}×`],
    ['3. long tasks during load', String(r.mainThread.longTasks)],
    ['3. total blocking time', ms(r.mainThread.totalBlockingTimeMs)],
    ['4. <help-orgs> 1,000 orgs: first render (count + first 20 cards)', ms(r.helpOrgs.firstRenderMs)],
    ['4. <help-orgs> 1,000 orgs: one filter change', ms(r.helpOrgs.filterMs)],
    ['4. <help-orgs> 1,000 orgs: "more" (next 20 cards)', ms(r.helpOrgs.moreMs)],
    ['5. <signal-checklist> tick → summary', ms(r.checklist.tickMs)],
    [`6. language switch nl → ${r.languageSwitch.to} (chunk load included)`, ms(r.languageSwitch.ms)],
    ['7. JS heap: widgets page − empty page', kb(r.heap.addedBytes)],
    ...roundTripRows(r.roundTrips).map(([label, value]) => [`8. ${label}`, value]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\nmensenhandel-widgets benchmark, median of ${r.runs} runs, ${r.machine.browser}, ${r.machine.cores} × ${r.machine.cpu}\n`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  console.log(`\n9. Lighthouse 12, mobile profile, partner article pages from the snippets of docs/partners.md, medians of ${process.env.LIGHTHOUSE_RUNS ?? 3} runs\n`);
  console.log(lighthouseTable(r.lighthouse));
}
