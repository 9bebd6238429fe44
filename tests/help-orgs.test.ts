import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define/help-orgs.js';
import { HelpOrgs, type HelpOrgsErrorDetail } from '../src/help-orgs/help-orgs.js';
import { detailsOnActivation, focusForKeys, rendered, shownText, telLinks, warningsDuring, withPrintStyles } from './helpers.js';

const PARTNER_FILE = '/tests/fixtures/partner-orgs.json';

const orgIds = (el: HelpOrgs) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-org]')].map((li) => li.dataset.org);
const hrefs = (el: Element) => [...(el.shadowRoot ?? el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
const card = (el: HelpOrgs, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-org="${id}"]`)!;
const notice = (el: HelpOrgs) => el.shadowRoot!.querySelector('[part="notice"]');

async function orgs(template: ReturnType<typeof html>): Promise<HelpOrgs> {
  return rendered(await fixture<HelpOrgs>(template));
}

/** Partner data as a page would write it inline. */
function inline(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  return script;
}

async function withInline(data: unknown, attributes: Record<string, string> = {}): Promise<HelpOrgs> {
  const el = document.createElement('help-orgs');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(inline(data));
  await orgs(html`${el}`);
  return partnerDataRead(el);
}

/** Waits until the widget has read its inline partner data and drawn it. */
async function partnerDataRead(el: HelpOrgs): Promise<HelpOrgs> {
  await nextFrame();
  await el.updateComplete;
  return el;
}

const partnerOrg = {
  id: 'meldpunt-voorbeeld',
  name: '<img src=x onerror="window.hacked=1">Meldpunt <b>Voorbeeld</b>',
  description: 'Voor vragen en meldingen in de regio.',
  forms: ['sexual', 'labour'],
  audiences: ['victim', 'bystander'],
  website: 'javascript:alert(1)',
  channels: [
    { type: 'phone', value: '030 000 0000' },
    { type: 'web', value: 'data:text/html,<script>alert(1)</script>' },
    { type: 'chat', value: 'http://voorbeeld.example/chat' },
  ],
};

describe('<help-orgs>', () => {
  it('shows 112 first and at least eight national organisations with tel: links', async () => {
    const el = await orgs(html`<help-orgs></help-orgs>`);
    expect(hrefs(el)[0]).to.equal('tel:112');
    expect(orgIds(el).length).to.be.at.least(8);
    expect(telLinks(card(el, 'comensha'))).to.deep.equal(['tel:+31334481186']);
    expect(telLinks(card(el, 'veilig-thuis'))).to.deep.equal(['tel:08002000']);
    expect(shownText(el)).to.contain('Bel 033 448 11 86').and.contain('Bel 0800-2000');
    // Regional organisations wait for the page to name their region.
    expect(orgIds(el)).not.to.include('kenniscentrum-mensenhandel-twente');
  });

  it('uses a real heading for the widget and for each organisation', async () => {
    const el = await orgs(html`<help-orgs heading-level="3"></help-orgs>`);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Hulp bij mensenhandel');
    expect(card(el, 'fier').querySelector('h4')!.textContent).to.equal('Fier');
  });

  it('shows day-and-night, anonymous, hours and languages on the cards', async () => {
    const el = await orgs(html`<help-orgs></help-orgs>`);
    expect(shownText(card(el, 'veilig-thuis'))).to.contain('Dag en nacht');
    expect(shownText(card(el, 'meld-misdaad-anoniem'))).to.contain('Anoniem');
    // Veilig Thuis: its source says advice *can* be anonymous, so the card says that, not a badge.
    const badges = (id: string) => [...card(el, id).querySelectorAll('[part="badge"]')].map((badge) => badge.textContent);
    expect(badges('veilig-thuis')).to.deep.equal(['Dag en nacht']);
    expect(shownText(card(el, 'veilig-thuis'))).to.contain('Advies vragen kan anoniem.');
    expect(shownText(card(el, 'comensha'))).to.contain('9.00 tot 17.00');
    // Each language by its own name, marked with its language (WCAG 3.1.2).
    expect(shownText(card(el, 'wegwijzer-mensenhandel'))).to.contain('Talen: Nederlands, English');
    const names = [...card(el, 'fairwork').querySelectorAll('[part="badge"] [lang]')];
    expect(names.map((name) => [name.getAttribute('lang'), name.textContent])).to.deep.include.members([
      ['zh', '中文'],
      ['pl', 'Polski'],
      ['ar', 'العربية'],
    ]);
    // No hours for Fier's chat: the sources disagree.
    expect(shownText(card(el, 'fier'))).not.to.match(/\d\.00/);
  });

  const choices: [string, Record<string, string>, string[], string[]][] = [
    ['forms="labour"', { forms: 'labour' }, ['arbeidsinspectie', 'fairwork', 'politie'], ['fier', 'keerpunt']],
    ['audience="professional"', { audience: 'professional' }, ['comensha', 'veilig-thuis'], ['politie', 'fier']],
    ['region="twente flevoland"', { region: 'twente flevoland' }, ['kenniscentrum-mensenhandel-twente', 'veilig-thuis-flevoland', 'politie'], ['humanitas-essm', 'hvo-querido-acm']],
    ['region="noord-holland"', { region: 'noord-holland' }, ['hvo-querido-acm'], ['kenniscentrum-mensenhandel-twente']],
  ];
  for (const [name, attributes, shown, hidden] of choices) {
    it(`${name} shows the right organisations`, async () => {
      const el = document.createElement('help-orgs');
      for (const [attribute, value] of Object.entries(attributes)) el.setAttribute(attribute, value);
      await orgs(html`${el}`);
      expect(orgIds(el)).to.include.members(shown);
      for (const id of hidden) expect(orgIds(el)).not.to.include(id);
    });
  }

  it('shows a regional organisation with its own number', async () => {
    const el = await orgs(html`<help-orgs region="flevoland"></help-orgs>`);
    expect(telLinks(card(el, 'veilig-thuis-flevoland'))).to.deep.equal(['tel:+31882220500']);
  });

  it('shows exactly the organisations orgs names, in that order, and warns about unknown ids', async () => {
    let el!: HelpOrgs;
    const warnings = await warningsDuring(async () => {
      el = await orgs(html`<help-orgs orgs="fier no-such-org comensha" forms="labour"></help-orgs>`);
    });
    expect(orgIds(el)).to.deep.equal(['fier', 'comensha']);
    expect(warnings.join()).to.contain('"no-such-org"');
  });

  it('keeps the defaults with one warning per bad attribute value', async () => {
    let el!: HelpOrgs;
    const warnings = await warningsDuring(async () => {
      el = await orgs(html`<help-orgs forms="slavery" layout="carousel" mode="mix"></help-orgs>`);
    });
    expect(orgIds(el).length).to.be.at.least(8);
    expect(el.shadowRoot!.querySelector('section')!.className).to.equal('list');
    expect(warnings).to.have.length(3);
    expect(warnings.join()).to.contain('"slavery"').and.contain('"carousel"').and.contain('"mix"');
  });

  it('still offers help when a choice leaves no organisation', async () => {
    const only = { ...partnerOrg, id: 'only', name: 'Alleen', audiences: ['professional'], forms: ['organ'], website: undefined, channels: [{ type: 'phone', value: '030 000 0000' }] };
    const el = await withInline({ orgs: [only] }, { mode: 'replace', audience: 'victim' });
    expect(shownText(el)).to.contain('Geen organisatie past');
    expect(orgIds(el)).to.deep.equal(['politie', 'comensha']);
    expect(hrefs(el)[0]).to.equal('tel:112');
  });

  it('follows attribute changes after the first render', async () => {
    const el = await orgs(html`<help-orgs></help-orgs>`);
    el.setAttribute('orgs', 'keerpunt');
    el.setAttribute('layout', 'grid');
    await el.updateComplete;
    expect(orgIds(el)).to.deep.equal(['keerpunt']);
    expect(el.shadowRoot!.querySelector('section')!.className).to.equal('grid');
  });

  it('shows English texts on an English page', async () => {
    const el = await orgs(html`<help-orgs lang="en"></help-orgs>`);
    await waitUntil(() => shownText(el).includes('Help with human trafficking'), 'no English', { timeout: 5000 });
    expect(shownText(card(el, 'wegwijzer-mensenhandel'))).to.contain('Languages: Nederlands, English');
    el.removeAttribute('lang');
    el.setAttribute('lang', 'nl');
    await waitUntil(() => shownText(el).includes('Hulp bij mensenhandel'), 'no Dutch', { timeout: 5000 });
  });

  describe('partner data', () => {
    it("puts the partner's inline organisations first, text as text, unsafe links left out", async () => {
      let el!: HelpOrgs;
      const warnings = await warningsDuring(async () => {
        el = await withInline({ orgs: [partnerOrg] });
      });
      expect(orgIds(el)[0]).to.equal('meldpunt-voorbeeld');
      expect(orgIds(el)).to.include('comensha');
      const partner = card(el, 'meldpunt-voorbeeld');
      expect(hrefs(partner)).to.deep.equal(['tel:+31300000000']);
      expect(partner.querySelector('img, b')).to.equal(null);
      expect(shownText(partner)).to.contain('<img src=x onerror="window.hacked=1">Meldpunt <b>Voorbeeld</b>');
      expect(el.shadowRoot!.querySelector('a[href^="javascript:"], a[href^="data:"], a[href^="http:"]')).to.equal(null);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
      expect(warnings.join('\n')).to.contain('"website"').and.contain('"channels[1].value"').and.contain('"channels[2].value"');
    });

    it('replaces the built-in organisations in mode="replace"', async () => {
      const el = await withInline({ orgs: [partnerOrg] }, { mode: 'replace' });
      expect(orgIds(el)).to.deep.equal(['meldpunt-voorbeeld']);
      expect(hrefs(el)[0]).to.equal('tel:112');
    });

    it('keeps the built-in organisations when replace data has no valid record', async () => {
      let el!: HelpOrgs;
      const warnings = await warningsDuring(async () => {
        el = await withInline({ orgs: [{ id: 'x', name: 'Zonder vormen' }] }, { mode: 'replace' });
      });
      expect(orgIds(el)).to.include('comensha');
      expect(warnings.join()).to.contain('organisation 0 (id "x") skipped').and.contain('"description"');
    });

    it('lets a partner record replace a built-in one with the same id', async () => {
      const fier = { ...partnerOrg, id: 'fier', name: 'Fier Friesland', website: 'https://fier.nl/', channels: [] };
      const el = await withInline({ orgs: [fier] });
      expect(orgIds(el).filter((id) => id === 'fier')).to.have.length(1);
      expect(shownText(card(el, 'fier'))).to.contain('Fier Friesland');
    });

    it('loads a data file from src and merges it', async () => {
      const el = await orgs(html`<help-orgs src=${PARTNER_FILE} region="voorbeeld"></help-orgs>`);
      await waitUntil(() => card(el, 'meldpunt-voorbeeld'), 'partner data did not load', { timeout: 5000 });
      expect(orgIds(el)[0]).to.equal('meldpunt-voorbeeld');
      expect(orgIds(el)).to.include('politie');
      expect(hrefs(card(el, 'meldpunt-voorbeeld'))).to.deep.equal([
        'tel:+31300000000',
        'https://voorbeeld.example/chat',
        'mailto:meldpunt@voorbeeld.example',
        'https://voorbeeld.example/mensenhandel',
      ]);
      expect(shownText(card(el, 'meldpunt-voorbeeld'))).to.contain('ma–vr 9.00–17.00');
      expect(notice(el)).to.equal(null);
    });

    it('loads a data file from src and replaces the built-in organisations', async () => {
      const el = await orgs(html`<help-orgs src=${PARTNER_FILE} mode="replace"></help-orgs>`);
      await waitUntil(() => orgIds(el).length === 1, 'partner data did not replace', { timeout: 5000 });
      expect(orgIds(el)).to.deep.equal(['meldpunt-voorbeeld']);
    });

    it('asks without cookies or referrer', async () => {
      document.cookie = 'visitor=secret; path=/';
      try {
        const el = await orgs(html`<help-orgs src="/partner-data/echo.json" forms="labour"></help-orgs>`);
        await waitUntil(() => card(el, 'echo'), 'echo did not load', { timeout: 5000 });
        expect(shownText(card(el, 'echo'))).to.contain('cookie=no referrer=no');
      } finally {
        document.cookie = 'visitor=; path=/; max-age=0';
      }
    });

    const failures: [string, string, HelpOrgsErrorDetail['reason']][] = [
      ['a 404', '/partner-data/404.json', 'http'],
      ['a 500', '/partner-data/500.json', 'http'],
      ['invalid JSON', '/partner-data/invalid.json', 'invalid-json'],
      ['the wrong shape', '/partner-data/wrong-shape.json', 'invalid-shape'],
      ['a network error', 'http://localhost:1/orgs.json', 'network'],
      ['an address that is none', 'http://[', 'network'],
    ];
    for (const [what, src, reason] of failures) {
      it(`keeps the built-in organisations with a calm notice after ${what}`, async () => {
        const el = document.createElement('help-orgs');
        el.setAttribute('mode', 'replace');
        const error = oneEvent(document, 'help-orgs-error');
        let detail!: HelpOrgsErrorDetail;
        await warningsDuring(async () => {
          el.setAttribute('src', src);
          await orgs(html`${el}`);
          detail = (await error).detail;
          await el.updateComplete;
        });
        expect(detail).to.deep.equal({ reason, src });
        expect(notice(el)!.textContent).to.contain('konden niet worden geladen');
        expect(orgIds(el)).to.include.members(['politie', 'comensha', 'veilig-thuis']);
        await expect(el).to.be.accessible();
      });
    }

    it('gives up on a file that does not answer in time', async () => {
      const timeout = sinon.stub(HelpOrgs, 'requestTimeout').value(200);
      try {
        const error = oneEvent(document, 'help-orgs-error');
        let el!: HelpOrgs;
        await warningsDuring(async () => {
          el = await orgs(html`<help-orgs src="/partner-data/slow.json"></help-orgs>`);
          expect((await error).detail).to.deep.equal({ reason: 'timeout', src: '/partner-data/slow.json' });
          await el.updateComplete;
        });
        expect(notice(el)).to.exist;
        expect(orgIds(el)).to.include('politie');
      } finally {
        timeout.restore();
      }
    });

    it('reports broken inline data and keeps the built-in organisations', async () => {
      const el = document.createElement('help-orgs');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"orgs": [';
      el.append(script);
      const error = oneEvent(document, 'help-orgs-error');
      await warningsDuring(async () => {
        await orgs(html`${el}`);
      });
      expect((await error).detail).to.deep.equal({ reason: 'invalid-json', src: null });
      expect(notice(el)).to.exist;
      expect(orgIds(el)).to.include('comensha');
    });

    it('stops the request when the element leaves the page, without an error, and asks again when it is back', async () => {
      const fetch = sinon.spy(window, 'fetch');
      const error = sinon.spy();
      document.addEventListener('help-orgs-error', error);
      try {
        const el = await orgs(html`<help-orgs src="/partner-data/slow.json"></help-orgs>`);
        await waitUntil(() => fetch.called, 'no request');
        el.remove();
        expect(fetch.firstCall.args[1]!.signal!.aborted).to.equal(true);
        await nextFrame();
        expect(error.called).to.equal(false);
        // Back on the page: it asks again.
        document.body.append(el);
        await waitUntil(() => fetch.calledTwice, 'no new request');
        el.remove();
      } finally {
        fetch.restore();
        document.removeEventListener('help-orgs-error', error);
      }
    });

    it('passes axe with partner data', async () => {
      const el = await withInline({ orgs: [{ ...partnerOrg, website: 'https://voorbeeld.example/' }] }, { layout: 'grid' });
      await expect(el).to.be.accessible();
    });
  });

  describe('a long list', () => {
    /** n partner organisations, every other one for labour exploitation. */
    const municipalities = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `gemeente-${i}`,
        name: `Gemeente ${i}`,
        description: 'Hulp in de gemeente.',
        forms: [i % 2 ? 'labour' : 'sexual'],
        audiences: ['victim'],
        website: `https://gemeente-${i}.example/`,
      }));
    const more = (el: HelpOrgs) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]');
    const named = (from: number, to: number, step = 1) =>
      Array.from({ length: (to - from) / step }, (_, i) => `gemeente-${from + i * step}`);

    it('shows twenty cards, and a button that shows the next twenty and takes the reader there', async () => {
      const el = await withInline({ orgs: municipalities(45) }, { mode: 'replace', filterable: '' });
      expect(orgIds(el)).to.deep.equal(named(0, 20));
      expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).to.contain('45 organisaties');
      expect(shownText(more(el)!)).to.equal('Meer organisaties tonen (nog 25)');

      await focusForKeys(more(el)!);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => orgIds(el).length === 40, `${orgIds(el).length} cards`);
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.matches('h3[part="name"]'), focused.outerHTML).to.equal(true);
      expect(focused.textContent).to.equal('Gemeente 20');
      expect(shownText(more(el)!)).to.equal('Meer organisaties tonen (nog 5)');

      more(el)!.click();
      await waitUntil(() => orgIds(el).length === 45, `${orgIds(el).length} cards`);
      expect(more(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('starts again at the top when the visitor filters', async () => {
      const el = await withInline({ orgs: municipalities(45) }, { mode: 'replace', filterable: '' });
      more(el)!.click();
      await waitUntil(() => orgIds(el).length === 40, `${orgIds(el).length} cards`);
      const what = el.shadowRoot!.querySelectorAll('select')[1];
      what.value = 'labour';
      what.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(orgIds(el)).to.deep.equal(named(1, 41, 2));
      expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).to.contain('22 organisaties');
      expect(shownText(more(el)!)).to.equal('Meer organisaties tonen (nog 2)');
    });

    it('leaves the button off paper', async () => {
      const el = await withInline({ orgs: municipalities(21) }, { mode: 'replace' });
      expect(getComputedStyle(more(el)!).display).not.to.equal('none');
      await withPrintStyles(el, () => expect(getComputedStyle(more(el)!).display).to.equal('none'));
    });
  });

  it('shows inline partner organisations from its first paint, so no list moves down under them', async () => {
    const el = document.createElement('help-orgs');
    el.append(inline({ orgs: [{ ...partnerOrg, website: 'https://voorbeeld.example/' }] }));
    const lists: (string | undefined)[][] = [];
    // What each frame is about to paint, from the first one after the widget is on the page.
    const record = () => {
      lists.push(orgIds(el));
      if (lists.length < 30 && !orgIds(el).length) requestAnimationFrame(record);
    };
    document.body.append(el);
    requestAnimationFrame(record);
    try {
      await waitUntil(() => orgIds(el).includes('meldpunt-voorbeeld'), 'no partner organisation');
      await nextFrame();
      const first = lists.find((ids) => ids.length > 0)!;
      expect(first[0]).to.equal('meldpunt-voorbeeld');
      expect(hrefs(el)[0]).to.equal('tel:112');
    } finally {
      el.remove();
    }
  });

  describe('filterable', () => {
    it('lets a visitor filter with the keyboard and announces the count', async () => {
      const el = await orgs(html`<help-orgs filterable></help-orgs>`);
      const [who, what] = el.shadowRoot!.querySelectorAll('select');
      const count = el.shadowRoot!.querySelector('[part="count"]')!;
      expect(count.getAttribute('role')).to.equal('status');
      const all = orgIds(el).length;
      expect(count.textContent).to.contain(`${all} organisaties`);

      await focusForKeys(what);
      // Down four times: all forms → sexual → labour → criminal → organ; then back up to labour.
      // A key at a time, each step checked and the widget updated before the next.
      const keys = [
        ['ArrowDown', 'sexual'],
        ['ArrowDown', 'labour'],
        ['ArrowDown', 'criminal'],
        ['ArrowDown', 'organ'],
        ['ArrowUp', 'criminal'],
        ['ArrowUp', 'labour'],
      ] as const;
      for (const [key, form] of keys) {
        await sendKeys({ press: key });
        await waitUntil(() => what.value === form, `after ${key} the select is ${what.value}, not ${form}`);
        await el.updateComplete;
      }
      expect(orgIds(el)).to.include.members(['arbeidsinspectie', 'fairwork']);
      expect(orgIds(el)).not.to.include('fier');
      expect(count.textContent).to.contain(`${orgIds(el).length} organisaties`);
      expect(orgIds(el).length).to.be.lessThan(all);

      await focusForKeys(who);
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => who.value === 'victim', `select is ${who.value}`);
      await el.updateComplete;
      expect(orgIds(el)).not.to.include('meld-misdaad-anoniem');
      await expect(el).to.be.accessible();
    });

    it('offers only the audiences and forms the page chose', async () => {
      const el = await orgs(html`<help-orgs filterable audience="victim bystander" forms="labour criminal"></help-orgs>`);
      const [who, what] = el.shadowRoot!.querySelectorAll('select');
      expect([...who.options].map((o) => o.value)).to.deep.equal(['', 'victim', 'bystander']);
      expect([...what.options].map((o) => o.value)).to.deep.equal(['', 'labour', 'criminal']);
      expect(who.labels[0].textContent).to.contain('Wie ben je?');
    });
  });

  it('fires help-orgs-select when a visitor activates a link, without blocking it', async () => {
    const el = await orgs(html`<help-orgs></help-orgs>`);
    const calls = [
      ['a[href="tel:112"]', { org: 'emergency', channel: 'phone', via: 'phone' }],
      ['a[href="tel:+31334481186"]', { org: 'comensha', channel: 'phone', via: 'phone' }],
      ['a[href="mailto:info@comensha.nl"]', { org: 'comensha', channel: 'email', via: 'email' }],
      ['[data-org="fier"] a[href="https://chatmetfier.nl/"]', { org: 'fier', channel: 'chat', via: 'web' }],
      ['[data-org="fier"] a[href="https://fier.nl/"]', { org: 'fier', channel: 'website', via: 'web' }],
    ] as const;
    const details = await detailsOnActivation(el.shadowRoot!, calls.map(([selector]) => selector), 'help-orgs-select');
    expect(details).to.deep.equal(calls.map(([, detail]) => detail));
  });

  for (const layout of ['list', 'grid']) {
    it(`passes axe in the ${layout} layout`, async function () {
      // axe over sixteen cards can be slow on a busy machine; it is no timing test.
      this.timeout(30_000);
      const el = await orgs(html`<help-orgs layout=${layout} region="twente amsterdam rotterdam flevoland"></help-orgs>`);
      await expect(el).to.be.accessible();
    });
  }
});

