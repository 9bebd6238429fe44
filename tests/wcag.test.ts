import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define/help-orgs.js';
import '../src/define/quick-exit.js';
import '../src/define/report-cta.js';
import '../src/define/signal-checklist.js';
import { HelpOrgs } from '../src/help-orgs/help-orgs.js';
import { focusForKeys, rendered, warningsDuring } from './helpers.js';
import { backgroundBehind, contrast, deepElements, interactive, openAllWidgets, overflowing, shown } from './wcag.js';

/*
 * WCAG 2.2 success criteria a browser can check and no other test checks, in Chromium, Firefox
 * and WebKit. docs/wcag-2.2.md cites each test by its criterion number. Sizes come from the
 * frame a partner page is in and the page's own styles, not from viewport emulation (which
 * WebKit over WebDriver does not have), so every engine measures the same way.
 */

/** The element that has focus, inside shadow roots too. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The partner page with every widget (see openAllWidgets), removed after the test. */
let page: HTMLIFrameElement | undefined;
afterEach(() => {
  page?.remove();
  page = undefined;
});
async function allWidgets(...args: Parameters<typeof openAllWidgets>) {
  const opened = await openAllWidgets(...args);
  page = opened.frame;
  return opened;
}

/** Every element in the widgets' shadow trees. */
const inWidgets = (widgets: HTMLElement[]) => deepElements(...widgets.map((w) => w.shadowRoot!));

const label = (e: Element) => `<${e.localName}> "${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;

describe('WCAG 2.5.8 Target size (minimum)', () => {
  /** A checkbox's target is its label, which ticks it wherever it is tapped. */
  const box = (e: Element) => ((e.matches('input[type="checkbox"], input[type="radio"]') && e.closest('label')) || e).getBoundingClientRect();
  /** A link in a sentence: its height is the line's, which the criterion exempts. */
  const inSentence = (e: Element) =>
    e.localName === 'a' &&
    getComputedStyle(e).display === 'inline' &&
    e.parentElement!.textContent!.replace(/\s/g, '').length > e.textContent!.replace(/\s/g, '').length;
  /** Distance from a point to a rectangle (0 inside it). */
  const distance = (x: number, y: number, r: DOMRect) =>
    Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));

  for (const [width, locale] of [
    [320, 'nl'],
    [1024, 'ar'],
  ] as const) {
    it(`every target is at least 24 × 24 CSS px, or spaced as the criterion allows, at ${width} px (${locale})`, async function () {
      this.timeout(30_000);
      const { widgets } = await allWidgets(width, locale);
      const targets = interactive(inWidgets(widgets)).filter((e) => !inSentence(e));
      expect(targets.length, 'targets found').to.be.greaterThan(20);
      const small = targets.filter((e) => box(e).width < 24 || box(e).height < 24);
      const failures = small.filter((e) => {
        // Spacing: a 24 px circle on its centre touches no other target, nor another small target's circle.
        const r = box(e);
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        return targets.some((other) => {
          if (other === e || box(other) === r || other.contains(e) || e.contains(other)) return false;
          const o = box(other);
          const near = distance(x, y, o) < 12;
          const circles = small.includes(other) && Math.hypot(x - (o.left + o.width / 2), y - (o.top + o.height / 2)) < 24;
          return near || circles;
        });
      });
      expect(failures.map((e) => `${label(e)} ${box(e).width.toFixed(0)}×${box(e).height.toFixed(0)}`)).to.deep.equal([]);
    });
  }
});

describe('WCAG 2.4.11 Focus not obscured (minimum)', () => {
  for (const [width, locale] of [
    [320, 'nl'],
    [320, 'ar'],
    [1024, 'nl'],
  ] as const) {
    it(`the fixed quick-exit button never hides the whole of a focused element, at ${width} px (${locale})`, async function () {
      this.timeout(30_000);
      const { frame, doc, widgets } = await allWidgets(width, locale, { height: 480 });
      const exit = widgets[3];
      const button = exit.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!;
      expect(getComputedStyle(button).position, 'the button is fixed').to.equal('fixed');
      const win = frame.contentWindow!;
      const focusable = interactive(deepElements(doc.body)).filter((e) => !exit.shadowRoot!.contains(e) && e !== exit);
      expect(focusable.length).to.be.greaterThan(20);
      const hidden: string[] = [];
      // Backwards, as Shift+Tab goes: the browser scrolls each element to the top edge, where
      // the button is (the worst place the browser may put it).
      for (const element of focusable.reverse()) {
        element.scrollIntoView({ block: 'start', inline: 'nearest' });
        (element as HTMLElement).focus({ preventScroll: true });
        const r = element.getBoundingClientRect();
        // What of the element is on screen, and the button with its 2 px ring.
        const seen = { left: Math.max(r.left, 0), top: Math.max(r.top, 0), right: Math.min(r.right, win.innerWidth), bottom: Math.min(r.bottom, win.innerHeight) };
        const b = button.getBoundingClientRect();
        const covered = seen.left >= b.left - 2 && seen.right <= b.right + 2 && seen.top >= b.top - 2 && seen.bottom <= b.bottom + 2;
        if (covered) hidden.push(`${label(element)} at ${r.left.toFixed(0)},${r.top.toFixed(0)}`);
      }
      expect(hidden).to.deep.equal([]);
    });
  }
});

describe('WCAG 1.4.12 Text spacing', () => {
  // The spacing the criterion names: line height 1.5, paragraphs 2 × the font size apart,
  // letters 0.12 and words 0.16 × the font size. A visitor's stylesheet or bookmarklet sets
  // it; inside a shadow root only what inherits arrives, so it is added to each root too.
  const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-block-end: 2em !important; }`;

  for (const [width, locale] of [
    [800, 'nl'],
    [320, 'uk'],
  ] as const) {
    it(`no text is cut off or runs over with that spacing, at ${width} px (${locale})`, async function () {
      this.timeout(30_000);
      const { frame, doc, widgets } = await allWidgets(width, locale);
      const roots = [doc, ...deepElements(doc.body).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
      // A constructed style sheet: the page's Content-Security-Policy blocks a <style> element.
      const sheet = new (frame.contentWindow as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(spacing);
      for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      await nextFrame();
      const base = widgets.map((w) => w.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!);
      expect(getComputedStyle(base[1].querySelector('p')!).letterSpacing, 'the spacing applies').not.to.equal('normal');
      expect(base.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => (b.getRootNode() as ShadowRoot).host.localName), "scrolls sideways").to.deep.equal([]);
      expect(overflowing(inWidgets(widgets))).to.deep.equal([]);
    });
  }
});

