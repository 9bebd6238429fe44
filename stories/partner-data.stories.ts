/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import sample from '../examples/partner-data.json?raw';
import '../src/index.js';
import { PartnerDataCheck } from './workbench/partner-data-check.js';
import { widgetsRendered } from './widgets-rendered.js';

/**
 * Before partner data goes live: paste it or pick the file, and see what `<help-orgs>` leaves
 * out and why, with the widget beside it. The sample file is `examples/partner-data.json`.
 */
const meta: Meta<{ text: string }> = {
  title: 'Partnerdata controleren',
  // The class itself, not only its tag: the package marks stories free of side effects, so a
  // production build would drop an import kept only for its definition.
  render: ({ text }) => Object.assign(new PartnerDataCheck(), { sample, text }),
  args: { text: sample },
  argTypes: { text: { control: false } },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<{ text: string }>;

const checker = (canvas: HTMLElement) => canvas.querySelector('mh-partner-data-check')!.shadowRoot!;

export const Sample: Story = {
  play: async ({ canvasElement }) => {
    await widgetsRendered({ canvasElement: checker(canvasElement) });
    await expect(checker(canvasElement).textContent!.replace(/\s+/g, ' ')).toContain('1 van de 1 organisaties wordt getoond. Er is niets weggelaten.');
  },
};

/** A file with a typo in a form, an unsafe link and a missing name. */
export const BrokenFile: Story = {
  args: {
    text: JSON.stringify(
      {
        orgs: [
          { ...JSON.parse(sample).orgs[0], id: 'typo', forms: ['labor'] },
          { ...JSON.parse(sample).orgs[0], id: 'unsafe-link', website: 'javascript:alert(1)' },
          { ...JSON.parse(sample).orgs[0], id: 'no-name', name: '' },
          JSON.parse(sample).orgs[0],
        ],
      },
      null,
      2,
    ),
  },
  play: async ({ canvasElement }) => {
    await widgetsRendered({ canvasElement: checker(canvasElement) });
    const items = [...checker(canvasElement).querySelectorAll('.problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    await expect(items).toHaveLength(3);
    await expect(items[0]).toContain('Organisatie 1 (id "typo") wordt niet getoond. Veld forms[0]');
    await expect(items[1]).toContain('Organisatie 2 (id "unsafe-link") wordt getoond, maar zonder dit veld. Veld website');
    await expect(items[2]).toContain('Organisatie 3 (id "no-name") wordt niet getoond. Veld name');
  },
};
