// The documentation pages partners copy from, and the HTML snippets in them. Pure functions (no
// Node), so the browser test of the snippets (tests/docs.test.ts) and the Node checks
// (scripts/check-docs.mjs, bench/lighthouse.mjs) read the same snippets the same way.

/**
 * Every page with an HTML snippet. scripts/check-docs.mjs fails when a page of README.md,
 * docs/ or examples/ holds a snippet and is not listed here, so a new page is tested too.
 */
export const SNIPPET_PAGES = ['README.md', 'docs/partners.md', 'examples/wordpress.md'];

/** The elements a snippet can place. */
export const ELEMENTS = ['report-cta', 'signal-checklist', 'help-orgs', 'quick-exit'];

/** The ```html blocks of a Markdown text, each with the line its code starts on. */
export function htmlSnippets(markdown) {
  return [...markdown.matchAll(/^```html\n([\s\S]*?)^```/gm)].map((match) => ({
    line: markdown.slice(0, match.index).split('\n').length + 1,
    code: match[1],
  }));
}

/** Whether an element in a snippet holds a fallback of its own (markup between its tags). */
export function hasFallback(tag, element) {
  return /<\w/.test(element.replace(new RegExp(`^<${tag}[^>]*>|</${tag}>$`, 'g'), ''));
}
