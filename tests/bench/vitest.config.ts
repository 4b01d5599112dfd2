import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The model benchmarks import nothing but src/lib/model, so they need no SvelteKit plugin,
// only its $lib alias.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
  test: {
    include: ['tests/bench/**/*.report.ts'],
    environment: 'node',
    // One worker and no parallel files: timings should not compete with each other.
    fileParallelism: false,
    testTimeout: 120_000
  }
});
