import { expect } from '@open-wc/testing';
import { waitFor } from './helpers.js';
import { openPartnerPage } from './partner.js';

/*
 * Two round trips before a widget shows in the page's language: the module, then every file the
 * page's widgets need, asked for at once (src/cdn.ts, from the build's chunk graph). On
 * /slow-site/ each file arrives 300 ms after it was asked for, so a file asked for only once
 * another had arrived (an import the module did not know of, a language part asked for at the
 * first render) starts after the first of them ended.
 */

const TAGS = ['report-cta', 'signal-checklist', 'help-orgs', 'quick-exit'];
let site = 0;
const ENTRY = 'mensenhandel-widgets.js';

/**
 * A built file and the files it imports, read from their code as a browser would: `import"./x.js"`
 * and `…from"./x.js"` (needed before it runs) into `found`, `import("./x.js")` (asked for when the
 * code calls it: the partner-data checks, the steps after a report) into `later`.
 */
async function imported(file: string, found = new Set<string>(), later = new Set<string>()): Promise<{ found: Set<string>; later: Set<string> }> {
  if (found.has(file)) return { found, later };
  found.add(file);
  const code = await (await fetch(`/dist/cdn/${file}`)).text();
  for (const [, name] of code.matchAll(/\bimport\(\s*["']\.\/([^"']+)["']/g)) later.add(name);
  for (const [, name] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+)["']/g)) await imported(name, found, later);
  return { found, later };
}

for (const [lang, tags] of [
  ...['nl', 'pl'].flatMap((lang) => TAGS.map((tag) => [lang, [tag]] as const)),
  ['nl', TAGS] as const,
  ['pl', TAGS] as const,
]) {
  describe(`${tags.length > 1 ? 'every widget' : `<${tags[0]}>`} on a ${lang} page, every file 300 ms away`, () => {
    it('asks for every file it needs at once, after the module: the code its chunk graph names and the language files with their parts', async () => {
      // A site of its own: every file asked for anew, none from an earlier test's page.
      const folder = `/slow-site-${++site}/assets/mh/`;
      const frame = await openPartnerPage(`/slow-site-${site}/template.html`);
      try {
        // Once the module has loaded: the same as widgets in the page's HTML, measured from here.
        await waitFor(() => frame.contentWindow!.performance.getEntriesByName(new URL(folder + ENTRY, location.href).href).length, 'no module');
        const doc = frame.contentDocument!;
        doc.documentElement.lang = lang;
        doc.querySelector('main')!.insertAdjacentHTML('beforeend', tags.map((tag) => `<${tag} position="inline"></${tag}>`).join(''));
        const widgets = tags.map((tag) => doc.querySelector(tag)!);
        await waitFor(
          () => widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === lang),
          `not shown in ${lang}`,
          8000,
        );
        const requested = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
          (entry) => new URL(entry.name).pathname.startsWith(folder) && !entry.name.endsWith(`/${ENTRY}`),
        );
        const name = (entry: PerformanceResourceTiming) => new URL(entry.name).pathname.slice(folder.length);

        // The code: each element's file and what it imports, no more, no less.
        const code = new Set<string>();
        const later = new Set<string>();
        for (const tag of tags) {
          const own = requested.map(name).find((file) => file.startsWith(`mensenhandel-widgets-${tag}-`));
          expect(own, `<${tag}>'s file`).to.be.a('string');
          await imported(own!, code, later);
        }
        // What the code asks for when it needs it (but the language files): not counted.
        const isLanguage = (file: string) => file.startsWith(`mensenhandel-widgets-${lang}-`);
        const files = requested.filter((entry) => code.has(name(entry)) || isLanguage(name(entry)) || !later.has(name(entry)));
        const names = files.map(name);
        // The language: its file, and the checklist's own texts where a checklist is.
        const language =
          lang === 'nl' ? [] : ['', ...(tags.includes('signal-checklist') ? ['signal-checklist-'] : [])].map((part) => `mensenhandel-widgets-${lang}-${part}`);
        expect(names.filter((name) => !code.has(name)).map((name) => name.slice(0, -'12345678.js'.length))).to.have.members(language);
        expect([...code].filter((name) => !names.includes(name)), 'code not asked for').to.deep.equal([]);

        // All asked for before the first arrived: one round trip after the module's.
        const lastAsked = Math.max(...files.map((entry) => entry.startTime));
        const firstIn = Math.min(...files.map((entry) => entry.responseEnd));
        expect(lastAsked, names.join(', ')).to.be.below(firstIn);
      } finally {
        frame.remove();
      }
    });
  });
}
