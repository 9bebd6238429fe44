import { shadowTree, waitFor } from './helpers.js';
import { openPartnerPage } from './partner.js';

/*
 * What the WCAG tests (tests/wcag.test.ts, tests/reflow.test.ts) measure inside the widgets,
 * across every shadow root (a checklist holds a <report-cta> of its own).
 */

/** Every element in `roots` and in the shadow roots below them, in document order. */
export const deepElements = (...roots: ParentNode[]) => roots.flatMap((root) => [...shadowTree(root)]);

/** Elements a visitor can see (laid out, not the visually hidden text for screen readers). */
export const shown = (element: Element) =>
  element.getClientRects().length > 0 && !element.closest('.visually-hidden') && getComputedStyle(element).visibility !== 'hidden';

/** What a pointer or the keyboard can activate: links, buttons, form fields, disclosures. */
export const interactive = (elements: Element[]) =>
  elements.filter((e) => e.matches('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])') && shown(e));

/**
 * Elements whose text does not fit their box: cut off (overflow hidden) or running over what
 * follows. The visually hidden text for screen readers is cut off on purpose. An element with
 * `content-visibility: auto` (<help-orgs>'s cards) has an estimated height while off screen and
 * its real one once near it: its content is measured, not its box.
 */
export function overflowing(elements: Element[]): string[] {
  return elements
    .filter((e) => shown(e) && e.clientHeight > 0 && e.textContent!.trim() && getComputedStyle(e).contentVisibility !== 'auto')
    .filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
    .map((e) => `<${e.localName}${e.getAttribute('part') ? ` part="${e.getAttribute('part')}"` : ''}> ${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight}: "${e.textContent!.trim().slice(0, 40)}"`);
}

export const TAGS = ['report-cta', 'signal-checklist', 'help-orgs', 'quick-exit'] as const;

/**
 * The partner page with every widget (tests/partner-site/all.html, a fixed <quick-exit> first
 * in <body>) in a frame `width` CSS px wide, in `locale`, each widget at its fullest: the
 * checklist's self-check with help for victims of two forms and 112 on top, <report-cta>'s steps
 * and language menu, <help-orgs> with filters.
 */
export async function openAllWidgets(
  width: number,
  locale = 'nl',
  { fontSize = '100%', height = 1200 } = {},
): Promise<{ frame: HTMLIFrameElement; doc: Document; widgets: HTMLElement[] }> {
  const frame = await openPartnerPage('/partner-site/all.html');
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = `${height}px`;
  const doc = frame.contentDocument!;
  doc.documentElement.style.fontSize = fontSize;
  doc.documentElement.lang = locale;
  const widgets = TAGS.map((tag) => doc.querySelector<HTMLElement>(tag)!);
  widgets[0].setAttribute('steps', '');
  widgets[0].setAttribute('language-picker', '');
  await waitFor(() => widgets.every((w) => w.shadowRoot?.querySelector(`[part~="base"][lang="${locale}"]`)), 'widgets did not render', 10_000);
  const checklist = widgets[1] as HTMLElement & { checked: string[]; updateComplete: Promise<unknown> };
  checklist.shadowRoot!.querySelector<HTMLButtonElement>('[part~="perspective-choice"]')!.click();
  checklist.checked = ['not-free', 'underpaid', 'nude-blackmail'];
  await checklist.updateComplete;
  await waitFor(() => checklist.shadowRoot!.querySelector('[part~="help"] a[href="https://chatmetfier.nl/"]'), 'no self-check');
  return { frame, doc, widgets };
}

/** The sRGB channels of a computed colour (`rgb(…)`/`rgba(…)`), and its alpha. */
function channels(color: string): [number, number, number, number] {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
}

/** WCAG's contrast ratio of two opaque computed colours. */
export function contrast(one: string, other: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = channels(color)
      .slice(0, 3)
      .map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour behind an element: the first opaque background of it or an ancestor, across shadow roots. */
export function backgroundBehind(element: Element): string {
  for (let e: Element | null = element; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null)) {
    const color = getComputedStyle(e).backgroundColor;
    if (channels(color)[3] === 1) return color;
  }
  return 'rgb(255, 255, 255)';
}
