import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/index.js';
import { FORMS } from '../src/shared/forms.js';
import { PERSPECTIVES } from '../src/signal-checklist/level.js';
import { SIGNAL_CHECKLIST_AUDIENCES, type SignalChecklist } from '../src/signal-checklist/signal-checklist.js';
import { rendersIn, widgetsRendered } from './widgets-rendered.js';
import { choice, headingLevel, language, renderWidget, tokenList, type ArgsOf, type Control } from './workbench/controls.js';

const argTypes = {
  perspective: choice(PERSPECTIVES),
  forms: tokenList(FORMS),
  audience: choice(SIGNAL_CHECKLIST_AUDIENCES),
  'heading-level': headingLevel,
  lang: language,
  checked: { control: 'object', description: "ids of ticked signals (property): what a visitor ticks, not part of the snippet" } as Control<string[]>,
};
type SignalChecklistArgs = ArgsOf<typeof argTypes>;

/** Waits for the checklist and for the <report-cta> with its next steps inside it. */
async function checklistRendered(context: { canvasElement: HTMLElement }): Promise<SignalChecklist> {
  await widgetsRendered(context);
  const el = context.canvasElement.querySelector('signal-checklist')!;
  const deadline = Date.now() + 5000;
  while (!el.shadowRoot!.querySelector('report-cta')?.shadowRoot?.querySelector('a[href^="tel:"]')) {
    if (Date.now() > deadline) throw new Error('the next steps did not render within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return el;
}

const meta: Meta<SignalChecklistArgs> = {
  title: 'Widgets/signal-checklist',
  component: 'signal-checklist',
  tags: ['autodocs'],
  play: async (context) => {
    await checklistRendered(context);
  },
  // The stories below show the signals about someone else; Default and the Self stories show the other two modes.
  args: { perspective: 'other' },
  argTypes,
  render: (args, context) => {
    const widget = renderWidget('signal-checklist', args, context) as SignalChecklist;
    widget.checked = args.checked ?? [];
    return widget;
  },
};
export default meta;
type Story = StoryObj<SignalChecklistArgs>;

/** The default: it first asks whom it is about, in two large choices; help is there before the answer. */
export const Default: Story = { args: { perspective: 'ask' } };

/** About someone else, nothing ticked: level `none`. */
export const NothingTicked: Story = {};

/** One or two ticks: level `some`. */
export const SomeSignals: Story = { args: { checked: ['depressed', 'withdrawn'] } };

/** Three ticks, in two forms: level `several`, with the police, anonymous reporting and the Arbeidsinspectie. */
export const SeveralSignals: Story = {
  args: { checked: ['depressed', 'underpaid', 'lying'] },
  play: async (context) => {
    const el = await checklistRendered(context);
    await expect(el.summary.level).toBe('several');
  },
};

/** A signal of immediate danger: level `acute`, 112 first. */
export const Acute: Story = {
  args: { checked: ['threatened'] },
  play: async (context) => {
    const el = await checklistRendered(context);
    const cta = el.shadowRoot!.querySelector('report-cta')!;
    await expect(cta.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).toBe('tel:112');
  },
};

export const SexualExploitation: Story = { args: { forms: ['sexual'] } };

export const LabourExploitation: Story = { args: { forms: ['labour'] } };

export const CriminalExploitation: Story = { args: { forms: ['criminal'] } };

/** No signal list exists for organ removal: an explanation and the advice to seek help. */
export const OrganRemoval: Story = { args: { forms: ['organ'] } };

/** Adds the signals professionals are trained to notice, and CoMensha's helpdesk. */
export const Professional: Story = { args: { audience: 'professional', checked: ['cannot-refuse', 'pimp-control'] } };

export const English: Story = {
  args: { lang: 'en', checked: ['depressed', 'underpaid', 'lying'] },
  play: async (context) => {
    const el = await checklistRendered(context);
    await expect(el.shadowRoot!.querySelector('h2')!.textContent).toBe('Recognising the signals of human trafficking');
  },
};

/** A partner page in Dutch with one widget in English, through its own `lang`. */
export const EnglishWidgetOnDutchPage: Story = { args: { lang: 'en', forms: ['labour'] } };

/** Right to left, though the page sets no `dir`. */
export const Arabic: Story = { args: { lang: 'ar', checked: ['depressed', 'underpaid', 'lying'] }, play: rendersIn('ar') };

export const Tigrinya: Story = { args: { lang: 'ti', checked: ['depressed', 'underpaid', 'lying'] }, play: rendersIn('ti') };

/** The check for the person it may be happening to: second-person texts, help for victims first, a word on call history. */
export const Self: Story = {
  args: { perspective: 'self', checked: ['no-id', 'underpaid', 'employer-debt'] },
  play: async (context) => {
    const el = await checklistRendered(context);
    const help = el.shadowRoot!.querySelector('[part~="help"]')!;
    await expect(help.querySelector('[part~="safety"]')).not.toBeNull();
    await expect(help.querySelector('a[href="https://fairwork.nu/"]')).not.toBeNull();
  },
};

/** In danger now, about oneself: 112 on top of the help. */
export const SelfAcute: Story = { args: { perspective: 'self', checked: ['not-free', 'nude-blackmail'] } };

/** The self-check in Polish: the language of many labour migrants. */
export const SelfPolish: Story = {
  args: { perspective: 'self', lang: 'pl', checked: ['no-id', 'underpaid', 'employer-housing'] },
  play: rendersIn('pl'),
};

/** The self-check in Arabic, right to left. */
export const SelfArabic: Story = {
  args: { perspective: 'self', lang: 'ar', checked: ['no-id', 'not-free'] },
  play: rendersIn('ar'),
};

/** The self-check in Tigrinya. */
export const SelfTigrinya: Story = {
  args: { perspective: 'self', lang: 'ti', checked: ['no-money', 'underpaid', 'false-promises'] },
  play: rendersIn('ti'),
};
