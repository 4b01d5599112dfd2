import { describe, expect, it } from 'vitest';
import { construction, lifetime } from './sums';
import { PROPERTY_TIMEOUT } from './arbitraries';
import { DEFAULT_INPUTS, type Inputs } from '$lib/model/inputs';
import { runModel, type Result } from '$lib/model/schedule';
import { npv, pmt } from '$lib/model/finance';
import { DSCR_COVENANT } from '$lib/model/breakeven';

function close(actual: number, expected: number, rel = 1e-9): void {
  const scale = Math.max(Math.abs(expected), 1);
  expect(Math.abs(actual - expected) / scale).toBeLessThanOrEqual(rel);
}

/**
 * A toy fleet of one GPU whose numbers can be checked by hand. Per month: revenue
 * 2 × 730 h × 100 % = 1,460; power 1 kW × PUE 1 × $0.10 × 730 h = 73; fixed: lease 10 × 1 kW +
 * other 1,200 ÷ 12 = 110; EBITDA 1,460 − 73 − 110 = 1,277; depreciation 12,000 ÷ 24 = 500.
 * A 100 % resale decline makes the used fleet worthless, so nothing comes back at the end.
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
  equityPremium: 0,
  resaleDecline: 100,
  loanTermYears: 2
};

/** The monthly rate whose compounded yearly rate is `percent`. */
function monthly(percent: number): number {
  return Math.pow(1 + percent / 100, 1 / 12) - 1;
}

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
    expect(r.minDscrYear).toBe(0);
    expect(r.dscrByYear).toEqual([Infinity, Infinity]);
    // Margin per year at full use: 8,760 h × (2 − 0.1) = 16,644. Fixed 12 × 110 = 1,320.
    close(r.breakEven.ebitdaUtil, (100 * 1320) / 16644); // 7.93 %
    close(r.breakEven.netIncomeUtil, (100 * (1320 + 6000)) / 16644); // 43.98 %
    // No debt service: cash and covenant break-evens fall back to the EBITDA one.
    close(r.breakEven.dscrUtil, (100 * 1320) / 16644);
    close(r.breakEven.covenantUtil, (100 * 1320) / 16644);
    expect(r.breakEven.cashYear).toBe(0);
    // Break-even price at 100 %: 0.1 + (1,320 + 6,000) ÷ 8,760 = 0.93562…
    close(r.breakEven.price, 0.1 + 7320 / 8760);
    // Equity 12,000 is back after ⌈12,000 ÷ 1,277⌉ = ⌈9.40⌉ = 10 months; no extra cash needed.
    expect(r.paybackMonth).toBe(10);
    expect(r.peakCashNeed).toBe(0);
    expect(r.refinancingNeed).toBe(0);
    // Discount rates 0: EV = 24 × 1,277 = 30,648 = equity value (no debt).
    close(r.enterpriseValue, 30648);
    close(r.equityValue, 30648);
    close(r.equityClaim, 30648);
    close(r.leverageAmplifier, 1);
    expect(r.bookLeverage).toBe(1);
    // The IRR is the monthly rate r at which 24 payments of 1,277 repay 12,000,
    // pmt(r, 24, 12,000) = −1,277, shown compounded: (1 + r)^12 − 1.
    close(pmt(monthly(r.equityIrr), 24, 12000), -1277);
    // Without debt the equity is the fleet: the same rate. Money back: 24 × 1,277 ÷ 12,000.
    close(r.unleveredIrr, r.equityIrr);
    close(r.moneyMultiple, (24 * 1277) / 12000); // 2.554
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
    expect(r.minDscrYear).toBe(1); // both years tie; the first is named
    expect(r.interestCoverage).toBe(Infinity);
    close(r.breakEven.dscrUtil, (100 * (1320 + 3000)) / 16644); // 25.96 %
    close(r.breakEven.covenantUtil, (100 * (1320 + 1.25 * 3000)) / 16644); // 30.46 %
    expect(r.breakEven.cashYear).toBe(1);
    // −6,000 + 1,027 m ≥ 0 from m = ⌈5.84⌉ = 6.
    expect(r.paybackMonth).toBe(6);
    expect(r.refinancingNeed).toBe(0);
    // Book leverage 50 %: 2. EV 30,648 at 0 %; the owners' claim 30,648 − 6,000 = 24,648,
    // which is also the equity value: 24 × 1,027 at a zero equity rate.
    expect(r.bookLeverage).toBe(2);
    close(r.equityClaim, 24648);
    close(r.equityValue, 24648);
    close(r.leverageAmplifier, 30648 / 24648);
    // Paid in 6,000; paid out 24 × 1,027 = 24,648: 4.108.
    close(r.moneyMultiple, 24648 / 6000);
  });

  it('a 3-month delay at a zero rate: fixed costs before revenue, then the same loan later', () => {
    const r = runModel({ ...TOY, debtShare: 50, delay: 3 });
    expect(r.months).toHaveLength(27);
    for (const m of r.months.slice(0, 3)) {
      expect(m.inService).toBe(false);
      expect(m.revenue).toBe(0);
      close(m.opex, 110); // lease and other costs only
      // Nothing is paid on the loan while it is built: only the fixed costs.
      expect(m.interest).toBe(0);
      expect(m.principal).toBe(0);
      close(m.fcfe, -110);
      expect(m.depreciation).toBe(0);
    }
    // Equity needs 3 × 110 = 330 more before the first sale.
    close(r.peakCashNeed, 330);
    close(construction(r).ebitda, -330);
    // A zero rate capitalises nothing; the 6,000 amortise over months 4–27 at 250.
    expect(r.capitalisedInterest).toBe(0);
    close(r.months[3]?.principal ?? NaN, 250);
    close(r.firstYear.ebitda, 15324);
    close(r.firstYear.principal, 3000);
    close(r.operatingYears[1]?.principal ?? NaN, 3000);
    close(r.minDscr, 15324 / 3000);
    // Position −6,000 − 330 = −6,330 at month 3, then +1,027 a month: ≥ 0 after ⌈6.16⌉ = 7 more.
    expect(r.paybackMonth).toBe(10);
    // EV at 0 %: 24 × 1,277 − 3 × 110 = 30,318.
    close(r.enterpriseValue, 30318);
  });

  it('a 3-month delay at 1 % a month capitalises the interest and amortises from revenue', () => {
    const r = runModel({ ...TOY, debtShare: 50, baseRate: 12, delay: 3 });
    // Debt grows 6,000 → 6,000 × 1.01³ = 6,181.806; months 1–3 add 60, 60.6, 61.206.
    const grown = 6000 * Math.pow(1.01, 3);
    close(r.debtAtStart, grown);
    close(r.capitalisedInterest, grown - 6000); // 181.806
    close(r.months[0]?.capitalisedInterest ?? NaN, 60);
    close(r.months[1]?.capitalisedInterest ?? NaN, 60.6);
    close(r.months[2]?.capitalisedInterest ?? NaN, 61.206);
    close(r.months[2]?.debtEnd ?? NaN, grown);
    // Construction cash: the fixed costs only; no interest is paid or expensed.
    for (const m of r.months.slice(0, 3)) {
      expect(m.interest).toBe(0);
      close(m.fcfe, -110);
    }
    // The grown debt amortises over 24 months from month 4: payment pmt(1 %, 24, 6,181.806) ≈ 291.0,
    // first interest 61.818, and the last payment (month 27) clears it.
    const payment = -pmt(0.01, 24, grown);
    close(r.monthlyPayment, payment);
    close(r.months[3]?.interest ?? NaN, grown * 0.01);
    expect(r.months[26]?.debtEnd ?? NaN).toBeCloseTo(0, 6);
    expect(r.refinancingNeed).toBe(0);
    // Capitalised interest is part of the cost written off: (12,000 + 181.806) ÷ 24 = 507.575.
    close(r.months[3]?.depreciation ?? NaN, (12000 + grown - 6000) / 24);
    // First year of operation = months 4–15: interest = 12 payments − principal repaid.
    const principal =
      grown - (grown * Math.pow(1.01, 12) - (payment * (Math.pow(1.01, 12) - 1)) / 0.01);
    close(r.firstYear.principal, principal);
    close(r.firstYear.interest, 12 * payment - principal);
    close(
      r.firstYear.netIncome,
      15324 - 12 * ((12000 + grown - 6000) / 24) - (12 * payment - principal)
    );
  });

  it('a loan that outlives the fleet leaves a refinancing need', () => {
    // 6,000 over 60 months at 0 % = 100 a month; after 24 months 3,600 is still owed.
    const r = runModel({ ...TOY, debtShare: 50, loanTermYears: 5 });
    const last = r.months[23];
    close(last?.balloon ?? NaN, 3600);
    close(last?.principal ?? NaN, 3700);
    close(last?.fcfe ?? NaN, 1277 - 3700);
    expect(last?.debtEnd).toBe(0);
    close(r.refinancingNeed, 3600);
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
    // All equity flows are positive and no equity was put in: no IRR, no money multiple.
    expect(r.equity0).toBe(0);
    expect(r.equityIrr).toBeNaN();
    expect(r.moneyMultiple).toBeNaN();
    // Both discount rates are 12 % a year compounded (premiums 0): ρ = 1.12^(1/12) − 1 = 0.9489 %
    // a month, below the loan's nominal 1 %. EV = 1,277 × (1 − (1 + ρ)^−24) ÷ ρ = 27,227.5; the
    // owners' claim EV − 12,000; the equity value discounts 210.81 (1,277 − 1,066.19) for 12
    // months and 1,277 for 12 more.
    const rho = monthly(12);
    const annuity = (n: number): number => (1 - Math.pow(1 + rho, -n)) / rho;
    close(r.enterpriseValue, 1277 * annuity(24));
    close(r.equityClaim, 1277 * annuity(24) - 12000);
    close(r.equityValue, (1277 - payment) * annuity(12) + 1277 * (annuity(24) - annuity(12)));
  });

  it('follows the calendar: the price falls month by month from financing', () => {
    // 25 % a year: month m earns 2 × 0.75^((m − 1) ÷ 12). After a 2-month delay the first sale
    // (month 3) is already at 2 × 0.75^(2/12) = 1.9085, and month 13 is at 1.50.
    const r = runModel({ ...TOY, priceDecline: 25, delay: 2 });
    expect(r.months[0]?.price).toBe(0);
    close(r.months[2]?.price ?? NaN, 2 * Math.pow(0.75, 2 / 12));
    close(r.months[12]?.price ?? NaN, 1.5);
    // Second year of operation = months 15–26: 730 × Σ 2 × 0.75^((m − 1) ÷ 12).
    let expected = 0;
    for (let m = 15; m <= 26; m++) expected += 730 * 2 * Math.pow(0.75, (m - 1) / 12);
    close(r.operatingYears[1]?.revenue ?? NaN, expected);
    // The same fleet started on time sells its first month at the full 2.00.
    expect(runModel({ ...TOY, priceDecline: 25 }).months[0]?.price).toBe(2);
  });

  it('sells the used fleet in its last month at its resale value', () => {
    // Resale falls 50 % a year: after 24 months 12,000 × 0.5² = 3,000, received in month 24.
    const r = runModel({ ...TOY, resaleDecline: 50 });
    close(r.resaleValue, 3000);
    close(r.months[23]?.resale ?? NaN, 3000);
    close(r.months[23]?.fcfe ?? NaN, 1277 + 3000);
    // The sale is cash, not operating profit: net income stays 777 a month.
    close(r.months[23]?.netIncome ?? NaN, 777);
    // EV at 0 %: 30,648 + 3,000.
    close(r.enterpriseValue, 33648);
    // Book value falls by 6,000 a year; the market value halves each year.
    expect(r.assetValues.map((a) => a.age)).toEqual([0, 12, 24]);
    close(r.assetValues[1]?.book ?? NaN, 6000);
    close(r.assetValues[1]?.resale ?? NaN, 6000);
    close(r.assetValues[2]?.book ?? NaN, 0);
    close(r.assetValues[2]?.resale ?? NaN, 3000);
  });
});

