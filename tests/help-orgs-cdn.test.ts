import { expect } from '@open-wc/testing';
import { telLinks, waitFor } from './helpers.js';
import { axeViolations, expectNoTrace, openPartnerPage } from './partner.js';

/*
 * <help-orgs> as a partner uses it: the CDN folder copied to a path of its own, a page under
 * Content-Security-Policy: default-src 'self', partner data inline and from a failing src.
 */

const ids = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-org]')].map((li) => li.dataset.org);

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
    expect(telLinks(widget('all'))).to.include.members(['tel:112', 'tel:+31334481186', 'tel:08002000', 'tel:+31882220500']);
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
    expect(telLinks(widget('failing'))[0]).to.equal('tel:112');
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

describe('<help-orgs> from the CDN module: the partner-data checks', () => {
  it('are loaded only once a widget has partner data', async () => {
    const frame = await openPartnerPage('/partner-site/template.html');
    try {
      const checks = () =>
        frame.contentWindow!.performance
          .getEntriesByType('resource')
          .filter((entry) => /\/mensenhandel-widgets-partner-data-[\w-]+\.js$/.test(entry.name));
      const main = frame.contentDocument!.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<help-orgs id="plain"></help-orgs>');
      const plain = frame.contentDocument!.getElementById('plain')!;
      await waitFor(() => plain.shadowRoot?.querySelector('[data-org="comensha"]'), 'built-in organisations not shown');
      expect(checks()).to.have.length(0);

      main.insertAdjacentHTML(
        'beforeend',
        `<help-orgs id="partner"><script type="application/json">${JSON.stringify({
          orgs: [{ id: 'eigen', name: 'Eigen meldpunt', description: 'Hulp in de regio.', forms: ['labour'], audiences: ['victim'], website: 'https://eigen.example/' }],
        })}</script></help-orgs>`,
      );
      const partner = frame.contentDocument!.getElementById('partner')!;
      await waitFor(() => partner.shadowRoot?.querySelector('[data-org="eigen"]'), 'partner organisation not shown');
      expect(checks()).to.have.length(1);
      expect(ids(partner)[0]).to.equal('eigen');
    } finally {
      frame.remove();
    }
  });
});
