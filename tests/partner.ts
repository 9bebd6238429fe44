import { expect } from '@open-wc/testing';

/*
 * Partner pages in an iframe, and the browser's own view of a navigation. Tests watch leaving
 * through the Navigation API's `navigate` event (Chromium and Firefox): it names the
 * destination and whether the history entry is pushed or replaced, and cancelling it keeps the
 * test page where it is.
 */

/** Opens a page (see the partner-site middleware in web-test-runner.config.mjs) in an iframe, once it has loaded. */
export async function openPartnerPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

export interface SeenNavigation {
  url: string;
  /** `replace` when the page replaced its history entry, `push` for an ordinary link. */
  type: string;
}

interface NavigateEvent extends Event {
  navigationType: string;
  destination: { url: string };
}
type WithNavigation = Window & { navigation: EventTarget };

/** Records and cancels every navigation of `win` until `stop()`. */
export function watchNavigation(win: Window = window): { seen: SeenNavigation[]; stop: () => void } {
  const seen: SeenNavigation[] = [];
  const navigation = (win as WithNavigation).navigation;
  const onNavigate = (event: Event) => {
    const { destination, navigationType } = event as NavigateEvent;
    seen.push({ url: destination.url, type: navigationType });
    event.preventDefault();
  };
  navigation.addEventListener('navigate', onNavigate);
  return { seen, stop: () => navigation.removeEventListener('navigate', onNavigate) };
}

/**
 * axe's violations for `element` on a partner page. axe runs inside the page (a same-origin
 * script, allowed by its CSP), so it sees the page as a visitor's browser does.
 */
export async function axeViolations(frame: HTMLIFrameElement, element: Element): Promise<string[]> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  doc.head.append(script);
  await loaded;
  try {
    const axe = (frame.contentWindow as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(element);
    if (results.passes.length === 0) return ['axe checked nothing'];
    return results.violations.map((v) => `${v.id}: ${v.help}`);
  } finally {
    script.remove();
  }
}

/** What tests/partner-site/watch.js records on a partner page. */
export interface Observed {
  violations: string[];
  errors: string[];
  error: string[];
  warn: string[];
}

export const observed = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & { observed: Observed }).observed;

/**
 * The no-trace promise as a partner page sees it: no request to another origin, no cookie, no
 * web storage, no CSP violation, no error.
 */
export function expectNoTrace(frame: HTMLIFrameElement): void {
  const win = frame.contentWindow!;
  const foreign = win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin !== win.location.origin);
  expect(foreign, 'requests to another origin').to.deep.equal([]);
  expect(frame.contentDocument!.cookie).to.equal('');
  expect(win.localStorage.length + win.sessionStorage.length, 'web storage').to.equal(0);
  expect(observed(frame).violations).to.deep.equal([]);
  expect(observed(frame).errors).to.deep.equal([]);
  expect(observed(frame).error).to.deep.equal([]);
}
