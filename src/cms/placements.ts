/*
 * Placements typed by a web editor in a CMS that keeps only text, links and headings:
 *
 *   [mensenhandel report-cta channels=emergency,police]
 *   In gevaar? Bel 112. Geen spoed: politie 0900-8844.
 *   [/mensenhandel]
 *
 * Each placement becomes the widget it names; what stands between the two lines becomes the
 * widget's fallback content. Only text is read: the widget is made with createElement and
 * setAttribute, the editor's nodes are moved, never parsed, so no markup comes from the editor.
 * Nothing here knows an element's internals: the attributes it accepts are the elements' public
 * ones, written from custom-elements.json at build (scripts/placement-settings.mjs; tests/cms.test.ts
 * compares them with the manifest); their values are checked by the elements themselves.
 */

import { PLACEMENT_SETTINGS } from '../generated/placement-settings.js';

/** How an attribute's value is written in a placement. */
type Kind =
  /** Present or absent: `steps`, `steps=ja`, `steps=nee`. */
  | 'flag'
  /** Words, separated by spaces or commas: `channels=emergency,police`. */
  | 'words'
  /** An https: address or a path on this site. */
  | 'url';

/** Each widget's public attributes, as its JSDoc documents them, and an id. */
export const PLACEMENT_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, Kind>>>> = PLACEMENT_SETTINGS;

/** More than a page can mean: a pasted list, or an attack. The rest stays text. */
export const MAX_PLACEMENTS = 20;

