import { type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { HeadingLevel } from './attributes.js';

const tags: Record<HeadingLevel, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** A real `<hN>` at the level the host page needs, so the widget fits the page outline. */
export function heading(level: HeadingLevel, id: string, content: unknown, part = 'heading'): TemplateResult {
  // lit/static-html binds tag names; the lint rules know only plain lit-html.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tags[level]} id=${id} part=${part}>${content}</${tags[level]}>`;
}
