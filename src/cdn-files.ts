/*
 * What the CDN module loads, by file name beside it (between `prefix` and `.js`).
 * The CDN build writes these from its chunk graph (scripts/chunk-graph.mjs); the empty values
 * here are what TypeScript sees.
 */

/** What every file name beside the CDN module starts with. */
export const prefix = '';

/** For each element (by tag), the files it needs: those its file imports or requests as it loads, then its own. */
export const elements: Record<string, string[]> = {};

/** The elements with a part of each language of their own (`pl-signal-checklist-<tag>`). */
export const parts: string[] = [];

/** The tag that ends every language file's name (`pl-<tag>`). */
export const languages = '';

/** The translation machinery, which every language but Dutch needs beside its files. */
export const translations = '';