describe('WCAG 1.4.3 Contrast (minimum)', () => {
  it('all text stands out 4.5:1 from what is behind it (3:1 when large), in the default colours', async function () {
    this.timeout(30_000);
    const { widgets } = await allWidgets(800);
    const texts = inWidgets(widgets).filter(
      (e) => shown(e) && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
    );
    expect(texts.length).to.be.greaterThan(50);
    const weak = texts.flatMap((e) => {
      const style = getComputedStyle(e);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const ratio = contrast(style.color, backgroundBehind(e));
      return ratio >= (large ? 3 : 4.5) ? [] : [`${label(e)}: ${ratio.toFixed(2)}:1`];
    });
    expect(weak).to.deep.equal([]);
  });
});

describe('WCAG 2.5.3 Label in name', () => {
  it('every control is named by the text a visitor sees on or beside it (no aria-label or title of its own)', async function () {
    this.timeout(30_000);
    const { widgets } = await allWidgets(800);
    const controls = interactive(inWidgets(widgets));
    const renamed = controls.filter((e) => ['aria-label', 'aria-labelledby', 'title'].some((a) => e.hasAttribute(a)));
    expect(renamed.map(label)).to.deep.equal([]);
    // Form fields take their name from a visible <label>.
    const unlabelled = controls.filter((e) => e.matches('input, select') && !(e as HTMLInputElement).labels?.[0]?.textContent?.trim());
    expect(unlabelled.map(label)).to.deep.equal([]);
  });
});

