import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_INPUTS, type Inputs } from '../../../src/lib/model/inputs';
import { runModel } from '../../../src/lib/model/run';
import { summarise, type Summary } from '../../../src/lib/model/summary';
import { equityCashFlows, gridSummary, linspace, sweep } from '../../../src/lib/model/grid';
import { anyInputs, sliderInputs } from './arbitraries';

/** Equal to 1e-9 of the larger of |b| and the capex (the natural scale of every USD figure). */
function same(a: number, b: number, scale: number): void {
  if (!Number.isFinite(b) || Number.isNaN(b)) {
    expect(a).toBe(b);
    return;
  }
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(b), scale));
}

/** The closed forms read off runModel's schedule instead. */
function fromSchedule(x: Inputs): Partial<Summary> {
  const r = runModel(x);
  return {
    revenue: r.firstYear.revenue,
    opex: r.firstYear.opex,
    ebitda: r.firstYear.ebitda,
    depreciation: r.firstYear.depreciation,
    interest: r.firstYear.interest,
    principal: r.firstYear.principal,
    netIncome: r.firstYear.netIncome,
    fcfe: r.firstYear.fcfe,
    interestCoverage: r.interestCoverage,
    dscr: r.dscr,
    minDscr: r.minDscr,
    ebitdaBreakEvenUtil: r.breakEven.ebitdaUtil,
    netIncomeBreakEvenUtil: r.breakEven.netIncomeUtil,
    dscrBreakEvenUtil: r.breakEven.dscrUtil,
    breakEvenPrice: r.breakEven.price,
    enterpriseValue: r.enterpriseValue,
    equityValue: r.equityValue,
    leverageAmplifier: r.leverageAmplifier,
    lifetimeRevenue: r.lifetime.revenue,
    lifetimeEbitda: r.lifetime.ebitda,
    lifetimeInterest: r.lifetime.interest,
    lifetimeNetIncome: r.lifetime.netIncome,
    debt0: r.debt0,
    equity0: r.equity0,
    balloon: r.balloon,
    costOfDebt: r.costOfDebt,
    discountRate: r.discountRate
  };
}

describe('closed-form summaries agree with the schedule', () => {
  it('at the defaults', () => {
    const closed = summarise(DEFAULT_INPUTS);
    const sched = fromSchedule(DEFAULT_INPUTS);
    for (const [k, v] of Object.entries(sched)) same(closed[k as keyof Summary], v, 1);
  });

  it('anywhere in the input space (fixed inputs included)', () => {
    fc.assert(
      fc.property(anyInputs, (x) => {
        const closed = summarise(x);
        const sched = fromSchedule(x);
        const scale = x.fleet * x.capexPerGpu;
        for (const [k, v] of Object.entries(sched)) {
          const key = k as keyof Summary;
          // Ratios are dimensionless: compare them at their own scale.
          const ratio = /Dscr|dscr|Coverage|Util|Price|Amplifier|costOf|discount/.test(key);
          same(closed[key], v, ratio ? 1 : scale);
        }
      }),
      { numRuns: 300 }
    );
  });

  it('the lean equity cash flows match the schedule month by month', () => {
    fc.assert(
      fc.property(anyInputs, (x) => {
        const r = runModel(x);
        const flows = new Float64Array(r.months.length + 1);
        const count = equityCashFlows(x, flows);
        expect(count).toBe(r.months.length + 1);
        same(flows[0] ?? NaN, -r.equity0, r.debt0 + r.equity0);
        r.months.forEach((m, k) => same(flows[k + 1] ?? NaN, m.fcfe, r.debt0 + r.equity0));
      }),
      { numRuns: 200 }
    );
  });
});

describe('gridSummary and sweep', () => {
  const xs = linspace(20, 100, 5);
  const ys = linspace(0, 6, 4);

  it('lays the grid out row-major, one row per y', () => {
    const grid = gridSummary(DEFAULT_INPUTS, 'utilisation', xs, 'baseRate', ys, 'netIncome');
    expect(grid).toHaveLength(20);
    ys.forEach((y, r) =>
      xs.forEach((x, c) => {
        const expected = runModel({ ...DEFAULT_INPUTS, utilisation: x, baseRate: y }).firstYear
          .netIncome;
        same(grid[r * xs.length + c] ?? NaN, expected, 1e9);
      })
    );
  });

  it('computes path metrics (IRR, peak cash, payback) like runModel', () => {
    for (const metric of ['equityIrr', 'peakCashNeed', 'paybackMonth'] as const) {
      const grid = gridSummary(DEFAULT_INPUTS, 'delay', [0, 6, 12], 'life', [2, 4, 7], metric);
      [2, 4, 7].forEach((life, r) =>
        [0, 6, 12].forEach((delay, c) => {
          const run = runModel({ ...DEFAULT_INPUTS, delay, life });
          const value = grid[r * 3 + c] ?? NaN;
          if (metric === 'paybackMonth') expect(value).toEqual(run.paybackMonth ?? NaN);
          else same(value, run[metric], metric === 'equityIrr' ? 1 : 1e9);
        })
      );
    }
  });

  it('sweeps several metrics along one input, e.g. interest and EV against the base rate', () => {
    const rates = linspace(0, 6, 7);
    const s = sweep(DEFAULT_INPUTS, 'baseRate', rates, [
      'interest',
      'enterpriseValue',
      'equityIrr'
    ]);
    rates.forEach((rate, k) => {
      const run = runModel({ ...DEFAULT_INPUTS, baseRate: rate });
      same(s.interest[k] ?? NaN, run.firstYear.interest, 1e9);
      same(s.enterpriseValue[k] ?? NaN, run.enterpriseValue, 1e9);
      same(s.equityIrr[k] ?? NaN, run.equityIrr, 1);
    });
  });

  it('never mutates the inputs it is given', () => {
    fc.assert(
      fc.property(sliderInputs, (x) => {
        const frozen = Object.freeze({ ...x });
        gridSummary(frozen, 'utilisation', xs, 'baseRate', ys, 'equityValue');
        gridSummary(frozen, 'price', [1, 2], 'delay', [0, 12], 'equityIrr');
        sweep(frozen, 'debtShare', [0, 50, 95], ['equityValue', 'peakCashNeed']);
        summarise(frozen);
        runModel(frozen);
        expect(frozen).toEqual(x);
      }),
      { numRuns: 50 }
    );
  });

  it('spaces axis values evenly', () => {
    // 20 + 80·k/4 for k = 0..4.
    expect(Array.from(linspace(20, 100, 5))).toEqual([20, 40, 60, 80, 100]);
    expect(Array.from(linspace(3, 9, 1))).toEqual([3]);
  });
});
