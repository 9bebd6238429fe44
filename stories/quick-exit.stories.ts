import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
import { QUICK_EXIT_POSITIONS, QUICK_EXIT_SHORTCUTS } from '../src/quick-exit/quick-exit.js';
import { rendersIn, widgetsRendered } from './widgets-rendered.js';
import { choice, language, renderWidget, text, type ArgsOf } from './workbench/controls.js';

const argTypes = {
  position: choice(QUICK_EXIT_POSITIONS),
  shortcut: choice(QUICK_EXIT_SHORTCUTS),
  href: text('an https: address; default https://www.buienradar.nl/ (anything else gives the default)'),
  'safety-href': text("the partner's https: page about browsing safely"),
  lang: language,
};
type QuickExitArgs = ArgsOf<typeof argTypes>;

/*
 * The button leaves for real (it replaces this frame with buienradar.nl), so no story clicks it
 * or presses Shift three times; tests/quick-exit.test.ts does, with the navigation held.
 */
const meta: Meta<QuickExitArgs> = {
  title: 'Widgets/quick-exit',
  component: 'quick-exit',
  tags: ['autodocs'],
  play: widgetsRendered,
  argTypes,
  render: (args, context) => html`
    ${renderWidget('quick-exit', args, context)}
    <h1>Mensenhandel herkennen en melden</h1>
    <p>The page of a municipality, under the quick exit.</p>
  `,
};
export default meta;
type Story = StoryObj<QuickExitArgs>;

/** The default: the button in the top corner, the honest line where the element is. */
export const Fixed: Story = {};

export const Inline: Story = { args: { position: 'inline' } };

export const WithSafetyPage: Story = {
  args: { position: 'inline', 'safety-href': 'https://www.voorbeeld.example/veilig-internetten' },
  play: async (context) => {
    await widgetsRendered(context);
    const widget = context.canvasElement.querySelector('quick-exit')!;
    widget.shadowRoot!.querySelector('details')!.open = true;
    await expect(widget.shadowRoot!.querySelector('[part="safety-link"]')!.textContent).toBe('Meer over veilig internetten');
  },
};

export const WithoutShortcut: Story = { args: { position: 'inline', shortcut: 'none' } };

export const English: Story = {
  args: { lang: 'en', position: 'inline' },
  play: async (context) => {
    await widgetsRendered(context);
    const widget = context.canvasElement.querySelector('quick-exit')!;
    await expect(widget.shadowRoot!.querySelector('[part="button"]')!.textContent!.trim()).toBe('Quick exit');
  },
};

/** On a right-to-left page the fixed button takes the other top corner. */
export const RightToLeftPage: Story = {
  parameters: { snippet: false },
  render: (args, context) => html`<div dir="rtl">${meta.render!(args, context)}</div>`,
};

/** Right to left, though the page sets no `dir`. */
export const Arabic: Story = { args: { lang: 'ar', position: 'inline' }, play: rendersIn('ar') };

export const Tigrinya: Story = { args: { lang: 'ti', position: 'inline' }, play: rendersIn('ti') };
