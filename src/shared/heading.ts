import { html, type TemplateResult } from 'lit';
import type { HeadingLevel } from './attributes.js';

type Heading = (id: string, part: string, content: unknown) => TemplateResult;

/** One template per level: lit/static-html, which binds a tag name, costs every page more bytes. */
const headings: Record<HeadingLevel, Heading> = {
  1: (id, part, content) => html`<h1 id=${id} part=${part}>${content}</h1>`,
  2: (id, part, content) => html`<h2 id=${id} part=${part}>${content}</h2>`,
  3: (id, part, content) => html`<h3 id=${id} part=${part}>${content}</h3>`,
  4: (id, part, content) => html`<h4 id=${id} part=${part}>${content}</h4>`,
  5: (id, part, content) => html`<h5 id=${id} part=${part}>${content}</h5>`,
  6: (id, part, content) => html`<h6 id=${id} part=${part}>${content}</h6>`,
};

/** A real `<hN>` at the level the host page needs, so the widget fits the page outline. */
export function heading(level: HeadingLevel, id: string, content: unknown, part = 'heading'): TemplateResult {
  return headings[level](id, part, content);
}
