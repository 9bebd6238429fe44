import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
import { HELP_ORGS_LAYOUTS, MODES } from '../src/help-orgs/help-orgs.js';
import { AUDIENCES } from '../src/help-orgs/org.js';
import { BUILT_IN_ORGS } from '../src/help-orgs/orgs.js';
import { FORMS } from '../src/shared/forms.js';
import { rendersIn, widgetsRendered } from './widgets-rendered.js';
import { choice, flag, headingLevel, language, renderWidget, text, tokenList, type ArgsOf } from './workbench/controls.js';

/** The regions of the built-in organisations; a partner's own codes come with its data. */
const REGIONS = [...new Set(BUILT_IN_ORGS.flatMap((org) => [org.region ?? []].flat()))];

const argTypes = {
  forms: tokenList(FORMS, []),
  audience: tokenList(AUDIENCES, []),
  region: tokenList(REGIONS, []),
  orgs: tokenList(
    BUILT_IN_ORGS.map((org) => org.id),
    [],
  ),
  layout: choice(HELP_ORGS_LAYOUTS),
  'heading-level': headingLevel,
  filterable: flag,
  src: text('the address of your partner data, on your own site (check it first on "Partnerdata controleren")'),
  mode: choice(MODES),
  lang: language,
};
type HelpOrgsArgs = ArgsOf<typeof argTypes>;

/** A municipality's own help point, as a partner writes it inline. */
const partnerData = JSON.stringify({
  orgs: [
    {
      id: 'meldpunt-voorbeeld',
      name: 'Meldpunt Mensenhandel Voorbeeld',
      description: { nl: 'Voor vragen en meldingen in de regio.', en: 'Questions and reports in the region.' },
      forms: ['sexual', 'labour', 'criminal'],
      audiences: ['victim', 'bystander'],
      website: 'https://voorbeeld.example/mensenhandel',
      channels: [
        { type: 'phone', value: '030 000 0000', hours: { nl: 'ma–vr 9.00–17.00', en: 'Mon–Fri 9am–5pm' } },
        { type: 'email', value: 'meldpunt@voorbeeld.example' },
      ],
      languages: ['nl', 'en'],
    },
  ],
});

/** What a partner writes: `<script type="application/json">{"orgs": [ … ]}</script>` inside the tag. */
function inline(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  return script;
}

const meta: Meta<HelpOrgsArgs> = {
  title: 'Widgets/help-orgs',
  component: 'help-orgs',
  tags: ['autodocs'],
  play: widgetsRendered,
  argTypes,
  render: (args, context) => renderWidget('help-orgs', args, context),
};
export default meta;
type Story = StoryObj<HelpOrgsArgs>;

export const Default: Story = {};

export const Victims: Story = { args: { audience: ['victim'] } };

export const Bystanders: Story = { args: { audience: ['bystander'] } };

export const Professionals: Story = { args: { audience: ['professional'] } };

export const LabourExploitation: Story = { args: { forms: ['labour'] } };

export const Region: Story = { args: { region: ['twente', 'flevoland'] } };

export const Grid: Story = { args: { layout: 'grid' } };

export const Filterable: Story = { args: { filterable: true } };

export const ChosenOrganisations: Story = { args: { orgs: ['fier', 'keerpunt', 'veilig-thuis'] } };

export const PartnerData: Story = {
  parameters: { snippet: false },
  render: () => html`
<help-orgs region="voorbeeld">${inline(partnerData)}</help-orgs>
  `,
};

export const PartnerDataOnly: Story = {
  parameters: { snippet: false },
  render: () => html`
<help-orgs mode="replace">${inline(partnerData)}</help-orgs>
  `,
};

/** A partner's long list: thirty help points, of which twenty show with a button for the rest. */
const longList = JSON.stringify({
  orgs: Array.from({ length: 30 }, (_, i) => ({
    id: `hulppunt-${i + 1}`,
    name: `Hulppunt Voorbeeld ${i + 1}`,
    description: { nl: 'Voor vragen en meldingen in de wijk.', en: 'Questions and reports in the neighbourhood.' },
    forms: ['sexual', 'labour', 'criminal'],
    audiences: ['victim', 'bystander'],
    website: `https://voorbeeld.example/hulppunt-${i + 1}`,
  })),
});

export const LongList: Story = {
  parameters: { snippet: false },
  render: () => html`
<help-orgs mode="replace" filterable>${inline(longList)}</help-orgs>
  `,
  play: async (context) => {
    await widgetsRendered(context);
    const widget = context.canvasElement.querySelector('help-orgs')!;
    await expect(widget.shadowRoot!.querySelectorAll('[data-org]').length).toBe(20);
    await expect(widget.shadowRoot!.querySelector('[part="more"]')?.textContent).toContain('nog 10');
  },
};

export const ErrorState: Story = {
  parameters: { snippet: false },
  render: () => html`<help-orgs src="./does-not-exist/orgs.json"></help-orgs>`,
  play: async (context) => {
    await widgetsRendered(context);
    const widget = context.canvasElement.querySelector('help-orgs')!;
    const deadline = Date.now() + 10_000;
    while (!widget.shadowRoot!.querySelector('[part="notice"]')) {
      if (Date.now() > deadline) throw new Error('no notice');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await expect(widget.shadowRoot!.querySelector('a[href="tel:112"]')).toBeTruthy();
  },
};

export const English: Story = {
  args: { lang: 'en', filterable: true },
  play: async (context) => {
    await widgetsRendered(context);
    const widget = context.canvasElement.querySelector('help-orgs')!;
    await expect(widget.shadowRoot!.querySelector('h2')!.textContent).toBe('Help with human trafficking');
  },
};

/** Right to left, though the page sets no `dir`. */
export const Arabic: Story = { args: { lang: 'ar', filterable: true }, play: rendersIn('ar') };

export const Tigrinya: Story = { args: { lang: 'ti', filterable: true }, play: rendersIn('ti') };
