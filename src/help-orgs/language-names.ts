import { LANGUAGE_NAMES } from '../shared/locale.js';

/** Languages of the built-in organisations that the widgets themselves are not written in. */
const MORE_NAMES: Readonly<Record<string, string>> = {
  es: 'Español',
  hu: 'Magyar',
  id: 'Bahasa Indonesia',
  pt: 'Português',
  ru: 'Русский',
  tl: 'Tagalog',
  zh: '中文',
};

const names = new Map<string, string>([...Object.entries(LANGUAGE_NAMES), ...Object.entries(MORE_NAMES)]);

/**
 * A language by its own name ("Polski", not "Pools"), as a visitor looks for theirs, and as the
 * language picker lists them. From a table rather than Intl.DisplayNames: the first of those
 * costs a page 70–100 ms in Chromium while its data loads. Other codes (partner data) use it.
 */
export function ownName(code: string): string {
  const lower = code.toLowerCase();
  let name = names.get(lower);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([lower], { type: 'language', fallback: 'code' }).of(lower) ?? lower;
    } catch {
      name = lower;
    }
    names.set(lower, name);
  }
  return name;
}
