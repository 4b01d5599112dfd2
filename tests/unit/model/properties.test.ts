import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { irr } from '$lib/model/finance';
import { DEFAULT_INPUTS, type Inputs } from '$lib/model/inputs';
import { deriveParams } from '$lib/model/timeline';
import { runModel, type Result } from '$lib/model/schedule';
import { sliderInputs, sliderValue } from './arbitraries';
import { construction, lifetime } from './sums';

/** Number of sign changes in a sequence, zeros skipped. */
function signChanges(values: readonly number[]): number {
  let changes = 0;
  let prev = 0;
  for (const v of values) {
    const s = Math.sign(v);
    if (s === 0) continue;
    if (prev !== 0 && s !== prev) changes++;
    prev = s;
  }
  return changes;
}

function equityFlows(r: Result): number[] {
  return [-r.equity0, ...r.months.map((m) => m.fcfe)];
}

/** Two distinct values of a slider, smaller first. */
function pair(id: Parameters<typeof sliderValue>[0]): fc.Arbitrary<[number, number]> {
  return fc
    .tuple(sliderValue(id), sliderValue(id))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? [a, b] : [b, a]));
}

describe('outputs over the whole slider space', () => {
  it('are finite, except where the documentation says otherwise', () => {
    fc.assert(
      fc.property(sliderInputs, (x) => {
        const r = runModel(x);
        const p = deriveParams(x);
        const money = [
          ...r.months.flatMap((m) => Object.values(m).filter((v) => typeof v === 'number')),
          ...[r.firstYear, construction(r), lifetime(r), ...r.operatingYears].flatMap(
            Object.values
          ),
          r.peakCashNeed,
          r.enterpriseValue,
          r.equityValue,
          r.debt0,
          r.equity0,
          r.balloon
        ];
        // One assertion over every money figure: vitest's expect is too slow to call per value.
        expect(money.filter((v) => !Number.isFinite(v))).toEqual([]);
        expect(r.peakCashNeed).toBeGreaterThanOrEqual(0);
        // Coverage ratios are Infinity only when nothing is due.
        expect(Number.isFinite(r.interestCoverage)).toBe(r.firstYear.interest > 0);
        expect(Number.isFinite(r.dscr)).toBe(r.firstYear.interest + r.firstYear.principal > 0);
        expect(Number.isNaN(r.minDscr)).toBe(false);
        // Break-evens: Infinity only when a billed hour does not pay its own power.
        const positiveMargin = x.price > p.powerPerHour;
        for (const v of [r.breakEven.netIncomeUtil, r.breakEven.dscrUtil, r.breakEven.ebitdaUtil]) {
          expect(Number.isNaN(v)).toBe(false);
          if (positiveMargin) expect(Number.isFinite(v)).toBe(true);
        }
        expect(Number.isFinite(r.breakEven.price)).toBe(true);
        // The amplifier is NaN exactly when equity value is not positive.
        expect(Number.isNaN(r.leverageAmplifier)).toBe(r.equityValue <= 0);
        // The IRR is a number or NaN, never infinite; with one sign change in the flows a rate
        // always exists (Descartes: exactly one positive root of the NPV polynomial).
        expect(Math.abs(r.equityIrr)).not.toBe(Infinity);
        if (signChanges(equityFlows(r)) === 1) expect(Number.isFinite(r.equityIrr)).toBe(true);
        if (r.paybackMonth !== null) {
          expect(Number.isInteger(r.paybackMonth)).toBe(true);
          expect(r.months[r.paybackMonth - 1]?.cumulativeEquityCash ?? -1).toBeGreaterThanOrEqual(
            0
          );
        }
      }),
      { numRuns: 400 }
    );
  });
});

