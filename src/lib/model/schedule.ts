/**
 * The monthly schedule of one GPU fleet on borrowed money, and the summaries read off it. The
 * timeline (when revenue comes in, at what price, how the loan grows and is repaid, what the
 * fleet fetches at the end) is timeline.ts's; the break-even and coverage formulas breakeven.ts's.
 */
import {
  breakEvens,
  coverage,
  DSCR_COVENANT,
  lowestDscr,
  yearDscr,
  type BreakEven,
  emptyYearCharges,
  type YearCharges
} from './breakeven';
import { irr, npv } from './finance';
import type { Inputs } from './inputs';
import {
  bookValueAtAge,
  capitalising,
  deriveParams,
  inService,
  loanBalance,
  monthlyRate,
  paymentDue,
  priceFactor,
  priceInMonth,
  resaleAtAge,
  yearlyPercent,
  type Params
} from './timeline';

/** One month of the schedule. Money in USD for the whole fleet; flows of that month. */
export interface MonthRow {
  /** 1-based month counted from financing (month 0). */
  month: number;
  /** True from the first month of revenue to the end of the useful life. */
  inService: boolean;
  /** Rental price earned, USD per GPU-hour (0 before service). */
  price: number;
  revenue: number;
  /** Power for billed hours, lease and other fixed costs. */
  opex: number;
  ebitda: number;
  /** Straight-line depreciation of capex + capitalised interest (service months only). */
  depreciation: number;
  /** Interest paid (and expensed) this month; 0 during construction. */
  interest: number;
  /** Interest added to the debt this month instead of being paid (construction months only). */
  capitalisedInterest: number;
  /** Principal repaid, the refinancing need included in the last month. */
  principal: number;
  /**
   * Part of `principal` that is the debt still owed at the end of the fleet's life (last month
   * only, when the loan outlives the fleet): the refinancing need.
   */
  balloon: number;
  /** Debt outstanding after this month's payment. */
  debtEnd: number;
  /** Cash from selling the used fleet (last month of service only). */
  resale: number;
  /** Pre-tax: EBITDA − depreciation − interest (the gain on the sale is left out). */
  netIncome: number;
  /** Free cash flow to equity: EBITDA − interest − principal + resale. */
  fcfe: number;
  /** Equity's running position: −equity paid in at month 0 + Σ fcfe to date. */
  cumulativeEquityCash: number;
}

/** Sums over a span of months. USD for the whole fleet. */
export interface YearSummary {
  revenue: number;
  opex: number;
  ebitda: number;
  depreciation: number;
  interest: number;
  /** Scheduled principal plus any refinancing need in the span. */
  principal: number;
  netIncome: number;
  fcfe: number;
}

/** Book and resale value of the fleet at one age, USD. */
export interface AssetValue {
  /** Months of service completed (0 = new). */
  age: number;
  /** Straight-line book value: (capex + capitalised interest) × (1 − age ÷ life months). */
  book: number;
  /** What the used fleet would fetch: capex × (1 − resale decline)^(age ÷ 12). */
  resale: number;
}