describe('the worked example at the defaults (per GPU, first year of operation, no delay)', () => {
  const r: Result = runModel(DEFAULT_INPUTS);
  const perGpu = (x: number): number => x / DEFAULT_INPUTS.fleet;

  // Published to the dollar; each row re-derives the figure from the defaults. With no delay
  // nothing is capitalised, so the first year is the one in the design notes.
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
    ['net income', perGpu(r.firstYear.netIncome), -856],
    // Resale after 6 years at −30 % a year: 50,000 × 0.7⁶ = 5,882.45
    ['resale value', perGpu(r.resaleValue), 5882],
    // EBITDA 930.52 a month for 72 months and 5,882.45 in month 72 at 10.95 % a year
    // (0.86967 % a month): 930.52 × (1 − 1.0086967^−72) ÷ 0.0086967 + 5,882.45 × 1.0086967^−72
    ['enterprise value', perGpu(r.enterpriseValue), 52791],
    // Cash to equity 930.52 − 848.90 = 81.62 a month for 60 months, 930.52 for 12 more and the
    // resale in month 72, at 13.95 % a year (1.09419 % a month)
    ['equity value', perGpu(r.equityValue), 11683]
  ];
  it.each(dollars)('%s ≈ $%f', (_name, actual, published) => {
    expect(Math.abs(actual - published)).toBeLessThanOrEqual(0.5);
  });

  it('coverage, break-evens and leverage', () => {
    // 11,166.26 ÷ 3,688.97 = 3.027; 11,166.26 ÷ (3,688.97 + 6,497.80) = 1.096.
    expect(Math.abs(r.interestCoverage - 3.03)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(r.dscr - 1.1)).toBeLessThanOrEqual(0.005);
    // Flat price and a level annuity: every year of the loan has the same DSCR, so the lowest
    // is the first's, and the first of the five tied years is named.
    expect(Math.abs(r.minDscr - 1.096)).toBeLessThanOrEqual(0.0005);
    expect(r.minDscrYear).toBe(1);
    // Margin per GPU-year at full use: 8,760 × (2.35 − 0.14089) = 19,351.8. Fixed 4,315.2.
    // EBITDA: 4,315.2 ÷ 19,351.8 = 22.30 %; net: (4,315.2 + 8,333.3 + 3,689.0) ÷ 19,351.8 = 84.42 %;
    // cash: (4,315.2 + 3,689.0 + 6,497.8) ÷ 19,351.8 = 74.94 % in every loan year;
    // covenant: (4,315.2 + 1.25 × 10,186.8) ÷ 19,351.8 = 88.10 %.
    expect(Math.abs(r.breakEven.ebitdaUtil - 22.3)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(r.breakEven.netIncomeUtil - 84.42)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(r.breakEven.dscrUtil - 74.94)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(r.breakEven.covenantUtil - 88.1)).toBeLessThanOrEqual(0.005);
    // 0.14089 + 16,337.5 ÷ 7,008 = 2.472.
    expect(Math.abs(r.breakEven.price - 2.47)).toBeLessThanOrEqual(0.005);
    // 80 % debt: 1 ÷ (1 − 0.8) = 5 at book values; the market amplifier is EV ÷ (EV − debt)
    // = 52,790.6 ÷ 12,790.6 = 4.13.
    close(r.bookLeverage, 5);
    expect(Math.abs(r.leverageAmplifier - 4.127)).toBeLessThanOrEqual(0.0005);
    // Payback: −10,000 + 60 × 81.62 = −5,102.6 at month 60, then 930.52 a month: ⌈5.48⌉ → 66.
    expect(r.paybackMonth).toBe(66);
    // Paid out 60 × 81.62 + 12 × 930.52 + 5,882.45 = 21,946.1 for 10,000 paid in: 2.195.
    expect(Math.abs(r.moneyMultiple - 2.1946)).toBeLessThanOrEqual(0.00005);
  });

  it('a one-point rate cut: interest $3,312, net −$479', () => {
    // 40,000 at 8.95 %/12: year-one interest 3,311.99; 11,166.26 − 8,333.33 − 3,311.99 = −479.06.
    const cut = runModel({ ...DEFAULT_INPUTS, baseRate: DEFAULT_INPUTS.baseRate - 1 });
    expect(Math.abs(perGpu(cut.firstYear.interest) - 3312)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(perGpu(cut.firstYear.netIncome) + 479)).toBeLessThanOrEqual(0.5);
  });

  it('values the fleet and the equity at their own rates, above the cost of debt', () => {
    const rhoAsset = monthly(3.95 + 7); // 10.95 % a year
    const rhoEquity = monthly(3.95 + 10); // 13.95 % a year
    const ebitda = 11166.2604 / 12;
    const resale = 50000 * Math.pow(0.7, 6);
    const vEnd = Math.pow(1 + rhoAsset, -72);
    const ev = (ebitda * (1 - vEnd)) / rhoAsset + resale * vEnd;
    close(perGpu(r.enterpriseValue), ev);
    close(r.enterpriseValue, npv(rhoAsset, [0, ...r.months.map((m) => m.ebitda + m.resale)]));
    close(r.equityValue, npv(rhoEquity, [0, ...r.months.map((m) => m.fcfe)]));
    close(r.equityClaim, r.enterpriseValue - r.debt0);
    // Discount rates above the loan's 9.95 %: the amplifier is no longer 1 ÷ (1 − d) by
    // construction.
    expect(r.assetRate).toBeGreaterThan(r.costOfDebt);
    expect(r.equityRate).toBeGreaterThan(r.assetRate);
    close(r.leverageAmplifier, ev / (ev - 40000));
  });
});

