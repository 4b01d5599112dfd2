import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Formatting is locale-sensitive; pin the zone so dates format the same everywhere.
    env: { TZ: 'UTC' },
    expect: { requireAssertions: true },
    benchmark: { include: ['tests/bench/**/*.bench.ts'] }
  }
});
