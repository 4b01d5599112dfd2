/**
 * The monthly schedule of one GPU fleet on borrowed money, and the summaries read off it. The
 * timeline (when revenue comes in, at what price, how the loan is repaid) is timeline.ts's.
 */
import { breakEvens, coverage, type BreakEven } from './breakeven';
import { irr, npv } from './finance';
import type { Inputs } from './inputs';
import {
  deriveParams,
  HOURS_PER_MONTH,
  inService,
  loanBalance,
  paymentDue,
  priceInMonth,
  type Params
} from './timeline';

/** One month of the schedule. Money in USD for the whole fleet; flows of that month. */
export interface MonthRow {
  /** 1-based month counted from financing (month 0). */
  month: number;
  /** True from the first month of revenue to the end of the useful life. */
  inService: boolean;
  /** Rental price in force, USD per GPU-hour (0 before service). */
  price: number;
  revenue: number;
  /** Power for billed hours, lease and other fixed costs. */
  opex: number;
  ebitda: number;
  depreciation: number;
  interest: number;
  /** Principal repaid, the balloon included. */
  principal: number;
  /** Part of `principal` that is the balloon (last month only, when the loan outlives the fleet). */
  balloon: number;
  /** Debt outstanding after this month's payment. */
  debtEnd: number;
  /** Pre-tax: EBITDA − depreciation − interest. */
  netIncome: number;
  /** Free cash flow to equity: EBITDA − interest − principal. */
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
  /** Scheduled principal plus any balloon in the span. */
  principal: number;
  netIncome: number;
  fcfe: number;
}

/** Everything the page shows about one scenario. */
export interface Result {
  months: MonthRow[];
  /**
   * The first 12 months of operation (months delay + 1 … delay + 12): the year the waterfall
   * chart shows. It starts at service rather than at financing so that a delay does not turn
   * the year into part construction, part operation.
   */
  firstYear: YearSummary;
  /** Blocks of 12 months of operation from the start of service (the last may be shorter). */
  operatingYears: YearSummary[];
  /**
   * First-year break-evens in closed form: cost to cover ÷ (margin per billed hour × hours).
   * Percentages may exceed 100 (no break-even within reach); Infinity where each billed hour
   * loses money (price ≤ power cost per hour); 0 where there is nothing to cover.
   */
  breakEven: BreakEven;
  /** First-year EBITDA ÷ interest; Infinity when no interest is due. */
  interestCoverage: number;
  /** First-year EBITDA ÷ (interest + scheduled principal); Infinity when nothing is due. */
  dscr: number;
  /**
   * Lowest DSCR over the operating years that carry scheduled debt service (the balloon is
   * reported separately, not tested); Infinity when no operating year carries debt service.
   */
  minDscr: number;
  /** Extra equity needed after month 0 to keep the fleet's cash from going negative, USD ≥ 0. */
  peakCashNeed: number;
  /** First month from which equity's running position stays ≥ 0; null if it never does. */
  paybackMonth: number | null;
  /**
   * Equity IRR, percent per year (monthly IRR × 12, the model's rate convention); NaN where the
   * equity cash flows have no real rate of return (e.g. they never turn positive).
   */
  equityIrr: number;
  /** Present value at month 0 of EBITDA over the schedule at the discount rate, USD. */
  enterpriseValue: number;
  /** Enterprise value − debt drawn, USD (negative when the debt is worth more than the fleet). */
  equityValue: number;
  debt0: number;
  equity0: number;
  /**
   * % change in equity value per 1 % change in enterprise value: EV ÷ (EV − debt0). NaN when
   * equity value ≤ 0: equity is already under water and the ratio has no meaning.
   */
  leverageAmplifier: number;
  /** The same ratio at book values: capex ÷ equity paid in = 1 ÷ (1 − debt share). */
  bookAmplifier: number;
  /** Level monthly loan payment, USD. */
  monthlyPayment: number;
  /** Debt repaid in one sum at the end of the life when the loan outlives the fleet, USD. */
  balloon: number;
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
  const hours = HOURS_PER_MONTH * p.u * p.fleet;
  let cumulative = -p.equity0;
  for (let m = 1; m <= p.months; m++) {
    const serving = inService(p, m);
    const price = priceInMonth(p, m);
    const revenue = price * hours;
    const opex = (serving ? p.powerPerHour * hours : 0) + p.fixedPerMonth;
    const ebitda = revenue - opex;
    const depreciation = serving ? p.depreciationPerMonth : 0;
    const owed = loanBalance(p, m - 1);
    let debt = paymentDue(p, m) ? loanBalance(p, m) : owed;
    const interest = paymentDue(p, m) ? owed * p.loanRate : 0;
    let principal = owed - debt;
    let balloon = 0;
    if (m === p.months && debt > 0) {
      balloon = debt;
      principal += balloon;
      debt = 0;
    }
    const fcfe = ebitda - interest - principal;
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
      principal,
      balloon,
      debtEnd: debt,
      netIncome: ebitda - depreciation - interest,
      fcfe,
      cumulativeEquityCash: cumulative
    });
  }
  return rows;
}

/** Runs the model on valid inputs (pass them through clampInputs first); never mutates them. */
export function runModel(inputs: Inputs): Result {
  const p = deriveParams(inputs);
  const months = schedule(p);

  const operatingYears: YearSummary[] = [];
  // Scheduled debt service per operating year, for the DSCR test (the balloon is left out).
  const scheduledService: number[] = [];
  for (const r of months) {
    if (!r.inService) continue;
    const j = Math.floor((r.month - p.delayMonths - 1) / 12);
    const year = (operatingYears[j] ??= emptyYear());
    addRow(year, r);
    scheduledService[j] = (scheduledService[j] ?? 0) + r.interest + r.principal - r.balloon;
  }
  const firstYear = operatingYears[0] ?? emptyYear();
  const firstService = scheduledService[0] ?? 0;

  let minDscr = Infinity;
  operatingYears.forEach((y, j) => {
    const service = scheduledService[j] ?? 0;
    if (service > 0) minDscr = Math.min(minDscr, y.ebitda / service);
  });

  const breakEven = breakEvens(p, { ...firstYear, principal: firstService - firstYear.interest });

  let lowest = 0;
  let running = 0;
  let payback: number | null = null;
  for (const r of months) {
    running += r.fcfe;
    lowest = Math.min(lowest, running);
    if (r.cumulativeEquityCash < 0) payback = null;
    else payback ??= r.month;
  }

  const equityFlows = [-p.equity0, ...months.map((r) => r.fcfe)];
  const enterpriseValue = npv(p.discountRate, [0, ...months.map((r) => r.ebitda)]);
  const equityValue = enterpriseValue - p.debt0;

  return {
    months,
    firstYear,
    operatingYears,
    breakEven,
    interestCoverage: coverage(firstYear.ebitda, firstYear.interest),
    dscr: coverage(firstYear.ebitda, firstService),
    minDscr,
    peakCashNeed: Math.max(0, -lowest),
    paybackMonth: payback,
    equityIrr: irr(equityFlows) * 12 * 100,
    enterpriseValue,
    equityValue,
    debt0: p.debt0,
    equity0: p.equity0,
    leverageAmplifier: equityValue > 0 ? enterpriseValue / equityValue : NaN,
    bookAmplifier: p.equity0 > 0 ? p.capex / p.equity0 : Infinity,
    monthlyPayment: p.payment,
    balloon: months[months.length - 1]?.balloon ?? 0
  };
}