describe(
  'break-even utilisation: closed form against a numeric root',
  { timeout: PROPERTY_TIMEOUT },
  () => {
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

    /**
     * The least, over the years of the loan, of EBITDA − cover × scheduled debt service, USD (the
     * refinancing need in the last month is not part of a year's test).
     */
    function worstCover(run: Result, cover: number): number {
      const last = run.months[run.months.length - 1];
      const years = run.operatingYears;
      return Math.min(
        ...years.flatMap((y, j) => {
          const balloon = j === years.length - 1 ? (last?.balloon ?? 0) : 0;
          const service = y.interest + y.principal - balloon;
          return service > 0 ? [y.ebitda - cover * service] : [];
        })
      );
    }

    const scenarios: [string, Inputs][] = [
      ['defaults', DEFAULT_INPUTS],
      [
        'dear money, 4-year life, delay',
        { ...DEFAULT_INPUTS, baseRate: 5.3, spread: 9, life: 4, delay: 6 }
      ],
      ['cheap money, high price', { ...DEFAULT_INPUTS, baseRate: 0.1, price: 4.7, debtShare: 60 }],
      // Prices falling 20 % a year: the last year of the loan is the worst, not the first.
      ['falling prices', { ...DEFAULT_INPUTS, priceDecline: 20, price: 5 }]
    ];
    it.each(scenarios)('%s', (_name, base) => {
      const at = (u: number): Result => runModel({ ...base, utilisation: u });
      const r = at(base.utilisation);
      close(
        r.breakEven.netIncomeUtil,
        root((u) => at(u).firstYear.netIncome, 1, 400)
      );
      close(
        r.breakEven.dscrUtil,
        root((u) => worstCover(at(u), 1), 1, 400)
      );
      close(
        r.breakEven.covenantUtil,
        root((u) => worstCover(at(u), DSCR_COVENANT), 1, 400)
      );
      close(
        r.breakEven.ebitdaUtil,
        root((u) => at(u).firstYear.ebitda, 0.01, 400)
      );
      // At the cash break-even the lowest DSCR over the loan is exactly 1.
      close(at(r.breakEven.dscrUtil).minDscr, 1, 1e-8);
      // And the break-even price zeroes net income at the chosen utilisation.
      expect(
        Math.abs(runModel({ ...base, price: r.breakEven.price }).firstYear.netIncome)
      ).toBeLessThan(1e-3);
    });

    it('names the worst year: the last year of the loan when prices fall', () => {
      const r = runModel({ ...DEFAULT_INPUTS, priceDecline: 20, price: 5 });
      expect(r.breakEven.cashYear).toBe(5);
      expect(r.minDscrYear).toBe(5);
      // Each year's DSCR is lower than the one before: the price falls, the payment does not.
      for (let j = 1; j < 5; j++)
        expect(r.dscrByYear[j] ?? NaN).toBeLessThan(r.dscrByYear[j - 1] ?? NaN);
      expect(r.dscrByYear[5]).toBe(Infinity); // year 6: the loan is repaid
    });
  }
);
