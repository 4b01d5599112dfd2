import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { siteFonts } from './scripts/fonts.js';
import { siteOrigin } from './scripts/site-origin.js';
import svelteConfig from './svelte.config.js';

export default defineConfig({
  plugins: [siteFonts(), sveltekit()],
  // The published address, fixed at build time for the absolute URLs in each page's head
  // (src/lib/site.ts): SITE_ORIGIN, and the base path Kit is configured with.
  define: {
    __SITE_ORIGIN__: JSON.stringify(siteOrigin()),
    __BASE_PATH__: JSON.stringify(svelteConfig.kit?.paths?.base ?? '')
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Formatting is locale-sensitive; pin the zone so dates format the same everywhere.
    env: { TZ: 'UTC' },
    expect: { requireAssertions: true },
    benchmark: { include: ['tests/bench/**/*.bench.ts'] }
  }
});
