import { warnOnce } from './warn.js';

/*
 * Attribute parsers: any string in, a valid value out. A bad value gives the default and one
 * warning naming the element, the attribute, the value and what is allowed, so an editor who
 * copied a snippet with a typo still gets a working widget and a hint in the console.
 */

const quote = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/** Any value as text. Properties can be set to anything, even objects whose toString throws. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  try {
    return String(value);
  } catch {
    return '';
  }
}

/**
 * One value out of `allowed`; null or empty gives the default without a warning. The default is
 * the first allowed value, as the docs and Storybook's controls say.
 */
export function parseChoice<T extends string>(
  tag: string,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T = allowed[0],
): T {
  const text = asText(value);
  const token = text.trim().toLowerCase();
  if (token === '') return fallback;
  if ((allowed as readonly string[]).includes(token)) return token as T;
  warnOnce(
    `<${tag}> ${attribute}=${quote(text)} is not allowed; using "${fallback}". Allowed: ${allowed.join(', ')}.`,
  );
  return fallback;
}

/**
 * An ordered, space-separated list of tokens out of `allowed`, without repeats. Unknown tokens
 * are dropped with one warning; when nothing valid is left, the default list.
 */
export function parseTokenList<T extends string>(
  tag: string,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: readonly T[],
): T[] {
  const text = asText(value);
  const tokens = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return [...fallback];
  const valid = [...new Set(tokens.filter((t): t is T => (allowed as readonly string[]).includes(t)))];
  const unknown = tokens.filter((t) => !(allowed as readonly string[]).includes(t));
  if (valid.length === 0) {
    warnOnce(
      `<${tag}> ${attribute}=${quote(text)} has no known value; using "${fallback.join(' ')}". Allowed: ${allowed.join(', ')}.`,
    );
    return [...fallback];
  }
  if (unknown.length > 0) {
    warnOnce(
      `<${tag}> ${attribute}: ignored ${unknown.map(quote).join(', ')}. Allowed: ${allowed.join(', ')}.`,
    );
  }
  return valid;
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading level 1–6 so a widget fits the host page's outline; default 2. */
export function parseHeadingLevel(tag: string, value: unknown): HeadingLevel {
  const level = parseChoice(tag, 'heading-level', value, ['1', '2', '3', '4', '5', '6'] as const, '2');
  return Number(level) as HeadingLevel;
}
