import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/report-cta.js';
import type { ReportCta } from '../src/report-cta/report-cta.js';
import { CHANNELS } from '../src/report-cta/channels.js';
import { REPORT_STEPS } from '../src/report-cta/report-steps.js';
import { detailsOnActivation, focusForKeys, focusJustBefore, rendered, shownText, telLinks, warningsDuring, withPrintStyles } from './helpers.js';

const channelIds = (el: ReportCta) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-channel]')].map((li) => li.dataset.channel);

async function cta(template: ReturnType<typeof html>): Promise<ReportCta> {
  return rendered(await fixture<ReportCta>(template));
}

describe('<report-cta>', () => {
  it('shows 112 and the national numbers by default, as tel: links a caller in the Netherlands dials', async () => {
    const el = await cta(html`<report-cta></report-cta>`);
    expect(channelIds(el)).to.deep.equal(['emergency', 'police', 'anonymous', 'advice']);
    expect(telLinks(el)).to.deep.equal(['tel:112', 'tel:09008844', 'tel:08007000', 'tel:+31334481186']);
    const text = shownText(el);
    expect(text).to.contain('Bel 112');
    expect(text).to.contain('Bel 0900-8844');
    expect(text).to.contain('Bel 033 448 11 86');
    expect(text).to.contain('info@comensha.nl');
    expect(text).to.contain('9.00 tot 17.00');
  });

  it('shows the channels a partner names, in their order', async () => {
    const el = await cta(html`<report-cta channels="labour emergency"></report-cta>`);
    expect(channelIds(el)).to.deep.equal(['labour', 'emergency']);
    expect(telLinks(el)).to.deep.equal(['tel:08005151', 'tel:112']);
    // The Arbeidsinspectie's number from abroad is disputed between sources: none is shown.
    expect(shownText(el)).not.to.match(/\+31 70/);
  });

  it('drops unknown channels with one warning naming them', async () => {
    let el!: ReportCta;
    const warnings = await warningsDuring(async () => {
      el = await cta(html`<report-cta channels="police polities emergency"></report-cta>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(channelIds(el)).to.deep.equal(['police', 'emergency']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('channels').and.contain('"polities"').and.contain('emergency');
  });

  it('keeps the default channels when none is valid: help never disappears', async () => {
    const warnings = await warningsDuring(async () => {
      const el = await cta(html`<report-cta channels="nothing-valid"></report-cta>`);
      expect(channelIds(el)).to.deep.equal(['emergency', 'police', 'anonymous', 'advice']);
      const empty = await cta(html`<report-cta channels="   "></report-cta>`);
      expect(channelIds(empty)).to.deep.equal(['emergency', 'police', 'anonymous', 'advice']);
    });
    expect(warnings).to.have.length(1);
  });

  it('makes 112 stand out from the other channels', async () => {
    const el = await cta(html`<report-cta></report-cta>`);
    const [emergency, police] = el.shadowRoot!.querySelectorAll<HTMLElement>('a[part="call"]');
    const background = (a: HTMLElement) => getComputedStyle(a).backgroundColor;
    expect(background(emergency)).not.to.equal(background(police));
    expect(parseFloat(getComputedStyle(emergency).fontSize)).to.be.greaterThan(
      parseFloat(getComputedStyle(police).fontSize),
    );
    expect(emergency.closest('[part~="channel-emergency"]')).to.exist;
  });

  it('shows names and numbers only in the compact layout', async () => {
    const card = await cta(html`<report-cta></report-cta>`);
    const compact = await cta(html`<report-cta layout="compact"></report-cta>`);
    expect(telLinks(compact)).to.deep.equal(telLinks(card));
    expect(shownText(card)).to.contain('Geen spoed?');
    expect(shownText(compact)).not.to.contain('Geen spoed?');
    expect(compact.shadowRoot!.querySelector('a[href^="https:"]')).to.equal(null);
  });

  it('falls back to the card layout with a warning for an unknown layout', async () => {
    const warnings = await warningsDuring(async () => {
      const el = await cta(html`<report-cta layout="sidebar"></report-cta>`);
      expect(el.shadowRoot!.querySelector('section')!.className).to.equal('card');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('layout').and.contain('"sidebar"').and.contain('card, banner, compact');
  });

  it('uses the heading level the page needs', async () => {
    const el = await cta(html`<report-cta heading-level="3"></report-cta>`);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Mensenhandel melden');
    const warnings = await warningsDuring(async () => {
      const bad = await cta(html`<report-cta heading-level="7"></report-cta>`);
      expect(bad.shadowRoot!.querySelector('h2')).to.exist;
    });
    expect(warnings[0]).to.contain('heading-level');
  });

  it('follows attribute changes after the first render', async () => {
    const el = await cta(html`<report-cta></report-cta>`);
    el.setAttribute('channels', 'anonymous');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(channelIds(el)).to.deep.equal(['anonymous']);
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
  });

  it("shows the partner's own reporting point first", async () => {
    const el = await cta(html`<report-cta><p slot="local">Meldpunt Voorbeeld: <a href="tel:+31300000000">030 000 0000</a></p></report-cta>`);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="local"]')!;
    expect(slot.assignedElements()[0].textContent).to.contain('Meldpunt Voorbeeld');
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(slot.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('fires report-cta-select when a visitor activates a channel, without blocking the link', async () => {
    const el = await cta(html`<report-cta></report-cta>`);
    const calls = [
      ['a[href="tel:09008844"]', { channel: 'police', via: 'phone' }],
      ['a[href="https://www.politie.nl/"]', { channel: 'police', via: 'web' }],
      ['a[href="mailto:info@comensha.nl"]', { channel: 'advice', via: 'email' }],
    ] as const;
    const details = await detailsOnActivation(el.shadowRoot!, calls.map(([selector]) => selector), 'report-cta-select');
    expect(details).to.deep.equal(calls.map(([, detail]) => detail));
  });

  it('lets a keyboard user reach every link in reading order, 112 first', async () => {
    const el = await cta(html`<report-cta channels="emergency police"></report-cta>`);
    const leave = await focusJustBefore(el);
    const focused: (string | null)[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        focused.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? null);
      }
    } finally {
      leave();
    }
    expect(focused).to.deep.equal(['tel:112', 'tel:09008844', 'https://www.politie.nl/']);
  });

  for (const layout of ['card', 'banner', 'compact']) {
    it(`passes axe in the ${layout} layout`, async () => {
      const el = await cta(html`<report-cta layout=${layout} channels="emergency police anonymous labour advice"></report-cta>`);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<report-cta steps>: what happens after you report', () => {
  const toggle = (el: ReportCta) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="steps-toggle"]')!;
  const list = (el: ReportCta) => el.shadowRoot!.querySelector<HTMLOListElement>('[part="steps-list"]')!;
  const visible = (element: Element) => element.getClientRects().length > 0;

  it('is not there without the attribute', async () => {
    const el = await cta(html`<report-cta></report-cta>`);
    expect(el.shadowRoot!.querySelector('[part="steps"]')).to.equal(null);
  });

  it('opens and closes with the keyboard, and says whether it is open', async () => {
    const el = await cta(html`<report-cta steps channels="emergency"></report-cta>`);
    expect(toggle(el).textContent).to.contain('Wat gebeurt er als ik meld?');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(visible(list(el))).to.equal(false);
    await focusForKeys(el.shadowRoot!.querySelector<HTMLElement>('a[href="tel:112"]')!);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(visible(list(el))).to.equal(true);
    expect(list(el).tagName).to.equal('OL');
    expect([...list(el).children].map((li) => (li as HTMLElement).dataset.step)).to.deep.equal([
      'report',
      'interview',
      'reflection',
      'residence',
      'shelter',
    ]);
    expect(list(el).id).to.equal(toggle(el).getAttribute('aria-controls'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('passes axe closed and open', async () => {
    const el = await cta(html`<report-cta steps></report-cta>`);
    await expect(el).to.be.accessible();
    toggle(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('prints the steps even when closed', async () => {
    const el = await cta(html`<report-cta steps></report-cta>`);
    expect(visible(list(el))).to.equal(false);
    await withPrintStyles(el, () => expect(visible(list(el))).to.equal(true));
  });

  it('says what its sources say of shelter and residence, and for whom', async () => {
    const el = await cta(html`<report-cta steps></report-cta>`);
    const step = (id: string) => shownText(list(el).querySelector(`[data-step="${id}"]`)!);
    // CoMensha mediates and advises; it does not arrange shelter itself.
    expect(step('report')).to.contain('bemiddelt').and.contain('Meld Misdaad Anoniem').and.not.contain('regelt');
    expect(step('shelter')).to.contain('bemiddelt').and.contain('jeugdzorg').and.contain('maatschappelijke opvang');
    // The reflection period and the residence permit are not for EU, EEA and Swiss citizens.
    for (const id of ['reflection', 'residence']) {
      expect(step(id), id).to.contain('Europese Unie').and.contain('IJsland, Liechtenstein, Noorwegen').and.contain('Zwitserland');
    }
  });

  for (const step of REPORT_STEPS) {
    it(`step ${step.id} carries its source and the date it was checked`, () => {
      expect(step.source).to.match(/^https:\/\//);
      expect(step.verified).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });
  }
});

describe('report-cta channel data', () => {
  for (const channel of Object.values(CHANNELS)) {
    it(`${channel.id}: a dialable number from its contact record`, () => {
      const phone = channel.contact.channels.find((c) => c.type === 'phone');
      expect(phone?.value).to.match(/^(112|0[\d -]{6,12}\d)$/);
    });
  }
});
