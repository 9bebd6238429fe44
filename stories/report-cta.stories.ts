import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
import { CHANNEL_IDS, DEFAULT_CHANNELS } from '../src/report-cta/channels.js';
import { REPORT_CTA_LAYOUTS } from '../src/report-cta/report-cta.js';
import { rendersIn, widgetsRendered } from './widgets-rendered.js';
import { choice, flag, headingLevel, language, renderWidget, tokenList, type ArgsOf } from './workbench/controls.js';

const argTypes = {
  channels: tokenList(CHANNEL_IDS, DEFAULT_CHANNELS),
  layout: choice(REPORT_CTA_LAYOUTS),
  'heading-level': headingLevel,
  steps: flag,
  lang: language,
};
type ReportCtaArgs = ArgsOf<typeof argTypes>;

const meta: Meta<ReportCtaArgs> = {
  title: 'Widgets/report-cta',
  component: 'report-cta',
  tags: ['autodocs'],
  play: widgetsRendered,
  argTypes,
  render: (args, context) => renderWidget('report-cta', args, context),
};
export default meta;
type Story = StoryObj<ReportCtaArgs>;

export const Card: Story = {};

export const Banner: Story = { args: { layout: 'banner' } };

export const Compact: Story = { args: { layout: 'compact' } };

export const AllChannels: Story = { args: { channels: [...CHANNEL_IDS] } };

export const LabourExploitation: Story = { args: { channels: ['emergency', 'anonymous', 'labour'] } };

export const EmergencyOnly: Story = { args: { channels: ['emergency'], layout: 'compact' } };

export const English: Story = {
  args: { lang: 'en', channels: [...CHANNEL_IDS] },
  play: async (context) => {
    await widgetsRendered(context);
    const widget = context.canvasElement.querySelector('report-cta')!;
    await expect(widget.shadowRoot!.querySelector('h2')!.textContent).toBe('Report human trafficking');
  },
};

export const WithLocalReportingPoint: Story = {
  parameters: { snippet: false },
  render: () => html`
    <report-cta channels="emergency police">
      <p slot="local"><strong>Meldpunt Gemeente Voorbeeld</strong>: kijk op de website van uw gemeente.</p>
    </report-cta>
  `,
};

/** A municipality's theme (NL Design System style tokens) mapped onto the widget's --mh-* properties. */
export const CustomTheme: Story = {
  parameters: { snippet: false },
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
  args: { steps: true, channels: ['emergency', 'police', 'anonymous'] },
  play: async (context) => {
    await widgetsRendered(context);
    const widget = context.canvasElement.querySelector('report-cta')!;
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="steps-toggle"]')!.click();
    // The steps are a file of their own: the list fills in when it has arrived.
    const steps = () => widget.shadowRoot!.querySelectorAll('[part="steps-list"] li');
    const deadline = Date.now() + 5000;
    while (steps().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(steps()).toHaveLength(5);
  },
};

export const WhatHappensAfterReportingEnglish: Story = {
  ...WhatHappensAfterReporting,
  args: { ...WhatHappensAfterReporting.args, lang: 'en' },
};

/** Right to left, though the page sets no `dir`. */
export const Arabic: Story = { args: { lang: 'ar', channels: [...CHANNEL_IDS] }, play: rendersIn('ar') };

export const Tigrinya: Story = { args: { lang: 'ti', channels: [...CHANNEL_IDS] }, play: rendersIn('ti') };

export const WhatHappensAfterReportingArabic: Story = {
  ...WhatHappensAfterReporting,
  args: { ...WhatHappensAfterReporting.args, lang: 'ar' },
};
