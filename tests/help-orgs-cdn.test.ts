import { expect } from '@open-wc/testing';
import { waitFor } from './helpers.js';
import { axeViolations, expectNoTrace, openPartnerPage } from './partner.js';

/*
 * <help-orgs> as a partner uses it: the CDN folder copied to a path of its own, a page under
 * Content-Security-Policy: default-src 'self', partner data inline and from a failing src.
 */

const ids = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-org]')].map((li) => li.dataset.org);
const tels = (el: Element) => [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));

describe('<help-orgs> from the CDN module on a partner page', () => {
  let frame: HTMLIFrameElement;
  const widget = (id: string) => frame.contentDocument!.getElementById(id)!;

  before(async () => {
    frame = await openPartnerPage('/partner-site/help-orgs.html');
    await waitFor(() => widget('all').shadowRoot?.querySelector('[data-org="meldpunt-voorbeeld"]'), 'no partner org');
    await waitFor(() => widget('failing').shadowRoot?.querySelector('[part="notice"]'), 'no notice');
  });

  after(() => frame.remove());

  it('shows at least eight organisations, CoMensha and Veilig Thuis as tel: links', () => {
    expect(ids(widget('all')).length).to.be.at.least(8);
    expect(tels(widget('all'))).to.include.members(['tel:112', 'tel:+31334481186', 'tel:08002000', 'tel:+31882220500']);
  });

  it("shows the partner's inline organisation first: its phone a link, its HTML text, its javascript: URL no link", () => {
    const card = widget('all').shadowRoot!.querySelector('[data-org="meldpunt-voorbeeld"]')!;
    expect(ids(widget('all'))[0]).to.equal('meldpunt-voorbeeld');
    expect([...card.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+31300000000']);
    expect(card.querySelector('em')).to.equal(null);
    expect(card.textContent).to.contain('Meldpunt <em>Voorbeeld</em>');
  });

  it('shows the Arbeidsinspectie and FairWork for labour exploitation, not Fier', () => {
    expect(ids(widget('labour'))).to.include.members(['arbeidsinspectie', 'fairwork']);
    expect(ids(widget('labour'))).not.to.include('fier');
  });

  it('keeps the built-in organisations when src fails', () => {
    expect(ids(widget('failing'))).to.include.members(['politie', 'comensha', 'veilig-thuis']);
    expect(tels(widget('failing'))[0]).to.equal('tel:112');
  });

  it('loads the partner-data validator from beside the module', () => {
    const chunk = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .find((path) => /mensenhandel-widgets-org-data-.+\.js$/.test(path));
    expect(chunk).to.match(/^\/partner-site\/assets\/mh\//);
  });

  it('passes axe, stores nothing, requests nothing from elsewhere and breaks no CSP rule', async function () {
    // axe over three widgets can be slow on a busy machine; it is no timing test.
    this.timeout(30_000);
    for (const id of ['all', 'labour', 'failing']) {
      expect(await axeViolations(frame, widget(id)), id).to.deep.equal([]);
    }
    expectNoTrace(frame);
  });
});

describe('<help-orgs> on a partner page whose partner-data validator is slow to arrive', () => {
  /** Where a page stands, for a failure message: the CI's fresh machines can be slow to load. */
  const progress = (frame: HTMLIFrameElement) => {
    const win = frame.contentWindow;
    const files = win?.performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop());
    return `document ${frame.contentDocument?.readyState}, <help-orgs> defined: ${Boolean(win?.customElements.get('help-orgs'))}, files arrived: ${files?.join(' ') || 'none'}`;
  };
  const within = (frame: HTMLIFrameElement, predicate: () => unknown, what: string) =>
    // Page load on a fresh CI machine has taken over 10 s in Firefox; what is tested is the order.
    waitFor(predicate, what, 30_000).catch(() => expect.fail(`${what} (${progress(frame)})`));

  it('shows the built-in help while it waits, then puts the partner organisation first', async function () {
    this.timeout(100_000);
    // The validator is held back until this test releases it (see web-test-runner.config.mjs).
    const site = `/slow-site-${Math.random().toString(36).slice(2)}`;
    // Not waiting for the load event: Firefox holds it until the validator has arrived.
    const frame = await openPartnerPage(`${site}/help-orgs.html`, { load: false });
    try {
      await within(frame, () => frame.contentDocument?.getElementById('all'), 'no page');
      const all = frame.contentDocument!.getElementById('all')!;
      await within(frame, () => all.shadowRoot && ids(all).length > 0, 'no help while the validator is on its way');
      expect(ids(all)).to.include.members(['politie', 'comensha']);
      expect(ids(all)).not.to.include('meldpunt-voorbeeld');
      expect(tels(all)[0]).to.equal('tel:112');
      await fetch(`${site}/release`);
      await within(frame, () => ids(all)[0] === 'meldpunt-voorbeeld', 'the partner organisation never came');
    } finally {
      frame.remove();
      await fetch(`${site}/release`);
    }
  });
});
