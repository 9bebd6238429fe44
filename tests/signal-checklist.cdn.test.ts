import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { expectNoTrace, openPartnerPage } from './partner.js';

/*
 * <signal-checklist> from the built CDN module on a partner page under
 * Content-Security-Policy: default-src 'self', as a municipality would copy it.
 */


describe('<signal-checklist> from the CDN module on a partner page', () => {
  let frame: HTMLIFrameElement;
  const checklist = (id: string) => frame.contentDocument!.getElementById(id)!;
  // Until its code has loaded beside the module, the element has no shadow root.
  const boxes = (id: string) => [...(checklist(id).shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
  const nextSteps = (id: string) => checklist(id).shadowRoot!.querySelector('report-cta')!.shadowRoot!;

  before(async () => {
    frame = await openPartnerPage('/partner-site/signal-checklist.html');
    await waitUntil(() => boxes('all').length > 0 && boxes('labour').length > 0, 'checklists did not render', {
      timeout: 5000,
    });
  });

  after(() => frame.remove());

  it('shows at least 25 signals by default, and fewer with forms="labour"', () => {
    expect(boxes('all').length).to.be.at.least(25);
    expect(boxes('labour').length).to.be.lessThan(boxes('all').length);
  });

  it('gives a several or acute level, a tel: next step and change events for three ticks', async () => {
    const el = checklist('all');
    let detail: { signals: string[]; level: string } | undefined;
    for (const id of ['depressed', 'lying', 'underpaid']) {
      const changed = oneEvent(el, 'signal-checklist-change');
      el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
      detail = (await changed).detail;
    }
    expect(detail!.signals).to.have.length(3);
    expect(['several', 'acute']).to.include(detail!.level);
    await waitUntil(() => nextSteps('all').querySelector('a[href="tel:09008844"]'), 'no tel: next step');
    // The built, minified template keeps the space between the count and the level, on screen
    // and in what a screen reader reads from the live region.
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[part~="summary"]')!;
    expect(summary.textContent!.trim()).to.match(/^Aangevinkt: 3\. \S/);
    expect(summary.innerText).to.match(/^Aangevinkt: 3\. \S/);
  });

  it('mentions huiselijk geweld in the caveat', () => {
    expect(checklist('all').shadowRoot!.querySelector('[part~="caveat"]')!.textContent).to.contain('huiselijk geweld');
  });

  it('asks first whom it is about, and speaks to the visitor after "Het gaat om mij"', async () => {
    const el = checklist('ask');
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="perspective-choice"]'), 'no question');
    expect(boxes('ask')).to.deep.equal([]);
    const [self] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="perspective-choice"]');
    // About the visitor, nothing reaches the page: the change is noticed in the shadow root only.
    const changed = oneEvent(el.shadowRoot!, 'signal-checklist-change');
    self.click();
    await changed;
    expect((el as HTMLElement & { summary: { perspective: string } }).summary.perspective).to.equal('self');
    await waitUntil(() => boxes('ask').length > 0, 'no signals after the answer');
    const root = el.shadowRoot!;
    expect(root.querySelector('input[value="no-id"]')!.closest('label')!.textContent).to.contain('Je moet je paspoort');
    expect(root.querySelector('[part~="safety"]')!.textContent).to.contain('recente gesprekken');
    expect(root.querySelector('[part~="help"] a[href="https://fairwork.nu/"]')).to.exist;
  });

  it('stores nothing, requests nothing from elsewhere and breaks no CSP rule', () => {
    expectNoTrace(frame);
  });
});
