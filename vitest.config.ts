import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import storybook from './.storybook/main';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// The docs-page tests render stories outside Storybook, with the dependencies it pre-bundles.
const { optimizeDeps } = await storybook.viteFinal!({}, {} as never);

// A fresh object per project: vitest names each project's instances in place.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

// Renders every story in Debian's Chromium and fails on any axe violation; and renders stories
// together, as a docs page does.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook', browser: browser() },
      },
      {
        optimizeDeps,
        test: { name: 'docs-page', include: ['tests/stories/*.vitest.ts'], browser: browser() },
      },
    ],
  },
});
