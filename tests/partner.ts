import { expect } from '@open-wc/testing';

/*
 * Partner pages in an iframe, and what a visitor would notice of them. Leaving is watched the
 * same way in every engine (WebKit has no Navigation API): the test page frames only its own
 * origin (see framesStayHome in web-test-runner.config.mjs), so the browser stops a frame that
 * leaves for another site and reports the destination's origin to the test page.
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

/**
 * Records the origin of every site the page in `frame` tries to go to, until `stop()`. After
 * <quick-exit> leaves, the frame is stopped once the widget's own script is done, so the page
 * stays to be inspected in every engine (Chromium would show its "blocked" page instead).
 */
export function watchLeaving(frame: HTMLIFrameElement): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const record = (event: SecurityPolicyViolationEvent) => {
    if (event.violatedDirective === 'frame-src') seen.push(event.blockedURI);
  };
  const win = frame.contentWindow!;
  const page = frame.contentDocument!;
  const stay = () => queueMicrotask(() => win.stop());
  document.addEventListener('securitypolicyviolation', record);
  page.addEventListener('quick-exit-leave', stay);
  return {
    seen,
    stop: () => {
      document.removeEventListener('securitypolicyviolation', record);
      page.removeEventListener('quick-exit-leave', stay);
    },
  };
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