describe('WCAG 2.5.2 Pointer cancellation', () => {
  it('pressing down on a control does nothing yet: no leaving, ticking, opening or choosing', async function () {
    this.timeout(30_000);
    const { frame, doc, widgets } = await allWidgets(800);
    const controls = interactive(inWidgets(widgets));
    const state = () =>
      controls.map((e) => [(e as HTMLInputElement).checked, (e as HTMLSelectElement).value, e.getAttribute('aria-expanded'), e.closest('details')?.open].join());
    const before = state();
    let left = 0;
    doc.addEventListener('quick-exit-leave', () => left++);
    const win = frame.contentWindow as Window & typeof globalThis;
    // No mousedown: after a scripted one WebKit stops showing keyboard focus as
    // :focus-visible in that browser, also on later pages (the widgets listen to pointer
    // events, which mice fire too, and to no mouse event).
    for (const control of controls) {
      control.dispatchEvent(new win.PointerEvent('pointerdown', { bubbles: true, composed: true, isPrimary: true }));
      // Firefox and WebKit on a desktop have no TouchEvent.
      if ('TouchEvent' in win) control.dispatchEvent(new win.TouchEvent('touchstart', { bubbles: true, composed: true }));
    }
    await nextFrame();
    expect(left, 'left on a press').to.equal(0);
    expect(state()).to.deep.equal(before);
  });
});

describe('WCAG 2.2.2 Pause, stop, hide and 2.3.1 Three flashes', () => {
  it('nothing moves, blinks or flashes: no animation or transition runs, also after ticking, opening and filtering', async function () {
    this.timeout(30_000);
    const { widgets } = await allWidgets(800);
    const roots = inWidgets(widgets)
      .flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))
      .concat(widgets.map((w) => w.shadowRoot!));
    widgets[0].shadowRoot!.querySelector<HTMLButtonElement>('[part~="steps-toggle"]')!.click();
    widgets[1].shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    widgets[3].shadowRoot!.querySelector('details')!.open = true;
    await nextFrame();
    expect(roots.flatMap((root) => root.getAnimations()).map((a) => a.constructor.name)).to.deep.equal([]);
  });
});

describe('WCAG 1.4.11 Non-text contrast', () => {
  it('the edge of every button and menu stands out 3:1 from what is behind it', async function () {
    this.timeout(30_000);
    const { widgets } = await allWidgets(800);
    const elements = interactive(inWidgets(widgets)).filter((e) => e.matches('select, button, a.target'));
    expect(elements.length).to.be.greaterThan(5);
    const weak = elements.flatMap((e) => {
      const style = getComputedStyle(e);
      const behind = backgroundBehind(e.parentElement ?? (e.getRootNode() as ShadowRoot).host);
      // A filled control shows its edge by its fill; an outlined one by its border.
      const filled = contrast(backgroundBehind(e), behind) >= 3;
      const bordered = parseFloat(style.borderTopWidth) >= 1 && contrast(style.borderTopColor, behind) >= 3;
      return filled || bordered ? [] : [`${label(e)}: fill ${backgroundBehind(e)}, border ${style.borderTopColor} on ${behind}`];
    });
    expect(weak).to.deep.equal([]);
  });
});

