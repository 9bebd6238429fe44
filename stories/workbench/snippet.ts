/*
 * The HTML a partner pastes: the module's script tag, the element with the chosen attributes,
 * and a fallback text read from the widget as the story shows it, so its numbers and language
 * are the widget's own (written once, in src/). Pure functions: nothing leaves the browser.
 */

export type Hosting = 'own' | 'npm';

/** The public npm CDN for a CMS that cannot upload script files: exact version, CORS, immutable. */
export const NPM_CDN = 'https://cdn.jsdelivr.net';

/** The folder the module is loaded from, ending in '/'. */
export function moduleFolder(hosting: Hosting, ownPath: string, version: string): string {
  if (hosting === 'npm') return `${NPM_CDN}/npm/mensenhandel-widgets@${version}/dist/cdn/`;
  const path = ownPath.trim() || '/';
  return path.endsWith('/') ? path : `${path}/`;
}

/** The Content-Security-Policy a page needs for the widgets, where the module comes from. */
export function cspLine(hosting: Hosting): string {
  return hosting === 'npm' ? `default-src 'self'; script-src 'self' ${NPM_CDN}` : "default-src 'self'";
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export interface SnippetParts {
  tag: string;
  attributes: readonly (readonly [string, string])[];
  /** The fallback content, as HTML lines. */
  fallback: readonly string[];
  folder: string;
  integrity?: string;
  /** No Referer to a CDN: it would tell the CDN which page a visitor reads. */
  noReferrer?: boolean;
}

export function snippet({ tag, attributes, fallback, folder, integrity, noReferrer }: SnippetParts): string {
  const script = [
    `<script type="module" src="${escapeHtml(`${folder}mensenhandel-widgets.js`)}"`,
    integrity ? ` integrity="${escapeHtml(integrity)}"` : '',
    noReferrer ? ' referrerpolicy="no-referrer"' : '',
    '></script>',
  ].join('');
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  return [script, '', `<${tag}${attrs}>`, ...fallback.map((line) => `  ${line}`), `</${tag}>`, ''].join('\n');
}

/** Every element under `root`, inside nested shadow roots too (a checklist's <report-cta>). */
function* deep(root: ParentNode, selector: string): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(selector)) yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot, selector);
  }
}

/**
 * A node's text with its `tel:` links: as HTML with the links kept (the HTML form), or as plain
 * text (a placement, which a CMS keeps as text only).
 */
function lineOf(nodes: Iterable<Node>, html: boolean): string {
  const text = (node: Node) => (html ? escapeHtml(node.textContent ?? '') : (node.textContent ?? ''));
  const parts = [...nodes].map((node): string => {
    if (html && node instanceof Element && node.matches('a[href^="tel:"]')) {
      return `<a href="${escapeHtml(node.getAttribute('href')!)}">${text(node)}</a>`;
    }
    // Text and elements; not the comments Lit marks its parts with.
    if (node instanceof Element) return lineOf(node.childNodes, html);
    return node instanceof Text ? text(node) : '';
  });
  return clean(parts.join(''));
}

/** The line of a phone link: what it is for, with its number to call. */
function phoneLine(link: Element, html: boolean): string {
  // Under a closed line, "Nu wel bereikbaar, dag en nacht: 112 · Veilig Thuis 0800-2000 (…)": the whole line.
  const reachable = link.closest('[part~="reachable"]');
  if (reachable) return lineOf([reachable], html);
  const card = link.closest('[part~="org"], [part~="channel"]');
  const name = card?.querySelector('[part~="name"], .name');
  if (card) return name ? `${lineOf([name], html)}: ${lineOf([link], html)}` : lineOf([link], html);
  const sentence = link.closest('p');
  if (!sentence) return lineOf([link], html);
  const around = clean([...sentence.childNodes].filter((node) => node !== link).map((node) => node.textContent).join(' '));
  const number = clean(link.textContent).replace(/^\D+/, '');
  // "Is er nu gevaar? Bel meteen 112." already names the number: as text, the sentence alone.
  return !html && around.includes(number) ? around : lineOf([sentence], html);
}

/**
 * What a widget shows that its fallback repeats: its heading and a line per phone number. As
 * HTML (`html`), each number is a `tel:` link as in the widget, so a visitor on a slow line can
 * call before the script has arrived.
 */
function fallbackLines(root: ShadowRoot, html: boolean): { heading: string; lines: string[] } {
  const heading = root.querySelector('#heading');
  return {
    heading: heading ? lineOf([heading], html) : '',
    lines: [...new Set([...deep(root, 'a[href^="tel:"]')].map((link) => phoneLine(link, html)))],
  };
}

/**
 * The fallback content for `widget` as it is rendered: its heading and every phone number it
 * shows as a link to call, or for <quick-exit> its link; shown before the script runs and if it
 * never does.
 */
export function fallbackOf(widget: HTMLElement): string[] {
  const root = widget.shadowRoot;
  if (!root) return [];
  const exit = root.querySelector<HTMLAnchorElement>('a[part~="button"]');
  if (widget.localName === 'quick-exit' && exit) {
    return [`<a href="${escapeHtml(exit.getAttribute('href') ?? '')}" rel="noreferrer">${escapeHtml(clean(exit.firstChild?.textContent))}</a>`];
  }
  const { heading, lines } = fallbackLines(root, true);
  // Arabic on a Dutch page: the page's direction would apply to the fallback text.
  const dir = root.querySelector('[part~="base"]')?.getAttribute('dir') === 'rtl' ? ' dir="rtl"' : '';
  return [
    ...(heading ? [`<p${dir}>${heading}</p>`] : []),
    ...(lines.length ? [`<ul${dir}>`, ...lines.map((line) => `  <li>${line}</li>`), '</ul>'] : []),
  ];
}

/**
 * The same widget as a web editor types it in a CMS (docs/cms.md): a line that names it with its
 * settings (lists with commas, so no quotes that a CMS might curl), the fallback as lines of
 * text, a closing line. A <quick-exit>'s fallback is a link, which text cannot be: none.
 */
export function placement(tag: string, attributes: readonly (readonly [string, string])[], widget: HTMLElement): string {
  const settings = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}=${value.trim().split(/\s+/).join(',')}`));
  const { heading, lines } = widget.shadowRoot && tag !== 'quick-exit' ? fallbackLines(widget.shadowRoot, false) : { heading: '', lines: [] };
  return [`[mensenhandel ${tag}${settings.join('')}]`, ...(heading ? [heading] : []), ...lines, '[/mensenhandel]', ''].join('\n');
}

/** The line the theme adds once, in <head>, for placements. */
export const cmsScript = (folder: string, noReferrer = false): string =>
  `<script type="module" src="${escapeHtml(`${folder}mensenhandel-widgets-cms.js`)}"${noReferrer ? ' referrerpolicy="no-referrer"' : ''}></script>`;
