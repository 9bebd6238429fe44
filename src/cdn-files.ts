/** What every file name beside the CDN module starts with; `.js` ends it. */
export const prefix = '';

/**
 * What the CDN module loads, by file name beside it (between prefix and `.js`): for each element
 * (by tag) the files its code needs, each after those it imports; the parts of a language an
 * element has texts in, where it has any; and the tag that ends every language file's name
 * (`pl-<tag>`, `pl-signal-checklist-<tag>`). The CDN build writes this from its chunk graph
 * (scripts/chunk-graph.mjs); this empty record is what TypeScript sees.
 */
export const files: { elements: Record<string, string[]>; parts: Record<string, string[]>; languages: string } = {
  elements: {},
  parts: {},
  languages: '',
};
