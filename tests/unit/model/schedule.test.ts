import { describe, expect, it } from 'vitest';
import { construction, lifetime } from './sums';
import { DEFAULT_INPUTS, type Inputs } from '$lib/model/inputs';
import { runModel, type Result } from '$lib/model/schedule';
import { npv, pmt } from '$lib/model/finance';

function close(actual: number, expected: number, rel = 1e-9): void {
  const scale = Math.max(Math.abs(expected), 1);
  expect(Math.abs(actual - expected) / scale).toBeLessThanOrEqual(rel);
}

/**
 * A toy fleet of one GPU whose numbers can be checked by hand. Per month: revenue
 * 2 × 730 h × 100 % = 1,460; power 1 kW × PUE 1 × $0.10 × 730 h = 73; fixed: lease 10 × 1 kW +
 * other 1,200 ÷ 12 = 110; EBITDA 1,460 − 73 − 110 = 1,277; depreciation 12,000 ÷ 24 = 500.
 */
const TOY: Inputs = {
  ...DEFAULT_INPUTS,
  fleet: 1,
  capexPerGpu: 12_000,
  utilisation: 100,
  price: 2,
  priceDecline: 0,
  life: 2,
  delay: 0,
  powerKw: 1,
  pue: 1,
  electricityPerKwh: 0.1,
  leasePerKwMonth: 10,
  otherOpexPerGpuYear: 1_200,
  debtShare: 0,
  baseRate: 0,
  spread: 0,
  riskPremium: 0,
  loanTermYears: 2
};

