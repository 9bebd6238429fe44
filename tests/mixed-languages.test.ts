import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/report-cta.js';
import { rendered, waitFor } from './helpers.js';

/*
 * Widgets in several languages on one page: each takes its language as HTML defines an
 * element's language (its own `lang`, else the nearest ancestor's, across shadow roots), and
 * follows changes to it without touching the others.
 */

const DUTCH = 'Mensenhandel melden';
const ENGLISH = 'Report human trafficking';

const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]');
const heading = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent?.trim();
const shownIn = (el: Element, locale: string) => waitFor(() => base(el)?.lang === locale, `not shown in ${locale}`);

/** Counts each widget's renders, and the changes a visitor could see in its shadow root. */
function watchRenders(widgets: Element[]): { renders: () => number[]; changes: () => number[]; stop: () => void } {
  const renders = widgets.map(() => 0);
  const changes = widgets.map(() => 0);
  const observers = widgets.map((el, i) => {
    const widget = el as unknown as { render: () => unknown };
    const render = widget.render;
    widget.render = function (this: unknown) {
      renders[i] += 1;
      return render.call(this);
    };
    const observer = new MutationObserver((records) => (changes[i] += records.length));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    return () => {
      observer.disconnect();
      delete (widget as Partial<typeof widget>).render;
    };
  });
  return { renders: () => [...renders], changes: () => [...changes], stop: () => observers.forEach((stop) => stop()) };
}

/** A framework's component: it renders the widget inside its own shadow root. */
class PartnerPanel extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div><report-cta channels="emergency"></report-cta></div>';
  }
}
customElements.define('partner-panel', PartnerPanel);

describe('widgets in several languages on one page', () => {
  let page: HTMLElement;
  let dutch: Element;
  let english: Element;
  let polish: Element;
  let section: HTMLElement;

  beforeEach(async () => {
    document.documentElement.lang = 'nl';
    page = await fixture(html`<div>
      <report-cta channels="emergency"></report-cta>
      <section lang="en"><report-cta channels="emergency"></report-cta></section>
      <report-cta lang="pl-PL" channels="emergency"></report-cta>
    </div>`);
    [dutch, english, polish] = [...page.querySelectorAll('report-cta')];
    section = page.querySelector('section')!;
    await Promise.all([shownIn(dutch, 'nl'), shownIn(english, 'en'), shownIn(polish, 'pl')]);
  });

  afterEach(() => {
    document.documentElement.lang = 'nl';
  });

  it('shows Dutch, English and Polish at once: own lang, an ancestor’s lang, else <html lang>', () => {
    expect(heading(dutch)).to.equal(DUTCH);
    expect(heading(english)).to.equal(ENGLISH);
    expect(heading(polish)).to.not.be.oneOf([DUTCH, ENGLISH]);
  });

  it("re-renders only the widget inside a section whose lang changes", async () => {
    const watch = watchRenders([dutch, english, polish]);
    try {
      section.lang = 'uk';
      await shownIn(english, 'uk');
      expect(heading(english)).to.not.be.oneOf([DUTCH, ENGLISH]);
      // Give the others time to re-render, had they been asked to.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(watch.changes()[1]).to.be.greaterThan(0);
      expect(watch.renders(), 'renders of each widget').to.deep.equal([0, 1, 0]);
      expect(watch.changes().filter((_, i) => i !== 1), 'changes outside the section').to.deep.equal([0, 0]);
    } finally {
      watch.stop();
    }
  });

  it('lays out an Arabic widget right to left beside a Dutch one left to right', async () => {
    section.lang = 'ar';
    await shownIn(english, 'ar');
    expect(getComputedStyle(base(english)!).direction).to.equal('rtl');
    expect(getComputedStyle(base(dutch)!).direction).to.equal('ltr');
    expect(document.documentElement.dir).to.equal('');
  });

  it('follows <html lang> in the widgets without a lang of their own or an ancestor’s', async () => {
    const watch = watchRenders([english, polish]);
    try {
      document.documentElement.lang = 'fr';
      await shownIn(dutch, 'fr');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(watch.renders()).to.deep.equal([0, 0]);
      expect(base(english)!.lang).to.equal('en');
      expect(base(polish)!.lang).to.equal('pl');
    } finally {
      watch.stop();
    }
  });

  it('follows its own lang, and falls back to the ancestor’s when it is removed', async () => {
    english.setAttribute('lang', 'pl');
    await shownIn(english, 'pl');
    english.removeAttribute('lang');
    await shownIn(english, 'en');
    section.removeAttribute('lang');
    await shownIn(english, 'nl');
  });

  it('shows its language when it comes back to the page after leaving while the language loaded', async () => {
    const leaving = document.createElement('report-cta');
    leaving.lang = 'vi';
    page.append(leaving);
    leaving.remove();
    const staying = document.createElement('report-cta');
    staying.lang = 'vi';
    page.append(staying);
    await shownIn(staying, 'vi');
    page.append(leaving);
    await shownIn(leaving, 'vi');
  });

  it('takes the language of the page it is moved to', async () => {
    section.append(dutch);
    await shownIn(dutch, 'en');
  });

  it('inherits lang across a component’s shadow root, and follows changes on both sides of it', async () => {
    const holder = await fixture<HTMLElement>(html`<div lang="uk"><partner-panel></partner-panel></div>`);
    const panel = holder.querySelector('partner-panel')!;
    const inner = await rendered(panel.shadowRoot!.querySelector('report-cta')!);
    await shownIn(inner, 'uk');
    holder.lang = 'en';
    await shownIn(inner, 'en');
    panel.shadowRoot!.querySelector('div')!.lang = 'pl';
    await shownIn(inner, 'pl');
    expect(base(english)!.lang, 'a widget outside the component').to.equal('en');
  });
});
