/**
 * The story's fixed sentences about the model, held to the model: each claim written without
 * a live figure must be true where the story says it is (at the starting values, or always).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, type Inputs } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import presets from '$content/model/presets.json';
import { PROPERTY_TIMEOUT, sliderInputs } from '../model/arbitraries';

const at = (partial: Partial<Inputs> = {}) => runModel({ ...DEFAULT_INPUTS, ...partial });
const breakEven = (partial: Partial<Inputs> = {}) => at(partial).breakEven.netIncomeUtil;

describe('the rates lesson (cheap-money)', () => {
  it('at the starting values a zero base rate lowers the break-even far less than the fall in rental prices since 2023 raised it', () => {
    const price2023 = presets.boom2023.changes.price.value;
    const rise = breakEven() - breakEven({ price: price2023 });
    const drop = breakEven() - breakEven({ baseRate: 0 });
    expect(rise).toBeGreaterThan(3 * drop);
  });
});

describe('the hints beside the charts', () => {
  it(
    'less utilisation: revenue falls in step and almost every dollar lost comes off the net result',
    () => {
      fc.assert(
        fc.property(sliderInputs, fc.integer({ min: 1, max: 20 }), (inputs, cut) => {
          fc.pre(inputs.utilisation - cut >= 0);
          const a = runModel(inputs).firstYear;
          const b = runModel({ ...inputs, utilisation: inputs.utilisation - cut }).firstYear;
          const lostRevenue = a.revenue - b.revenue;
          const lostNet = a.netIncome - b.netIncome;
          // In step: revenue is proportional to utilisation.
          expect(b.revenue / a.revenue).toBeCloseTo(
            (inputs.utilisation - cut) / inputs.utilisation,
            9
          );
          // Only the power bill moves with it, so the net result loses most of the revenue lost.
          expect(lostNet).toBeGreaterThan(0.5 * lostRevenue);
          expect(lostNet).toBeLessThanOrEqual(lostRevenue + 1e-6);
        }),
        { numRuns: 200 }
      );
    },
    PROPERTY_TIMEOUT
  );

  it(
    'a lower price moves the break-even towards full utilisation',
    () => {
      fc.assert(
        fc.property(sliderInputs, (inputs) => {
          const lower = { ...inputs, price: Math.max(inputs.price - 0.25, 0.5) };
          fc.pre(lower.price < inputs.price);
          const here = runModel(inputs).breakEven.netIncomeUtil;
          const there = runModel(lower).breakEven.netIncomeUtil;
          fc.pre(Number.isFinite(here) && here > 0);
          expect(there).toBeGreaterThanOrEqual(here);
        }),
        { numRuns: 200 }
      );
    },
    PROPERTY_TIMEOUT
  );

  it(
    'more delay digs the cash curve deeper, and more debt steepens the shareholders’ line',
    () => {
      fc.assert(
        fc.property(sliderInputs, (inputs) => {
          fc.pre(inputs.delay <= 18);
          const later = runModel({ ...inputs, delay: inputs.delay + 6 });
          expect(later.peakCashNeed).toBeGreaterThanOrEqual(runModel(inputs).peakCashNeed - 1e-6);
          fc.pre(inputs.debtShare <= 85);
          const a = runModel(inputs);
          const b = runModel({ ...inputs, debtShare: inputs.debtShare + 10 });
          if (Number.isFinite(a.leverageAmplifier) && Number.isFinite(b.leverageAmplifier))
            expect(b.leverageAmplifier).toBeGreaterThan(a.leverageAmplifier);
        }),
        { numRuns: 200 }
      );
    },
    PROPERTY_TIMEOUT
  );

  it('a higher base rate raises the interest bill, and lowers the value of rents still to come', () => {
    fc.assert(
      fc.property(sliderInputs, (inputs) => {
        fc.pre(inputs.baseRate <= 5);
        const a = runModel(inputs);
        const b = runModel({ ...inputs, baseRate: inputs.baseRate + 1 });
        expect(b.firstYear.interest).toBeGreaterThanOrEqual(a.firstYear.interest);
        // The fleet's value is those rents net of running costs: it falls with them wherever
        // no month runs at a loss (where months do, a steeper discount shrinks the losses too).
        if (a.months.every((m) => m.ebitda >= 0))
          expect(b.enterpriseValue).toBeLessThan(a.enterpriseValue);
      }),
      { numRuns: 200 }
    );
  });
});
