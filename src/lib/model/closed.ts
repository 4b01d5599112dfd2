/**
 * The model's summaries in closed form, without building the monthly schedule: geometric sums
 * for revenue and present values, timeline.ts's loan balance for the debt. The sweeps call
 * this thousands of times per slider move; tests hold it equal to runModel's schedule.
 */
import { breakEvens, coverage, type BreakEven } from './breakeven';
import type { Inputs } from './inputs';
import {
  deriveParams,
  HOURS_PER_MONTH,
  loanBalance,
  servicePrice,
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
  /** First-year EBITDA ÷ interest (Infinity when none is due). */
  interestCoverage: number;
  /** First-year EBITDA ÷ (interest + principal) (Infinity when nothing is due). */
  dscr: number;
  /** Lowest annual DSCR over operating years with debt service (Infinity when none). */
  minDscr: number;
  /** First-year break-evens, as Result.breakEven. */
  breakEven: BreakEven;
  enterpriseValue: number;
  equityValue: number;
  /** EV ÷ (EV − debt); NaN when equity value ≤ 0. */
  leverageAmplifier: number;
  /** Debt repaid in one sum at the end of the life when the loan outlives the fleet. */
  balloon: number;
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
    breakEven: { ebitdaUtil: 0, netIncomeUtil: 0, dscrUtil: 0, price: 0 },
    enterpriseValue: 0,
    equityValue: 0,
    leverageAmplifier: 0,
    balloon: 0
  };
}

/** Σ v^m for m = 1..count, the present value of 1 a month, given v^count. */
function annuityFactor(v: number, count: number, vCount: number): number {
  return v === 1 ? count : (v * (1 - vCount)) / (1 - v);
}

/** Reused by every call: summarise runs to completion before it can be called again. */
const scratch = {} as Params;

/**
 * Closed-form summaries of `inputs`, written into `out` (allocated when omitted) so that a grid
 * of thousands of cells allocates nothing. Agrees with runModel to rounding error.
 */
export function summarise(inputs: Inputs, out: Summary = emptySummary()): Summary {
  const p = deriveParams(inputs, scratch);
  const g = 1 + p.loanRate;
  const v = 1 / (1 + p.discountRate);
  const hoursPerMonth = HOURS_PER_MONTH * p.u * p.fleet;
  const powerPerMonth = p.powerPerHour * hoursPerMonth;

  // Loan balance at the start of each operating year, tracked by multiplying g^12 forward.
  const g12 = Math.pow(g, 12);
  let growth = Math.pow(g, p.delayMonths);
  let k = p.delayMonths;
  let balanceStart = loanBalance(p, k, growth);
  // Discount factor v^(first month of the year − 1) and the 12-month block factor.
  const v12 = Math.pow(v, 12);
  let vStart = Math.pow(v, p.delayMonths);

  let pvOperating = 0;
  let minDscr = Infinity;
  for (let j = 0; j < serviceYears(p); j++) {
    const count = serviceYearMonths(p, j);
    const price = servicePrice(p, j);
    const growthEnd = count === 12 ? growth * g12 : growth * Math.pow(g, count);
    const kEnd = k + count;
    const balanceEnd = loanBalance(p, kEnd, growthEnd);
    const paid = Math.max(0, Math.min(kEnd, p.loanMonths) - k);
    const service = paid * p.payment;
    const principal = balanceStart - balanceEnd;
    const interest = service - principal;
    const revenue = price * hoursPerMonth * count;
    const ebitda = revenue - (powerPerMonth + p.fixedPerMonth) * count;
    if (service > 0) minDscr = Math.min(minDscr, ebitda / service);
    if (j === 0) {
      out.revenue = revenue;
      out.opex = revenue - ebitda;
      out.ebitda = ebitda;
      out.depreciation = p.depreciationPerMonth * count;
      out.interest = interest;
      out.principal = principal;
      out.netIncome = ebitda - out.depreciation - interest;
    }
    // Operating margin of the year, discounted month by month; fixed costs are added below.
    const vCount = count === 12 ? v12 : Math.pow(v, count);
    pvOperating +=
      (price - p.powerPerHour) * hoursPerMonth * vStart * annuityFactor(v, count, vCount);
    vStart *= vCount;
    growth = growthEnd;
    k = kEnd;
    balanceStart = balanceEnd;
  }

  // Lease and other fixed costs run every month from 1 to the end of the schedule.
  const enterpriseValue =
    pvOperating - p.fixedPerMonth * annuityFactor(v, p.months, Math.pow(v, p.months));
  breakEvens(p, out, out.breakEven);
  out.interestCoverage = coverage(out.ebitda, out.interest);
  out.dscr = coverage(out.ebitda, out.interest + out.principal);
  out.minDscr = minDscr;
  out.enterpriseValue = enterpriseValue;
  out.equityValue = enterpriseValue - p.debt0;
  out.leverageAmplifier = out.equityValue > 0 ? enterpriseValue / out.equityValue : NaN;
  // Whatever the loan has not amortised by the last month is repaid then.
  out.balloon = balanceStart;
  return out;
}