const OPEN = /\[mensenhandel(?=[\s\]])([^[\]]*)\]/i;
const CLOSE = /\[\/mensenhandel\]/i;
const MARK = /\[\/?mensenhandel/i;
/** Quotes as typed, and as WordPress's wptexturize and word processors curl them. */
const QUOTES = `"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb`;
const PART = new RegExp(`^([a-z][a-z-]*)(?:=(?:[${QUOTES}]([^${QUOTES}]*)[${QUOTES}]|([^\\s${QUOTES}]*)))?$`, 'i');
const TOKEN = /^[\p{L}\p{N}_.-]+$/u;
const YES = ['', 'ja', 'yes', 'true', 'aan', 'on'];
const NO = ['nee', 'no', 'false', 'uit', 'off'];
/** Text that is shown as code, edited, or not shown: a placement there is an example, not a widget. */
const NOT_HERE = 'script, style, template, textarea, noscript, code, pre, kbd, samp, title, [contenteditable]';

const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Splits `a=1 b="x y"` into its parts, keeping quoted spaces. */
function parts(text: string): string[] {
  return text.match(new RegExp(`[^\\s=${QUOTES}]+(?:=(?:[${QUOTES}][^${QUOTES}]*[${QUOTES}]|[^\\s${QUOTES}]*))?|\\S+`, 'g')) ?? [];
}

/** A value as the attribute takes it, or undefined when it may not be one. */
function attributeValue(kind: Kind, value: string | undefined): string | null | undefined {
  const given = (value ?? '').trim();
  if (kind === 'flag') {
    if (YES.includes(given.toLowerCase())) return '';
    return NO.includes(given.toLowerCase()) ? null : undefined;
  }
  if (kind === 'url') {
    // https: or a path on this site: never javascript:, data: or another scheme.
    return /^(https:\/\/[^\s/]+(\/\S*)?|\/(?!\/)\S*)$/i.test(given) && !/[<>"'`\\]/.test(given) ? given : undefined;
  }
  const words = given.split(/[\s,;]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => TOKEN.test(word)) ? words.join(' ') : undefined;
}

/** The widget a placement asks for, its attributes set; or a problem to report. */
function widgetFor(inside: string): { widget: HTMLElement; problems: string[] } | { problem: string } {
  const [name = '', ...rest] = parts(inside.trim());
  const tag = name.toLowerCase();
  const allowed = Object.hasOwn(PLACEMENT_ATTRIBUTES, tag) ? PLACEMENT_ATTRIBUTES[tag] : undefined;
  if (!allowed) {
    return { problem: `[mensenhandel ${quote(name)}] names no widget; it stays text. Widgets: ${Object.keys(PLACEMENT_ATTRIBUTES).join(', ')}.` };
  }
  const widget = document.createElement(tag);
  const problems: string[] = [];
  for (const part of rest) {
    const [, rawName = '', quoted, bare] = PART.exec(part) ?? [];
    const attribute = rawName.toLowerCase();
    const kind = Object.hasOwn(allowed, attribute) ? allowed[attribute] : undefined;
    const value = kind ? attributeValue(kind, quoted ?? bare) : undefined;
    if (value === undefined) {
      problems.push(
        kind
          ? `[mensenhandel ${tag}] ${quote(part)}: not a value ${attribute} can have; left out.`
          : `[mensenhandel ${tag}] ${quote(part)}: no such setting; left out. Settings: ${Object.keys(allowed).join(', ')}.`,
      );
    } else if (value !== null) {
      widget.setAttribute(attribute, value);
    }
  }
  return { widget, problems };
}

const blank = (node: Node) =>
  node.nodeType === Node.TEXT_NODE ? !node.textContent!.trim() : node.nodeName === 'BR';

/** Removes `element` if the placement left nothing in it but spaces and line breaks. */
function dropIfEmpty(element: Element | null): void {
  if (element && element.isConnected && [...element.childNodes].every(blank)) element.remove();
}

/** A range around the first match of `pattern` in `text` from `offset`. */
function rangeOf(text: Text, match: RegExpExecArray, offset: number): Range {
  const range = document.createRange();
  range.setStart(text, offset + match.index);
  range.setEnd(text, offset + match.index + match[0].length);
  return range;
}

/** The closing line after `opening`, before any other placement, within `region`. */
function closingAfter(opening: Range, region: Node): Range | undefined {
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  walker.currentNode = opening.endContainer;
  for (let node: Node | null = opening.endContainer; node; node = walker.nextNode()) {
    const text = node as Text;
    const from = node === opening.endContainer ? opening.endOffset : 0;
    const rest = text.data.slice(from);
    const close = CLOSE.exec(rest);
    const open = OPEN.exec(rest);
    if (close && (!open || close.index < open.index)) return rangeOf(text, close, from);
    if (open) return undefined;
  }
  return undefined;
}

/** The problems found since the last report; one warning per scan, none repeated. */
const said = new Set<string>();
function report(problems: string[]): void {
  const fresh = [...new Set(problems)].filter((problem) => !said.has(problem));
  if (fresh.length === 0) return;
  fresh.forEach((problem) => said.add(problem));
  const more = fresh.length > 3 ? ` (and ${fresh.length - 3} more)` : '';
  console.warn(`[mensenhandel-widgets] ${fresh.slice(0, 3).join(' ')}${more}`);
}

let placed = 0;

/** Turns the placement whose first line is `opening` into its widget. */
function place(opening: Range, problems: string[]): void {
  const made = widgetFor(OPEN.exec(opening.toString())?.[1] ?? '');
  if ('problem' in made) {
    problems.push(made.problem);
    return;
  }
  problems.push(...made.problems);
  placed += 1;
  const { widget } = made;
  const text = opening.startContainer as Text;
  const block = text.parentElement!.closest('p, h1, h2, h3, h4, h5, h6, li, td, th, blockquote, div, body')!;
  // A paragraph or heading that held only the placement gives way to the widget; a wrapper of the theme's stays.
  const ownBlock = /^(P|H[1-6])$/.test(block.nodeName);
  const closing = closingAfter(opening, ownBlock && block.parentNode ? block.parentNode : block);
  if (closing) {
    // What the editor wrote between the two lines: moved into the widget as its fallback.
    const between = document.createRange();
    between.setStart(opening.endContainer, opening.endOffset);
    between.setEnd(closing.startContainer, closing.startOffset);
    const fallback = between.extractContents();
    const closingBlock = closing.startContainer.parentElement;
    closing.deleteContents();
    if (closingBlock !== block) dropIfEmpty(closingBlock);
    while (fallback.firstChild && blank(fallback.firstChild)) fallback.firstChild.remove();
    while (fallback.lastChild && blank(fallback.lastChild)) fallback.lastChild.remove();
    [...fallback.children].forEach(dropIfEmpty);
    widget.append(fallback);
  }
  opening.deleteContents();
  if (ownBlock && block.parentNode && [...block.childNodes].every(blank)) {
    block.replaceWith(widget);
  } else {
    opening.insertNode(widget);
  }
}

const skip = (text: Text) => !text.parentElement || text.parentElement.closest(NOT_HERE) !== null;

/** Upgrades every placement in `root`, which must be connected to the page. */
export function upgradePlacements(root: Node): void {
  if (!MARK.test(root.textContent ?? '')) return;
  const problems: string[] = [];
  const openings: Range[] = [];
  let over = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE || !OPEN.test((node as Text).data) || skip(node as Text)) continue;
    for (const match of (node as Text).data.matchAll(new RegExp(OPEN.source, 'gi'))) {
      // Live ranges follow the page as placements change it; only as many as may become widgets.
      if (placed + openings.length < MAX_PLACEMENTS) openings.push(rangeOf(node as Text, match as RegExpExecArray, 0));
      else over += 1;
    }
  }
  for (const opening of openings) place(opening, problems);
  if (over > 0) problems.push(`More than ${MAX_PLACEMENTS} placements on this page; the rest stay text.`);
  report(problems);
}

const WATCHING = Symbol.for('mensenhandel-widgets.placements');

/**
 * Upgrades the page's placements now and those added later. One observer for the page, whatever
 * the number of copies of this script; it looks only at what was added, and only at its text.
 */
export function watchPlacements(): void {
  const page = document as Document & { [WATCHING]?: true };
  if (page[WATCHING]) return;
  page[WATCHING] = true;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.isConnected && MARK.test(node.textContent ?? '')) upgradePlacements(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  upgradePlacements(document.documentElement);
}
