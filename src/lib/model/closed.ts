/**
 * The model's summaries in closed form, without building the monthly schedule: geometric sums
 * for the price path and the present values, timeline.ts's loan balance for the debt. The sweeps
 * call this thousands of times per slider move; tests hold it equal to runModel's schedule.
 */
import {
  breakEvens,
  coverage,
  lowestDscr,
  type BreakEven,
  type LowestDscr,
  emptyYearCharges,
  type YearCharges
} from './breakeven';
import type { Inputs } from './inputs';
import {
  balanceAfterPayments,
  deriveParams,
  serviceYearMonths,
  serviceYears,
  type Params
} from './timeline';

/** Closed-form summaries of one scenario. Money in USD for the whole fleet. */
export interface Summary {
  /** First 12 months of operation, as Result.firstYear. */
  revenue: number;
  opex: number;
  ebitda: number;
  depreciation: number;
  interest: number;
  /** Scheduled principal in the first year of operation. */
  principal: number;
  netIncome: number;
  /** First-year EBITDA ÷ interest, a multiple (Infinity when none is due, 0 when EBITDA ≤ 0). */
  interestCoverage: number;
  /** First-year EBITDA ÷ (interest + principal), a multiple (as interestCoverage). */
  dscr: number;
  /** Lowest yearly DSCR over the loan, a multiple (Infinity when no year carries debt service). */
  minDscr: number;
  /** Operating year (1-based) of the lowest DSCR; 0 when none carries debt service. */
  minDscrYear: number;
  /** Break-evens, as Result.breakEven. */
  breakEven: BreakEven;
  /** PV of EBITDA and resale at the asset rate, USD. */
  enterpriseValue: number;
  /** PV of free cash flow to equity at the equity rate, USD. */
  equityValue: number;
  /** Enterprise value − debt drawn, USD. */
  equityClaim: number;
  /** EV ÷ (EV − debt), a multiple; NaN when EV ≤ debt. */
  leverageAmplifier: number;
  /** Debt still owed at the end of the fleet's life, USD. */
  refinancingNeed: number;
}

/** A number-valued field of Summary, the kind a sweep can trace. */
export type SummaryKey = Exclude<keyof Summary, 'breakEven'>;

/** A Summary to be reused as the `out` argument of summarise. */
export function emptySummary(): Summary {
  return {
    revenue: 0,
    opex: 0,
    ebitda: 0,
    depreciation: 0,
    interest: 0,
    principal: 0,
    netIncome: 0,
    interestCoverage: 0,
    dscr: 0,
    minDscr: 0,
    minDscrYear: 0,
    breakEven: {
      ebitdaUtil: 0,
      netIncomeUtil: 0,
      dscrUtil: 0,
      covenantUtil: 0,
      cashYear: 0,
      price: 0
    },
    enterpriseValue: 0,
    equityValue: 0,
    equityClaim: 0,
    leverageAmplifier: 0,
    refinancingNeed: 0
  };
}

/**
 * Σ x^k for k = 0 … count − 1 with x = e^logX: count when x = 1, 0 for count 0. Written with
 * expm1 so that rates near zero keep their precision.
 */
function geometric(logX: number, count: number): number {
  if (count <= 0) return 0;
  if (logX === 0) return count;
  return Math.expm1(count * logX) / Math.expm1(logX);
}

/** Reused by every call: summarise runs to completion before it can be called again. */
const scratch = {} as Params;
const years: YearCharges[] = [];
const lowest = {} as LowestDscr;

/** The year-`j` entry of the scratch years, created on first use. */
function yearSlot(j: number): YearCharges {
  return (years[j] ??= emptyYearCharges());
}

/**
 * Present value at month 0, at a monthly growth of e^logGrowth, of the schedule's flows, USD:
 * EBITDA in every month, `atEnd` in the last, less the loan's payments when `withDebt`.
 * `priceAtStart` is q^delay, the price factor of the first month of service.
 */
