import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Prints the model's figures table (tests/bench/figures.table.ts); like the benchmarks it needs
// only the $lib alias.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
  test: { include: ['tests/bench/**/*.table.ts'], environment: 'node' }
});
