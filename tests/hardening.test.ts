import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../src/index.js';
import { said } from '../src/shared/warn.js';
import { telLinks, waitFor, warningsDuring } from './helpers.js';

/*
 * Whatever a partner page does to a widget — any attribute text, any property value, in any
 * order, connected or not — it never throws and never goes blank, and where it shows help,
 * 112 and the national numbers stay on the screen. Seeded, so a failure can be replayed.
 */

const SEED = 20261127;
const RUNS = 200;

/** Strings a partner page, a CMS or an attacker may produce. */
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    '\u202e\u2066emergency',
    '\u200f112\u200e',
    '😀 police',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '   ',
    'x'.repeat(100_000),
  ),
);

interface ElementCase {
  tag: string;
  attributes: Record<string, fc.Arbitrary<string>>;
  properties: string[];
  /** The attributes that say, in a warning of their own, that a value is not valid. */
  warns: string[];
  /** The tel: links that must be there whatever happened. */
  help: (el: HTMLElement) => string[];
  /** Anything else that must hold whatever happened. */
  keeps?: (el: HTMLElement) => void;
}

const REPORT_CTA_DEFAULT_TELS = ['tel:112', 'tel:09008844', 'tel:08007000'];
const CHANNEL_TOKENS = ['emergency', 'police', 'anonymous', 'labour', 'advice'];

const cases: ElementCase[] = [
  {
    tag: 'report-cta',
    attributes: {
      channels: fc.oneof(hostileText, fc.array(fc.constantFrom(...CHANNEL_TOKENS, 'polities', '')).map((t) => t.join(' '))),
      layout: fc.oneof(hostileText, fc.constantFrom('card', 'banner', 'compact')),
      'heading-level': fc.oneof(hostileText, fc.integer({ min: -2, max: 9 }).map(String)),
      steps: hostileText,
      lang: fc.oneof(hostileText, fc.constantFrom('en', 'nl', 'pl-PL', 'EN_gb')),
      'language-picker': hostileText,
    },
    properties: ['channels', 'layout', 'headingLevel', 'steps', 'languagePicker'],
    warns: ['channels', 'layout', 'heading-level'],
    help: (el) => {
      // A partner may choose channels; when none is valid, the defaults (112 first) show.
      const chosen = (el.getAttribute('channels') ?? '').toLowerCase().split(/\s+/).filter((t) => CHANNEL_TOKENS.includes(t));
      return chosen.length === 0 ? REPORT_CTA_DEFAULT_TELS : chosen.includes('emergency') ? ['tel:112'] : [];
    },
  },
  {
    tag: 'help-orgs',
    attributes: {
      forms: fc.oneof(hostileText, fc.array(fc.constantFrom('sexual', 'labour', 'criminal', 'organ', 'x')).map((t) => t.join(' '))),
      audience: fc.oneof(hostileText, fc.array(fc.constantFrom('victim', 'bystander', 'professional', 'x')).map((t) => t.join(' '))),
      region: fc.oneof(hostileText, fc.constantFrom('twente', 'flevoland amsterdam')),
      orgs: fc.oneof(hostileText, fc.constantFrom('fier comensha', 'politie')),
      layout: fc.oneof(hostileText, fc.constantFrom('list', 'grid')),
      'heading-level': fc.oneof(hostileText, fc.integer({ min: -2, max: 9 }).map(String)),
      filterable: hostileText,
      mode: fc.oneof(hostileText, fc.constantFrom('merge', 'replace')),
      src: fc.oneof(hostileText, fc.constantFrom('/partner-data/404.json', '/tests/fixtures/partner-orgs.json')),
      for: hostileText,
      lang: fc.oneof(hostileText, fc.constantFrom('en', 'nl')),
    },
    properties: ['forms', 'audience', 'region', 'orgs', 'layout', 'headingLevel', 'filterable', 'mode', 'src', 'htmlFor'],
    warns: ['forms', 'audience', 'orgs', 'layout', 'heading-level', 'mode'],
    // 112 stays on top whatever is chosen or fails.
    help: () => ['tel:112'],
  },
  {
    tag: 'signal-checklist',
    attributes: {
      forms: fc.oneof(hostileText, fc.array(fc.constantFrom('sexual', 'labour', 'criminal', 'organ', 'x')).map((t) => t.join(' '))),
      audience: fc.oneof(hostileText, fc.constantFrom('public', 'professional')),
      perspective: fc.oneof(hostileText, fc.constantFrom('ask', 'self', 'other')),
      'heading-level': fc.oneof(hostileText, fc.integer({ min: -2, max: 9 }).map(String)),
      lang: fc.oneof(hostileText, fc.constantFrom('en', 'nl')),
      'language-picker': hostileText,
    },
    properties: ['forms', 'audience', 'perspective', 'headingLevel', 'checked', 'languagePicker'],
    warns: ['forms', 'audience', 'perspective', 'heading-level'],
    // Its next steps always hold 112, whatever is ticked or chosen (in self, when acute, on top of them).
    help: (el) => {
      const steps = el.shadowRoot!.querySelector('report-cta');
      const call112 = 'a[href="tel:112"]';
      return steps?.shadowRoot?.querySelector(call112) || el.shadowRoot!.querySelector(call112) ? [] : ['tel:112 in the next steps'];
    },
  },
  {
    tag: 'quick-exit',
    attributes: {
      href: fc.oneof(hostileText, fc.constantFrom('https://weer.nl/', 'http://weer.nl/', 'https://')),
      position: fc.oneof(hostileText, fc.constantFrom('fixed', 'inline')),
      shortcut: fc.oneof(hostileText, fc.constantFrom('shift', 'none')),
      'safety-href': fc.oneof(hostileText, fc.constant('https://www.voorbeeld.example/veilig')),
      lang: fc.oneof(hostileText, fc.constantFrom('en', 'nl')),
      'language-picker': hostileText,
    },
    properties: ['href', 'position', 'shortcut', 'safetyHref', 'languagePicker'],
    warns: ['href', 'position', 'shortcut', 'safety-href'],
    help: () => [],
    // The way out is always there, and only ever to an https: site.
    keeps: (el) => {
      const exit = el.shadowRoot!.querySelector('a[part="button"]');
      expect(exit?.getAttribute('href')).to.match(/^https:\/\/[^/]/);
    },
  },
];

