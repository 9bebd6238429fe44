import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
import type { SignalChecklist } from '../src/signal-checklist/signal-checklist.js';
import { rendersIn, widgetsRendered } from './widgets-rendered.js';

interface SignalChecklistArgs {
  forms?: string;
  audience?: string;
  'heading-level'?: string;
  checked?: string[];
}

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
  argTypes: {
    forms: { control: 'text', description: 'sexual labour criminal organ, any subset' },
    audience: { control: 'inline-radio', options: ['public', 'professional'] },
    'heading-level': { control: 'select', options: ['1', '2', '3', '4', '5', '6'] },
    checked: { control: 'object', description: 'ids of ticked signals (property)' },
  },
  render: (args) => html`
    <signal-checklist
      forms=${args.forms ?? nothing}
      audience=${args.audience ?? nothing}
      heading-level=${args['heading-level'] ?? nothing}
      .checked=${args.checked ?? []}
    >
      <p>Twijfel je? Bel CoMensha: 033 448 11 86. In gevaar? Bel 112.</p>
    </signal-checklist>
  `,
};
export default meta;
type Story = StoryObj<SignalChecklistArgs>;

/** Nothing ticked: level `none`. */
export const Default: Story = {};

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

export const SexualExploitation: Story = { args: { forms: 'sexual' } };

export const LabourExploitation: Story = { args: { forms: 'labour' } };

export const CriminalExploitation: Story = { args: { forms: 'criminal' } };

/** No signal list exists for organ removal: an explanation and the advice to seek help. */
export const OrganRemoval: Story = { args: { forms: 'organ' } };

/** Adds the signals professionals are trained to notice, and CoMensha's helpdesk. */
export const Professional: Story = { args: { audience: 'professional', checked: ['cannot-refuse', 'pimp-control'] } };

export const English: Story = {
  globals: { locale: 'en' },
  args: { checked: ['depressed', 'underpaid', 'lying'] },
  play: async (context) => {
    const el = await checklistRendered(context);
    await expect(el.shadowRoot!.querySelector('h2')!.textContent).toBe('Recognising the signals of human trafficking');
  },
};

/** A partner page in Dutch with one widget in English, through its own `lang`. */
export const EnglishWidgetOnDutchPage: Story = {
  render: () => html`<signal-checklist lang="en" forms="labour"></signal-checklist>`,
};

/** Right to left, though the page sets no `dir`. */
export const Arabic: Story = { globals: { locale: 'ar' }, args: { checked: ['depressed', 'underpaid', 'lying'] }, play: rendersIn('ar') };

export const Tigrinya: Story = { globals: { locale: 'ti' }, args: { checked: ['depressed', 'underpaid', 'lying'] }, play: rendersIn('ti') };
