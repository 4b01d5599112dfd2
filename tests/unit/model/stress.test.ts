/**
 * The figures table: every figure the page shows, at the defaults and in three stress states
 * (and the two presets the story leans on), recomputed by stepping the fleet month by month
 * (reference.ts) and held equal to the model's schedule and to its closed forms.
 * `npx vitest run --config tests/bench/table.config.ts` prints the same table as markdown.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '$lib/model/closed';
import type { Inputs } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { recompute, type Figures } from './reference';
import { STRESS_STATES } from './states';

/** Equal to 1e-9 relative (1e-9 absolute near zero); NaN and ±∞ must match exactly. */
function same(actual: number, expected: number, what: string): void {
  if (!Number.isFinite(expected)) {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected), what).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected))
  );
}

/** The model's figures, named as the reference names them. */
function modelFigures(x: Inputs): Figures {
  const r = runModel(x);
  return {
    revenue: r.firstYear.revenue,
    opex: r.firstYear.opex,
    depreciation: r.firstYear.depreciation,
    interest: r.firstYear.interest,
    ebitda: r.firstYear.ebitda,
    netIncome: r.firstYear.netIncome,
    interestCoverage: r.interestCoverage,
    dscr: r.dscr,
    minDscr: r.minDscr,
    minDscrYear: r.minDscrYear,
    dscrUtil: r.breakEven.dscrUtil,
    covenantUtil: r.breakEven.covenantUtil,
    netIncomeUtil: r.breakEven.netIncomeUtil,
    refinancingNeed: r.refinancingNeed,
    peakCashNeed: r.peakCashNeed,
    paybackMonth: r.paybackMonth,
    equityIrr: r.equityIrr,
    moneyMultiple: r.moneyMultiple,
    unleveredIrr: r.unleveredIrr,
    enterpriseValue: r.enterpriseValue,
    equityValue: r.equityValue,
    equityClaim: r.equityClaim,
    leverageAmplifier: r.leverageAmplifier,
    capitalisedInterest: r.capitalisedInterest,
    resaleValue: r.resaleValue,
    bookMidLife: r.midLife.book,
    resaleMidLife: r.midLife.resale
  };
}

describe.each(STRESS_STATES)('%s', (_name, x) => {
  const stepped = recompute(x);
  const model = modelFigures(x);
  const closed = summarise(x);

  it('the schedule shows what stepping month by month gives', () => {
    for (const key of Object.keys(stepped) as (keyof Figures)[]) {
      const a = model[key];
      const b = stepped[key];
      if (a === null || b === null) expect(a, key).toBe(b);
      // The reference bisects to 1e-12 of the rate; the IRR carries that into its percent.
      else if ((key === 'equityIrr' || key === 'unleveredIrr') && !Number.isNaN(b))
        expect(Math.abs(a - b), key).toBeLessThanOrEqual(1e-7);
      else same(a, b, key);
    }
  });

  it('the closed forms agree', () => {
    const pairs: [keyof Figures, number][] = [
      ['revenue', closed.revenue],
      ['opex', closed.opex],
      ['depreciation', closed.depreciation],
      ['interest', closed.interest],
      ['ebitda', closed.ebitda],
      ['netIncome', closed.netIncome],
      ['interestCoverage', closed.interestCoverage],
      ['dscr', closed.dscr],
      ['minDscr', closed.minDscr],
      ['minDscrYear', closed.minDscrYear],
      ['dscrUtil', closed.breakEven.dscrUtil],
      ['covenantUtil', closed.breakEven.covenantUtil],
      ['netIncomeUtil', closed.breakEven.netIncomeUtil],
      ['refinancingNeed', closed.refinancingNeed],
      ['enterpriseValue', closed.enterpriseValue],
      ['equityValue', closed.equityValue],
      ['equityClaim', closed.equityClaim],
      ['leverageAmplifier', closed.leverageAmplifier]
    ];
    for (const [key, value] of pairs) same(value, stepped[key] as number, key);
  });
});

describe('what the stress states teach', () => {
  const [base, delay, decline, shortLife, squeeze] = STRESS_STATES.map(([, x]) => runModel(x));
  if (!base || !delay || !decline || !shortLife || !squeeze) throw new Error('states');

  it('a delay makes every first-year figure worse, not better', () => {
    expect(delay.firstYear.netIncome).toBeLessThan(base.firstYear.netIncome);
    expect(delay.interestCoverage).toBeLessThan(base.interestCoverage);
    expect(delay.dscr).toBeLessThan(base.dscr);
    expect(delay.breakEven.netIncomeUtil).toBeGreaterThan(base.breakEven.netIncomeUtil);
  });

  it('a price decline shows in the lowest DSCR and the worst-year cash break-even', () => {
    expect(decline.minDscrYear).toBe(5);
    expect(decline.minDscr).toBeLessThan(decline.dscr);
    expect(decline.breakEven.dscrUtil).toBeGreaterThan(100);
    expect(decline.breakEven.cashYear).toBe(5);
  });

  it('a life shorter than the loan leaves debt to refinance', () => {
    expect(base.refinancingNeed).toBe(0);
    expect(shortLife.refinancingNeed).toBeGreaterThan(0);
  });

  it('never shows a return below −100 %; where no rate exists, a multiple', () => {
    for (const r of [base, delay, decline, shortLife, squeeze]) {
      if (!Number.isNaN(r.equityIrr)) expect(r.equityIrr).toBeGreaterThanOrEqual(-100);
      expect(Number.isFinite(r.moneyMultiple)).toBe(true);
    }
  });

  it('a 13-point spread leaves the equity worth less than was paid in, as its IRR says', () => {
    expect(squeeze.equityIrr).toBeLessThan(squeeze.equityRate);
    expect(squeeze.equityValue).toBeLessThan(squeeze.equity0);
  });
});
