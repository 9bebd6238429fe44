import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define/quick-exit.js';
import type { QuickExit, QuickExitLeaveDetail } from '../src/quick-exit/quick-exit.js';
import type { ShortcutSubscriber } from '../src/quick-exit/shortcut.js';
import { focusForKeys, pressWithShift, rendered, shownText, warningsDuring, withShiftHeld } from './helpers.js';
import { openPartnerPage, watchLeaving } from './partner.js';

const DEFAULT = 'https://www.buienradar.nl/';
/** Where a page tried to go, as the browser reports it (see watchLeaving). */
const site = (href: string) => new URL(href).origin;

const button = (el: QuickExit) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="button"]')!;
const overlay = (el: QuickExit) => el.shadowRoot!.querySelector('dialog')!;
const status = (el: QuickExit) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const litIndicators = (el: QuickExit) => el.shadowRoot!.querySelectorAll('[part="indicator"].on').length;

async function quickExit(template: ReturnType<typeof html>): Promise<QuickExit> {
  return rendered(await fixture<QuickExit>(template));
}

/** What the browser does when the page comes back from the back/forward cache. */
function comeBack(win: Window = window): void {
  win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
}

async function pressShift(times: number, el?: QuickExit): Promise<void> {
  for (let i = 0; i < times; i++) {
    await sendKeys({ press: 'Shift' });
    await el?.updateComplete;
  }
}

/** Collects the widget's leave events on the page. */
function leaveEvents(): { details: QuickExitLeaveDetail[]; stop: () => void } {
  const details: QuickExitLeaveDetail[] = [];
  const record = (event: Event) => details.push((event as CustomEvent<QuickExitLeaveDetail>).detail);
  document.addEventListener('quick-exit-leave', record);
  return { details, stop: () => document.removeEventListener('quick-exit-leave', record) };
}

/** Counts the keyboard listeners added to the page in `win` while `run` runs. */
async function keydownListenersAddedDuring(win: Window, run: () => Promise<unknown>): Promise<number> {
  const add = sinon.spy(win, 'addEventListener');
  try {
    await run();
  } finally {
    add.restore();
  }
  return add.getCalls().filter((call) => call.args[0] === 'keydown').length;
}

/**
 * A page of its own, in a frame, for a test in which the widget leaves: the test page must stay.
 * `leaves` holds the widget's leave events; `left()` checks where the browser was sent.
 */
async function leavingPage() {
  const frame = await openPartnerPage('/tests/fixtures/quick-exit.html');
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined('quick-exit');
  const leaving = watchLeaving(frame);
  const leaves: QuickExitLeaveDetail[] = [];
  doc.addEventListener('quick-exit-leave', (event) => leaves.push((event as CustomEvent<QuickExitLeaveDetail>).detail));
  /** Adds widgets to the page and waits until they have rendered; keys go to the page. */
  const add = async (markup: string): Promise<QuickExit[]> => {
    const template = doc.createElement('template');
    template.innerHTML = markup;
    const added = [...template.content.querySelectorAll<QuickExit>('quick-exit')];
    doc.body.append(template.content);
    for (const el of added) await rendered(el);
    await focusForKeys(doc.querySelector('input')!);
    return added;
  };
  /** Waits until the browser has reported one leave for each of `sites`. */
  const left = async (...sites: string[]) => {
    await waitUntil(() => leaving.seen.length >= sites.length, 'the page did not leave');
    expect(leaving.seen).to.deep.equal(sites.map(site));
  };
  return { win, doc, leaves, add, left, close: () => (leaving.stop(), frame.remove()) };
}

