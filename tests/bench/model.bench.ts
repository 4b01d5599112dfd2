/** The same hot paths for `npx vitest bench --run` (tinybench: mean, p75, p99). */
import { bench, describe } from 'vitest';
import { DEFAULT_INPUTS } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { gridSummary, linspace } from '$lib/model/sweep';

const utilisation = linspace(20, 100, 60);
const baseRate = linspace(0, 6, 60);

describe('model', () => {
  bench('runModel at the defaults', () => {
    runModel(DEFAULT_INPUTS);
  });
  bench('60 × 60 grid of net income (utilisation × base rate)', () => {
    gridSummary(DEFAULT_INPUTS, 'utilisation', utilisation, 'baseRate', baseRate, 'netIncome');
  });
  bench('60 × 60 grid of equity value (utilisation × base rate)', () => {
    gridSummary(DEFAULT_INPUTS, 'utilisation', utilisation, 'baseRate', baseRate, 'equityValue');
  });
});
