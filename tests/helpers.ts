import { expect, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';

/** The text a visitor reads in a widget, white space folded. */
export function shownText(element: Element): string {
  const root = element.shadowRoot ?? element;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The `tel:` links a widget shows for its channels, in order, as their href: in its shadow root,
 * or in `root` itself (a card, a shadow root, an element without one). Not the day-and-night line
 * under a line that is not open now, which depends on the clock.
 */
export function telLinks(root: ParentNode): string[] {
  const scope = (root as Element).shadowRoot ?? root;
  return [...scope.querySelectorAll(CHANNEL_CALLS)].map((a) => a.getAttribute('href')!);
}

/** Every element in a widget's shadow tree, nested widgets (a checklist's <report-cta>) too. */
export function* shadowTree(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* shadowTree(el.shadowRoot);
  }
}

/**
 * The call links of a widget's channels: not those of the day-and-night line under a line that
 * is not open now (its part is `reachable`), which depends on the clock.
 */
export const CHANNEL_CALLS = 'a[href^="tel:"]:not([part~="reachable"] a)';

/** A valid partner record, to vary field by field. */
export const partnerRecord = {
  id: 'voorbeeld',
  name: 'Meldpunt Voorbeeld',
  description: 'Voor vragen en meldingen.',
  forms: ['labour'],
  audiences: ['victim'],
  website: 'https://voorbeeld.example/',
};

/** Waits until the widget has rendered its content (its language is loaded). */
export async function rendered<T extends Element>(element: T): Promise<T> {
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="base"]'), 'widget did not render', {
    timeout: 5000,
  });
  return element;
}

/** Collects console.warn calls while `run` runs. */
export async function warningsDuring(run: () => unknown): Promise<string[]> {
  const warn = sinon.stub(console, 'warn');
  try {
    await run();
  } finally {
    warn.restore();
  }
  return warn.getCalls().map((call) => call.args.map(String).join(' '));
}

/** waitUntil with room for a busy CI machine: a real failure still fails, only later. */
export function waitFor(predicate: () => unknown, message?: string, timeout = 5000): Promise<void> {
  return waitUntil(predicate, message, { timeout });
}

/**
 * Clicks each link in `root` and returns the `eventName` detail each click fired, checking the
 * widget never blocks the link (the test itself keeps the page from navigating).
 */
export async function detailsOnActivation(
  root: ParentNode,
  selectors: readonly string[],
  eventName: string,
): Promise<unknown[]> {
  const stopNavigation = (event: Event) => {
    expect(event.defaultPrevented, 'the widget must not block the link').to.equal(false);
    event.preventDefault();
  };
  window.addEventListener('click', stopNavigation);
  try {
    const details: unknown[] = [];
    for (const selector of selectors) {
      setTimeout(() => root.querySelector<HTMLElement>(selector)!.click());
      const event = (await oneEvent(document.body, eventName)) as CustomEvent;
      expect(event.composed, `${eventName} is composed`).to.equal(true);
      details.push(event.detail);
    }
    return details;
  } finally {
    window.removeEventListener('click', stopNavigation);
  }
}

/**
 * Runs `check` with the widget's print styles in force on screen: its `@media print` rules are
 * switched to `all` for the time being. Print emulation exists only in Chromium's DevTools
 * protocol; this works in every engine, and the widgets have no screen-only rules to switch off.
 */
export async function withPrintStyles(element: Element, check: () => unknown): Promise<void> {
  const printRules = element
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
  expect(printRules, 'the widget has print styles').not.to.be.empty;
  for (const rule of printRules) rule.media.mediaText = 'all';
  try {
    await check();
  } finally {
    for (const rule of printRules) rule.media.mediaText = 'print';
  }
}

/**
 * Moves the focus to `element` for the keys a test sends next, and waits for the next frame, as
 * a visitor's key always comes later than that. WebKitGTK under WebDriver can drop a key sent
 * before the frame: late in a run (after 800 key presses) 15 of 270 ArrowDown presses on a
 * just-focused <select> changed nothing, and none of 420 with the frame.
 */
export async function focusForKeys(element: HTMLElement): Promise<void> {
  element.focus();
  await nextFrame();
}

/** Puts the focus just before `el`, as a keyboard user arriving from the page; returns the clean-up. */
export async function focusJustBefore(el: HTMLElement): Promise<() => void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  await focusForKeys(before);
  return () => before.remove();
}

/** Presses or releases a key, or both, in every engine (see keyPlugin in scripts/webkit.mjs). */
const key = (name: string, action: 'down' | 'up' | 'press') => executeServerCommand('key', { key: name, action });

/** Holds Shift down while `run` runs. */
export async function withShiftHeld(run: () => unknown): Promise<void> {
  await key('Shift', 'down');
  try {
    await run();
  } finally {
    await key('Shift', 'up');
  }
}

/** Presses `name` with Shift held down, as a visitor types a capital or Shift+Tab. */
export const pressWithShift = (name: string) => withShiftHeld(() => key(name, 'press'));