/**
 * A stand-in that follows the <signal-checklist> contract: a `summary` getter, and a
 * `signal-checklist-change` notice in its shadow root whenever it changes.
 */
class FakeChecklist extends HTMLElement {
  private ticked?: unknown;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  get summary() {
    return this.ticked ?? JSON.parse(this.dataset.summary ?? '{"signals":[],"forms":[],"level":"none"}');
  }

  tick(summary: { signals: string[]; forms: string[]; level: string; perspective?: string | null }) {
    this.ticked = summary;
    this.shadowRoot!.dispatchEvent(new Event('signal-checklist-change'));
  }
}
const labourTicks = { signals: ['passport-taken'], forms: ['labour'], level: 'some' };

/** A host app's element whose shadow root holds `content`, as a Lit, Stencil or Angular app has it. */
async function inShadowRoot(content: string): Promise<ShadowRoot> {
  const host = await fixture(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = content;
  return root;
}

describe('<help-orgs for>', () => {
  it('follows a checklist that is defined after it, with ticks already made, on the page and in a shadow root', async () => {
    const wrapper = await fixture(html`<div>
      <signal-checklist id="later" data-summary=${JSON.stringify(labourTicks)}></signal-checklist>
      <help-orgs for="later"></help-orgs>
    </div>`);
    const root = await inShadowRoot(
      `<help-orgs for="later-inside"></help-orgs><signal-checklist id="later-inside" data-summary='${JSON.stringify(labourTicks)}'></signal-checklist>`,
    );
    const els = [wrapper.querySelector('help-orgs')!, root.querySelector('help-orgs')!];
    for (const el of els) expect(orgIds(await rendered(el))).to.include('fier');
    customElements.define('signal-checklist', FakeChecklist);
    for (const el of els) {
      await waitUntil(() => !orgIds(el).includes('fier'), 'did not follow the checklist');
      expect(orgIds(el)).to.include.members(['arbeidsinspectie', 'fairwork']);
      expect(shownText(el)).to.contain('Passend bij de signalen');
    }
  });

  const defineFake = () => customElements.get('signal-checklist') ?? customElements.define('signal-checklist', FakeChecklist);

  it('follows a checklist defined and ticked before it, most urgent first', async () => {
    defineFake();
    const wrapper = await fixture(html`<div>
      <signal-checklist id="before" data-summary=${JSON.stringify({ ...labourTicks, forms: ['sexual'] })}></signal-checklist>
      <help-orgs for="before"></help-orgs>
    </div>`);
    const el = await rendered(wrapper.querySelector('help-orgs')!);
    const ids = orgIds(el);
    expect(ids).not.to.include('arbeidsinspectie');
    // Veilig Thuis answers its phone day and night: before those with office hours or a chat.
    expect(ids[0]).to.equal('veilig-thuis');
    expect(ids.indexOf('fier')).to.be.greaterThan(ids.indexOf('politie'));
    await expect(el).to.be.accessible();
  });

  it('follows a checklist inserted after it, tick by tick, and ignores other checklists', async () => {
    defineFake();
    const el = await orgs(html`<help-orgs for="inserted"></help-orgs>`);
    const all = orgIds(el);
    const other = document.createElement('signal-checklist') as unknown as FakeChecklist;
    other.id = 'other';
    const checklist = document.createElement('signal-checklist') as unknown as FakeChecklist;
    checklist.id = 'inserted';
    document.body.append(other, checklist);
    // It finds the checklist when its root has told it one arrived (a mutation observer).
    await el.updateComplete;
    try {
      other.tick(labourTicks);
      await el.updateComplete;
      expect(orgIds(el)).to.deep.equal(all);
      checklist.tick(labourTicks);
      await el.updateComplete;
      expect(orgIds(el)).to.include('fairwork').and.not.include('fier');
      checklist.tick({ signals: ['withdrawn'], forms: [], level: 'some' });
      await el.updateComplete;
      expect(orgIds(el)).to.include.members(['fier', 'fairwork']);
      checklist.tick({ signals: ['locked-in'], forms: ['sexual'], level: 'acute' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="emergency"]')!.classList.contains('acute')).to.equal(true);
      checklist.tick({ signals: [], forms: [], level: 'none' });
      await el.updateComplete;
      expect(orgIds(el)).to.deep.equal(all);
    } finally {
      other.remove();
      checklist.remove();
    }
  });

  it('follows whom the checklist is about: victims’ organisations for self, bystanders’ for other', async () => {
    defineFake();
    const el = await orgs(html`<help-orgs for="perspective"></help-orgs>`);
    const checklist = document.createElement('signal-checklist') as unknown as FakeChecklist;
    checklist.id = 'perspective';
    document.body.append(checklist);
    // It finds the checklist when its root has told it one arrived (a mutation observer).
    await el.updateComplete;
    try {
      const none = { signals: [], forms: [], level: 'none' };
      checklist.tick({ ...none, perspective: 'self' });
      await el.updateComplete;
      expect(orgIds(el)).to.include.members(['fairwork', 'fier']).and.not.include('meld-misdaad-anoniem');
      checklist.tick({ ...none, perspective: 'other' });
      await el.updateComplete;
      expect(orgIds(el)).to.include('meld-misdaad-anoniem').and.not.include('fairwork').and.not.include('fier');
      checklist.tick({ ...labourTicks, perspective: 'self' });
      await el.updateComplete;
      expect(orgIds(el)).to.include('fairwork').and.not.include('fier').and.not.include('meld-misdaad-anoniem');
      // Not yet answered: every audience again.
      checklist.tick({ ...none, perspective: null });
      await el.updateComplete;
      expect(orgIds(el)).to.include.members(['fairwork', 'meld-misdaad-anoniem']);
    } finally {
      checklist.remove();
    }
  });

  for (const order of ['checklist first', 'checklist last']) {
    it(`follows a checklist in the same shadow root, ${order}, tick by tick`, async () => {
      defineFake();
      const checklist = '<signal-checklist id="inside"></signal-checklist>';
      const widget = '<help-orgs for="inside"></help-orgs>';
      const root = await inShadowRoot(order === 'checklist first' ? checklist + widget : widget + checklist);
      const el = await rendered(root.querySelector('help-orgs')!);
      const all = orgIds(el);
      (root.getElementById('inside') as unknown as FakeChecklist).tick(labourTicks);
      await el.updateComplete;
      expect(orgIds(el)).to.include('fairwork').and.not.include('fier');
      // A checklist with the same id on the page is another one.
      const outside = document.createElement('signal-checklist') as unknown as FakeChecklist;
      outside.id = 'inside';
      document.body.append(outside);
      try {
        outside.tick({ signals: [], forms: [], level: 'none' });
        await el.updateComplete;
        expect(orgIds(el)).to.include('fairwork').and.not.include('fier');
      } finally {
        outside.remove();
      }
      expect(all).to.include('fier');
    });
  }

  it('follows a checklist added to its shadow root later, and lets go when it is removed', async () => {
    defineFake();
    const root = await inShadowRoot('<help-orgs for="added"></help-orgs>');
    const el = await rendered(root.querySelector('help-orgs')!);
    const all = orgIds(el);
    const checklist = document.createElement('signal-checklist');
    checklist.id = 'added';
    checklist.dataset.summary = JSON.stringify(labourTicks);
    root.append(checklist);
    await waitUntil(() => !orgIds(el).includes('fier'), 'did not follow the checklist added later');
    checklist.remove();
    await waitUntil(() => orgIds(el).includes('fier'), 'still follows a removed checklist');
    expect(orgIds(el)).to.deep.equal(all);
    expect(shownText(el)).not.to.contain('Passend bij de signalen');
  });

  it('follows the checklist of the root it moves to', async () => {
    defineFake();
    const root = await inShadowRoot(`<signal-checklist id="moved" data-summary='${JSON.stringify(labourTicks)}'></signal-checklist>`);
    const el = await orgs(html`<help-orgs for="moved"></help-orgs>`);
    expect(orgIds(el)).to.include('fier');
    root.append(el);
    await waitUntil(() => !orgIds(el).includes('fier'), 'did not follow the checklist in its new root');
    document.body.append(el);
    await waitUntil(() => orgIds(el).includes('fier'), 'still follows the checklist of its old root');
    el.remove();
  });

  it('reads the checklist again when for changes', async () => {
    defineFake();
    const wrapper = await fixture(html`<div>
      <signal-checklist id="one" data-summary=${JSON.stringify(labourTicks)}></signal-checklist>
      <help-orgs></help-orgs>
    </div>`);
    const el = await rendered(wrapper.querySelector('help-orgs')!);
    expect(orgIds(el)).to.include('fier');
    el.htmlFor = 'one';
    await el.updateComplete;
    expect(orgIds(el)).not.to.include('fier');
  });
});
