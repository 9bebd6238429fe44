import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define/help-orgs.js';
import '../src/define/quick-exit.js';
import '../src/define/report-cta.js';
import '../src/define/signal-checklist.js';
import type { SignalChecklist } from '../src/signal-checklist/signal-checklist.js';
import { rendered, warningsDuring } from './helpers.js';

/*
 * What leaves a widget in a page (docs/privacy.md): what a script of the host hears in each
 * perspective, what a widget forgets when the page is left, and the markers that keep session
 * recorders out. The browser's real back/forward cache is in tests/bfcache.test.ts, a recorder
 * on a partner page in tests/recorder.test.ts.
 */

const root = (el: Element) => el.shadowRoot!;
const choice = (el: SignalChecklist, which: 0 | 1) => root(el).querySelectorAll<HTMLButtonElement>('[part~="perspective-choice"]')[which];
const box = (el: SignalChecklist, id: string) => root(el).querySelector<HTMLInputElement>(`input[value="${id}"]`)!;

async function checklist(template: ReturnType<typeof html>): Promise<SignalChecklist> {
  return rendered(await fixture<SignalChecklist>(template));
}

/** Changes in the checklist, as the shadow root notices them. */
const noticed = (el: SignalChecklist) => oneEvent(root(el), 'signal-checklist-change');

/** Everything a script on the page could listen for while `use` runs, at window and document, capture and bubble. */
async function heardByThePage(use: () => Promise<void>): Promise<Event[]> {
  const heard: Event[] = [];
  const hear = (event: Event) => heard.push(event);
  const types = ['signal-checklist-change', 'click', 'input', 'change'];
  const targets = [window, document];
  for (const target of targets) for (const type of types) for (const capture of [true, false]) target.addEventListener(type, hear, capture);
  try {
    await use();
  } finally {
    for (const target of targets) for (const type of types) for (const capture of [true, false]) target.removeEventListener(type, hear, capture);
  }
  return heard;
}