/** Everything the page shows about one scenario. */
export interface Result {
  months: MonthRow[];
  /**
   * The first 12 months of operation (months delay + 1 … delay + 12): the year the waterfall
   * chart shows and every "first year" figure. Construction months are not in it.
   */
  firstYear: YearSummary;
  /** Blocks of 12 months of operation from the start of service (the last may be shorter). */
  operatingYears: YearSummary[];
  /**
   * Break-evens in closed form: cost to cover ÷ (margin per billed hour × hours). EBITDA, net
   * income and price on the first year; the cash (DSCR = 1) and covenant ones on the worst year
   * of the loan. Percentages may exceed 100 (no break-even within reach); Infinity where each
   * billed hour loses money (price ≤ power cost per hour); 0 where there is nothing to cover.
   */
  breakEven: BreakEven;
  /** First-year EBITDA ÷ interest, a multiple; Infinity when no interest is due, 0 when EBITDA ≤ 0. */
  interestCoverage: number;
  /** First-year EBITDA ÷ (interest + scheduled principal), a multiple (as interestCoverage). */
  dscr: number;
  /** DSCR of each operating year, a multiple; Infinity for years with no debt service. */
  dscrByYear: number[];
  /** Lowest yearly DSCR over the loan (the refinancing need is not tested); Infinity with no debt. */
  minDscr: number;
  /** Operating year (1-based) of the lowest DSCR; 0 with no debt service. */
  minDscrYear: number;
  /** The covenant DSCR drawn beside the yearly DSCRs, a multiple (breakeven.ts). */
  dscrCovenant: number;
  /** Debt still owed when the fleet's life ends (loan longer than the life), USD ≥ 0. */
  refinancingNeed: number;
  /** Extra equity needed after month 0 to keep the fleet's cash from going negative, USD ≥ 0. */
  peakCashNeed: number;
  /** First month from which cash received minus cash paid in stays ≥ 0; null if it never does. */
  paybackMonth: number | null;
  /**
   * Equity IRR, percent per year compounded ((1 + monthly IRR)^12 − 1), never below −100; NaN
   * where the equity cash flows have no rate of return (e.g. they never turn positive). Where
   * several rates solve, the smallest ≥ 0, else the negative one closest to 0 (finance.ts irr).
   */
  equityIrr: number;
  /**
   * Money multiple, a multiple: cash paid out to the shareholders ÷ cash they put in (at month 0
   * and in every month of negative free cash flow, construction top-ups included).
   */
  moneyMultiple: number;
  /** IRR of the fleet without debt (−capex, then EBITDA and the resale), percent per year compounded. */
  unleveredIrr: number;
  /** Present value at month 0 of EBITDA and the resale at the asset rate, USD. */
  enterpriseValue: number;
  /** Present value at month 0 of free cash flow to equity at the equity rate, USD (may be < 0). */
  equityValue: number;
  /** Enterprise value − debt drawn: the owners' claim on the fleet's value with debt at face, USD. */
  equityClaim: number;
  debt0: number;
  equity0: number;
  /**
   * % change in the owners' claim per 1 % change in enterprise value: EV ÷ (EV − debt0), a
   * multiple. NaN when EV ≤ debt0: the claim is already under water and the ratio has no meaning.
   */
  leverageAmplifier: number;
  /** Book leverage: capex ÷ equity paid in = 1 ÷ (1 − debt share), a multiple. */
  bookLeverage: number;
  /** Cost of debt, nominal percent per year (base rate + spread). */
  costOfDebt: number;
  /** Equity discount rate, percent per year compounded (base rate + equity premium). */
  equityRate: number;
  /** Asset discount rate for the enterprise value, percent per year compounded. */
  assetRate: number;
  /** Interest capitalised into the debt during construction, USD. */
  capitalisedInterest: number;
  /** Debt owed at the first revenue, from which the annuity runs, USD. */
  debtAtStart: number;
  /** Level monthly loan payment from the first revenue, USD. */
  monthlyPayment: number;
  /** Cash from selling the fleet in its last month of service, USD. */
  resaleValue: number;
  /** Book against resale value at ages 0, 12, 24 … months and at the end of the life. */
  assetValues: AssetValue[];
  /** Book against resale value halfway through the life (age ⌊life months ÷ 2⌋). */
  midLife: AssetValue;
}

function emptyYear(): YearSummary {
  return {
    revenue: 0,
    opex: 0,
    ebitda: 0,
    depreciation: 0,
    interest: 0,
    principal: 0,
    netIncome: 0,
    fcfe: 0
  };
}

function addRow(y: YearSummary, r: MonthRow): void {
  y.revenue += r.revenue;
  y.opex += r.opex;
  y.ebitda += r.ebitda;
  y.depreciation += r.depreciation;
  y.interest += r.interest;
  y.principal += r.principal;
  y.netIncome += r.netIncome;
  y.fcfe += r.fcfe;
}

/** The monthly schedule of `p`: each month's flows, from timeline.ts's definitions. */
function schedule(p: Params): MonthRow[] {
  const rows: MonthRow[] = [];
  const hours = p.billedHours;
  let cumulative = -p.equity0;
  for (let m = 1; m <= p.months; m++) {
    const serving = inService(p, m);
    const price = priceInMonth(p, m);
    const revenue = price * hours;
    const opex = (serving ? p.powerPerHour * hours : 0) + p.fixedPerMonth;
    const ebitda = revenue - opex;
    const depreciation = serving ? p.depreciationPerMonth : 0;
    const owed = loanBalance(p, m - 1);
    let debt = loanBalance(p, m);
    const capitalisedInterest = capitalising(p, m) ? owed * p.loanRate : 0;
    const interest = paymentDue(p, m) ? owed * p.loanRate : 0;
    let principal = paymentDue(p, m) ? owed - debt : 0;
    let balloon = 0;
    let resale = 0;
    if (m === p.months) {
      // The fleet is sold in its last month; any debt still owed falls due then.
      resale = p.resaleValue;
      if (debt > 0) {
        balloon = debt;
        principal += balloon;
        debt = 0;
      }
    }
    const fcfe = ebitda - interest - principal + resale;
    cumulative += fcfe;
    rows.push({
      month: m,
      inService: serving,
      price,
      revenue,
      opex,
      ebitda,
      depreciation,
      interest,
      capitalisedInterest,
      principal,
      balloon,
      debtEnd: debt,
      resale,
      netIncome: ebitda - depreciation - interest,
      fcfe,
      cumulativeEquityCash: cumulative
    });
  }
  return rows;
}