describe('runModel on hand-computable fleets', () => {
  it('zero debt, zero delay, 100 % utilisation: an unlevered fleet', () => {
    const r = runModel(TOY);
    expect(r.months).toHaveLength(24);
    for (const m of r.months) {
      expect(m.inService).toBe(true);
      close(m.revenue, 1460);
      close(m.opex, 183);
      close(m.ebitda, 1277);
      close(m.netIncome, 777); // 1,277 − 500
      expect(m.interest).toBe(0);
      expect(m.principal).toBe(0);
      close(m.fcfe, 1277);
    }
    // First year = 12 months: 17,520 revenue, 15,324 EBITDA, 6,000 depreciation, 9,324 net.
    close(r.firstYear.revenue, 17520);
    close(r.firstYear.ebitda, 15324);
    close(r.firstYear.depreciation, 6000);
    close(r.firstYear.netIncome, 9324);
    expect(r.interestCoverage).toBe(Infinity);
    expect(r.dscr).toBe(Infinity);
    expect(r.minDscr).toBe(Infinity);
    // Margin per year at full use: 8,760 h × (2 − 0.1) = 16,644. Fixed 12 × 110 = 1,320.
    close(r.breakEven.ebitdaUtil, (100 * 1320) / 16644); // 7.93 %
    close(r.breakEven.netIncomeUtil, (100 * (1320 + 6000)) / 16644); // 43.98 %
    close(r.breakEven.dscrUtil, (100 * 1320) / 16644); // no debt service: same as EBITDA
    // Break-even price at 100 %: 0.1 + (1,320 + 6,000) ÷ 8,760 = 0.93562…
    close(r.breakEven.price, 0.1 + 7320 / 8760);
    // Equity 12,000 is back after ⌈12,000 ÷ 1,277⌉ = ⌈9.40⌉ = 10 months; no extra cash needed.
    expect(r.paybackMonth).toBe(10);
    expect(r.peakCashNeed).toBe(0);
    // Discount rate 0: EV = 24 × 1,277 = 30,648 = equity value (no debt).
    close(r.enterpriseValue, 30648);
    close(r.equityValue, 30648);
    close(r.leverageAmplifier, 1);
    expect(r.bookAmplifier).toBe(1);
    // The IRR r is the rate at which 24 payments of 1,277 repay 12,000: pmt(r, 24, 12,000) = −1,277.
    close(pmt(r.equityIrr / 1200, 24, 12000), -1277);
  });

  it('zero-rate debt: principal only, 6,000 over 24 months = 250 a month', () => {
    const r = runModel({ ...TOY, debtShare: 50 });
    expect(r.debt0).toBe(6000);
    expect(r.equity0).toBe(6000);
    close(r.monthlyPayment, 250);
    r.months.forEach((m, k) => {
      expect(m.interest).toBe(0);
      close(m.principal, 250);
      close(m.debtEnd, 6000 - 250 * (k + 1));
      close(m.netIncome, 777); // no interest: as unlevered
      close(m.fcfe, 1027); // 1,277 − 250
    });
    expect(r.months[23]?.debtEnd).toBe(0);
    close(r.firstYear.principal, 3000);
    close(r.dscr, 15324 / 3000); // 5.108
    close(r.minDscr, 15324 / 3000);
    expect(r.interestCoverage).toBe(Infinity);
    close(r.breakEven.dscrUtil, (100 * (1320 + 3000)) / 16644); // 25.96 %
    // −6,000 + 1,027 m ≥ 0 from m = ⌈5.84⌉ = 6.
    expect(r.paybackMonth).toBe(6);
    expect(r.balloon).toBe(0);
    // Book leverage 50 %: equity moves 2 % per 1 % of assets; EV 30,648 → 30,648 ÷ 24,648.
    expect(r.bookAmplifier).toBe(2);
    close(r.leverageAmplifier, 30648 / 24648);
  });

  it('a 3-month delay: costs and debt service before revenue, one more year of lease', () => {
    const r = runModel({ ...TOY, debtShare: 50, delay: 3 });
    expect(r.months).toHaveLength(27);
    for (const m of r.months.slice(0, 3)) {
      expect(m.inService).toBe(false);
      expect(m.revenue).toBe(0);
      close(m.opex, 110); // lease and other costs only
      close(m.fcfe, -360); // −110 − 250
      expect(m.depreciation).toBe(0);
    }
    // Equity needs 3 × 360 = 1,080 more before the first sale.
    close(r.peakCashNeed, 1080);
    close(construction(r).ebitda, -330);
    // Same first year of operation (months 4–15), same principal 12 × 250.
    close(r.firstYear.ebitda, 15324);
    close(r.firstYear.principal, 3000);
    // Last operating year (months 16–27) repays months 16–24 only: 9 × 250 = 2,250.
    close(r.operatingYears[1]?.principal ?? NaN, 2250);
    close(r.minDscr, 15324 / 3000);
    // Position −6,000 − 1,080 = −7,080 at month 3, then +1,027 a month: ≥ 0 from month 3 + 7.
    expect(r.paybackMonth).toBe(10);
    // EV at 0 %: 24 × 1,277 − 3 × 110 = 30,318.
    close(r.enterpriseValue, 30318);
  });

  it('a loan that outlives the fleet ends with a balloon', () => {
    // 6,000 over 60 months at 0 % = 100 a month; after 24 months 3,600 is still owed.
    const r = runModel({ ...TOY, debtShare: 50, loanTermYears: 5 });
    const last = r.months[23];
    close(last?.balloon ?? NaN, 3600);
    close(last?.principal ?? NaN, 3700);
    close(last?.fcfe ?? NaN, 1277 - 3700);
    expect(last?.debtEnd).toBe(0);
    close(r.balloon, 3600);
    // The DSCR test uses scheduled service only: 15,324 ÷ 1,200.
    close(r.minDscr, 15324 / 1200);
  });

  it('interest at 12 % a year: 1 % of the balance each month', () => {
    // 12,000 at 1 % a month over 12 months: payment 1,066.19; first interest 120.
    const r = runModel({ ...TOY, debtShare: 100, baseRate: 12, loanTermYears: 1 });
    const payment = -pmt(0.01, 12, 12000);
    close(r.monthlyPayment, payment);
    close(r.months[0]?.interest ?? NaN, 120);
    // Interest over the loan = payments − principal = 12 × 1,066.19 − 12,000 = 794.23.
    close(r.firstYear.interest, 12 * payment - 12000);
    close(lifetime(r).interest, 12 * payment - 12000);
    // All equity flows are positive and no equity was put in: the IRR does not exist.
    expect(r.equity0).toBe(0);
    expect(r.equityIrr).toBeNaN();
    // The discount rate is 12 % too (base 12 + premium 0): EV = 1,277 × (1 − 1.01^−24) ÷ 0.01
    // = 27,127.8, and equity value = EV − debt = 15,127.8.
    close(r.equityValue, (1277 * (1 - Math.pow(1.01, -24))) / 0.01 - 12000);
  });

  it('declines the price at the start of each year of service', () => {
    // 25 % a year: 2.00 in months 1–12, 1.50 in months 13–24 (after a 2-month delay: 3–14, 15–26).
    const r = runModel({ ...TOY, priceDecline: 25, delay: 2 });
    expect(r.months[2]?.price).toBe(2);
    expect(r.months[13]?.price).toBe(2);
    expect(r.months[14]?.price).toBe(1.5);
    close(r.operatingYears[1]?.revenue ?? NaN, 1.5 * 730 * 12);
  });
});

