import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
import { rendersIn, widgetsRendered } from './widgets-rendered.js';

interface ReportCtaArgs {
  channels?: string;
  layout?: string;
  'heading-level'?: string;
}

const meta: Meta<ReportCtaArgs> = {
  title: 'Widgets/report-cta',
  component: 'report-cta',
  tags: ['autodocs'],
  play: widgetsRendered,
  argTypes: {
    channels: { control: 'text', description: 'emergency police anonymous labour advice, in any order' },
    layout: { control: 'inline-radio', options: ['card', 'banner', 'compact'] },
    'heading-level': { control: 'select', options: ['1', '2', '3', '4', '5', '6'] },
  },
  render: (args) => html`
    <report-cta
      channels=${args.channels ?? nothing}
      layout=${args.layout ?? nothing}
      heading-level=${args['heading-level'] ?? nothing}
    >
      <p>In gevaar? Bel 112. Geen spoed: politie 0900-8844. Anoniem melden: 0800-7000.</p>
    </report-cta>
  `,
};
export default meta;
type Story = StoryObj<ReportCtaArgs>;

export const Card: Story = {};

export const Banner: Story = { args: { layout: 'banner' } };

export const Compact: Story = { args: { layout: 'compact' } };

export const AllChannels: Story = { args: { channels: 'emergency police anonymous labour advice' } };

export const LabourExploitation: Story = { args: { channels: 'labour anonymous emergency' } };

export const EmergencyOnly: Story = { args: { channels: 'emergency', layout: 'compact' } };

export const English: Story = {
  globals: { locale: 'en' },
  args: { channels: 'emergency police anonymous labour advice' },
  play: async (context) => {
    await widgetsRendered(context);
    const widget = context.canvasElement.querySelector('report-cta')!;
    await expect(widget.shadowRoot!.querySelector('h2')!.textContent).toBe('Report human trafficking');
  },
};

export const WithLocalReportingPoint: Story = {
  render: () => html`
    <report-cta channels="emergency police">
      <p slot="local"><strong>Meldpunt Gemeente Voorbeeld</strong>: kijk op de website van uw gemeente.</p>
    </report-cta>
  `,
};

/** A municipality's theme (NL Design System style tokens) mapped onto the widget's --mh-* properties. */
export const CustomTheme: Story = {
  render: () => html`
    <style>
      .voorbeeld-theme {
        --voorbeeld-color-primary: #00505c;
        --voorbeeld-color-danger: #8b0000;
        --mh-color-accent: var(--voorbeeld-color-primary);
        --mh-color-emergency: var(--voorbeeld-color-danger);
        --mh-color-background: #f7f4ee;
        --mh-border-radius: 0;
        font-family: Georgia, serif;
      }
      report-cta::part(heading) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <div class="voorbeeld-theme">
      <report-cta channels="emergency police anonymous advice"></report-cta>
    </div>
  `,
};

/** `steps`: what happens after you report, opened. */
export const WhatHappensAfterReporting: Story = {
  render: () => html`<report-cta steps channels="emergency police anonymous"></report-cta>`,
  play: async (context) => {
    await widgetsRendered(context);
    const widget = context.canvasElement.querySelector('report-cta')!;
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="steps-toggle"]')!.click();
    await widget.updateComplete;
    await expect(widget.shadowRoot!.querySelectorAll('[part="steps-list"] li')).toHaveLength(5);
  },
};

export const WhatHappensAfterReportingEnglish: Story = {
  ...WhatHappensAfterReporting,
  globals: { locale: 'en' },
};

/** Right to left, though the page sets no `dir`. */
export const Arabic: Story = { globals: { locale: 'ar' }, args: { channels: 'emergency police anonymous labour advice' }, play: rendersIn('ar') };

export const Tigrinya: Story = { globals: { locale: 'ti' }, args: { channels: 'emergency police anonymous labour advice' }, play: rendersIn('ti') };

export const WhatHappensAfterReportingArabic: Story = {
  ...WhatHappensAfterReporting,
  globals: { locale: 'ar' },
};