/** The operating years of a schedule: sums for the page and the charges the ratios need. */
function yearsOf(p: Params, months: readonly MonthRow[]): [YearSummary[], YearCharges[]] {
  const summaries: YearSummary[] = [];
  const charges: YearCharges[] = [];
  for (const r of months) {
    if (!r.inService) continue;
    const j = Math.floor((r.month - p.delayMonths - 1) / 12);
    addRow((summaries[j] ??= emptyYear()), r);
    const c = (charges[j] ??= emptyYearCharges());
    c.months += 1;
    c.priceSum += priceFactor(p, r.month);
    c.ebitda += r.ebitda;
    c.depreciation += r.depreciation;
    c.interest += r.interest;
    // The refinancing need is reported on its own, not tested as a year's debt service.
    c.principal += r.principal - r.balloon;
  }
  return [summaries, charges];
}

/** Cash paid out to the shareholders ÷ cash they put in (month 0 and every negative month). */
function moneyMultiple(equity0: number, months: readonly MonthRow[]): number {
  let paidIn = equity0;
  let paidOut = 0;
  for (const r of months) {
    if (r.fcfe < 0) paidIn -= r.fcfe;
    else paidOut += r.fcfe;
  }
  return paidIn > 0 ? paidOut / paidIn : NaN;
}

/** An IRR of monthly flows as a compounded yearly percentage, NaN where none exists. */
function yearlyIrr(flows: readonly number[]): number {
  const r = irr(flows);
  return Number.isNaN(r) ? NaN : yearlyPercent(r);
}

/** Book and resale value at each whole year of service and at the end of the life. */
function assetValues(p: Params): AssetValue[] {
  const out: AssetValue[] = [];
  for (let age = 0; age < p.serviceMonths; age += 12)
    out.push({ age, book: bookValueAtAge(p, age), resale: resaleAtAge(p, age) });
  out.push({ age: p.serviceMonths, book: 0, resale: p.resaleValue });
  return out;
}

/** Book and resale value halfway through the fleet's life, where the two part most visibly. */
function midLife(p: Params): AssetValue {
  const age = Math.floor(p.serviceMonths / 2);
  return { age, book: bookValueAtAge(p, age), resale: resaleAtAge(p, age) };
}

/** Runs the model on valid inputs (pass them through clampInputs first); never mutates them. */
export function runModel(inputs: Inputs): Result {
  const p = deriveParams(inputs);
  const months = schedule(p);
  const [operatingYears, charges] = yearsOf(p, months);
  const firstYear = operatingYears[0] ?? emptyYear();
  const first = charges[0];
  const firstService = first ? first.interest + first.principal : 0;

  let lowest = 0;
  let payback: number | null = null;
  for (const r of months) {
    lowest = Math.min(lowest, r.cumulativeEquityCash + p.equity0);
    if (r.cumulativeEquityCash < 0) payback = null;
    else payback ??= r.month;
  }

  const enterpriseValue = npv(monthlyRate(p.logAssetGrowth), [
    0,
    ...months.map((r) => r.ebitda + r.resale)
  ]);
  const equityValue = npv(monthlyRate(p.logEquityGrowth), [0, ...months.map((r) => r.fcfe)]);
  const equityClaim = enterpriseValue - p.debt0;
  const dscr = lowestDscr(charges, charges.length);

  return {
    months,
    firstYear,
    operatingYears,
    breakEven: breakEvens(p, charges, charges.length),
    interestCoverage: coverage(firstYear.ebitda, firstYear.interest),
    dscr: coverage(firstYear.ebitda, firstService),
    dscrByYear: charges.map(yearDscr),
    minDscr: dscr.minDscr,
    minDscrYear: dscr.minDscrYear,
    dscrCovenant: DSCR_COVENANT,
    refinancingNeed: months[months.length - 1]?.balloon ?? 0,
    peakCashNeed: Math.max(0, -lowest),
    paybackMonth: payback,
    equityIrr: yearlyIrr([-p.equity0, ...months.map((r) => r.fcfe)]),
    moneyMultiple: moneyMultiple(p.equity0, months),
    unleveredIrr: yearlyIrr([-p.capex, ...months.map((r) => r.ebitda + r.resale)]),
    enterpriseValue,
    equityValue,
    equityClaim,
    debt0: p.debt0,
    equity0: p.equity0,
    leverageAmplifier: equityClaim > 0 ? enterpriseValue / equityClaim : NaN,
    bookLeverage: p.equity0 > 0 ? p.capex / p.equity0 : Infinity,
    costOfDebt: inputs.baseRate + inputs.spread,
    equityRate: inputs.baseRate + inputs.equityPremium,
    assetRate: inputs.baseRate + inputs.riskPremium,
    capitalisedInterest: p.capitalisedInterest,
    debtAtStart: p.debtAtStart,
    monthlyPayment: p.payment,
    resaleValue: p.resaleValue,
    assetValues: assetValues(p),
    midLife: midLife(p)
  };
}
