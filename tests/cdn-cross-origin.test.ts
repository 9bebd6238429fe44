import { expect } from '@open-wc/testing';
import { VERSION } from '../src/shared/version.js';
import { cspLine, moduleFolder, NPM_CDN, snippet } from '../stories/workbench/snippet.js';
import { waitFor } from './helpers.js';
import { observed, openPartnerPage } from './partner.js';

/*
 * The snippet block's second way to host: the module from a public npm CDN, the page on the
 * partner's own site. The test server stands in for the CDN under another name (localhost and
 * 127.0.0.1 are two origins), with the layout and the CORS header of jsDelivr. The page has
 * the Content-Security-Policy the block gives for that case.
 */

const cdn = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const { integrity } = (await (await fetch('/dist/sri.json')).json()) as { integrity: string };

describe('the CDN module from another origin than the page', () => {
  let frame: HTMLIFrameElement;
  const doc = () => frame.contentDocument!;
  const loaded = () =>
    frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name)).filter((url) => url.pathname.includes('mensenhandel-widgets'));

  before(async function () {
    this.timeout(20_000);
    const code = snippet({
      tag: 'report-cta',
      attributes: [],
      fallback: ['<p>In gevaar? Bel 112.</p>'],
      folder: moduleFolder('npm', '', VERSION).replace(NPM_CDN, cdn),
      integrity,
      noReferrer: true,
    });
    // Partner data stays on the partner's own site.
    const page = `${code}<help-orgs src="/tests/fixtures/partner-orgs.json" region="voorbeeld"></help-orgs>`;
    const csp = cspLine('npm').replace(NPM_CDN, cdn);
    frame = await openPartnerPage(`/snippet-site/?snippet=${encodeURIComponent(page)}&csp=${encodeURIComponent(csp)}`);
    await waitFor(() => doc().querySelector('report-cta')!.shadowRoot?.querySelector('a[href="tel:112"]'), 'no <report-cta>', 15_000);
    await waitFor(() => doc().querySelector('help-orgs')!.shadowRoot?.querySelector('[data-org="meldpunt-voorbeeld"]'), 'no partner data', 15_000);
  });

  after(() => frame.remove());

  it('loads the module and every chunk it needs from the CDN, checked against the integrity hash', () => {
    const files = loaded();
    expect(files.map((url) => url.origin)).to.deep.equal(files.map(() => cdn));
    const names = files.map((url) => url.pathname.split('/').pop());
    for (const chunk of ['core', 'report-cta', 'help-orgs', 'partner-data']) {
      expect(names.some((name) => name!.startsWith(`mensenhandel-widgets-${chunk}-`)), chunk).to.equal(true);
    }
    expect(doc().querySelector('script[type="module"]')!.getAttribute('integrity')).to.equal(integrity);
  });

  it('loads a language file from the CDN', async () => {
    doc().documentElement.lang = 'en';
    await waitFor(() => doc().querySelector('report-cta')!.shadowRoot!.textContent!.includes('Report human trafficking'), 'no English');
    const english = loaded().find((url) => /mensenhandel-widgets-en-.+\.js$/.test(url.pathname));
    expect(english?.origin).to.equal(cdn);
  });

  it('breaks nothing under the CSP for this case, and tells the CDN no page address', async () => {
    expect(observed(frame).violations).to.deep.equal([]);
    expect(observed(frame).errors).to.deep.equal([]);
    const referrers = (await (await fetch('/npm-cdn-referrers')).json()) as string[];
    expect(referrers.length).to.be.greaterThan(0);
    expect(referrers.filter(Boolean)).to.deep.equal([]);
  });
});