// First: the warning is said once per page, and checklists removed by later tests say it too.
describe('a widget taken out of the page', () => {
  it('a checklist taken out of the page mid-answer starts again, with one warning', async () => {
    const el = await checklist(html`<signal-checklist></signal-checklist>`);
    choice(el, 0).click();
    await el.updateComplete;
    box(el, 'underpaid').click();
    const parent = el.parentElement!;
    const warnings = await warningsDuring(async () => {
      el.remove();
      parent.append(el);
      await el.updateComplete;
      el.remove();
      parent.append(el);
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<signal-checklist>');
    expect(el.summary).to.deep.equal({ signals: [], forms: [], level: 'none', perspective: null });
  });

});

describe('what a script of the page hears from <signal-checklist>', () => {
  const answerAndTick = async (el: SignalChecklist, answer?: 0 | 1) => {
    if (answer !== undefined) {
      const answered = noticed(el);
      choice(el, answer).click();
      await answered;
    }
    for (const id of ['underpaid', 'employer-debt']) {
      const changed = noticed(el);
      box(el, id).click();
      await changed;
    }
  };

  for (const [name, template, answer] of [
    ['self', html`<signal-checklist perspective="self"></signal-checklist>`, undefined],
    ['ask, answered "Het gaat om mij"', html`<signal-checklist></signal-checklist>`, 0],
    ['ask, answered "Ik maak me zorgen om een ander"', html`<signal-checklist></signal-checklist>`, 1],
  ] as const) {
    it(`${name}: no signal-checklist-change, and clicks and input seen only as the widget's`, async () => {
      const el = await checklist(template);
      const heard = await heardByThePage(() => answerAndTick(el, answer));
      expect([...el.checked].sort()).to.deep.equal(['employer-debt', 'underpaid']);
      expect(heard.filter((event) => event.type === 'signal-checklist-change')).to.deep.equal([]);
      // A checkbox's change event stays in the shadow root; click and input reach the page as the widget's.
      expect(heard.map((event) => event.type)).not.to.include('change');
      expect(new Set(heard.map((event) => event.type))).to.deep.equal(new Set(['click', 'input']));
      expect(heard.every((event) => event.target === el)).to.equal(true);
    });
  }

  it('other: the whole summary, the ids of the ticked signals included', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    const heard = await heardByThePage(() => answerAndTick(el));
    const changes = heard.filter((event) => event.type === 'signal-checklist-change') as CustomEvent[];
    // Window and document, capture and bubble: four listeners for each of the two ticks.
    expect(changes).to.have.length(8);
    expect(changes.at(-1)!.detail).to.deep.equal({ signals: el.checked, forms: ['labour'], level: 'some', perspective: 'other' });
    expect([...el.checked].sort()).to.deep.equal(['employer-debt', 'underpaid']);
  });

  it('the notice in the shadow root carries nothing, for a <help-orgs for> to read the summary', async () => {
    const el = await checklist(html`<signal-checklist perspective="self"></signal-checklist>`);
    const changed = noticed(el);
    box(el, 'underpaid').click();
    const notice = await changed;
    expect(notice.constructor).to.equal(Event);
    expect(notice.bubbles || notice.composed).to.equal(false);
  });
});

describe('leaving the page forgets', () => {
  const leave = () => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));

  it('every widget goes back to its first state on pagehide', async () => {
    const wrapper = await fixture(html`<div>
      <signal-checklist id="c"></signal-checklist>
      <help-orgs filterable for="c"></help-orgs>
      <report-cta steps></report-cta>
      <quick-exit position="inline"></quick-exit>
    </div>`);
    const [el, orgs, cta, exit] = await Promise.all(
      ['signal-checklist', 'help-orgs', 'report-cta', 'quick-exit'].map((tag) => rendered(wrapper.querySelector(tag)!)),
    );
    const checklistEl = el as SignalChecklist;
    choice(checklistEl, 0).click();
    await checklistEl.updateComplete;
    box(checklistEl, 'underpaid').click();
    const [who, what] = root(orgs).querySelectorAll('select');
    who.value = 'victim';
    who.dispatchEvent(new Event('change'));
    what.value = 'labour';
    what.dispatchEvent(new Event('change'));
    root(cta).querySelector<HTMLButtonElement>('[part~="steps-toggle"]')!.click();
    root(exit).querySelector('details')!.open = true;
    await Promise.all([checklistEl, orgs, cta].map((w) => (w as SignalChecklist).updateComplete));
    expect(checklistEl.checked).to.deep.equal(['underpaid']);

    leave();
    await Promise.all([checklistEl, orgs, cta].map((w) => (w as SignalChecklist).updateComplete));
    expect(checklistEl.summary).to.deep.equal({ signals: [], forms: [], level: 'none', perspective: null });
    expect([...root(checklistEl).querySelectorAll('[part~="perspective-choice"]')].map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false']);
    expect(root(checklistEl).querySelectorAll('input[type="checkbox"]')).to.have.length(0);
    expect([...root(orgs).querySelectorAll('select')].map((select) => select.value)).to.deep.equal(['', '']);
    expect(root(orgs).querySelector('.following')).to.equal(null);
    expect(root(cta).querySelector('[part~="steps-toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
    expect(root(exit).querySelector('details')!.open).to.equal(false);
  });

  it('a page shown again from the back/forward cache forgets too (pageshow, persisted)', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    el.checked = ['underpaid'];
    await el.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['underpaid']);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(el.checked).to.deep.equal([]);
    expect(box(el, 'underpaid').checked).to.equal(false);
  });

  it('a perspective changed mid-answer, to one it does not know, gives the first state and one warning', async () => {
    const el = await checklist(html`<signal-checklist></signal-checklist>`);
    choice(el, 0).click();
    await el.updateComplete;
    box(el, 'underpaid').click();
    const warnings = await warningsDuring(async () => {
      el.setAttribute('perspective', 'me-myself');
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"me-myself"');
    expect(el.summary).to.deep.equal({ signals: [], forms: [], level: 'none', perspective: null });
    expect(root(el).querySelectorAll('input[type="checkbox"]')).to.have.length(0);
  });
});

describe('session recorders are kept out', () => {
  const MARKED = ['rr-block', 'sentry-block'];
  const marked = (el: Element) => {
    const base = root(el).querySelector('[part~="base"]')!;
    return MARKED.every((name) => base.classList.contains(name)) && base.hasAttribute('data-private') && base.hasAttribute('data-matomo-mask');
  };
  const unmarked = (el: Element) => {
    const base = root(el).querySelector('[part~="base"]')!;
    return !MARKED.some((name) => base.classList.contains(name)) && !base.hasAttribute('data-private') && !base.hasAttribute('data-matomo-mask');
  };

  it('every widget carries each marker by default', async () => {
    for (const tag of ['signal-checklist', 'help-orgs', 'report-cta', 'quick-exit']) {
      const el = await rendered(await fixture(`<${tag} position="inline"></${tag}>`));
      expect(marked(el), tag).to.equal(true);
    }
  });

  it('a bystander checklist with recordable may be recorded; one that may be about the visitor may not', async () => {
    expect(unmarked(await checklist(html`<signal-checklist perspective="other" recordable></signal-checklist>`))).to.equal(true);
    expect(marked(await checklist(html`<signal-checklist perspective="self" recordable></signal-checklist>`))).to.equal(true);
    expect(marked(await checklist(html`<signal-checklist recordable></signal-checklist>`))).to.equal(true);
  });
});

describe('the words match what is true', () => {
  const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ');

  it('says what the website does not keep, and to close the tab, in both perspectives', async () => {
    for (const perspective of ['self', 'other']) {
      const el = await checklist(html`<signal-checklist perspective=${perspective}></signal-checklist>`);
      expect(text(el)).to.contain('Deze website bewaart niet wat je aanvinkt. Sluit het tabblad als je klaar bent.');
      expect(text(el)).not.to.contain('nergens bewaard');
    }
  });

  it('about oneself: a call shows in recent calls and on the bill, and no "talk to someone you trust"', async () => {
    const el = await checklist(html`<signal-checklist perspective="self"></signal-checklist>`);
    el.checked = ['underpaid'];
    await el.updateComplete;
    expect(el.summary.level).to.equal('some');
    const safety = root(el).querySelector('[part~="safety"]')!.textContent!;
    expect(safety).to.contain('lijst met recente gesprekken').and.contain('telefoonrekening');
    expect(safety).not.to.contain('Wis het');
    expect(text(el)).not.to.contain('Praat erover met iemand die je vertrouwt');
  });

  it('about someone else, still "talk to someone you trust" at the lower levels', async () => {
    const el = await checklist(html`<signal-checklist perspective="other"></signal-checklist>`);
    el.checked = ['underpaid'];
    await el.updateComplete;
    expect(text(el)).to.contain('Praat erover met iemand die je vertrouwt');
  });
});