describe('WCAG 2.4.7 Focus visible', () => {
  it('every element of every widget that Tab reaches shows a focus ring', async function () {
    this.timeout(60_000);
    const page = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <quick-exit position="inline" shortcut="none" safety-href="https://www.voorbeeld.example/veilig"></quick-exit>
      <report-cta steps language-picker channels="emergency police anonymous labour advice"></report-cta>
      <signal-checklist perspective="other" forms="organ"></signal-checklist>
      <help-orgs filterable forms="organ"></help-orgs>
      <button id="after">after</button>
    </div>`);
    const widgets = [...page.querySelectorAll<HTMLElement>('quick-exit, report-cta, signal-checklist, help-orgs')];
    await Promise.all(widgets.map(rendered));
    widgets[0].shadowRoot!.querySelector('details')!.open = true;
    await nextFrame();
    const expected = interactive(inWidgets(widgets));
    await focusForKeys(page.querySelector<HTMLButtonElement>('#before')!);
    const reached: Element[] = [];
    const without: string[] = [];
    for (let i = 0; i < expected.length + 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive()!;
      if (active.id === 'after') break;
      reached.push(active);
      const style = getComputedStyle(active);
      // A ring of 2 px or more, 3:1 against what is behind it (WCAG 1.4.11 for the ring itself).
      const ring =
        active.matches(':focus-visible') &&
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) >= 2 &&
        contrast(style.outlineColor, backgroundBehind(active.parentElement ?? (active.getRootNode() as ShadowRoot).host)) >= 3;
      if (!ring) without.push(`${label(active)} outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`);
    }
    expect(reached, 'Tab reaches every element a visitor can use').to.deep.equal(expected);
    expect(without).to.deep.equal([]);
  });
});

describe('WCAG 4.1.3 Status messages', () => {
  /**
   * A message a visitor's action brings is said by a status region that was on the page
   * before (a region added with its message is often not read), while focus stays where it was.
   */
  async function expectAnnounced(region: Element, control: HTMLElement, key: string, message: RegExp) {
    expect(region.getAttribute('role')).to.equal('status');
    const text = () => region.textContent!.replace(/\s+/g, ' ').trim();
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(text()));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    await focusForKeys(control);
    await sendKeys({ press: key });
    try {
      await waitUntil(() => message.test(text()), `the region never said ${message}`, { timeout: 10_000 });
    } finally {
      observer.disconnect();
    }
    expect(region.isConnected, 'the same region says it').to.equal(true);
    expect(said.filter((s) => s && !message.test(s)), 'said on the way').to.deep.equal([]);
    expect(deepActive(), 'focus stays').to.equal(control);
    expect(shown(control)).to.equal(true);
  }

  it('<signal-checklist>: what the ticks add up to', async () => {
    const el = await rendered(await fixture<HTMLElement>(html`<signal-checklist perspective="other"></signal-checklist>`));
    const region = el.shadowRoot!.querySelector('[part~="summary"]')!;
    await expectAnnounced(region, el.shadowRoot!.querySelector('input[type="checkbox"]')!, ' ', /Aangevinkt: 1\./);
  });

  it('<help-orgs filterable>: how many organisations the filter leaves', async () => {
    const el = await rendered(await fixture<HTMLElement>(html`<help-orgs filterable></help-orgs>`));
    const region = el.shadowRoot!.querySelector('[part~="count"]')!;
    await expectAnnounced(region, el.shadowRoot!.querySelectorAll('select')[1], 'ArrowDown', /\d+ organisaties?/);
  });

  it('<help-orgs src>: that the partner\'s organisations could not be loaded', async function () {
    // The file is given up after 1.5 s; the rest is room for a busy machine (WebKit once took over 4 s).
    this.timeout(20_000);
    const timeout = sinon.stub(HelpOrgs, 'requestTimeout').value(1500);
    try {
      await warningsDuring(async () => {
        const el = await rendered(await fixture<HelpOrgs>(html`<help-orgs src="/partner-data/slow.json"></help-orgs>`));
        const region = el.shadowRoot!.querySelector('section > [role="status"]')!;
        expect(region.textContent!.trim(), 'empty while the file loads').to.equal('');
        await waitUntil(() => region.textContent!.includes('konden niet worden geladen'), 'no notice', { timeout: 15_000 });
        expect(region.isConnected, 'the same region says it').to.equal(true);
      });
    } finally {
      timeout.restore();
    }
  });

  it('<quick-exit>: how many more Shift presses leave', async () => {
    const el = await rendered(await fixture<HTMLElement>(html`<quick-exit position="inline"></quick-exit>`));
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    await expectAnnounced(region, el.shadowRoot!.querySelector('summary')!, 'Shift', /Druk nog 2 keer op Shift/);
  });

  it('language-picker: the language chosen', async function () {
    // The first choice loads the translation machinery and the language's file: the region's 10 s
    // and the rest for the widget, on a busy machine (WebKit once ran out of mocha's 10 s).
    this.timeout(20_000);
    const lang = document.documentElement.lang;
    const el = await rendered(await fixture<HTMLElement>(html`<report-cta language-picker channels="emergency"></report-cta>`));
    try {
      const region = el.shadowRoot!.querySelector('[part~="language-picker"] [role="status"]')!;
      const select = el.shadowRoot!.querySelector('select')!;
      // Down picks the next language; it is announced by its own name, in that language.
      const next = select.options[select.selectedIndex + 1].textContent!;
      await expectAnnounced(region, select, 'ArrowDown', new RegExp(`: ${next}$`));
    } finally {
      // The choice holds for the page until it sets <html lang> itself.
      document.documentElement.lang = lang === 'nl' ? 'nl-NL' : 'nl';
      document.documentElement.lang = lang;
    }
  });
});