function presentValue(
  p: Params,
  logGrowth: number,
  priceAtStart: number,
  atEnd: number,
  withDebt: boolean
): number {
  const S = p.serviceMonths;
  if (logGrowth === 0) {
    // No discounting: plain sums.
    const paid = withDebt && p.debt0 > 0 ? Math.min(p.loanMonths, S) : 0;
    const revenueFactor = priceAtStart * geometric(p.logPriceStep, S);
    return (
      p.billedHours * (p.price0 * revenueFactor - p.powerPerHour * S) -
      p.fixedPerMonth * p.months +
      atEnd -
      p.payment * paid
    );
  }
  const logV = -logGrowth;
  // v − 1, v^(d+1) (the first month of service) and v^(d+S) (the last month).
  const vLess1 = Math.expm1(logV);
  const vFirst = Math.exp(logV * (p.delayMonths + 1));
  const vLast = Math.exp(logV * p.months);
  const v = 1 + vLess1;
  // Σ v^m over the service months (d+1 … d+S) and over every month (1 … d+S). The
  // differences of powers lose digits when the rate is tiny; expm1 then keeps them.
  const exact = -logV * p.months < 1e-3;
  const serviceFactor = exact ? vFirst * geometric(logV, S) : (vFirst - vLast * v) / -vLess1;
  const allFactor = exact ? v * geometric(logV, p.months) : (v - vLast * v) / -vLess1;
  // Σ q^(m−1)·v^m over the service months.
  const priced =
    p.logPriceStep === 0
      ? serviceFactor
      : priceAtStart * vFirst * geometric(p.logPriceStep + logV, S);
  let value =
    p.billedHours * (p.price0 * priced - p.powerPerHour * serviceFactor) -
    p.fixedPerMonth * allFactor +
    atEnd * vLast;
  if (withDebt && p.debt0 > 0) {
    const paid = Math.min(p.loanMonths, S);
    value -= p.payment * (paid === S ? serviceFactor : vFirst * geometric(logV, paid));
  }
  return value;
}

/**
 * Closed-form summaries of `inputs`, written into `out` (allocated when omitted) so that a grid
 * of thousands of cells allocates nothing. Agrees with runModel to rounding error.
 */
export function summarise(inputs: Inputs, out: Summary = emptySummary()): Summary {
  const p = deriveParams(inputs, scratch);
  const hoursPerMonth = p.billedHours;
  const powerPerMonth = p.powerPerHour * hoursPerMonth;

  // Payments made before each operating year, and the balance then, tracked by g^12 forward.
  const logG = p.logLoanGrowth;
  const g12 = Math.exp(12 * logG);
  let growth = 1;
  let paidBefore = 0;
  let balanceStart = balanceAfterPayments(p, 0, growth);
  // Price factor q^(first month of the year − 1), its 12-month step, and Σ q^k over 12 months.
  const priceAtStart = Math.exp(p.logPriceStep * p.delayMonths);
  let qStart = priceAtStart;
  const q12 = Math.exp(p.logPriceStep * 12);
  const sum12 = geometric(p.logPriceStep, 12);

  const count = serviceYears(p);
  for (let j = 0; j < count; j++) {
    const months = serviceYearMonths(p, j);
    const growthEnd = months === 12 ? growth * g12 : growth * Math.exp(months * logG);
    const paidEnd = paidBefore + months;
    const balanceEnd = balanceAfterPayments(p, paidEnd, growthEnd);
    const paid = Math.max(0, Math.min(paidEnd, p.loanMonths) - paidBefore);
    const service = p.debt0 === 0 ? 0 : paid * p.payment;
    const y = yearSlot(j);
    y.months = months;
    y.priceSum = qStart * (months === 12 ? sum12 : geometric(p.logPriceStep, months));
    y.ebitda = p.price0 * y.priceSum * hoursPerMonth - (powerPerMonth + p.fixedPerMonth) * months;
    y.depreciation = p.depreciationPerMonth * months;
    y.principal = balanceStart - balanceEnd;
    y.interest = service - y.principal;
    qStart *= q12;
    growth = growthEnd;
    paidBefore = paidEnd;
    balanceStart = balanceEnd;
  }

  const first = yearSlot(0);
  out.revenue = p.price0 * first.priceSum * hoursPerMonth;
  out.ebitda = first.ebitda;
  out.opex = out.revenue - first.ebitda;
  out.depreciation = first.depreciation;
  out.interest = first.interest;
  out.principal = first.principal;
  out.netIncome = first.ebitda - first.depreciation - first.interest;
  out.interestCoverage = coverage(first.ebitda, first.interest);
  out.dscr = coverage(first.ebitda, first.interest + first.principal);
  lowestDscr(years, count, lowest);
  out.minDscr = lowest.minDscr;
  out.minDscrYear = lowest.minDscrYear;
  breakEvens(p, years, count, out.breakEven);

  // Whatever the loan has not amortised by the last month is owed then.
  out.refinancingNeed = balanceStart;
  out.enterpriseValue = presentValue(p, p.logAssetGrowth, priceAtStart, p.resaleValue, false);
  out.equityValue = presentValue(
    p,
    p.logEquityGrowth,
    priceAtStart,
    p.resaleValue - out.refinancingNeed,
    true
  );
  out.equityClaim = out.enterpriseValue - p.debt0;
  out.leverageAmplifier = out.equityClaim > 0 ? out.enterpriseValue / out.equityClaim : NaN;
  return out;
}
