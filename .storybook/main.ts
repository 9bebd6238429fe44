import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Every Lit entry point that a story or Storybook's renderer imports is pre-bundled into one
  // copy: one left out (the renderer's lit/directive-helpers.js) was served unbundled and
  // brought a second lit-html ("Multiple versions of Lit loaded"). The story tests use this too.
  async viteFinal(viteConfig) {
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/static-html.js',
        'lit/directive-helpers.js',
        '@lit/localize',
        // Bundled with @lit/localize, so the widgets' msg() is the one reentrant mode installs.
        '@lit/localize/init/reentrant.js',
      ],
    };
    return viteConfig;
  },
};
export default config;
