import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focusForKeys } from './helpers.js';
import { axeViolations, openPartnerPage, watchLeaving } from './partner.js';

/*
 * The no-trace guarantee (docs/municipalities.md, "Privacy"): a partner page under
 * Content-Security-Policy: default-src 'self' with every widget, each one used, and two copies
 * of the library. Afterwards there is no cookie, nothing in any storage, no request but the
 * library's own files and the page's, and no CSP violation.
 *
 * A new widget: put it in tests/partner-site/all.html and say here how a visitor uses it.
 */

type PartnerWindow = Window & {
  observed: { violations: string[]; errors: string[]; error: string[] };
};

/** How a visitor uses each widget on the page. Links never navigate: the page stays to be inspected. */
const uses: Record<string, (widget: HTMLElement) => Promise<void>> = {
  'report-cta': async (widget) => {
    for (const link of widget.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')) link.click();
  },
  'signal-checklist': async (widget) => {
    // Each answer to "Gaat het om jezelf of om iemand anders?", then every box and link it shows.
    for (const choice of widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="perspective-choice"]')) {
      choice.click();
      await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      for (const box of widget.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
      for (const link of widget.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')) link.click();
    }
  },
  'help-orgs': async (widget) => {
    for (const select of widget.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')) {
      select.selectedIndex = select.options.length - 1;
      select.dispatchEvent(new Event('change'));
    }
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    for (const link of widget.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')) link.click();
  },
  'quick-exit': async (widget) => {
    if (widget.getAttribute('shortcut') !== 'none') {
      await focusForKeys(widget.ownerDocument.querySelector<HTMLInputElement>('input')!);
      for (let i = 0; i < 2; i++) await sendKeys({ press: 'Shift' });
      await waitUntil(() => widget.shadowRoot!.querySelector('[part="indicator"].on'), 'no shortcut progress');
    }
    widget.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="button"]')!.click();
  },
};

/** The library's own files (both copies), the page's own files, and the test server's reload script. */
const expectedFiles = [
  /^\/partner-site\/assets\/mh\/mensenhandel-widgets[\w-]*\.js$/,
  /^\/dist\/cdn\/mensenhandel-widgets[\w-]*\.js$/,
  /^\/partner-site\/(watch\.js|site\.css)$/,
  // The partner's own data, the one request <help-orgs> makes.
  /^\/tests\/fixtures\/partner-orgs\.json$/,
  /^\/__web-dev-server__web-socket\.js$/,
];

describe('the no-trace guarantee, on a partner page with every widget', () => {
  let frame: HTMLIFrameElement;
  let win: PartnerWindow;
  let requestsBeforeUse: string[];
  const used: string[] = [];
  let widgets: HTMLElement[];

  const requests = () => win.performance.getEntriesByType('resource').map((entry) => entry.name);

  before(async () => {
    frame = await openPartnerPage('/partner-site/all.html');
    win = frame.contentWindow as PartnerWindow;
    widgets = [...frame.contentDocument!.querySelectorAll<HTMLElement>(Object.keys(uses).join(','))];
    await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('[part~="base"]')), 'widgets did not render', {
      timeout: 5000,
    });
    // <help-orgs> has read the partner's data file: every request a page load makes is done.
    await waitUntil(() => frame.contentDocument!.querySelector('help-orgs')!.shadowRoot!.querySelector('[data-org="meldpunt-voorbeeld"]'), 'partner data not shown', { timeout: 5000 });
    // Resource timing entries arrive a little after the files themselves: wait until they settle.
    let seen = -1;
    await waitUntil(
      () => {
        const now = requests().length;
        const settled = now === seen;
        seen = now;
        return settled;
      },
      'requests did not settle',
      { interval: 250, timeout: 5000 },
    );
    requestsBeforeUse = requests();
    const navigation = watchLeaving(frame);
    const stay = (event: Event) => event.preventDefault();
    win.addEventListener('click', stay);
    try {
      for (const widget of widgets) {
        await uses[widget.localName](widget);
        used.push(widget.localName);
      }
    } finally {
      win.removeEventListener('click', stay);
      navigation.stop();
    }
  });

  after(() => frame.remove());

  it('has every widget on the page, and each was used', () => {
    expect(new Set(used)).to.deep.equal(new Set(Object.keys(uses)));
  });

  it('sets no cookie and writes nothing to web storage', () => {
    expect(frame.contentDocument!.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
  });

  it('creates no IndexedDB database and no Cache storage', async () => {
    if ('databases' in win.indexedDB) expect(await win.indexedDB.databases()).to.deep.equal([]);
    expect(await win.caches.keys()).to.deep.equal([]);
  });

  it("requests only the library's own files, and nothing while it is used", () => {
    const all = requests();
    expect(all.filter((url) => new URL(url).origin !== win.location.origin)).to.deep.equal([]);
    const paths = all.map((url) => new URL(url).pathname);
    expect(paths.filter((path) => !expectedFiles.some((file) => file.test(path)))).to.deep.equal([]);
    expect(all).to.deep.equal(requestsBeforeUse);
  });

  it('breaks no Content-Security-Policy rule and throws no error', () => {
    expect(win.observed.violations).to.deep.equal([]);
    expect(win.observed.errors).to.deep.equal([]);
    expect(win.observed.error).to.deep.equal([]);
  });

  // Last: axe is a script the page loads.
  it('passes axe, every widget', async function () {
    // axe itself is large and slow to load and run in Firefox on a busy machine.
    this.timeout(30000);
    // Back from the overlay quick-exit put up, as when the page returns from the back/forward cache.
    win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    for (const widget of widgets) {
      expect(await axeViolations(frame, widget), widget.localName).to.deep.equal([]);
    }
  });
});
