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
const PREFIX = 'mensenhandel-widgets-';
const ENTRY = 'mensenhandel-widgets.js';
let site = 0;

/** A built file and the files it imports before it runs (`import"./x.js"`, `…from"./x.js"`), read from their code as a browser would. */
async function imported(file: string, found = new Set<string>()): Promise<Set<string>> {
  if (found.has(file)) return found;
  found.add(file);
  const code = await (await fetch(`/dist/cdn/${file}`)).text();
  for (const [, name] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+)["']/g)) await imported(name, found);
  return found;
}

/**
 * A slow site of its own (every file asked for anew, none from an earlier test's page), once its
 * module has loaded: widgets added then are the same as widgets in the page's HTML, measured from here.
 */
async function openSlowSite(): Promise<{ frame: HTMLIFrameElement; win: Window; doc: Document; folder: string }> {
  const folder = `/slow-site-${++site}/assets/mh/`;
  const frame = await openPartnerPage(`/slow-site-${site}/template.html`);
  const win = frame.contentWindow!;
  await waitFor(() => win.performance.getEntriesByName(new URL(folder + ENTRY, location.href).href).length, 'no module');
  return { frame, win, doc: frame.contentDocument!, folder };
}

/** A file's name without its hash: `mensenhandel-widgets-pl-`. */
const unhashed = (file: string) => file.replace(/[\w-]{8}\.js$/, '');

for (const [lang, tags] of [
  ...['nl', 'pl'].flatMap((lang) => TAGS.map((tag) => [lang, [tag]] as const)),
  ['nl', TAGS] as const,
  ['pl', TAGS] as const,
]) {
  describe(`${tags.length > 1 ? 'every widget' : `<${tags[0]}>`} on a ${lang} page, every file 300 ms away`, () => {
    it('asks for every file it needs at once, after the module: the code its chunk graph names and the language files with their parts', async () => {
      const { frame, win, doc, folder } = await openSlowSite();
      try {
        doc.documentElement.lang = lang;
        doc.querySelector('main')!.insertAdjacentHTML('beforeend', tags.map((tag) => `<${tag} position="inline"></${tag}>`).join(''));
        const widgets = tags.map((tag) => doc.querySelector(tag)!);
        await waitFor(
          () => widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === lang),
          `not shown in ${lang}`,
          8000,
        );
        // Besides the code: the language file and the checklist's own texts in it, with the
        // translation machinery (a Dutch page has no need of either), and the steps after a
        // report, which the checklist asks for as it loads (not when a visitor's ticks reach
        // them: a server's log would show how far they got). Not the partner-data checks or the
        // steps of a <report-cta steps>, which load only where they are used.
        const checklist = tags.includes('signal-checklist');
        const language = lang === 'nl' ? [] : [`${lang}-`, ...(checklist ? [`${lang}-signal-checklist-`] : []), 'translations-'].map((name) => PREFIX + name);
        const expected = [...language, ...(checklist ? [`${PREFIX}report-steps-`] : [])];
        // A file is listed once it has arrived; a widget may show before a file it does not wait for.
        const files = () =>
          (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
            (entry) => new URL(entry.name).pathname.startsWith(folder) && !entry.name.endsWith(`/${ENTRY}`),
          );
        await waitFor(() => expected.every((name) => files().some((entry) => entry.name.includes(`/${name}`))), `not all of ${expected.join(', ')} arrived`, 8000);
        const requested = files();
        const names = requested.map((entry) => new URL(entry.name).pathname.slice(folder.length));

        // The code: each element's file and what it imports, no more, no less.
        const code = new Set<string>();
        for (const tag of tags) {
          const own = names.find((file) => file.startsWith(`${PREFIX}${tag}-`));
          expect(own, `<${tag}>'s file`).to.be.a('string');
          await imported(own!, code);
        }
        expect([...code].filter((file) => !names.includes(file)), 'code not asked for').to.deep.equal([]);
        expect(names.filter((file) => !code.has(file)).map(unhashed)).to.have.members(expected);

        // All asked for before the first arrived: one round trip after the module's.
        const lastAsked = Math.max(...requested.map((entry) => entry.startTime));
        const firstIn = Math.min(...requested.map((entry) => entry.responseEnd));
        expect(lastAsked, names.join(', ')).to.be.below(firstIn);
      } finally {
        frame.remove();
      }
    });
  });
}

describe('<help-orgs src> on a page where every library file is 300 ms away', () => {
  it("asks for the partner's file together with the partner-data checks, not after them, and shows its organisations", async () => {
    const { frame, win, doc, folder } = await openSlowSite();
    try {
      doc.querySelector('main')!.insertAdjacentHTML('beforeend', '<help-orgs src="/tests/fixtures/partner-orgs.json"></help-orgs>');
      const widget = doc.querySelector('help-orgs')!;
      await waitFor(() => widget.shadowRoot?.querySelector('[data-org="meldpunt-voorbeeld"]'), "no partner's organisation", 8000);
      const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const checks = entries.find((entry) => new URL(entry.name).pathname.startsWith(`${folder}${PREFIX}partner-data-`))!;
      const data = entries.find((entry) => entry.name.endsWith('/tests/fixtures/partner-orgs.json'))!;
      // Booleans and numbers only: a failing assertion on a timing entry of the frame never reports.
      expect(Boolean(checks), 'the checks asked for').to.equal(true);
      expect(Boolean(data), "the partner's file asked for").to.equal(true);
      // Asked for before the checks had arrived: the two travel in the same round trip.
      expect(data.startTime).to.be.below(checks.responseEnd);
    } finally {
      frame.remove();
    }
  });
});
