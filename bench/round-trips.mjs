// Round trips: how long each widget waits for script on a slow line. Every script file of the
// CDN module is answered 150 ms after it was asked for (the page itself at once), and the time
// from navigation to the first frame in which every widget on the page shows text in the page's
// language, divided by 150 ms, is the number of round trips it waited (plus the time to run the
// code, a fraction of one). Each widget alone and all four together, on a Dutch and a Polish
// page; medians of ROUND_TRIP_RUNS runs (default 5), each in a fresh browser context. The files
// come over HTTP/2, as from a public CDN: over HTTP/1.1 a browser opens at most six connections to
// a host, and a Polish page with every widget needs nine files at once (three would wait a round
// trip more). The certificate is a throwaway one, made with openssl for the run.
// `node bench/round-trips.mjs [folder]` runs this part alone, on dist/cdn or another build's folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { median } from './stats.mjs';

export const DELAY_MS = 150;
const TAGS = ['report-cta', 'signal-checklist', 'help-orgs', 'quick-exit'];
const CASES = ['nl', 'pl'].flatMap((lang) => [...TAGS.map((tag) => ({ lang, tags: [tag] })), { lang, tags: TAGS }]);

const page = (lang, tags) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Round trips</title>
<script type="module" src="/cdn/mensenhandel-widgets.js"></script></head>
<body><main><h1>Mensenhandel</h1>${tags.map((tag) => `<${tag} data-bench position="inline"><p>Bel 112.</p></${tag}>`).join('')}</main></body></html>`;

/** A self-signed certificate for 127.0.0.1, which the benchmark's browser is told to accept. */
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'round-trips-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true });
  }
}

/** Serves the pages, and `folder`'s files under /cdn/ after DELAY_MS, over HTTP/2. */
function serve(folder) {
  const server = createSecureServer(certificate(), async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/page') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(page(url.searchParams.get('lang'), url.searchParams.get('tags').split(',')));
      return;
    }
    const body = url.pathname.startsWith('/cdn/') ? await readFile(`${folder}/${basename(url.pathname)}`).catch(() => null) : null;
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    await delay(DELAY_MS);
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** In the page before its scripts: `window.firstText` resolves when every widget shows text in the page's language. */
function watchFirstText() {
  window.firstText = new Promise((resolve) => {
    // Runs before the page is parsed: <html lang> is read on each frame.
    const shows = () =>
      document.querySelectorAll('[data-bench]').length > 0 &&
      [...document.querySelectorAll('[data-bench]')].every((el) => {
        const base = el.shadowRoot?.querySelector('[part~="base"]');
        return base?.getAttribute('lang') === document.documentElement.lang && base.textContent.trim() !== '';
      });
    const frame = () => requestAnimationFrame(() => (shows() ? resolve(performance.now()) : frame()));
    frame();
  });
}

/** Round trips per case for the build in `folder`: [{ lang, tags, ms, roundTrips }]. */
export async function roundTrips({ folder = 'dist/cdn', runs = Number(process.env.ROUND_TRIP_RUNS ?? 5), log = () => {} } = {}) {
  const server = await serve(folder);
  const origin = `https://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, '--ignore-certificate-errors'] });
  try {
    const results = [];
    for (const { lang, tags } of CASES) {
      const times = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.createBrowserContext();
        try {
          const tab = await context.newPage();
          await tab.evaluateOnNewDocument(watchFirstText);
          await tab.goto(`${origin}/page?lang=${lang}&tags=${tags.join(',')}`);
          times.push(await tab.evaluate(() => window.firstText));
        } finally {
          await context.close();
        }
      }
      const ms = median(times);
      results.push({ lang, tags: tags.length > 1 ? 'all' : tags[0], ms, roundTrips: ms / DELAY_MS });
      log(`  round trips, ${lang} ${tags.join(' + ')}: ${runs} runs\n`);
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

export const roundTripRows = (results) =>
  results.map((r) => [`round trips to first text, ${r.lang}, ${r.tags === 'all' ? 'every widget' : `<${r.tags}>`} (script files ${DELAY_MS} ms away)`, `${r.roundTrips.toFixed(1)} (${r.ms.toFixed(0)} ms)`]);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await roundTrips({ folder: process.argv[2] ?? 'dist/cdn', log: (line) => process.stderr.write(line) });
  for (const [label, value] of roundTripRows(results)) console.log(`${label}  ${value}`);
}