type Operation =
  | { kind: 'attribute'; name: string; value: string }
  | { kind: 'remove'; name: string }
  | { kind: 'property'; name: string; value: unknown }
  | { kind: 'reconnect' };

function operations(element: ElementCase): fc.Arbitrary<Operation[]> {
  const names = Object.keys(element.attributes);
  const op: fc.Arbitrary<Operation> = fc.oneof(
    fc.constantFrom(...names).chain((name) =>
      element.attributes[name].map((value): Operation => ({ kind: 'attribute', name, value })),
    ),
    fc.constantFrom(...names).map((name): Operation => ({ kind: 'remove', name })),
    fc.record({
      kind: fc.constant('property' as const),
      name: fc.constantFrom(...element.properties),
      value: fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true }), hostileText),
    }),
    fc.constant<Operation>({ kind: 'reconnect' }),
  );
  return fc.array(op, { minLength: 1, maxLength: 8 });
}

function apply(el: HTMLElement, operation: Operation): void {
  switch (operation.kind) {
    case 'attribute':
      el.setAttribute(operation.name, operation.value);
      break;
    case 'remove':
      el.removeAttribute(operation.name);
      break;
    case 'property':
      (el as unknown as Record<string, unknown>)[operation.name] = operation.value;
      break;
    case 'reconnect':
      el.remove();
      document.body.append(el);
      break;
  }
}

/** Done updating, and showing content (a language may still be loading). */
const settled = async (el: HTMLElement) => {
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await waitFor(() => el.shadowRoot?.querySelector('[part~="base"]'), `<${el.localName}> did not render`);
};

