/**
 * Prints the median and 95th-percentile time of the model's hot paths. Run with
 * `npx vitest run --config tests/bench/vitest.config.ts`. It measures and prints; it asserts
 * nothing about time, because timings depend on the machine.
 */
import { test } from 'vitest';
import { DEFAULT_INPUTS } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { summarise } from '$lib/model/closed';
import { gridSummary, linspace, sweep } from '$lib/model/sweep';
import { table, time, type Timing } from './timing';

const utilisation = linspace(20, 100, 60);
const baseRate = linspace(0, 6, 60);
const debtShare = linspace(0, 95, 60);

test('model timings', () => {
  const rows: Timing[] = [
    time('runModel (defaults, 72 months)', () => runModel(DEFAULT_INPUTS), 500),
    time(
      'runModel (12-month delay, 7-year life)',
      () => runModel({ ...DEFAULT_INPUTS, delay: 12, life: 7 }),
      500
    ),
    time('summarise (closed form, one cell)', () => summarise(DEFAULT_INPUTS), 2000),
    time('grid 60 × 60 utilisation × base rate: net income', () =>
      gridSummary(DEFAULT_INPUTS, 'utilisation', utilisation, 'baseRate', baseRate, 'netIncome')
    ),
    time('grid 60 × 60 utilisation × base rate: equity value', () =>
      gridSummary(DEFAULT_INPUTS, 'utilisation', utilisation, 'baseRate', baseRate, 'equityValue')
    ),
    time('grid 60 × 60 debt share × base rate: minimum DSCR', () =>
      gridSummary(DEFAULT_INPUTS, 'debtShare', debtShare, 'baseRate', baseRate, 'minDscr')
    ),
    time('sweep 60 base rates: interest and EV', () =>
      sweep(DEFAULT_INPUTS, 'baseRate', baseRate, ['interest', 'enterpriseValue'])
    )
  ];
  process.stdout.write(`\n${table(rows)}\n\n`);
});
