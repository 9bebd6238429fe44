import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/signal-checklist.js';
import type { SignalChecklist } from '../src/signal-checklist/signal-checklist.js';
import { levelOf, summarize, type SignalChecklistLevel } from '../src/signal-checklist/level.js';
import { DOMESTIC_VIOLENCE_LINE, SIGNALS, type Signal } from '../src/signal-checklist/signals.js';
import { focusJustBefore, rendered, shownText, telLinks, warningsDuring } from './helpers.js';

const root = (el: SignalChecklist) => el.shadowRoot!;
const boxes = (el: SignalChecklist) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const box = (el: SignalChecklist, id: string) => root(el).querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
const groups = (el: SignalChecklist) =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="group"]')].map((group) => group.dataset.group);
const status = (el: SignalChecklist) => root(el).querySelector<HTMLElement>('[role="status"]')!;
const nextSteps = (el: SignalChecklist) => root(el).querySelector('report-cta')!;

/** Waits until the next steps show the channels the level asks for. */
async function stepsShown(el: SignalChecklist): Promise<void> {
  const cta = nextSteps(el);
  await cta.updateComplete;
  await waitUntil(() => cta.shadowRoot?.querySelector('a[href^="tel:"]'), 'no next steps', { timeout: 5000 });
}

async function checklist(template: ReturnType<typeof html>): Promise<SignalChecklist> {
  const el = await rendered(await fixture<SignalChecklist>(template));
  await stepsShown(el);
  return el;
}

/**
 * Ticks a checkbox as a visitor does, and returns the change event it caused: the page's with
 * `perspective="other"`, else the notice inside the shadow root.
 */
async function tick(el: SignalChecklist, id: string): Promise<CustomEvent> {
  const changed = oneEvent(el.perspective === 'other' ? el : root(el), 'signal-checklist-change');
  box(el, id).click();
  const event = await changed;
  await stepsShown(el);
  return event;
}

const publicIds = SIGNALS.filter((signal) => !signal.professional).map((signal) => signal.id);

