import type { Preview } from '@storybook/web-components-vite';
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
      description: 'Language of the widgets (sets <html lang>, as a partner page does)',
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
    withSnippetBlock,
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'nl';
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { source: { type: 'dynamic' } },
  },
};
export default preview;
