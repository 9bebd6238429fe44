// npm run check:docs (part of `npm test`, after build-storybook): the documentation says what the
// code does. Fails when a relative link or anchor, or a file named in the text (`src/…`), points
// nowhere; a Storybook link names a page the built Storybook does not have; a phone number
// written in the docs is not one the widgets ship (the contact records check-data lists), or is
// said to be open at other hours than it has there; the language table disagrees with
// lit-localize.json or the review states in locales/; the README outgrows 300 lines or gives
// another test command than CI runs; or the benchmark figures in docs/developers.md are not those
// of bench/results.json. The snippets themselves are run in browsers by tests/docs.test.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { SNIPPET_PAGES, htmlSnippets } from './doc-pages.mjs';
import { importTs } from './import-ts.mjs';

const problems = [];
const fail = (where, what) => problems.push(`${where}: ${what}`);
const read = (path) => readFileSync(path, 'utf8');
const markdownIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)) : []);

/** The pages checked: what a partner, an officer, a developer or a translator reads. */
const PAGES = ['README.md', 'CONTRIBUTING.md', ...markdownIn('docs'), ...markdownIn('examples')];
const pages = new Map(PAGES.map((path) => [path, read(path)]));

/** Each line of a page outside its code blocks, with its number. */
function prose(text) {
  let fenced = false;
  return text.split('\n').flatMap((line, i) => {
    if (line.startsWith('```')) fenced = !fenced;
    return fenced || line.startsWith('```') ? [] : [{ line, number: i + 1 }];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');

function anchors(text) {
  const seen = new Map();
  return new Set(
    prose(text)
      .filter(({ line }) => /^#{1,6} /.test(line))
      .map(({ line }) => {
        const base = slug(line.replace(/^#+ /, '').trim());
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        return count ? `${base}-${count}` : base;
      }),
  );
}

// --- Links: every relative file and anchor exists; every Storybook page exists. ---
const storybookIndex = 'storybook-static/index.json';
const storybookPages = existsSync(storybookIndex) ? new Set(Object.keys(JSON.parse(read(storybookIndex)).entries)) : undefined;
if (!storybookPages) fail(storybookIndex, 'missing: run `npm run build-storybook` first');
for (const [path, text] of pages) {
  for (const { line, number } of prose(text)) {
    for (const [, target] of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      const where = `${path}:${number}`;
      const storybook = /^http:\/\/localhost:6006\/\?path=\/docs\/([\w-]+)$/.exec(target);
      if (storybook) {
        if (storybookPages && !storybookPages.has(storybook[1])) fail(where, `Storybook has no page ${storybook[1]}`);
        continue;
      }
      if (/^[a-z]+:/.test(target)) continue;
      const [file, anchor] = target.split('#');
      const linked = file ? normalize(join(dirname(path), file)) : path;
      if (!existsSync(linked)) {
        fail(where, `${target}: no file ${linked}`);
      } else if (anchor && linked.endsWith('.md') && !anchors(pages.get(linked) ?? read(linked)).has(anchor)) {
        fail(where, `${target}: ${linked} has no heading #${anchor}`);
      }
    }
  }
}

// --- Files named in the text: every path into the repository exists (build output aside). ---
for (const [path, text] of pages) {
  for (const { line, number } of prose(text)) {
    for (const [, named] of line.matchAll(/`((?:src|scripts|tests|docs|examples|bench|locales|stories|\.ci)\/[\w./-]*\w)`/g)) {
      if (!existsSync(named)) fail(`${path}:${number}`, `\`${named}\` does not exist`);
    }
  }
}

// --- Snippets: every page with one is in SNIPPET_PAGES, so tests/docs.test.ts runs it. ---
for (const [path, text] of pages) {
  if (htmlSnippets(text).length && !SNIPPET_PAGES.includes(path)) fail(path, 'has HTML snippets: add it to SNIPPET_PAGES in scripts/doc-pages.mjs');
}
for (const path of SNIPPET_PAGES) {
  if (!htmlSnippets(pages.get(path) ?? '').length) fail('scripts/doc-pages.mjs', `SNIPPET_PAGES names ${path}, which has no HTML snippet`);
}

// --- Phone numbers: only those the widgets ship, with the hours they ship. ---
// Every contact record the widgets ship, wherever it lives: the list check-data keeps.
const { contacts, toPhoneLink } = await importTs(
  "export { contacts } from './scripts/check-data/sources.ts'; export { toPhoneLink } from './src/shared/links.ts';",
);
/** Each shipped phone line by its tel: link. */
const shipped = new Map(
  Object.values(contacts)
    .filter((contact) => Array.isArray(contact?.channels))
    .flatMap((contact) => contact.channels.filter((channel) => channel.type === 'phone'))
    .map((channel) => [toPhoneLink(channel.value).href, channel]),
);
/** A made-up number for examples of partner data: an area code and nothing but zeros. */
const placeholder = (href) => /^tel:\+31\d{2}0{7}$/.test(href);
const WEEKDAYS = 'mo tu we th fr';
/** What the text right after a number says of its hours, and whether the line's data agrees. */
function hoursProblem(channel, after) {
  const said = after.replace(/<[^>]*>/g, '').trimStart();
  if (/^\((?:dag en nacht|day and night)/i.test(said) && !channel.always) return 'is not answered day and night';
  const days = /^\((?:ma–vr|Mon–Fri) (\d{1,2})[.:](\d{2})–(\d{1,2})[.:](\d{2})\)/.exec(said);
  if (!days) return undefined;
  const written = `${WEEKDAYS} ${days[1].padStart(2, '0')}:${days[2]}–${days[3].padStart(2, '0')}:${days[4]}`;
  const data = (channel.openingHours ?? []).map((p) => `${p.days.join(' ')} ${p.opens}–${p.closes}`).join(', ');
  return written === data ? undefined : `has the opening hours ${data || 'none'}, not ${written}`;
}
// docs/sources.md records what each source says, conflicts included; check-data checks it.
for (const [path, text] of pages) {
  if (path === join('docs', 'sources.md')) continue;
  text.split('\n').forEach((line, i) => {
    const written = [
      ...[...line.matchAll(/\btel:([+\d]+)/g)].map((m) => ({ href: `tel:${m[1]}` })),
      ...[...line.matchAll(/(?<![\w/.:+-])(?:\+31[\s-]?|0)\d{1,3}[\s-]?\d{2,4}(?:[\s-]?\d{2,4}){0,3}(?![\w/-])/g)]
        // A Dutch phone number has at least seven digits ("0800" alone is a kind of number).
        .filter((m) => m[0].replace(/\D/g, '').length >= 7)
        .map((m) => ({ href: toPhoneLink(m[0])?.href ?? m[0], after: line.slice(m.index + m[0].length, m.index + m[0].length + 40) })),
    ];
    for (const { href, after } of written) {
      const where = `${path}:${i + 1}`;
      if (placeholder(href)) continue;
      if (!shipped.has(href)) fail(where, `${href} is not a number of the contact records (scripts/check-data/sources.ts lists them)`);
      const problem = shipped.has(href) && after !== undefined && hoursProblem(shipped.get(href), after);
      if (problem) fail(where, `${href} ${problem} in the contact records`);
    }
  });
}

// --- Languages: the table in docs/partners.md is lit-localize.json and locales/*.xlf. ---
const config = JSON.parse(read('lit-localize.json'));
const locales = [config.sourceLocale, ...config.targetLocales];
const languageSection = /^## Language\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(read('docs/partners.md'))?.[1] ?? '';
const rows = [...languageSection.matchAll(/^\| `([a-z]{2,3}(?:-\w+)?)` \| ([^|]+) \| ([^|]+) \|$/gm)];
const listed = rows.map((row) => row[1]);
if (listed.join(' ') !== locales.join(' ')) {
  fail('docs/partners.md#language', `the table lists ${listed.join(' ')}; lit-localize.json has ${locales.join(' ')}`);
}
for (const [, code, , status] of rows) {
  if (code === config.sourceLocale) {
    if (!status.includes('source text')) fail('docs/partners.md#language', `${code}: the source language says "source text"`);
    continue;
  }
  const file = join(config.interchange.xliffDir, `${code}.xlf`);
  if (!existsSync(file)) continue;
  const states = [...read(file).matchAll(/<target\b[^>]*?(?:state="([^"]*)")?[^>]*>/g)].map((m) => m[1]);
  const reviewed = states.length > 0 && states.every((state) => state === 'final');
  const says = status.includes('not yet reviewed') ? 'not reviewed' : status.includes('reviewed by a native speaker') ? 'reviewed' : 'nothing';
  if (says !== (reviewed ? 'reviewed' : 'not reviewed')) {
    const final = states.filter((state) => state === 'final').length;
    fail('docs/partners.md#language', `${code} says "${status.trim()}", but ${final} of ${states.length} units in ${file} are state="final"`);
  }
}
const numbers = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
for (const path of ['README.md', 'docs/partners.md']) {
  for (const { line, number } of prose(pages.get(path))) {
    for (const [phrase, word, what] of [...line.matchAll(/\b(\w+) (languages|more)\b/g)]) {
      const count = what === 'languages' ? locales.length : config.targetLocales.length;
      if (numbers.includes(word) && numbers.indexOf(word) !== count) fail(`${path}:${number}`, `"${phrase}": there are ${numbers[count]}`);
    }
  }
}

// --- The README: short, and the test command CI runs. ---
const readme = pages.get('README.md');
const readmeLines = readme.split('\n').length - (readme.endsWith('\n') ? 1 : 0);
if (readmeLines > 300) fail('README.md', `${readmeLines} lines; at most 300 (move the rest to a page in docs/)`);
const ci = read('.ci/run').trim().split('\n').at(-1).trim();
const commands = [...readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)].map((m) => m[1].trim());
if (!commands.includes(ci)) fail('README.md', `gives no command block with \`${ci}\`, the test command .ci/run runs`);
for (const command of commands) {
  for (const [, script] of command.matchAll(/\bnpm (?:run )?([\w:-]+)/g)) {
    if (!['ci', 'install', 'run'].includes(script) && !JSON.parse(read('package.json')).scripts[script]) {
      fail('README.md', `\`${command}\`: package.json has no script ${script}`);
    }
  }
}

// --- Figures: the latest benchmark run in docs/developers.md is bench/results.json. ---
const results = JSON.parse(read('bench/results.json'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pair = ({ widgetsMs, staticMs, ratio }) => `${Math.round(widgetsMs).toLocaleString('en')} vs ${Math.round(staticMs).toLocaleString('en')} ms: ${ratio.toFixed(2)}×`;
const file = (name) => results.bytes.cdn.find((f) => f.file === name);
const lighthouse = (label, page) => {
  const r = results.lighthouse.find((l) => l.page === page);
  // The page without the script shifts nothing: its CLS is written 0.
  return r && [`Lighthouse ${label}: score · CLS with the script; without`, `${r.with.score} · ${r.with.cls.toFixed(3)}; ${r.without.score} · ${r.without.cls ? r.without.cls.toFixed(3) : '0'}`];
};
const expected = [
  ['a page with a widget loads: entry + core, gzip', kb(results.bytes.alwaysLoaded.gzip)],
  ['a page without widgets loads (the module alone), gzip', kb(file('mensenhandel-widgets.js').gzip)],
  ['navigation → the frame that shows every widget drawn, against the same content as static HTML', pair(results.render)],
  ['… on a cheap phone on a slow line (150 ms round trip, CPU 4× slower)', pair(results.renderOnPhone)],
  ['long tasks during load; total blocking time', `${results.mainThread.longTasks}; ${Math.round(results.mainThread.totalBlockingTimeMs)} ms`],
  [
    '`<help-orgs>` with 1,000 partner organisations: first render; a filter change; 20 more',
    [results.helpOrgs.firstRenderMs, results.helpOrgs.filterMs, results.helpOrgs.moreMs].map((v) => `${v.toFixed(1)} ms`).join('; '),
  ],
  ['`<signal-checklist>`: a tick until the summary shows it', `${results.checklist.tickMs.toFixed(1)} ms`],
  [`language switch nl → ${results.languageSwitch.to}, its file loaded`, `${results.languageSwitch.ms.toFixed(1)} ms`],
  ['JS heap, page with every widget minus an empty page', `${Math.round(results.heap.addedBytes / 1024)} KB`],
  lighthouse('`<report-cta>`', 'report-cta'),
  lighthouse('`<signal-checklist>`', 'signal-checklist'),
  lighthouse('`<help-orgs>`', 'help-orgs'),
  lighthouse('`<quick-exit>`', 'quick-exit'),
  lighthouse('all four', 'all four'),
]
  .filter(Boolean)
  .map(([figure, value]) => `| ${figure} | ${value} |`);
const developers = pages.get(join('docs', 'developers.md'));
const missing = expected.filter((row) => !developers.includes(`\n${row}\n`));
const stamp = `(${results.date.slice(0, 10)}, ${results.runs} runs`;
if (missing.length || !developers.includes(stamp)) {
  fail(
    'docs/developers.md#latest-benchmark-run',
    `not the figures of bench/results.json: write ${stamp}" and these rows:\n${expected.join('\n')}\n(missing or different:\n${missing.join('\n')})`,
  );
}

if (problems.length) {
  console.error(`✖ the docs disagree with the code:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`✔ docs: ${pages.size} pages; links, Storybook pages, phone numbers, languages, README and benchmark figures agree with the code`);
