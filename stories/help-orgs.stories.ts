import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
import { rendersIn, widgetsRendered } from './widgets-rendered.js';

interface HelpOrgsArgs {
  forms?: string;
  audience?: string;
  region?: string;
  orgs?: string;
  layout?: string;
  'heading-level'?: string;
  filterable?: boolean;
  mode?: string;
}

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
  argTypes: {
    forms: { control: 'text', description: 'sexual labour criminal organ' },
    audience: { control: 'text', description: 'victim bystander professional' },
    region: { control: 'text', description: 'twente amsterdam noord-holland rotterdam flevoland, or your own codes' },
    orgs: { control: 'text', description: 'ids to show, in this order' },
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    'heading-level': { control: 'select', options: ['1', '2', '3', '4', '5', '6'] },
    filterable: { control: 'boolean' },
    mode: { control: 'inline-radio', options: ['merge', 'replace'] },
  },
  render: (args) => html`
    <help-orgs
      forms=${args.forms ?? nothing}
      audience=${args.audience ?? nothing}
      region=${args.region ?? nothing}
      orgs=${args.orgs ?? nothing}
      layout=${args.layout ?? nothing}
      heading-level=${args['heading-level'] ?? nothing}
      mode=${args.mode ?? nothing}
      ?filterable=${args.filterable}
    >
      <p>In gevaar? Bel 112. Advies: CoMensha 033 448 11 86. Veilig Thuis: 0800-2000.</p>
    </help-orgs>
  `,
};
export default meta;
type Story = StoryObj<HelpOrgsArgs>;

export const Default: Story = {};

export const Victims: Story = { args: { audience: 'victim' } };

export const Bystanders: Story = { args: { audience: 'bystander' } };

export const Professionals: Story = { args: { audience: 'professional' } };

export const LabourExploitation: Story = { args: { forms: 'labour' } };

export const Region: Story = { args: { region: 'flevoland twente' } };

export const Grid: Story = { args: { layout: 'grid' } };

export const Filterable: Story = { args: { filterable: true } };

export const ChosenOrganisations: Story = { args: { orgs: 'veilig-thuis fier keerpunt' } };

export const PartnerData: Story = {
  render: () => html`
<help-orgs region="voorbeeld">${inline(partnerData)}</help-orgs>
  `,
};

export const PartnerDataOnly: Story = {
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
  globals: { locale: 'en' },
  args: { filterable: true },
  play: async (context) => {
    await widgetsRendered(context);
    const widget = context.canvasElement.querySelector('help-orgs')!;
    await expect(widget.shadowRoot!.querySelector('h2')!.textContent).toBe('Help with human trafficking');
  },
};

/** Right to left, though the page sets no `dir`. */
export const Arabic: Story = { globals: { locale: 'ar' }, args: { filterable: true }, play: rendersIn('ar') };

export const Tigrinya: Story = { globals: { locale: 'ti' }, args: { filterable: true }, play: rendersIn('ti') };
