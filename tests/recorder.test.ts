import { expect, waitUntil } from '@open-wc/testing';
import { observed, openPartnerPage } from './partner.js';

/*
 * A partner page under Content-Security-Policy: default-src 'self' that runs a session recorder:
 * rrweb (npm), the open recorder several replay and heat-map tools are built on, with its
 * defaults, served from the page's own origin (tests/partner-site/recorded.html). A visitor
 * answers "Het gaat om mij" and ticks signals. The recording must hold the partner's own page,
 * and nothing of the self-check: not its texts, not the answer, no tick. A bystander's checklist
 * the partner marked `recordable` is recorded, which shows the recorder does see into the
 * widgets' shadow roots.
 */

type RecordingWindow = Window & { recorded: { type: number; data?: { source?: number; isChecked?: boolean; id?: number } }[] };

/** rrweb's event and source numbers: an incremental snapshot of the input source is a tick or a keystroke. */
const INCREMENTAL = 3;
const INPUT = 5;

/** Every text in a shadow tree, nested widgets included. */
function texts(root: ShadowRoot): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) found.push(node.textContent!.replace(/\s+/g, ' ').trim());
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

describe('a session recorder on a partner page', () => {
  let frame: HTMLIFrameElement;
  let win: RecordingWindow;
  let recording: string;
  let selfTexts: string[];

  before(async function () {
    this.timeout(20000);
    frame = await openPartnerPage('/partner-site/recorded.html');
    win = frame.contentWindow as RecordingWindow;
    const page = frame.contentDocument!;
    const self = page.getElementById('self-check')!;
    const bystander = page.getElementById('bystander')!;
    const choices = () => self.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="perspective-choice"]') ?? [];
    await waitUntil(() => choices().length === 2 && bystander.shadowRoot?.querySelector('input'), 'widgets did not render', { timeout: 10000 });
    choices()[0].click();
    await waitUntil(() => self.shadowRoot!.querySelector('input[value="underpaid"]'), 'no signals after the answer');
    for (const id of ['underpaid', 'employer-debt', 'no-id']) self.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
    await waitUntil(() => self.shadowRoot!.querySelector('.summary')?.textContent?.includes('3'), 'ticks not counted');
    // What the self-check shows now, less what the recordable bystander's checklist shows too (its
    // caveat, its numbers: "0800-2000" is a link of its own in the one and part of a sentence in the
    // other, while CoMensha is closed) and what the partner's own page says (the fallback inside the
    // tags names CoMensha).
    const recordable = [...texts(bystander.shadowRoot!), page.body.textContent!.replace(/\s+/g, ' ')].join('\n');
    selfTexts = [...new Set(texts(self.shadowRoot!))].filter((text) => !recordable.includes(text) && text.length > 3);
    // rrweb hands over mutations in a microtask, input after the event: let both arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    recording = JSON.stringify(win.recorded);
  });

  after(() => frame.remove());

  it('records the partner page, and a bystander checklist the partner made recordable', () => {
    expect(observed(frame).violations).to.deep.equal([]);
    expect(recording).to.contain('Het stadhuis is open van maandag tot en met vrijdag.');
    expect(recording).to.contain('Heeft het eigen paspoort of ID-bewijs niet zelf');
  });

  it('holds none of the self-check: not its texts, not the answer', () => {
    expect(selfTexts).to.include.members(['Het gaat om mij', 'Gaat het om jezelf of om iemand anders?']);
    expect(selfTexts.length).to.be.greaterThan(20);
    expect(selfTexts.filter((text) => recording.includes(JSON.stringify(text).slice(1, -1)))).to.deep.equal([]);
    // The answer as the pressed choice (the shared style sheet, recorded with the bystander's checklist, names the attribute).
    expect(recording).not.to.contain('"aria-pressed":"true"');
  });

  it('holds no tick', () => {
    const inputs = win.recorded.filter((event) => event.type === INCREMENTAL && event.data?.source === INPUT);
    expect(inputs.filter((event) => event.data!.isChecked)).to.deep.equal([]);
  });
});
