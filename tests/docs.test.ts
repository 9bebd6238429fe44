import { expect } from '@open-wc/testing';
import { ELEMENTS, SNIPPET_PAGES, htmlSnippets } from '../scripts/doc-pages.mjs';
import { shadowTree, waitFor } from './helpers.js';
import { expectNoTrace, observed, openPartnerPage } from './partner.js';

/*
 * Every HTML snippet of the docs, as a partner copies it: pasted into a partner page under
 * Content-Security-Policy: default-src 'self', with its script tag pointing at a copy of the
 * built dist/cdn/ on that site. Each widget in it must work: rendered, with its tel:112 link (a
 * <quick-exit>: its button), and without a warning, which is what a stale attribute or value
 * gives. The numbers in the docs and the rest are checked by scripts/check-docs.mjs.
 */

const MODULE = '/snippet-site/assets/mh/mensenhandel-widgets.js';
const SCRIPT_TAG = /<script\b[^>]*\bsrc="[^"]*mensenhandel-widgets\.js"[^>]*><\/script>\s*/g;

/** The snippet with its module loaded from the partner site's copy (integrity placeholders dropped). */
function onPartnerSite(code: string): string {
  return `<script type="module" src="${MODULE}"></script>\n${code.replace(SCRIPT_TAG, '')}`;
}

/** What shows that a widget works: the way to call 112, or the way out, in its shadow tree (not the fallback's). */
function working(widget: Element): Element | undefined {
  if (!widget.shadowRoot?.querySelector('[part~="base"]')) return undefined;
  const tree = [...shadowTree(widget.shadowRoot)];
  if (widget.localName === 'quick-exit') return tree.find((el) => el.matches('a[part~="button"][href^="https:"]'));
  return tree.find((el) => el.matches('a[href="tel:112"]'));
}

for (const page of SNIPPET_PAGES) {
  describe(`the snippets of ${page} on a strict-CSP partner page`, function () {
    this.timeout(30_000);
    let snippets: { line: number; code: string }[] = [];

    before(async () => {
      snippets = htmlSnippets(await (await fetch(`/${page}`)).text());
    });

    it('show working widgets, without a warning', async () => {
      const widgetSnippets = snippets.filter(({ code }) => ELEMENTS.some((tag) => code.includes(`<${tag}`)));
      expect(widgetSnippets, `${page} has no snippet with a widget`).not.to.be.empty;
      for (const { line, code } of widgetSnippets) {
        const where = `${page}, the snippet at line ${line}`;
        const frame = await openPartnerPage(
          `/snippet-site/?snippet=${encodeURIComponent(onPartnerSite(code))}&csp=${encodeURIComponent("default-src 'self'")}`,
        );
        try {
          const widgets = [...frame.contentDocument!.querySelectorAll(ELEMENTS.join(','))];
          expect(widgets.length, where).to.equal(ELEMENTS.reduce((n, tag) => n + code.split(`<${tag}`).length - 1, 0));
          await waitFor(() => widgets.every(working), `${where}: a widget did not render with its tel:112 link or exit`, 10_000);
          expect(observed(frame).warn, where).to.deep.equal([]);
          expectNoTrace(frame);
        } finally {
          frame.remove();
        }
      }
    });
  });
}