describe('hardening: any attribute and property, in any order', () => {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const element of cases) {
    it(`<${element.tag}> never throws, never goes blank, and keeps its help (${RUNS} cases)`, async () => {
      await warningsDuring(() =>
        fc.assert(
          fc.asyncProperty(operations(element), async (ops) => {
            const el = document.createElement(element.tag);
            document.body.append(el);
            try {
              for (const operation of ops) apply(el, operation);
              if (!el.isConnected) document.body.append(el);
              await settled(el);
              expect(uncaught, 'uncaught errors').to.deep.equal([]);
              expect(el.shadowRoot!.querySelector('[part~="base"]'), 'rendered').to.exist;
              const shown = telLinks(el);
              for (const href of element.help(el)) expect(shown).to.include(href);
              element.keeps?.(el);
            } finally {
              el.remove();
            }
          }),
          { seed: SEED, numRuns: RUNS },
        ),
      );
    });

    it(`<${element.tag}> warns once for a bad value, not on every render`, async () => {
      const el = document.createElement(element.tag) as HTMLElement & { requestUpdate(): void };
      // warnOnce() says a message once per page; forgetting what it said lets this test see each
      // warning the widget gives, also one it would give again on every render.
      said.clear();
      const first = await warningsDuring(async () => {
        for (const name of element.warns) el.setAttribute(name, `bad-${element.tag}-value`);
        document.body.append(el);
        await settled(el);
      });
      for (const name of element.warns) {
        expect(first.filter((warning) => warning.includes(`<${element.tag}> ${name}`)), name).to.have.length(1);
      }
      said.clear();
      const later = await warningsDuring(async () => {
        for (let i = 0; i < 5; i++) {
          el.requestUpdate();
          await settled(el);
        }
      });
      el.remove();
      expect(later, 'warnings on a render with nothing changed').to.deep.equal([]);
    });
  }
});

describe('lifecycle', () => {
  for (const element of cases) {
    it(`<${element.tag}> created and removed 1,000 times, on the page and in a shadow root, leaves no listener behind`, async function () {
      // 2,000 widgets on a busy machine; no timing test.
      this.timeout(30_000);
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      // A checklist for <help-orgs for> to follow, on the page and in the shadow root: it listens
      // in the checklist's own shadow root.
      const checklists = [document.body, root].map((parent) => {
        const checklist = document.createElement('signal-checklist');
        checklist.id = 'checklist';
        parent.append(checklist);
        return checklist;
      });
      // Rendered, with its own <report-cta> in it, before the listeners are counted.
      for (const checklist of checklists) await waitFor(() => checklist.shadowRoot?.querySelector('report-cta'), 'no checklist');
      // Listeners on what outlives the element: the window, the document, a shadow root.
      const lasting = [window, Document.prototype, ShadowRoot.prototype];
      const add = lasting.map((target) => sinon.spy(target, 'addEventListener'));
      const remove = lasting.map((target) => sinon.spy(target, 'removeEventListener'));
      try {
        for (let i = 0; i < 1000; i++) {
          const el = document.createElement(element.tag);
          // <help-orgs for> watches its root for a checklist, and listens in the checklist's.
          el.setAttribute('for', 'checklist');
          (i % 2 ? root : document.body).append(el);
          if (i % 100 === 0 || i % 100 === 1) await settled(el);
          el.remove();
        }
      } finally {
        for (const spy of [...add, ...remove]) spy.restore();
        for (const checklist of checklists) checklist.remove();
        host.remove();
      }
      const calls = (spies: sinon.SinonSpy[]) =>
        spies.flatMap((spy) => spy.getCalls()).map((call) => `${(call.thisValue as object).constructor.name} ${String(call.args[0])}`);
      const active = new Map<string, number>();
      for (const key of calls(add)) active.set(key, (active.get(key) ?? 0) + 1);
      for (const key of calls(remove)) active.set(key, (active.get(key) ?? 0) - 1);
      expect([...active].filter(([, n]) => n !== 0)).to.deep.equal([]);
      if (element.tag === 'help-orgs') expect(active.has('ShadowRoot signal-checklist-change')).to.equal(true);
    });

    it(`<${element.tag}> works created by innerHTML, cloned, from a <template> and moved, 100 of each`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      host.innerHTML = `<${element.tag}></${element.tag}>`.repeat(100);
      const template = document.createElement('template');
      template.innerHTML = `<${element.tag}></${element.tag}>`;
      for (let i = 0; i < 100; i++) {
        host.append(host.firstElementChild!.cloneNode(true));
        host.append(document.importNode(template.content, true));
      }
      const other = document.createElement('section');
      document.body.append(other);
      for (const el of [...host.children].slice(0, 100)) other.append(el);
      const all = [...document.querySelectorAll<HTMLElement>(element.tag)];
      expect(all).to.have.length(300);
      await Promise.all(all.map(settled));
      for (const el of all) expect(el.shadowRoot!.querySelector('[part~="base"]')).to.exist;
      host.remove();
      other.remove();
    });
  }
});
