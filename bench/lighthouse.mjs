// What a widget does to a partner's Lighthouse score: an article page (a heading, text, the widget
// in the middle, more text) built from the snippets of docs/partners.md, each element alone and all four,
// each next to the same page without the script. Lighthouse 12, mobile profile and its default
// (simulated) throttling, on the local Chromium; medians of LIGHTHOUSE_RUNS runs, the pages of a
// pair measured one after the other so that a busy spell of a shared machine weighs on both.
// `node bench/lighthouse.mjs` runs this part alone (after `npm run build`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { ELEMENTS, hasFallback, htmlSnippets } from '../scripts/doc-pages.mjs';
import { startServer } from '../scripts/serve.mjs';
import { medianOf } from './stats.mjs';

const PAGE = 'docs/partners.md';
const MODULE = '/dist/cdn/mensenhandel-widgets.js';

/** Each element's first snippet in docs/partners.md with a fallback inside its tag, as a partner copies it. */
function partnerSnippets(page = PAGE) {
  const blocks = htmlSnippets(readFileSync(page, 'utf8')).map((snippet) => snippet.code);
  return Object.fromEntries(
    ELEMENTS.map((tag) => {
      const pattern = new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`);
      const element = blocks.map((block) => pattern.exec(block)?.[0]).find((found) => found && hasFallback(tag, found));
      if (!element) throw new Error(`${page}: no snippet with <${tag}> and a fallback`);
      return [tag, element];
    }),
  );
}

const text = [
  'Mensenhandel is het uitbuiten van mensen: in de prostitutie, in fabrieken, op het land, in de bouw of in huis. Het gebeurt ook in onze gemeente, vaak zonder dat iemand het ziet.',
  'Slachtoffers werken lange dagen voor weinig of geen geld, hebben schulden bij wie hen werk gaf, of kunnen niet weg. Soms weten ze zelf niet dat wat hen overkomt strafbaar is.',
  'Ziet u iets dat niet klopt? U hoeft niet zeker te weten dat het mensenhandel is. Een melding of een vraag om advies is genoeg; professionals zoeken het verder uit.',
  'De gemeente werkt samen met de politie, de zorg en hulporganisaties in de regio. Wie slachtoffer is, krijgt hulp: onderdak, zorg, juridisch advies en bescherming.',
  'Heeft u vragen over deze pagina? Neem contact op met de gemeente via het algemene nummer 14 0 en vraag naar de coördinator mensenhandel.',
];
const paragraphs = (from, to) => text.slice(from, to).map((p) => `      <p>${p}</p>`).join('\n');

/** A municipality's article page: `quick-exit` first in the body as docs/partners.md asks, others mid-text. */
function articlePage(title, tags, snippets, withScript) {
  const inArticle = tags.filter((tag) => tag !== 'quick-exit');
  const widgets = inArticle.map((tag, i) => `      ${snippets[tag]}\n${paragraphs(2 + i, 3 + i)}`).join('\n');
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Wat mensenhandel is en waar u het meldt." />
    <title>${title}</title>
  </head>
  <body>
${tags.includes('quick-exit') ? `    ${snippets['quick-exit']}\n` : ''}    <main>
      <h1>Mensenhandel herkennen en melden</h1>
${paragraphs(0, 2)}
${withScript ? `      <script type="module" src="${MODULE}"></script>\n` : ''}${widgets}
${paragraphs(2 + inArticle.length, text.length)}
    </main>
  </body>
</html>
`;
}

/** Writes the pages to bench/.out/lighthouse/; returns [{ name, with, without }] (paths). */
function writePages() {
  const snippets = partnerSnippets();
  mkdirSync('bench/.out/lighthouse', { recursive: true });
  const sets = [...ELEMENTS.map((tag) => [tag, [tag]]), ['all four', ELEMENTS]];
  return sets.map(([name, tags]) => {
    const file = name.replace(' ', '-');
    const paths = {};
    for (const withScript of [true, false]) {
      const path = `bench/.out/lighthouse/${file}${withScript ? '' : '-no-script'}.html`;
      writeFileSync(path, articlePage(`Mensenhandel: ${name}`, tags, snippets, withScript));
      paths[withScript ? 'with' : 'without'] = `/${path}`;
    }
    return { name, ...paths };
  });
}

async function audit(url, port) {
  const { lhr } = await lighthouse(url, { port, onlyCategories: ['performance'], formFactor: 'mobile', logLevel: 'error' });
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const value = (id) => lhr.audits[id].numericValue;
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    cls: value('cumulative-layout-shift'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    // Lighthouse's measure of the machine's speed during the run: its TBT scales with the load.
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** Lighthouse on every page pair, `runs` times; medians per page and figure. */
export async function lighthousePairs({ runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3), log = () => {} } = {}) {
  const pages = writePages();
  const server = await startServer({ port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: [...chromiumArgs, '--headless=new'] });
  try {
    const measured = pages.map(() => ({ with: [], without: [] }));
    for (let run = 0; run < runs; run++) {
      for (const [i, page] of pages.entries()) {
        measured[i].with.push(await audit(origin + page.with, chrome.port));
        measured[i].without.push(await audit(origin + page.without, chrome.port));
      }
      log(`  Lighthouse: run ${run + 1} of ${runs}\n`);
    }
    return pages.map((page, i) => ({ page: page.name, with: medianOf(measured[i].with), without: medianOf(measured[i].without) }));
  } finally {
    await chrome.kill();
    server.close();
  }
}

export function lighthouseTable(rows) {
  const index = Math.round(rows.reduce((sum, r) => sum + r.with.benchmarkIndex + r.without.benchmarkIndex, 0) / (2 * rows.length));
  const figures = (r) => [String(r.score), r.cls.toFixed(3), `${(r.lcpMs / 1000).toFixed(1)} s`, `${Math.round(r.tbtMs)} ms`];
  const table = [
    ['page (docs/partners.md snippet)', 'score', 'CLS', 'LCP', 'TBT', '| without script: score', 'CLS', 'LCP', 'TBT'],
    ...rows.map((r) => [r.page, ...figures(r.with), `| ${figures(r.without)[0]}`, ...figures(r.without).slice(1)]),
  ];
  const widths = table[0].map((_, col) => Math.max(...table.map((row) => row[col].length)));
  const lines = table.map((row) => row.map((cell, col) => cell.padEnd(widths[col])).join('  '));
  return `${lines.join('\n')}\n\nLighthouse's benchmark index of this machine during the runs: ${index} (Lighthouse warns below 1,000: on a slower or busier machine its TBT and score come out worse than on the phone it stands for)`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await lighthousePairs({ log: (line) => process.stderr.write(line) });
  console.log(`\nLighthouse 12, mobile, medians of ${process.env.LIGHTHOUSE_RUNS ?? 3} runs\n\n${lighthouseTable(rows)}`);
}
