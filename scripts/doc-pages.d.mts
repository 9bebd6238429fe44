export const SNIPPET_PAGES: string[];
export const ELEMENTS: string[];
export function htmlSnippets(markdown: string): { line: number; code: string }[];
export function hasFallback(tag: string, element: string): boolean;