describe('the worked example in the design notes (per GPU, first year, no delay)', () => {
  const r: Result = runModel(DEFAULT_INPUTS);
  const perGpu = (x: number): number => x / DEFAULT_INPUTS.fleet;

  // Published to the dollar; each row re-derives the figure from the defaults.
  const dollars: [string, number, number][] = [
    // 2.35 × 8,760 × 0.80 = 16,468.8
    ['revenue', perGpu(r.firstYear.revenue), 16469],
    // power 1.275 × 1.3 × 0.085 × 7,008 h = 987.34; lease 184 × 1.275 × 12 = 2,815.2; other 1,500
    ['operating cost', perGpu(r.firstYear.opex), 5303],
    // 16,468.8 − 5,302.54 = 11,166.26
    ['EBITDA', perGpu(r.firstYear.ebitda), 11166],
    // 50,000 ÷ 6 = 8,333.33
    ['depreciation', perGpu(r.firstYear.depreciation), 8333],
    // 40,000 at 9.95 %/12 over 60 months: payment 848.90; year-one interest 3,688.97
    ['interest', perGpu(r.firstYear.interest), 3689],
    ['principal', perGpu(r.firstYear.principal), 6498],
    ['monthly payment', perGpu(r.monthlyPayment), 849],
    // 11,166.26 − 8,333.33 − 3,688.97 = −856.05
    ['net income', perGpu(r.firstYear.netIncome), -856]
  ];
  it.each(dollars)('%s ≈ $%f', (_name, actual, published) => {
    expect(Math.abs(actual - published)).toBeLessThanOrEqual(0.5);
  });

  it('coverage, break-evens and the leverage amplifier', () => {
    // 11,166.26 ÷ 3,688.97 = 3.027; 11,166.26 ÷ (3,688.97 + 6,497.80) = 1.096.
    expect(Math.abs(r.interestCoverage - 3.03)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(r.dscr - 1.1)).toBeLessThanOrEqual(0.005);
    // Margin per GPU-year at full use: 8,760 × (2.35 − 0.14089) = 19,351.8. Fixed 4,315.2.
    // EBITDA: 4,315.2 ÷ 19,351.8 = 22.30 %; net: (4,315.2 + 8,333.3 + 3,689.0) ÷ 19,351.8 = 84.42 %;
    // cash: (4,315.2 + 3,689.0 + 6,497.8) ÷ 19,351.8 = 74.94 %.
    expect(Math.abs(r.breakEven.ebitdaUtil - 22.3)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(r.breakEven.netIncomeUtil - 84.4)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(r.breakEven.dscrUtil - 74.9)).toBeLessThanOrEqual(0.05);
    // 0.14089 + 16,337.5 ÷ 7,008 = 2.472.
    expect(Math.abs(r.breakEven.price - 2.47)).toBeLessThanOrEqual(0.005);
    // 80 % debt: 1 ÷ (1 − 0.8) = 5.
    close(r.bookAmplifier, 5);
  });

  it('a one-point rate cut: interest $3,312, net −$479', () => {
    // 40,000 at 8.95 %/12: year-one interest 3,311.99; 11,166.26 − 8,333.33 − 3,311.99 = −479.06.
    const cut = runModel({ ...DEFAULT_INPUTS, baseRate: DEFAULT_INPUTS.baseRate - 1 });
    expect(Math.abs(perGpu(cut.firstYear.interest) - 3312)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(perGpu(cut.firstYear.netIncome) + 479)).toBeLessThanOrEqual(0.5);
  });

  it('values the fleet as the discounted EBITDA stream', () => {
    // EBITDA is level at 11,166.26 ÷ 12 = 930.52 a month for 72 months, discounted at
    // (3.95 + 6) %/12 a month: EV = 930.52 × (1 − 1.0082917^−72) ÷ 0.0082917 ≈ 50,294 per GPU.
    const rho = 0.0995 / 12;
    const ev = ((11166.2604 / 12) * (1 - Math.pow(1 + rho, -72))) / rho;
    close(perGpu(r.enterpriseValue), ev);
    close(r.enterpriseValue, npv(rho, [0, ...r.months.map((m) => m.ebitda)]));
    close(r.equityValue, r.enterpriseValue - r.debt0);
    // Market amplifier EV ÷ (EV − debt) = 50,294 ÷ 10,294 ≈ 4.9, close to the book 5.
    close(r.leverageAmplifier, ev / (ev - 40000));
  });
});

describe('break-even utilisation: closed form against a numeric root', () => {
  /** Root of f on [lo, hi] by bisection, f increasing. */
  function root(f: (u: number) => number, lo: number, hi: number): number {
    let a = lo;
    let b = hi;
    for (let k = 0; k < 200 && b - a > 1e-13; k++) {
      const mid = 0.5 * (a + b);
      if (f(mid) < 0) a = mid;
      else b = mid;
    }
    return 0.5 * (a + b);
  }
  const scenarios: [string, Inputs][] = [
    ['defaults', DEFAULT_INPUTS],
    [
      'dear money, 4-year life, delay',
      { ...DEFAULT_INPUTS, baseRate: 5.3, spread: 9, life: 4, delay: 6 }
    ],
    ['cheap money, high price', { ...DEFAULT_INPUTS, baseRate: 0.1, price: 4.7, debtShare: 60 }]
  ];
  it.each(scenarios)('%s', (_name, base) => {
    const at = (u: number): Result => runModel({ ...base, utilisation: u });
    const r = at(base.utilisation);
    const ni = root((u) => at(u).firstYear.netIncome, 1, 400);
    const cash = root(
      (u) => {
        const y = at(u).firstYear;
        return y.ebitda - y.interest - y.principal;
      },
      1,
      400
    );
    const ebitda = root((u) => at(u).firstYear.ebitda, 0.01, 400);
    close(r.breakEven.netIncomeUtil, ni);
    close(r.breakEven.dscrUtil, cash);
    close(r.breakEven.ebitdaUtil, ebitda);
    // And the break-even price zeroes net income at the chosen utilisation.
    expect(
      Math.abs(runModel({ ...base, price: r.breakEven.price }).firstYear.netIncome)
    ).toBeLessThan(1e-3);
  });
});