describe('<quick-exit>', () => {
  let leaves: ReturnType<typeof leaveEvents>;

  beforeEach(() => {
    leaves = leaveEvents();
  });

  afterEach(() => {
    comeBack();
    leaves.stop();
  });

  it('shows a "Snel weg" link to a neutral site, without a referrer, and honest copy', async () => {
    const el = await quickExit(html`<quick-exit></quick-exit>`);
    expect(button(el).textContent!.trim()).to.equal('Snel weg');
    expect(button(el).getAttribute('href')).to.equal(DEFAULT);
    expect(button(el).rel).to.equal('noreferrer');
    const text = shownText(el);
    expect(text).to.contain('Snel weg wist je geschiedenis niet.');
    expect(text).to.contain('privévenster');
    expect(text).to.contain('3 keer op Shift');
  });

  it('accepts only an https: href, else the default with one warning', async () => {
    const warnings = await warningsDuring(async () => {
      for (const bad of ['javascript:alert(1)', 'http://weer.nl/', 'weer']) {
        const el = await quickExit(html`<quick-exit href=${bad}></quick-exit>`);
        expect(button(el).getAttribute('href')).to.equal(DEFAULT);
        el.requestUpdate();
        await el.updateComplete;
      }
    });
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('href').and.contain('javascript:alert(1)').and.contain(DEFAULT);
  });

  it('forgets the presses 5 seconds after the last one; each press restarts the timer', async () => {
    const el = await quickExit(html`<quick-exit></quick-exit>`);
    // The shortcut's timers, captured instead of waited for.
    const timers = new Map<number, () => void>();
    const { setTimeout: realSet, clearTimeout: realClear } = window;
    let id = 1e9;
    window.setTimeout = ((run: () => void, delay?: number) => {
      if (delay !== 5000) return realSet(run, delay);
      timers.set(++id, run);
      return id;
    }) as typeof setTimeout;
    window.clearTimeout = ((timer?: number) => {
      if (!timers.delete(timer!)) realClear(timer);
    }) as typeof clearTimeout;
    try {
      await pressShift(1, el);
      const first = [...timers.keys()];
      await pressShift(1, el);
      expect(timers.size, 'one timer at a time').to.equal(1);
      expect([...timers.keys()]).not.to.deep.equal(first);
      [...timers.values()][0]();
      await el.updateComplete;
      expect(litIndicators(el)).to.equal(0);
      expect(status(el)).to.equal('');
      await pressShift(2, el);
      expect(leaves.details, 'the count started again').to.deep.equal([]);
    } finally {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    }
  });

  it('links to the partner safety page, only over https:', async () => {
    const el = await quickExit(html`<quick-exit safety-href="https://www.voorbeeld.example/veilig"></quick-exit>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="safety-link"]')!;
    expect(link.href).to.equal('https://www.voorbeeld.example/veilig');
    expect(link.textContent).to.equal('Meer over veilig internetten');
    const warnings = await warningsDuring(async () => {
      const bad = await quickExit(html`<quick-exit safety-href="javascript:alert(1)"></quick-exit>`);
      expect(bad.shadowRoot!.querySelector('a[part="safety-link"]')).to.equal(null);
    });
    expect(warnings).to.have.length(1);
  });

  it('stays in the top corner at the end of the line, also right to left', async () => {
    const ltr = await quickExit(html`<quick-exit></quick-exit>`);
    const box = button(ltr).getBoundingClientRect();
    expect(getComputedStyle(button(ltr)).position).to.equal('fixed');
    expect(box.right).to.be.greaterThan(innerWidth - 100);
    expect(box.top).to.be.lessThan(50);
    document.documentElement.dir = 'rtl';
    try {
      const rtl = await quickExit(html`<quick-exit></quick-exit>`);
      const rtlBox = button(rtl).getBoundingClientRect();
      expect(rtlBox.left).to.be.lessThan(100);
      expect(rtlBox.top).to.be.lessThan(50);
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('sits in the flow with position="inline", and warns on an unknown position', async () => {
    const el = await quickExit(html`<quick-exit position="inline"></quick-exit>`);
    expect(getComputedStyle(button(el)).position).to.equal('static');
    const warnings = await warningsDuring(async () => {
      const bad = await quickExit(html`<quick-exit position="sticky"></quick-exit>`);
      expect(getComputedStyle(button(bad)).position).to.equal('fixed');
    });
    expect(warnings[0]).to.contain('position').and.contain('"sticky"').and.contain('fixed, inline');
  });

  for (const position of ['fixed', 'inline']) {
    it(`passes axe in the ${position} position`, async () => {
      const el = await quickExit(html`<quick-exit position=${position} safety-href="https://www.voorbeeld.example/veilig"></quick-exit>`);
      await expect(el).to.be.accessible();
      await pressShift(1, el);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<quick-exit> leaving', () => {
  let page: Awaited<ReturnType<typeof leavingPage>>;

  beforeEach(async () => {
    page = await leavingPage();
  });

  afterEach(() => page.close());

  it('leaves at once on a click: hides the page, then replaces it in the history', async () => {
    const [el] = await page.add('<quick-exit href="https://weer.nl/"></quick-exit>');
    // What a watcher sees as the page is left.
    const covered = new Promise<{ modal: boolean; box: DOMRect; onTop: Element | null }>((resolve) =>
      el.addEventListener(
        'quick-exit-leave',
        () =>
          resolve({
            modal: overlay(el).matches(':modal'),
            box: overlay(el).getBoundingClientRect(),
            onTop: page.doc.elementFromPoint(page.win.innerWidth / 2, page.win.innerHeight / 2),
          }),
        { once: true },
      ),
    );
    button(el).click();
    const { modal, box, onTop } = await covered;
    expect(modal, 'the page is hidden before it is left').to.equal(true);
    await page.left('https://weer.nl/');
    expect(page.leaves).to.deep.equal([{ href: 'https://weer.nl/', trigger: 'button' }]);
    // The overlay covers the viewport: a watcher sees none of the page.
    expect(box.width).to.be.at.least(page.win.innerWidth - 1);
    expect(box.height).to.be.at.least(page.win.innerHeight - 1);
    expect(onTop).to.equal(el);
  });

  it('replaces the page in the history, so Back does not return to it', async function () {
    // Only the Navigation API tells a replace from a push while the page is kept (the blocked
    // navigation commits nothing), and WebKit has none: counted as a skip there, with its reason.
    const navigation = (page.win as Window & { navigation?: EventTarget }).navigation;
    if (!navigation) {
      console.log('Skipped: no Navigation API in this engine to tell a replaced history entry from a new one.');
      this.skip();
    }
    const types: string[] = [];
    navigation.addEventListener('navigate', (event) => types.push((event as Event & { navigationType: string }).navigationType));
    const [el] = await page.add('<quick-exit></quick-exit>');
    button(el).click();
    await page.left(DEFAULT);
    expect(types).to.deep.equal(['replace']);
  });

  it("leaves for the fallback link's address when there is no href", async () => {
    const [el] = await page.add('<quick-exit><a href="https://weer.nl/">Snel weg</a></quick-exit>');
    expect(button(el).getAttribute('href')).to.equal('https://weer.nl/');
    await pressShift(3, el);
    await page.left('https://weer.nl/');
  });

  it('leaves when Shift is pressed three times, showing and announcing the progress', async () => {
    const [el] = await page.add('<quick-exit></quick-exit>');
    expect(litIndicators(el)).to.equal(0);
    await pressShift(1, el);
    expect(litIndicators(el)).to.equal(1);
    expect(status(el)).to.equal('Druk nog 2 keer op Shift om deze website te verlaten.');
    await pressShift(1, el);
    expect(litIndicators(el)).to.equal(2);
    expect(status(el)).to.equal('Druk nog 1 keer op Shift om deze website te verlaten.');
    expect(page.leaves).to.deep.equal([]);
    await pressShift(1, el);
    await page.left(DEFAULT);
    expect(page.leaves).to.deep.equal([{ href: DEFAULT, trigger: 'shortcut' }]);
    expect(overlay(el).open).to.equal(true);
  });

  it('does not count Shift used for capitals, Shift+Tab or Shift+click', async () => {
    const [el] = await page.add('<quick-exit position="inline"></quick-exit>');
    const input = page.doc.querySelector('input')!;
    for (let i = 0; i < 3; i++) await pressWithShift('A');
    expect(input.value).to.equal('AAA');
    // Shift+Tab must not move focus out of the page: in Firefox it lands in the browser's own
    // interface and later pages get no keys.
    const keepFocus = (event: KeyboardEvent) => event.key === 'Tab' && event.preventDefault();
    page.win.addEventListener('keydown', keepFocus);
    for (let i = 0; i < 3; i++) await pressWithShift('Tab');
    page.win.removeEventListener('keydown', keepFocus);
    for (let i = 0; i < 3; i++) {
      await withShiftHeld(() => page.win.dispatchEvent(new PointerEvent('pointerdown', { shiftKey: true })));
    }
    await el.updateComplete;
    expect(page.leaves).to.deep.equal([]);
    expect(litIndicators(el)).to.equal(0);
    // The same page still leaves: nothing above was lost on the way.
    await pressShift(3, el);
    await page.left(DEFAULT);
  });

  it('starts again when another key comes between the presses', async () => {
    const [el] = await page.add('<quick-exit></quick-exit>');
    await pressShift(2, el);
    await sendKeys({ press: 'a' });
    await el.updateComplete;
    expect(litIndicators(el)).to.equal(0);
    await pressShift(2, el);
    expect(page.leaves).to.deep.equal([]);
    await pressShift(1, el);
    await page.left(DEFAULT);
  });

  it('has no shortcut with shortcut="none", and no keyboard listener', async () => {
    let el!: QuickExit;
    const added = await keydownListenersAddedDuring(page.win, async () => {
      [el] = await page.add('<quick-exit shortcut="none"></quick-exit>');
    });
    expect(added).to.equal(0);
    await pressShift(3, el);
    expect(page.leaves).to.deep.equal([]);
    expect(shownText(el)).not.to.contain('Shift');
    button(el).click();
    await page.left(DEFAULT);
  });

  it('uses one keyboard listener for the whole page, and leaves once', async () => {
    let first!: QuickExit;
    let second!: QuickExit;
    const added = await keydownListenersAddedDuring(page.win, async () => {
      [first, second] = await page.add(
        '<quick-exit href="https://weer.nl/"></quick-exit><quick-exit position="inline"></quick-exit>',
      );
    });
    expect(added).to.equal(1);
    await pressShift(2, first);
    await second.updateComplete;
    expect(litIndicators(first)).to.equal(2);
    expect(litIndicators(second)).to.equal(2);
    // One voice: a screen reader hears the progress once, not once per element.
    expect([status(first), status(second)].filter(Boolean)).to.have.length(1);
    await pressShift(1, first);
    await page.left('https://weer.nl/');
    expect(page.leaves).to.have.length(1);
  });

  it('shares the listener with a second copy of the library', async () => {
    // The copy loads into the page's own window, as a second script tag would.
    const copy = page.doc.createElement('script');
    copy.type = 'module';
    copy.textContent = `import * as copy from '/src/quick-exit/shortcut.ts?copy=2'; window.shortcutCopy = copy;`;
    const win = page.win as Window & { shortcutCopy?: typeof import('../src/quick-exit/shortcut.js') };
    let el!: QuickExit;
    const heard: number[] = [];
    const subscriber: ShortcutSubscriber = { progress: (presses) => heard.push(presses), leave: () => heard.push(-1) };
    const added = await keydownListenersAddedDuring(win, async () => {
      [el] = await page.add('<quick-exit></quick-exit>');
      page.doc.head.append(copy);
      await waitUntil(() => win.shortcutCopy, 'the copy did not load');
      win.shortcutCopy!.subscribe(subscriber);
    });
    try {
      expect(added).to.equal(1);
      await pressShift(3, el);
      expect(heard, 'the copy sees the same presses and does not leave itself').to.deep.equal([1, 2, 0]);
      await page.left(DEFAULT);
    } finally {
      win.shortcutCopy!.unsubscribe(subscriber);
    }
  });

  it('shows the page again when it comes back from the back/forward cache', async () => {
    const [el] = await page.add('<quick-exit></quick-exit>');
    await pressShift(3, el);
    await page.left(DEFAULT);
    expect(overlay(el).open).to.equal(true);
    comeBack(page.win);
    expect(overlay(el).open).to.equal(false);
    await pressShift(2, el);
    expect(page.leaves, 'the count starts from zero').to.have.length(1);
  });

  it('fires quick-exit-leave that bubbles out of the shadow root and cannot be cancelled', async () => {
    const [el] = await page.add('<quick-exit></quick-exit>');
    setTimeout(() => button(el).click());
    const event = await oneEvent(page.doc.body, 'quick-exit-leave');
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
    await page.left(DEFAULT);
  });
});

describe('<quick-exit> without JavaScript', () => {
  it('is a working link to the partner destination', async () => {
    const frame = await openPartnerPage('/partner-site/no-js.html');
    const navigation = watchLeaving(frame);
    try {
      const doc = frame.contentDocument!;
      expect(doc.defaultView!.customElements.get('quick-exit')).to.equal(undefined);
      const link = doc.querySelector<HTMLAnchorElement>('quick-exit a')!;
      expect(link.getClientRects().length, 'the link is shown').to.be.greaterThan(0);
      expect(link.textContent).to.equal('Snel weg');
      link.click();
      await waitUntil(() => navigation.seen.length > 0, 'the link did not navigate');
      expect(navigation.seen).to.deep.equal([site(DEFAULT)]);
    } finally {
      navigation.stop();
      frame.remove();
    }
  });
});

describe('<quick-exit> on a partner page with two copies of the library', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;

  /** The referrer a page opened from the partner page is told. */
  async function referrerSent(): Promise<string> {
    const nested = doc.createElement('iframe');
    nested.src = '/partner-site/no-js.html';
    const loaded = new Promise((resolve) => nested.addEventListener('load', resolve, { once: true }));
    doc.body.append(nested);
    await loaded;
    const referrer = nested.contentDocument!.referrer;
    nested.remove();
    return referrer;
  }

  before(async () => {
    frame = await openPartnerPage('/partner-site/all.html');
    doc = frame.contentDocument!;
    await rendered(doc.querySelector('quick-exit')!);
  });

  after(() => frame.remove());

  it('listens to the keyboard once for both copies and both elements', () => {
    const observed = (frame.contentWindow as Window & { observed: { keydownListeners: number; warn: string[] } }).observed;
    expect(doc.querySelectorAll('quick-exit')).to.have.length(2);
    expect(observed.keydownListeners).to.equal(1);
    expect(observed.warn).to.deep.equal([]);
  });

  it('does not leave while a visitor types capitals; Shift ×3 replaces the page, telling nothing', async () => {
    const navigation = watchLeaving(frame);
    const leaves: QuickExitLeaveDetail[] = [];
    doc.addEventListener('quick-exit-leave', (event) => leaves.push((event as CustomEvent<QuickExitLeaveDetail>).detail));
    try {
      expect(await referrerSent()).to.equal(frame.contentWindow!.location.href);
      const input = doc.querySelector('input')!;
      await focusForKeys(input);
      for (const letter of 'AMSTERDAM') await pressWithShift(letter);
      expect(input.value).to.equal('AMSTERDAM');
      expect(leaves).to.deep.equal([]);
      await pressShift(3);
      await waitUntil(() => navigation.seen.length > 0, 'the page did not leave');
      expect(navigation.seen).to.deep.equal([site(DEFAULT)]);
      expect(leaves).to.deep.equal([{ href: DEFAULT, trigger: 'shortcut' }]);
      expect(await referrerSent()).to.equal('');
    } finally {
      navigation.stop();
    }
  });
});
