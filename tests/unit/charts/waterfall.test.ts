import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WATERFALL_KEYS, waterfallDomain, waterfallSteps } from '$lib/charts/waterfall/spec';
import { DEFAULT_INPUTS } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import type { YearSummary } from '$lib/model/schedule';

function year(revenue: number, opex: number, depreciation: number, interest: number): YearSummary {
  const ebitda = revenue - opex;
  const netIncome = ebitda - depreciation - interest;
  return { revenue, opex, ebitda, depreciation, interest, principal: 0, netIncome, fcfe: 0 };
}

describe('waterfallSteps', () => {
  it('floats each deduction from the running level', () => {
    const steps = waterfallSteps(year(100, 30, 50, 30));
    expect(steps.map((s) => [s.key, s.kind, s.from, s.to, s.value])).toEqual([
      ['revenue', 'total', 0, 100, 100],
      ['opex', 'deduction', 100, 70, -30],
      ['ebitda', 'total', 0, 70, 70],
      ['depreciation', 'deduction', 70, 20, -50],
      ['interest', 'deduction', 20, -10, -30],
      ['netIncome', 'total', 0, -10, -10]
    ]);
  });

  it('lands the last deduction on the net income the model reports, and does not mutate', () => {
    const result = runModel({ ...DEFAULT_INPUTS });
    const before = { ...result.firstYear };
    const steps = waterfallSteps(result.firstYear);
    expect(steps.map((s) => s.key)).toEqual([...WATERFALL_KEYS]);
    expect(steps[4]?.to).toBeCloseTo(result.firstYear.netIncome, 3);
    expect(steps[5]?.to).toBe(result.firstYear.netIncome);
    expect(result.firstYear).toEqual(before);
  });

  it('keeps every bar inside its domain, which holds zero', () => {
    const money = fc.double({ min: 0, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(money, money, money, money, (r, o, d, i) => {
        const steps = waterfallSteps(year(r, o, d, i));
        const [lo, hi] = waterfallDomain(steps);
        expect(lo).toBeLessThanOrEqual(0);
        expect(hi).toBeGreaterThanOrEqual(0);
        for (const s of steps) {
          expect(Math.min(s.from, s.to)).toBeGreaterThanOrEqual(lo);
          expect(Math.max(s.from, s.to)).toBeLessThanOrEqual(hi);
          expect(s.to - s.from).toBeCloseTo(s.value, 0);
        }
      })
    );
  });
});

describe('waterfallDomain', () => {
  it('spans the lowest and highest level reached', () => {
    expect(waterfallDomain(waterfallSteps(year(100, 30, 50, 30)))).toEqual([-10, 100]);
    expect(waterfallDomain(waterfallSteps(year(100, 10, 10, 10)))).toEqual([0, 100]);
  });
});
