import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_INPUTS, type Inputs } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { summarise, type Summary } from '$lib/model/closed';
import { gridSummary, linspace, sweep } from '$lib/model/sweep';
import { anyInputs, PROPERTY_TIMEOUT, sliderInputs } from './arbitraries';

/** Average price earned in each operating year of `r`, USD per billed GPU-hour. */
function averagePrices(r: ReturnType<typeof runModel>, x: Inputs): number[] {
  const hours = 730 * (x.utilisation / 100) * x.fleet;
  return r.operatingYears.map((y, j) => {
    const months = r.months.filter(
      (m) => m.inService && Math.floor((m.month - x.delay - 1) / 12) === j
    ).length;
    return y.revenue / (hours * months);
  });
}

/** Power bill per billed GPU-hour of `x`, USD: kW × PUE × USD per kWh. */
function powerPerHour(x: Inputs): number {
  return x.powerKw * x.pue * x.electricityPerKwh;
}

/** Equal to 1e-9 of the larger of |b| and the capex (the natural scale of every USD figure). */
function same(a: number, b: number, scale: number): void {
  if (!Number.isFinite(b) || Number.isNaN(b)) {
    expect(a).toBe(b);
    return;
  }
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(b), scale));
}

/** The closed forms read off runModel's schedule instead. */
function fromSchedule(x: Inputs): Omit<Summary, 'breakEven'> & { breakEven: Summary['breakEven'] } {
  const r = runModel(x);
  return {
    revenue: r.firstYear.revenue,
    opex: r.firstYear.opex,
    ebitda: r.firstYear.ebitda,
    depreciation: r.firstYear.depreciation,
    interest: r.firstYear.interest,
    principal: r.firstYear.principal,
    netIncome: r.firstYear.netIncome,
    interestCoverage: r.interestCoverage,
    dscr: r.dscr,
    minDscr: r.minDscr,
    minDscrYear: r.minDscrYear,
    breakEven: r.breakEven,
    enterpriseValue: r.enterpriseValue,
    equityValue: r.equityValue,
    equityClaim: r.equityClaim,
    leverageAmplifier: r.leverageAmplifier,
    refinancingNeed: r.refinancingNeed
  };
}

/** Every number of a summary, the break-evens flattened as `breakEven.<name>`. */
function flat(s: ReturnType<typeof fromSchedule>): [string, number][] {
  const { breakEven, ...rest } = s;
  return [
    ...Object.entries(rest),
    ...Object.entries(breakEven).map(([k, v]): [string, number] => [`breakEven.${k}`, v])
  ];
}

/** A flattened field of a summary. */
function field(s: Summary, key: string): number {
  return key.startsWith('breakEven.')
    ? s.breakEven[key.slice(10) as keyof Summary['breakEven']]
    : (s[key as Exclude<keyof Summary, 'breakEven'>] as number);
}

describe('closed-form summaries agree with the schedule', { timeout: PROPERTY_TIMEOUT }, () => {
  it('at the defaults', () => {
    const closed = summarise(DEFAULT_INPUTS);
    for (const [k, v] of flat(fromSchedule(DEFAULT_INPUTS))) same(field(closed, k), v, 1);
  });

  it('anywhere in the input space (fixed inputs included)', () => {
    fc.assert(
      fc.property(anyInputs, (x) => {
        const r = runModel(x);
        // Ratios whose denominator is a difference of large sums lose digits to cancellation
        // when that difference is near zero: EV ÷ (EV − debt) near EV = debt, and break-evens
        // near price = power cost per hour. There the two computations may disagree by more
        // than 1e-9 (or on which side of zero they fall), so such points are left out.
        const scale = x.fleet * x.capexPerGpu;
        fc.pre(Math.abs(r.equityClaim) > 1e-6 * scale);
        fc.pre(averagePrices(r, x).every((p) => Math.abs(p - powerPerHour(x)) > 1e-6 * x.price));
        const closed = summarise(x);
        for (const [key, v] of flat(fromSchedule(x))) {
          // Ratios are dimensionless: compare them at their own scale.
          const ratio = /Dscr|dscr|Coverage|Util|price|Amplifier|Year/.test(key);
          same(field(closed, key), v, ratio ? 1 : scale);
        }
      }),
      { numRuns: 300 }
    );
  });

  it('also near the cancellation points, to the precision their conditioning allows', () => {
    // The amplifier at a claim of c has an absolute error of about EV × ε ÷ c², so its relative
    // error is ε × EV ÷ c; at worst 1e-9 relative when c ≥ 1e-6 of EV. Tested here on the
    // owners' claim itself, whose error stays at the scale of the fleet's cost.
    fc.assert(
      fc.property(anyInputs, (x) => {
        const r = runModel(x);
        const s = summarise(x);
        same(s.equityClaim, r.equityClaim, x.fleet * x.capexPerGpu);
        if (r.equityClaim > 0 && s.equityClaim > 0) {
          const tolerance = 1e-12 * (r.enterpriseValue / r.equityClaim) ** 2;
          expect(Math.abs(s.leverageAmplifier - r.leverageAmplifier)).toBeLessThanOrEqual(
            Math.max(1e-9, tolerance) * Math.max(1, r.leverageAmplifier)
          );
        }
      }),
      { numRuns: 300 }
    );
  });
});

describe('gridSummary and sweep', { timeout: PROPERTY_TIMEOUT }, () => {
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

  it('sweeps several metrics along one input, e.g. interest and EV against the base rate', () => {
    const rates = linspace(0, 6, 7);
    const s = sweep(DEFAULT_INPUTS, 'baseRate', rates, [
      'interest',
      'enterpriseValue',
      'breakEven.netIncomeUtil'
    ]);
    rates.forEach((rate, k) => {
      const run = runModel({ ...DEFAULT_INPUTS, baseRate: rate });
      same(s.interest[k] ?? NaN, run.firstYear.interest, 1e9);
      same(s.enterpriseValue[k] ?? NaN, run.enterpriseValue, 1e9);
      same(s['breakEven.netIncomeUtil'][k] ?? NaN, run.breakEven.netIncomeUtil, 1);
    });
  });

  it('never mutates the inputs it is given', () => {
    fc.assert(
      fc.property(sliderInputs, (x) => {
        const frozen = Object.freeze({ ...x });
        gridSummary(frozen, 'utilisation', xs, 'baseRate', ys, 'equityValue');
        gridSummary(frozen, 'price', [1, 2], 'delay', [0, 12], 'minDscr');
        gridSummary(frozen, 'priceDecline', [0, 20], 'life', [3, 6], 'refinancingNeed');
        sweep(frozen, 'debtShare', [0, 50, 95], ['equityValue', 'breakEven.dscrUtil']);
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
