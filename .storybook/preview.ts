import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { LANGUAGE_NAMES } from '../src/shared/locale.js';
import { withSnippetBlock } from '../stories/workbench/snippet-block.js';

setCustomElementsManifest(manifest);

/** Lit records each copy that loads; two copies would not share their element definitions' internals. */
type LitVersions = { litHtmlVersions?: string[]; litElementVersions?: string[] };

const preview: Preview = {
  beforeAll: () => {
    const { litHtmlVersions = [], litElementVersions = [] } = globalThis as LitVersions;
    if (litHtmlVersions.length > 1 || litElementVersions.length > 1) {
      throw new Error(`Multiple versions of Lit loaded: lit-html ${litHtmlVersions.join(', ')}; lit-element ${litElementVersions.join(', ')}`);
    }
  },
  globalTypes: {
    locale: {
      description: "Language of the widgets (each story's own wrapper gets `lang`, as a section of a partner page does)",
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(LANGUAGE_NAMES).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl' },
  decorators: [
    // Around the story only (the first decorator is the innermost). Not <html lang>: a docs page
    // shows several stories in one document, each in its own language.
    (story, context) => html`<div lang=${context.globals.locale ?? 'nl'}>${story()}</div>`,
    withSnippetBlock,
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    // The code a partner copies shows the widget, not the language wrapper around it.
    docs: { source: { type: 'dynamic', excludeDecorators: true } },
  },
};
export default preview;
