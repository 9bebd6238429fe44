import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/*
 * Back after leaving, with the browser's real back/forward cache. A test page cannot leave
 * itself, so the test server drives a second tab of the same browser (scripts/tab.mjs): a
 * top-level page with no opener, as a visitor's tab is. There a visitor answers "Het gaat om mij",
 * ticks signals, chooses filters and opens disclosures, follows a link, and presses Back.
 *
 * The page must come back from the cache, or the test proves nothing: a variable set before
 * leaving is still there, and the page heard `pageshow` with `persisted`. The pages are sent
 * without the test server's reload script (an open WebSocket keeps a page out of the cache; see
 * bfcacheSite in web-test-runner.config.mjs). Chromium is started without
 * --disable-back-forward-cache (puppeteer-core does not pass it; Playwright does), and its own
 * list of reasons a page was not restored (notRestoredReasons) is reported when it was not.
 */

const tab = (payload: { action: string; path?: string; script?: string }) => executeServerCommand('tab', payload);
/** Runs `fn` in the tab's page; it must be self-contained (it is sent as text). */
const inTab = async <T>(fn: () => T | Promise<T>) => ((await tab({ action: 'run', script: fn.toString() })) as { value: T }).value;

interface State {
  kept?: string;
  persisted?: boolean;
  notRestored?: unknown;
  answer: (string | null)[];
  ticked: number;
  shown: string;
  filters: string[];
  stepsOpen: (string | null)[];
  tipOpen: boolean;
}

/** What a person looking at the page sees of the widgets (runs in the tab). */
function state(): State {
  const page = document;
  const shadow = (selector: string) => page.querySelector(selector)!.shadowRoot!;
  const checklist = shadow('signal-checklist');
  const text = (root: ShadowRoot): string =>
    [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? text(el.shadowRoot) : '')).join(' ') + (root.textContent ?? '');
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { notRestoredReasons?: unknown };
  const win = window as Window & { kept?: string; persisted?: boolean };
  return {
    kept: win.kept,
    persisted: win.persisted,
    notRestored: navigation.notRestoredReasons ?? null,
    answer: [...checklist.querySelectorAll('[part~="perspective-choice"]')].map((choice) => choice.getAttribute('aria-pressed')),
    ticked: [...checklist.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((box) => box.checked).length,
    shown: text(checklist).replace(/\s+/g, ' '),
    filters: [...shadow('help-orgs').querySelectorAll('select')].map((select) => select.value),
    stepsOpen: [...page.querySelectorAll('report-cta'), ...checklist.querySelectorAll('report-cta')].map(
      (cta) => cta.shadowRoot?.querySelector('[part~="steps-toggle"]')?.getAttribute('aria-expanded') ?? null,
    ),
    tipOpen: shadow('quick-exit').querySelector('details')!.open,
  };
}

/** The visitor: answers about themself, ticks three signals, chooses filters, opens the disclosures (runs in the tab). */
async function use(): Promise<void> {
  const until = async (check: () => unknown) => {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    if (!check()) throw new Error(`timed out: ${check}`);
  };
  const shadow = (selector: string) => document.querySelector(selector)?.shadowRoot;
  await until(() => shadow('signal-checklist')?.querySelector('[part~="perspective-choice"]') && shadow('help-orgs')?.querySelector('select') && shadow('quick-exit')?.querySelector('details') && shadow('report-cta')?.querySelector('[part~="steps-toggle"]'));
  shadow('signal-checklist')!.querySelector<HTMLButtonElement>('[part~="perspective-choice"]')!.click();
  await until(() => shadow('signal-checklist')!.querySelector('input[value="underpaid"]'));
  for (const id of ['underpaid', 'employer-debt', 'no-id']) shadow('signal-checklist')!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
  const [who, what] = shadow('help-orgs')!.querySelectorAll('select');
  who.value = 'victim';
  who.dispatchEvent(new Event('change'));
  what.value = 'labour';
  what.dispatchEvent(new Event('change'));
  shadow('report-cta')!.querySelector<HTMLButtonElement>('[part~="steps-toggle"]')!.click();
  shadow('quick-exit')!.querySelector('details')!.open = true;
  // Proof, after Back, that the page came from the cache and was not loaded again.
  const win = window as Window & { kept?: string; persisted?: boolean };
  win.kept = 'set before leaving';
  window.addEventListener('pageshow', (event) => (win.persisted = event.persisted));
  await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('Back to a page with the widgets, from the back/forward cache', () => {
  let left: State;
  let back: State;

  before(async function () {
    this.timeout(60000);
    try {
      await tab({ action: 'open', path: '/bfcache-site/bfcache.html' });
      await inTab(use);
      left = await inTab(state);
      await tab({ action: 'goto', path: '/bfcache-site/away.html' });
      await tab({ action: 'back' });
      back = await inTab(state);
    } finally {
      await tab({ action: 'close' });
    }
  });

  it('had the answer, three ticks, the filters and the disclosures before leaving', () => {
    expect(left.answer).to.deep.equal(['true', 'false']);
    expect(left.ticked).to.equal(3);
    expect(left.shown).to.contain('Je moet je paspoort');
    expect(left.filters).to.deep.equal(['victim', 'labour']);
    expect(left.stepsOpen[0]).to.equal('true');
    expect(left.tipOpen).to.equal(true);
  });

  it('came back from the cache: the page was kept, not loaded again', () => {
    expect(back.kept, `not restored from the cache: ${JSON.stringify(back.notRestored)}`).to.equal('set before leaving');
    expect(back.persisted).to.equal(true);
  });

  it('shows the question again, no answer, no tick, no filter and every disclosure closed', () => {
    expect(back.answer).to.deep.equal(['false', 'false']);
    expect(back.ticked).to.equal(0);
    expect(back.shown).not.to.contain('Je moet je paspoort');
    expect(back.shown).to.contain('Gaat het om jezelf of om iemand anders?');
    expect(back.filters).to.deep.equal(['', '']);
    expect(back.stepsOpen.filter((open) => open === 'true')).to.deep.equal([]);
    expect(back.tipOpen).to.equal(false);
  });
});