describe('<signal-checklist perspective="other">', () => {
  it('shows at least 25 signals by default as native checkboxes with a label, in groups per form', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    expect(boxes(el).length).to.be.at.least(25);
    expect(boxes(el).map((input) => input.value)).to.deep.equal(publicIds);
    for (const input of boxes(el)) expect(input.closest('label')!.textContent!.trim()).not.to.equal('');
    expect(groups(el)).to.deep.equal(['general', 'sexual', 'labour', 'criminal', 'organ']);
    const legends = [...root(el).querySelectorAll('fieldset > legend')].map((legend) => legend.textContent!.trim());
    expect(legends).to.deep.equal([
      'Signalen bij alle vormen',
      'Seksuele uitbuiting',
      'Arbeidsuitbuiting',
      'Criminele uitbuiting',
    ]);
    expect(shownText(el)).to.contain('Bij kinderen onder de 18 is geen dwang nodig');
  });

  it('explains organ removal and advises to seek help, without signals', async () => {
    const el = await checklist(html`<signal-checklist perspective="other" forms="organ"></signal-checklist>`);
    const organ = root(el).querySelector('[data-group="organ"]')!;
    expect(organ.querySelector('input')).to.equal(null);
    expect(organ.textContent).to.contain('orgaan af te staan').and.contain('Vraag dan advies bij CoMensha');
    expect(telLinks(nextSteps(el))).to.include('tel:+31334481186');
    // General signals are always shown.
    expect(groups(el)).to.deep.equal(['general', 'organ']);
  });

  it('always shows the caveat, with Veilig Thuis one tap away', async () => {
    const el = await checklist(html`<signal-checklist perspective="other" forms="labour"></signal-checklist>`);
    const caveat = root(el).querySelector('[part~="caveat"]')!;
    expect(caveat.textContent).to.contain('huiselijk geweld').and.contain('Veilig Thuis');
    expect(caveat.textContent).to.contain('Zie je geen signalen? Dan kan er toch iets mis zijn');
    expect(caveat.querySelector('a')!.getAttribute('href')).to.equal('tel:08002000');
    el.checked = ['threatened'];
    await el.updateComplete;
    expect(root(el).querySelector('[part~="caveat"]')!.textContent).to.contain('huiselijk geweld');
  });

  it('shows fewer signals with forms="labour": the general ones and the labour ones', async () => {
    const all = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    const labour = await checklist(html`<signal-checklist perspective="other" forms="labour"></signal-checklist>`);
    expect(groups(labour)).to.deep.equal(['general', 'labour']);
    expect(boxes(labour).length).to.be.lessThan(boxes(all).length);
    const groupOf = new Map(SIGNALS.map((signal) => [signal.id, signal.group]));
    expect(new Set(boxes(labour).map((input) => groupOf.get(input.value)))).to.deep.equal(new Set(['general', 'labour']));
  });

  it('drops unknown forms with one warning, and shows all forms when none is valid', async () => {
    let el!: SignalChecklist;
    const warnings = await warningsDuring(async () => {
      el = await checklist(html`<signal-checklist perspective="other" forms="labor criminal"></signal-checklist>`);
    });
    expect(groups(el)).to.deep.equal(['general', 'criminal']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('forms').and.contain('"labor"').and.contain('sexual, labour, criminal, organ');
    const fallback = await warningsDuring(async () => {
      el = await checklist(html`<signal-checklist perspective="other" forms="nonsense"></signal-checklist>`);
    });
    expect(groups(el)).to.deep.equal(['general', 'sexual', 'labour', 'criminal', 'organ']);
    expect(fallback).to.have.length(1);
  });

  it('adds the signals professionals are trained to notice, and points them to CoMensha’s helpdesk', async () => {
    const pub = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    const pro = await checklist(html`<signal-checklist perspective="other" audience="professional"></signal-checklist>`);
    const professionalIds = SIGNALS.filter((signal) => signal.professional).map((signal) => signal.id);
    expect(professionalIds.length).to.be.at.least(4);
    expect(boxes(pro).length).to.equal(boxes(pub).length + professionalIds.length);
    expect(box(pro, 'cannot-refuse')).to.exist;
    expect(box(pub, 'cannot-refuse')).to.equal(null);
    const guidance = root(pro).querySelector('[part~="guidance"]')!;
    expect(guidance.textContent).to.contain('helpdesk van CoMensha');
    expect(nextSteps(pro).shadowRoot!.querySelector('a[href="mailto:info@comensha.nl"]')).to.exist;
    expect(root(pub).querySelector('[part~="guidance"]')!.textContent).not.to.contain('helpdesk');
  });

  it('falls back to the public audience with one warning', async () => {
    let el!: SignalChecklist;
    const warnings = await warningsDuring(async () => {
      el = await checklist(html`<signal-checklist perspective="other" audience="police"></signal-checklist>`);
    });
    expect(box(el, 'cannot-refuse')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('audience').and.contain('"police"').and.contain('public, professional');
  });

  it('uses the heading level the page needs, with group headings one level lower', async () => {
    const el = await checklist(html`<signal-checklist perspective="other" heading-level="3"></signal-checklist>`);
    expect(root(el).querySelector('h3')!.textContent).to.equal('Signalen van mensenhandel herkennen');
    expect([...root(el).querySelectorAll('legend h4')].length).to.equal(4);
  });

  it('fires signal-checklist-change with the ticked ids, their forms and the level', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    let event = await tick(el, 'underpaid');
    expect(event.detail).to.deep.equal({ signals: ['underpaid'], forms: ['labour'], level: 'some', perspective: 'other' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    event = await tick(el, 'depressed');
    expect(event.detail).to.deep.equal({ signals: ['depressed', 'underpaid'], forms: ['labour'], level: 'some', perspective: 'other' });
    event = await tick(el, 'lying');
    expect(event.detail).to.deep.equal({
      signals: ['depressed', 'underpaid', 'lying'],
      forms: ['labour', 'criminal'],
      level: 'several',
      perspective: 'other',
    });
    expect(el.summary).to.deep.equal(event.detail);
    event = await tick(el, 'underpaid');
    expect(event.detail).to.deep.equal({ signals: ['depressed', 'lying'], forms: ['criminal'], level: 'some', perspective: 'other' });
  });

  it('reaches the summary from document level, through the shadow root', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    const heard = oneEvent(document, 'signal-checklist-change');
    box(el, 'runs-away').click();
    expect((await heard).detail.forms).to.deep.equal(['sexual']);
  });

  it('grows the guidance with the level: three ticks give the police and anonymous reporting', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    expect(telLinks(nextSteps(el))).to.deep.equal(['tel:+31334481186', 'tel:112']);
    await tick(el, 'depressed');
    expect(shownText(el)).to.contain('Praat erover met iemand die je vertrouwt.');
    await tick(el, 'withdrawn');
    await tick(el, 'self-neglect');
    expect(el.summary.level).to.equal('several');
    expect(telLinks(nextSteps(el))).to.deep.equal(['tel:+31334481186', 'tel:09008844', 'tel:08007000', 'tel:112']);
  });

  it('adds the Arbeidsinspectie when labour signals are ticked', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    el.checked = ['underpaid', 'employer-debt', 'false-promises'];
    await el.updateComplete;
    await stepsShown(el);
    expect(telLinks(nextSteps(el))).to.include('tel:08005151');
  });

  it('puts 112 first and biggest when a signal means immediate danger', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    await tick(el, 'not-free');
    expect(el.summary.level).to.equal('acute');
    expect(telLinks(nextSteps(el))[0]).to.equal('tel:112');
    expect(status(el).textContent).to.contain('Bel dan meteen 112');
    const calls = [...nextSteps(el).shadowRoot!.querySelectorAll<HTMLElement>('a[part="call"]')];
    expect(calls[0].closest('[part~="channel-emergency"]')).to.exist;
    const size = (a: HTMLElement) => parseFloat(getComputedStyle(a).fontSize);
    expect(size(calls[0])).to.be.greaterThan(size(calls[1]));
  });

  it('counts blackmail with nude photos as immediate danger, as other blackmail, about someone else and about oneself', async () => {
    for (const perspective of ['other', 'self']) {
      const el = await checklist(html`<signal-checklist perspective=${perspective}></signal-checklist>`);
      await tick(el, 'nude-blackmail');
      expect(el.summary.level, perspective).to.equal('acute');
      expect(status(el).textContent, perspective).to.contain('Bel dan meteen 112');
      el.remove();
    }
  });

  it('tells screen readers the summary through a polite live region', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    expect(status(el).getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(status(el).textContent!.trim()).to.equal('Je hebt nog niets aangevinkt.');
    await tick(el, 'depressed');
    expect(shownText(status(el))).to.equal(
      'Aangevinkt: 1. Ook één of twee signalen kunnen op mensenhandel wijzen. Blijf opletten, en vraag advies als je twijfelt.',
    );
    await tick(el, 'lying');
    await tick(el, 'runs-away');
    expect(shownText(status(el))).to.match(/^Aangevinkt: 3\. Meerdere signalen samen kunnen wijzen op mensenhandel/);
  });

  it('lets a keyboard user reach a checkbox with Tab and tick it with Space', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    const leave = await focusJustBefore(el);
    try {
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('href')).to.equal('tel:08002000');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(box(el, SIGNALS[0].id));
      const changes: string[][] = [];
      el.addEventListener('signal-checklist-change', (event) => changes.push(event.detail.signals));
      await sendKeys({ press: ' ' });
      await waitUntil(() => changes.length > 0, 'Space did not tick the checkbox');
      expect(changes).to.deep.equal([[SIGNALS[0].id]]);
      expect(box(el, SIGNALS[0].id).checked).to.equal(true);
    } finally {
      leave();
    }
  });

  it('clears every tick with the reset button, and with reset()', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    await tick(el, 'depressed');
    await tick(el, 'lying');
    const cleared = oneEvent(el, 'signal-checklist-change');
    root(el).querySelector<HTMLButtonElement>('[part~="reset"]')!.click();
    expect((await cleared).detail).to.deep.equal({ signals: [], forms: [], level: 'none', perspective: 'other' });
    expect(boxes(el).filter((input) => input.checked)).to.deep.equal([]);
    expect(status(el).textContent!.trim()).to.equal('Je hebt nog niets aangevinkt.');
    el.checked = ['self-harm'];
    await el.updateComplete;
    el.reset();
    await el.updateComplete;
    expect(el.checked).to.deep.equal([]);
    expect(box(el, 'self-harm').checked).to.equal(false);
  });

  it('takes ticks through `checked`, in the checklist’s order, ignoring ids it does not show', async () => {
    const el = await checklist(html`<signal-checklist perspective="other" forms="sexual"></signal-checklist>`);
    const warnings = await warningsDuring(async () => {
      el.checked = ['runs-away', 'no-such-signal', 'underpaid', 'cannot-refuse', 'depressed'];
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('no-such-signal');
    expect(el.checked).to.deep.equal(['depressed', 'runs-away']);
    expect(boxes(el).filter((input) => input.checked).map((input) => input.value)).to.deep.equal(['depressed', 'runs-away']);
    expect(el.summary).to.deep.equal({ signals: ['depressed', 'runs-away'], forms: ['sexual'], level: 'some', perspective: 'other' });
  });

  it('knows what is ticked as soon as `checked` is set, before it renders', () => {
    const el = document.createElement('signal-checklist');
    el.perspective = 'other';
    el.checked = ['lying', 'depressed'];
    expect(el.checked).to.deep.equal(['depressed', 'lying']);
    expect(el.summary).to.deep.equal({ signals: ['depressed', 'lying'], forms: ['criminal'], level: 'some', perspective: 'other' });
  });

  it('forgets ticks on signals that are no longer shown', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    el.checked = ['underpaid', 'lying'];
    await el.updateComplete;
    const changed = oneEvent(el, 'signal-checklist-change');
    el.setAttribute('forms', 'criminal');
    expect((await changed).detail).to.deep.equal({ signals: ['lying'], forms: ['criminal'], level: 'some', perspective: 'other' });
    el.setAttribute('forms', 'labour criminal');
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['lying']);
  });

  it('prints a list of what was ticked', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    await tick(el, 'lying');
    const shown = (element: Element) => getComputedStyle(element).display !== 'none';
    // Firefox under WebDriver BiDi cannot emulate print media: apply the element's own
    // @media print rules as a sheet of their own instead, in both browsers.
    const sheets = [...root(el).adoptedStyleSheets];
    const printRules = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    expect(printRules.length).to.be.greaterThan(0);
    const printed = new CSSStyleSheet();
    printed.replaceSync(printRules.join('\n'));
    root(el).adoptedStyleSheets = [...sheets, printed];
    try {
      expect(shown(box(el, 'lying').closest('li')!)).to.equal(true);
      expect(shown(box(el, 'depressed').closest('li')!)).to.equal(false);
      expect(shown(root(el).querySelector('[data-group="sexual"]')!)).to.equal(false);
      expect(shown(root(el).querySelector('[part~="reset"]')!)).to.equal(false);
      expect(shown(root(el).querySelector('[part~="caveat"]')!)).to.equal(true);
    } finally {
      root(el).adoptedStyleSheets = sheets;
    }
    expect(shown(box(el, 'depressed').closest('li')!)).to.equal(true);
  });

  it('stores nothing', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    await tick(el, 'lying');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  const levels: [SignalChecklistLevel, string[]][] = [
    ['none', []],
    ['some', ['depressed']],
    ['several', ['depressed', 'lying', 'underpaid']],
    ['acute', ['threatened']],
  ];
  for (const [level, checked] of levels) {
    it(`passes axe at level ${level}`, async function () {
      // axe checks some hundred nodes here; on a busy machine that can take longer than 10 s.
      this.timeout(30000);
      const el = await checklist(html`<signal-checklist perspective="other" .checked=${checked}></signal-checklist>`);
      expect(el.summary.level).to.equal(level);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe for professionals', async function () {
    this.timeout(30000);
    const el = await checklist(html`<signal-checklist perspective="other" audience="professional" .checked=${['cannot-refuse']}></signal-checklist>`);
    await expect(el).to.be.accessible();
  });

  it('speaks English on an English page, and passes axe there', async function () {
    this.timeout(30000);
    const el = await checklist(html`<signal-checklist perspective="other" .checked=${['threatened']}></signal-checklist>`);
    document.documentElement.lang = 'en';
    try {
      await waitUntil(() => shownText(el).includes('Recognising the signals of human trafficking'), 'no English', {
        timeout: 5000,
      });
      await stepsShown(el);
      const text = shownText(el);
      expect(text).to.contain('domestic violence').and.contain('Is threatened, blackmailed or hit');
      expect(text).not.to.contain('Wordt bedreigd');
      expect(shownText(status(el))).to.contain('call 112');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.lang = 'nl';
      await waitUntil(() => shownText(el).includes('Signalen van mensenhandel herkennen'));
    }
  });
});

