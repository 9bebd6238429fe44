import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { telLinks, waitFor } from './helpers.js';
import { openPartnerPage } from './partner.js';

/*
 * The partner's view of hardening: on a page under a strict CSP that loads the CDN module twice,
 * hundreds of hostile attribute and property writes to every widget leave no uncaught error,
 * and every widget still shows its help.
 */

const SEED = 20261127;
const WRITES = 150;

const ATTRIBUTES: Record<string, string[]> = {
  'report-cta': ['channels', 'layout', 'heading-level', 'steps', 'lang', 'language-picker'],
  'signal-checklist': ['forms', 'audience', 'perspective', 'heading-level', 'lang', 'language-picker'],
  'help-orgs': ['forms', 'audience', 'region', 'orgs', 'layout', 'heading-level', 'filterable', 'mode', 'for', 'lang'],
  'quick-exit': ['href', 'position', 'shortcut', 'safety-href', 'lang'],
};
const PROPERTIES: Record<string, string[]> = {
  'report-cta': ['channels', 'layout', 'headingLevel', 'steps'],
  'signal-checklist': ['forms', 'audience', 'perspective', 'headingLevel', 'checked'],
  'help-orgs': ['forms', 'audience', 'region', 'orgs', 'layout', 'mode'],
  'quick-exit': ['href', 'position', 'shortcut', 'safetyHref'],
};

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '\u202e112', '😀', 'x'.repeat(50_000), 'en', 'ar'),
);

/** What each widget must still show: its way to help. */
const help: Record<string, (root: ShadowRoot) => boolean> = {
  'report-cta': (root) => telLinks(root).length > 0,
  // In self, when acute, 112 is on top of the next steps instead of in them.
  'signal-checklist': (root) =>
    Boolean(root.querySelector('a[href="tel:112"]') ?? root.querySelector('report-cta')?.shadowRoot?.querySelector('a[href="tel:112"]')),
  'help-orgs': (root) => Boolean(root.querySelector('a[href="tel:112"]')),
  'quick-exit': (root) => (root.querySelector<HTMLAnchorElement>('a[part="button"]')?.href ?? '').startsWith('https:'),
};

describe('hostile writes on a partner page (CDN module loaded twice, strict CSP)', () => {
  it(`${WRITES} writes to every widget: no uncaught error, help still shown`, async function () {
    this.timeout(60_000);
    const frame = await openPartnerPage('/partner-site/all.html');
    try {
      const doc = frame.contentDocument!;
      const widgets = Object.keys(ATTRIBUTES).map((tag) => doc.querySelector<HTMLElement>(tag)!);
      await waitFor(() => widgets.every((w) => w.shadowRoot?.querySelector('[part~="base"]')), 'widgets did not render', 10_000);
      const writes = fc.sample(
        fc.tuple(fc.constantFrom(...widgets), fc.boolean(), fc.nat(), fc.oneof(hostile, fc.anything({ withNullPrototype: true }))),
        { seed: SEED, numRuns: WRITES * widgets.length },
      );
      for (const [widget, asAttribute, pick, value] of writes) {
        if (asAttribute) {
          const names = ATTRIBUTES[widget.localName];
          widget.setAttribute(names[pick % names.length], typeof value === 'string' ? value : 'x');
        } else {
          const names = PROPERTIES[widget.localName];
          (widget as unknown as Record<string, unknown>)[names[pick % names.length]] = value;
        }
      }
      // Back to a language the page has, then let every widget settle.
      for (const widget of widgets) widget.removeAttribute('lang');
      await waitFor(
        () => widgets.every((w) => w.shadowRoot!.querySelector('[part~="base"]') && help[w.localName](w.shadowRoot!)),
        `a widget lost its help: ${widgets.filter((w) => !help[w.localName](w.shadowRoot!)).map((w) => w.localName)}`,
        10_000,
      );
      const observed = (frame.contentWindow as unknown as { observed: { errors: string[]; error: string[]; violations: string[] } }).observed;
      expect(observed.errors).to.deep.equal([]);
      expect(observed.error).to.deep.equal([]);
      expect(observed.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