describe('directions the model must respect', () => {
  it('revenue rises with utilisation', () => {
    fc.assert(
      fc.property(sliderInputs, pair('utilisation'), (x, [lo, hi]) => {
        const a = runModel({ ...x, utilisation: lo });
        const b = runModel({ ...x, utilisation: hi });
        expect(b.firstYear.revenue).toBeGreaterThan(a.firstYear.revenue);
        expect(lifetime(b).revenue).toBeGreaterThan(lifetime(a).revenue);
      })
    );
  });

  it('revenue rises with price', () => {
    fc.assert(
      fc.property(sliderInputs, pair('price'), (x, [lo, hi]) => {
        const a = runModel({ ...x, price: lo });
        const b = runModel({ ...x, price: hi });
        expect(b.firstYear.revenue).toBeGreaterThan(a.firstYear.revenue);
        expect(lifetime(b).revenue).toBeGreaterThan(lifetime(a).revenue);
      })
    );
  });

  it('net income falls when the base rate rises (and stays put without debt)', () => {
    fc.assert(
      fc.property(sliderInputs, pair('baseRate'), (x, [lo, hi]) => {
        const a = runModel({ ...x, baseRate: lo });
        const b = runModel({ ...x, baseRate: hi });
        if (x.debtShare > 0) {
          expect(b.firstYear.netIncome).toBeLessThan(a.firstYear.netIncome);
          expect(lifetime(b).netIncome).toBeLessThan(lifetime(a).netIncome);
        } else {
          expect(b.firstYear.netIncome).toBe(a.firstYear.netIncome);
        }
        // Rates bite twice: the valuation falls too (EBITDA is discounted harder).
        if (lifetime(a).ebitda > 0 && x.priceDecline === 0) {
          expect(b.enterpriseValue).toBeLessThan(a.enterpriseValue);
        }
      })
    );
  });

  it('equity value falls faster than enterprise value as the debt share rises', () => {
    fc.assert(
      fc.property(sliderInputs, pair('debtShare'), (x, [lo, hi]) => {
        const a = runModel({ ...x, debtShare: lo });
        const b = runModel({ ...x, debtShare: hi });
        // EV does not depend on how the fleet is financed; equity value loses the extra debt.
        expect(b.enterpriseValue).toBe(a.enterpriseValue);
        expect(b.equityValue).toBeLessThan(a.equityValue);
        // A 1 % move in EV moves equity by more when there is more debt.
        if (b.equityValue > 0) expect(b.leverageAmplifier).toBeGreaterThan(a.leverageAmplifier);
        expect(b.bookAmplifier).toBeGreaterThan(a.bookAmplifier);
      })
    );
  });

  it('when a rate rise lowers EV, equity value falls by a larger share', () => {
    fc.assert(
      fc.property(sliderInputs, pair('baseRate'), (x, [lo, hi]) => {
        const a = runModel({ ...x, baseRate: lo });
        const b = runModel({ ...x, baseRate: hi });
        fc.pre(a.equityValue > 0 && b.enterpriseValue < a.enterpriseValue && x.debtShare > 0);
        const evChange = b.enterpriseValue / a.enterpriseValue - 1;
        const equityChange = b.equityValue / a.equityValue - 1;
        expect(equityChange).toBeLessThan(evChange);
      })
    );
  });

  it('a delay never raises the equity IRR of a fleet that earns a return', () => {
    // Delay pushes the same operating months later, adds months of lease and debt service with
    // no sales, and defers any balloon. For a conventional investment (one sign change) with a
    // non-negative IRR that can only lower the IRR. For a fleet that loses money (IRR < 0),
    // discounting at a negative rate rewards pushing cash later, so the IRR is no guide there.
    fc.assert(
      fc.property(sliderInputs, sliderValue('delay'), (x, delay) => {
        const base = runModel({ ...x, delay: 0 });
        const late = runModel({ ...x, delay });
        fc.pre(Number.isFinite(base.equityIrr) && base.equityIrr >= 0);
        fc.pre(signChanges(equityFlows(base)) === 1 && signChanges(equityFlows(late)) === 1);
        expect(late.equityIrr).toBeLessThanOrEqual(base.equityIrr + 1e-9);
        // And, IRR or not, a delay never lowers the cash equity must find.
        expect(late.peakCashNeed).toBeGreaterThanOrEqual(base.peakCashNeed);
      }),
      { numRuns: 300 }
    );
  });

  it('zero delay and zero debt reduce to the simple unlevered fleet', () => {
    fc.assert(
      fc.property(sliderInputs, (x) => {
        const r = runModel({ ...x, delay: 0, debtShare: 0 });
        for (const m of r.months) {
          expect(m.fcfe).toBe(m.ebitda);
          expect(m.netIncome).toBe(m.ebitda - m.depreciation);
        }
        expect(r.equityValue).toBe(r.enterpriseValue);
        expect(r.equity0).toBe(x.fleet * x.capexPerGpu);
        const project = irr([-r.equity0, ...r.months.map((m) => m.ebitda)]) * 1200;
        if (Number.isNaN(project)) expect(r.equityIrr).toBeNaN();
        else expect(r.equityIrr).toBeCloseTo(project, 9);
      })
    );
  });

  it('never mutates its inputs', () => {
    fc.assert(
      fc.property(sliderInputs, (x) => {
        const copy: Inputs = { ...x };
        runModel(Object.freeze(x));
        expect(x).toEqual(copy);
      }),
      { numRuns: 50 }
    );
    expect(DEFAULT_INPUTS.utilisation).toBe(80);
  });
});