describe('<signal-checklist perspective>', () => {
  const choices = (el: SignalChecklist) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="perspective-choice"]')];
  const label = (el: SignalChecklist, id: string) => box(el, id).closest('label')!.textContent!.trim();
  const help = (el: SignalChecklist) => root(el).querySelector<HTMLElement>('[part~="help"]');
  const selfIds = SIGNALS.filter((signal) => signal.self).map((signal) => signal.id);

  it('asks first, by default, whom it is about: two large choices, no signals yet, help still there', async () => {
    const el = await checklist(html`<signal-checklist></signal-checklist>`);
    expect(shownText(root(el).querySelector('[part~="perspective"]')!)).to.contain('Gaat het om jezelf of om iemand anders?');
    expect(choices(el).map((choice) => choice.textContent!.trim())).to.deep.equal(['Het gaat om mij', 'Ik maak me zorgen om een ander']);
    expect(choices(el).map((choice) => choice.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false']);
    for (const choice of choices(el)) expect(choice.getBoundingClientRect().height).to.be.at.least(44);
    expect(boxes(el)).to.deep.equal([]);
    expect(el.summary).to.deep.equal({ signals: [], forms: [], level: 'none', perspective: null });
    // Help never disappears: 112 and CoMensha before the visitor answers.
    expect(telLinks(nextSteps(el))).to.deep.equal(['tel:+31334481186', 'tel:112']);
  });

  it('answers with the keyboard, tells the page nothing, and can change the answer at any time', async () => {
    const el = await checklist(html`<signal-checklist></signal-checklist>`);
    const leave = await focusJustBefore(el);
    const heard: Event[] = [];
    const hear = (event: Event) => heard.push(event);
    el.addEventListener('signal-checklist-change', hear);
    try {
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(choices(el)[0]);
      let changed = oneEvent(root(el), 'signal-checklist-change');
      await sendKeys({ press: 'Enter' });
      await changed;
      expect(el.summary).to.deep.equal({ signals: [], forms: [], level: 'none', perspective: 'self' });
      expect(choices(el).map((choice) => choice.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
      expect(label(el, 'no-id')).to.equal('Je moet je paspoort of ID-bewijs afgeven, of je hebt het niet zelf');
      changed = oneEvent(root(el), 'signal-checklist-change');
      box(el, 'underpaid').click();
      await changed;
      expect(el.summary).to.deep.equal({ signals: ['underpaid'], forms: ['labour'], level: 'some', perspective: 'self' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(choices(el)[1]);
      changed = oneEvent(root(el), 'signal-checklist-change');
      await sendKeys({ press: ' ' });
      await changed;
      // The tick stays: the same signal, now about someone else.
      expect(el.summary).to.deep.equal({ signals: ['underpaid'], forms: ['labour'], level: 'some', perspective: 'other' });
      expect(label(el, 'no-id')).to.equal('Heeft het eigen paspoort of ID-bewijs niet zelf');
      expect(box(el, 'underpaid').checked).to.equal(true);
      // The page chose "ask": whatever the visitor answers stays in the widget.
      expect(heard).to.deep.equal([]);
    } finally {
      el.removeEventListener('signal-checklist-change', hear);
      leave();
    }
  });

  it('keeps ticks a page sets before the visitor answers, and shows them once answered', async () => {
    const el = await checklist(html`<signal-checklist .checked=${['underpaid', 'lying']}></signal-checklist>`);
    expect(el.checked).to.deep.equal([]);
    choices(el)[0].click();
    await el.updateComplete;
    // About oneself, "lying" is not asked: that tick is forgotten, the other shows.
    expect(el.checked).to.deep.equal(['underpaid']);
    expect(box(el, 'underpaid').checked).to.equal(true);
  });

  it('gives ask and one warning for a value it does not know', async () => {
    let el!: SignalChecklist;
    const warnings = await warningsDuring(async () => {
      el = await checklist(html`<signal-checklist perspective="myself"></signal-checklist>`);
    });
    expect(choices(el)).to.have.length(2);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('perspective').and.contain('"myself"').and.contain('ask, self, other');
  });

  it('speaks to the visitor in self: every signal that has a second-person text, and no others', async () => {
    const el = await checklist(html`<signal-checklist perspective="self"></signal-checklist>`);
    expect(choices(el)).to.deep.equal([]);
    expect(boxes(el).map((input) => input.value)).to.deep.equal(selfIds);
    expect(selfIds.length).to.be.at.least(25);
    // What only others see is not asked; what professionals are trained to notice, a person knows.
    expect(box(el, 'lying')).to.equal(null);
    expect(label(el, 'cannot-refuse')).to.equal('Je kunt klanten niet weigeren');
    expect(label(el, 'employer-debt')).to.contain('Je hebt een hoge schuld bij je werkgever');
    expect(shownText(el)).to.contain('Vink aan wat voor jou klopt');
    expect(shownText(el)).not.to.contain('Heeft het eigen paspoort');
  });

  it('offers help for victims in self, after a word on call history and before reporting', async () => {
    const el = await checklist(html`<signal-checklist perspective="self" forms="labour"></signal-checklist>`);
    const guidance = root(el).querySelector('[part~="guidance"]')!;
    const safety = guidance.querySelector('[part~="safety"]')!;
    expect(safety.textContent).to.contain('lijst met recente gesprekken');
    const firstCall = guidance.querySelector('a[href^="tel:"]')!;
    expect(safety.compareDocumentPosition(firstCall) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(firstCall.getAttribute('href')).to.equal('tel:+31334481186');
    // By form: FairWork for labour; no chat for sexual exploitation on a labour-only checklist.
    expect(help(el)!.querySelector('a[href="https://fairwork.nu/"]')).to.exist;
    expect(help(el)!.querySelector('a[href="https://chatmetfier.nl/"]')).to.equal(null);
    // Reporting comes after: the police, anonymously Meld Misdaad Anoniem (as the steps after reporting say), and 112.
    expect(help(el)!.compareDocumentPosition(nextSteps(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    el.checked = ['underpaid', 'employer-debt', 'false-promises'];
    await el.updateComplete;
    await stepsShown(el);
    expect(telLinks(nextSteps(el))).to.deep.equal(['tel:09008844', 'tel:08007000', 'tel:08005151', 'tel:112']);
    expect(shownText(status(el))).to.contain('Meerdere signalen samen kunnen betekenen dat je wordt uitgebuit');
    expect(nextSteps(el).shadowRoot!.querySelector('[part~="steps"]')).to.exist;
  });

  it('shows the help for the forms ticked: Chat met Fier for sexual exploitation', async () => {
    const el = await checklist(html`<signal-checklist perspective="self"></signal-checklist>`);
    const links = () => [...help(el)!.querySelectorAll('a[href^="https:"]')].map((a) => a.getAttribute('href'));
    expect(links()).to.deep.equal(['https://chatmetfier.nl/', 'https://fairwork.nu/', 'https://keerpunt.chat/']);
    await tick(el, 'nude-blackmail');
    expect(links()).to.deep.equal(['https://chatmetfier.nl/']);
  });

  it('puts 112 first in self when a ticked signal means danger now', async () => {
    const el = await checklist(html`<signal-checklist perspective="self"></signal-checklist>`);
    await tick(el, 'not-free');
    const guidance = root(el).querySelector('[part~="guidance"]')!;
    expect(guidance.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:112');
    expect(shownText(status(el))).to.contain('kan betekenen dat je nu in gevaar bent');
    expect(telLinks(nextSteps(el))).not.to.include('tel:112');
  });

  for (const [name, template] of [
    ['ask', html`<signal-checklist></signal-checklist>`],
    ['self at level acute', html`<signal-checklist perspective="self" .checked=${['threatened', 'underpaid', 'nude-blackmail']}></signal-checklist>`],
    ['self in Arabic, right to left', html`<signal-checklist perspective="self" lang="ar" .checked=${['underpaid']}></signal-checklist>`],
  ] as const) {
    it(`passes axe: ${name}`, async function () {
      this.timeout(30000);
      const el = await fixture<SignalChecklist>(template);
      await waitUntil(() => root(el).querySelector('[part~="base"]') && root(el).querySelector('report-cta')?.shadowRoot?.querySelector('a'), 'did not render', { timeout: 5000 });
      if (name.includes('Arabic')) {
        await waitUntil(() => root(el).querySelector('[part~="base"]')!.getAttribute('dir') === 'rtl' && shownText(el).includes('جواز سفرك'), 'not in Arabic', { timeout: 5000 });
        expect(getComputedStyle(box(el, 'no-id')).direction).to.equal('rtl');
      }
      await expect(el).to.be.accessible();
      el.remove();
    });
  }
});

describe('signal-checklist level rules', () => {
  const general: Pick<Signal, 'group' | 'acute'> = { group: 'general' };
  const sexual: Pick<Signal, 'group' | 'acute'> = { group: 'sexual' };
  const labour: Pick<Signal, 'group' | 'acute'> = { group: 'labour' };
  const acute: Pick<Signal, 'group' | 'acute'> = { group: 'general', acute: true };
  const table: [string, Pick<Signal, 'group' | 'acute'>[], SignalChecklistLevel][] = [
    ['nothing ticked', [], 'none'],
    ['one general signal', [general], 'some'],
    ['one form signal', [labour], 'some'],
    ['two signals in one form', [labour, labour], 'some'],
    ['two general signals', [general, general], 'some'],
    ['a general and a form signal', [general, sexual], 'some'],
    ['three signals', [general, general, general], 'several'],
    ['two signals in two forms', [sexual, labour], 'several'],
    ['one acute signal alone', [acute], 'acute'],
    ['an acute signal among others', [general, sexual, labour, acute], 'acute'],
  ];
  for (const [name, ticked, level] of table) {
    it(`${name} → ${level}`, () => {
      expect(levelOf(ticked)).to.equal(level);
    });
  }

  it('summarizes forms in their fixed order; general signals add none', () => {
    const byId = (id: string) => SIGNALS.find((signal) => signal.id === id)!;
    expect(summarize(['lying', 'depressed', 'runs-away'].map(byId), null)).to.deep.equal({
      signals: ['lying', 'depressed', 'runs-away'],
      forms: ['sexual', 'criminal'],
      level: 'several',
      perspective: null,
    });
  });
});

describe('signal catalogue', () => {
  it('has at least 25 signals for the public, with unique ids and texts', () => {
    expect(publicIds.length).to.be.at.least(25);
    const ids = SIGNALS.map((signal) => signal.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const texts = SIGNALS.map((signal) => signal.text());
    expect(new Set(texts).size).to.equal(texts.length);
  });

  it('gives every signal a source and a verified date', () => {
    for (const signal of SIGNALS) {
      expect(signal.source.trim(), signal.id).not.to.equal('');
      expect(signal.verified, signal.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(signal.verified)), signal.id).to.equal(false);
    }
    expect(DOMESTIC_VIOLENCE_LINE.phone).to.equal('0800-2000');
    expect(DOMESTIC_VIOLENCE_LINE.source).not.to.equal('');
  });

  it("holds the original page's seven general signals, signals for every form but organ removal, and some acute ones", () => {
    const sources = SIGNALS.filter((signal) => signal.group === 'general' && signal.source.startsWith('Mensenhandel Nederland'));
    expect(sources).to.have.length(7);
    for (const group of ['sexual', 'labour', 'criminal']) {
      expect(SIGNALS.filter((signal) => signal.group === group && !signal.professional).length, group).to.be.at.least(4);
    }
    expect(SIGNALS.some((signal) => (signal.group as string) === 'organ')).to.equal(false);
    expect(SIGNALS.filter((signal) => signal.acute).length).to.be.at.least(2);
  });
});

describe('<signal-checklist lang>', () => {
  it('shows its own language when it arrives just after another widget with that lang left', async () => {
    // Regression: the lang attribute, read before connecting, asked for Dutch while English
    // was active; the English widget that then connected saw "en" active and asked nothing.
    const before = await fixture(html`<report-cta lang="en"></report-cta>`);
    await waitUntil(() => shownText(before).includes('Report human trafficking'), 'no English', { timeout: 5000 });
    before.remove();
    const el = await fixture<SignalChecklist>(html`<signal-checklist perspective="other" lang="en"></signal-checklist>`);
    await waitUntil(() => shownText(el).includes('Recognising the signals'), 'stayed without a language', {
      timeout: 5000,
    });
    el.remove();
  });
});
