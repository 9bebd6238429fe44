import { expect } from '@open-wc/testing';
import { telLinks, waitFor } from './helpers.js';
import { axeViolations, expectNoTrace, observed, openPartnerPage } from './partner.js';

/*
 * The partner's view: a page under Content-Security-Policy: default-src 'self' that copied
 * dist/cdn/ to a path of its own (/partner-site/assets/mh/) and added one script tag.
 */


const widget = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('report-cta')!;
const text = (frame: HTMLIFrameElement) => (widget(frame).shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('the CDN module on a partner page', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = await openPartnerPage('/partner-site/index.html');
    await waitFor(() => widget(frame).shadowRoot?.querySelector('a[href^="tel:"]'), 'widget did not render');
  });

  after(() => frame.remove());

  it('shows <report-cta> with working tel: links', () => {
    expect(telLinks(widget(frame))).to.deep.equal(['tel:112', 'tel:09008844', 'tel:08007000']);
    expect(text(frame)).to.contain('Mensenhandel melden');
  });

  it('passes axe on the partner page', async () => {
    expect(await axeViolations(frame, widget(frame))).to.deep.equal([]);
  });

  it("inherits the partner's font", () => {
    const heading = widget(frame).shadowRoot!.querySelector('h2')!;
    expect(getComputedStyle(heading).fontFamily).to.contain('Georgia');
  });

  it('hides the fallback text once the widget shows', () => {
    const fallback = widget(frame).querySelector('p')!;
    expect(fallback.getClientRects().length).to.equal(0);
  });

  it('loads a language from beside the module, wherever the site put it', async () => {
    frame.contentDocument!.documentElement.lang = 'en';
    await waitFor(() => text(frame).includes('Report human trafficking'), 'no English');
    const chunk = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .find((path) => /mensenhandel-widgets-en-.+\.js$/.test(path));
    expect(chunk).to.match(/^\/partner-site\/assets\/mh\//);
  });

  it("loads an element's code and texts only when its tag appears, also when added later", async () => {
    const win = frame.contentWindow!;
    const loaded = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    // The page is in English now: the checklist's own English texts are not loaded with the language.
    expect(loaded().some((path) => path.includes('checklist'))).to.equal(false);
    const main = frame.contentDocument!.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<signal-checklist perspective="other" forms="labour"></signal-checklist>');
    const checklist = main.querySelector('signal-checklist')!;
    await waitFor(() => checklist.shadowRoot?.querySelector('input[type="checkbox"]'), 'added checklist did not render');
    expect(checklist.shadowRoot!.textContent).to.contain('Recognising the signals');
    expect(loaded().some((path) => /^\/partner-site\/assets\/mh\/mensenhandel-widgets-signal-checklist-/.test(path))).to.equal(true);
    expect(loaded().some((path) => /^\/partner-site\/assets\/mh\/mensenhandel-widgets-en-signal-checklist-/.test(path))).to.equal(true);
    checklist.remove();
  });

  it('requests nothing from another origin, stores nothing, and breaks no CSP rule', () => {
    expectNoTrace(frame);
  });
});

describe('the CDN module on a page without widgets', () => {
  it('loads only itself until a widget appears, then the core beside the element, not after it', async () => {
    const frame = await openPartnerPage('/partner-site/template.html');
    try {
      const files = () =>
        (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.name.includes('/partner-site/assets/mh/'));
      const file = (name: RegExp) => files().find((entry) => name.test(entry.name))!;
      expect(files().map((entry) => new URL(entry.name).pathname)).to.deep.equal(['/partner-site/assets/mh/mensenhandel-widgets.js']);
      frame.contentDocument!.querySelector('main')!.insertAdjacentHTML('beforeend', '<report-cta></report-cta>');
      await waitFor(() => text(frame).includes('Bel 112'), 'added widget did not render');
      // Requested with the element's file, not once it had arrived: one round trip, not two, on a
      // slow line. Compared by when each was asked for: WebKit's clock counts whole milliseconds,
      // and a file from the cache arrives within the one it was asked for in.
      expect(file(/mensenhandel-widgets-core-/).startTime).to.be.at.most(file(/mensenhandel-widgets-report-cta-/).startTime);
      expectNoTrace(frame);
    } finally {
      frame.remove();
    }
  });
});

describe('the CDN module when its core file is missing', () => {
  it("keeps the partner's fallback text, says so once, and throws nothing", async () => {
    const frame = await openPartnerPage('/coreless-site/index.html');
    try {
      await waitFor(() => observed(frame).warn.length > 0, 'no warning', 8000);
      expect(observed(frame).warn).to.have.length(1);
      expect(observed(frame).warn[0]).to.contain('could not load <report-cta>');
      expect(widget(frame).shadowRoot).to.equal(null);
      expect(widget(frame).querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
      expect(widget(frame).textContent).to.contain('Bel 112');
      expect(observed(frame).errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('the CDN module when its language chunks are missing', () => {
  it('shows Dutch, with one warning, rather than a blank widget', async () => {
    const frame = await openPartnerPage('/broken-site/index.html');
    await waitFor(() => text(frame).includes('Mensenhandel melden'), 'widget did not render');
    frame.contentDocument!.documentElement.lang = 'en';
    await waitFor(() => observed(frame).warn.length > 0, 'no warning', 8000);
    await waitFor(() => text(frame).includes('Mensenhandel melden'));
    expect(text(frame)).to.contain('Bel 112');
    expect(observed(frame).warn).to.have.length(1);
    expect(observed(frame).warn[0]).to.contain('"en"');
    expect(observed(frame).errors).to.deep.equal([]);
    frame.remove();
  });
});
