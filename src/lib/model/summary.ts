/**
 * The model's summaries in closed form, without building the monthly schedule: geometric sums
 * for revenue and present values, and the annuity balance formula for the loan. grid.ts calls
 * this thousands of times per slider move; tests check it against runModel's schedule.
 */
import type { Inputs } from './inputs';
import { deriveParams, HOURS_PER_MONTH, type Params } from './params';
import { breakEvenUtilisation, coverage } from './run';

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
  fcfe: number;
  /** First-year EBITDA ÷ interest (Infinity when none is due). */
  interestCoverage: number;
  /** First-year EBITDA ÷ (interest + principal) (Infinity when nothing is due). */
  dscr: number;
  /** Lowest annual DSCR over operating years with debt service (Infinity when none). */
  minDscr: number;
  /** Break-even utilisations, percent, and break-even price, USD per GPU-hour (see BreakEven). */
  ebitdaBreakEvenUtil: number;
  netIncomeBreakEvenUtil: number;
  dscrBreakEvenUtil: number;
  breakEvenPrice: number;
  enterpriseValue: number;
  equityValue: number;
  /** EV ÷ (EV − debt); NaN when equity value ≤ 0. */
  leverageAmplifier: number;
  /** Sums over the whole schedule. */
  lifetimeRevenue: number;
  lifetimeEbitda: number;
  lifetimeInterest: number;
  lifetimeNetIncome: number;
  /** Debt drawn and equity paid in at month 0. */
  debt0: number;
  equity0: number;
  balloon: number;
  /** Percent per year. */
  costOfDebt: number;
  discountRate: number;
}

/** Names of the closed-form summaries. */
export type SummaryKey = keyof Summary;

/** A Summary filled with zeros, to be reused as the `out` argument of summarise. */
export function emptySummary(): Summary {
  return {
    revenue: 0,
    opex: 0,
    ebitda: 0,
    depreciation: 0,
    interest: 0,
    principal: 0,
    netIncome: 0,
    fcfe: 0,
    interestCoverage: 0,
    dscr: 0,
    minDscr: 0,
    ebitdaBreakEvenUtil: 0,
    netIncomeBreakEvenUtil: 0,
    dscrBreakEvenUtil: 0,
    breakEvenPrice: 0,
    enterpriseValue: 0,
    equityValue: 0,
    leverageAmplifier: 0,
    lifetimeRevenue: 0,
    lifetimeEbitda: 0,
    lifetimeInterest: 0,
    lifetimeNetIncome: 0,
    debt0: 0,
    equity0: 0,
    balloon: 0,
    costOfDebt: 0,
    discountRate: 0
  };
}

/**
 * Loan balance after k monthly payments, USD: B_k = D·g^k − A·(g^k − 1)/i with g = 1 + i,
 * given g^k; D − A·k at a zero rate; 0 once the loan is repaid (k ≥ term).
 */
function balance(p: Params, k: number, growthK: number): number {
  if (k >= p.loanMonths || p.debt0 === 0) return 0;
  if (p.loanRate === 0) return p.debt0 - p.payment * k;
  return p.debt0 * growthK - (p.payment * (growthK - 1)) / p.loanRate;
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
  const serviceYears = Math.ceil(p.serviceMonths / 12);

  // Loan balance at the start of each operating year, tracked by multiplying g^12 forward.
  const g12 = Math.pow(g, 12);
  let growth = Math.pow(g, p.delayMonths);
  let k = p.delayMonths;
  let balanceStart = balance(p, k, growth);
  // Discount factor v^(first month of the year − 1) and the 12-month block factor.
  const v12 = Math.pow(v, 12);
  let vStart = Math.pow(v, p.delayMonths);
  let priceYear = p.price0;

  let lifetimeEbitda = 0;
  let lifetimeRevenue = 0;
  let pvOperating = 0;
  let minDscr = Infinity;
  for (let j = 0; j < serviceYears; j++) {
    const count = Math.min(12, p.serviceMonths - 12 * j);
    const growthEnd = count === 12 ? growth * g12 : growth * Math.pow(g, count);
    const kEnd = k + count;
    const balanceEnd = balance(p, kEnd, growthEnd);
    const paid = Math.max(0, Math.min(kEnd, p.loanMonths) - k);
    const service = paid * p.payment;
    const principal = balanceStart - balanceEnd;
    const interest = service - principal;
    const revenue = priceYear * hoursPerMonth * count;
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
      out.fcfe = ebitda - service;
    }
    lifetimeRevenue += revenue;
    lifetimeEbitda += ebitda;
    // Operating margin of the year, discounted month by month; fixed costs are added below.
    const vCount = count === 12 ? v12 : Math.pow(v, count);
    pvOperating +=
      (priceYear - p.powerPerHour) * hoursPerMonth * vStart * annuityFactor(v, count, vCount);
    vStart *= vCount;
    priceYear *= p.priceFactor;
    growth = growthEnd;
    k = kEnd;
    balanceStart = balanceEnd;
  }

  // Lease and other fixed costs run every month from 1 to the end of the schedule.
  lifetimeEbitda -= p.fixedPerMonth * p.delayMonths;
  const enterpriseValue =
    pvOperating - p.fixedPerMonth * annuityFactor(v, p.months, Math.pow(v, p.months));
  // Whatever the loan has not amortised by the last month is repaid then.
  const balloon = balanceStart;
  const paidMonths = Math.min(p.months, p.loanMonths);
  const lifetimeInterest = paidMonths * p.payment - (p.debt0 - balloon);

  const fullHours = HOURS_PER_MONTH * 12 * p.fleet;
  const margin = fullHours * (p.price0 - p.powerPerHour);
  const fixed = 12 * p.fixedPerMonth;
  out.ebitdaBreakEvenUtil = breakEvenUtilisation(fixed, margin);
  out.netIncomeBreakEvenUtil = breakEvenUtilisation(
    fixed + out.depreciation + out.interest,
    margin
  );
  out.dscrBreakEvenUtil = breakEvenUtilisation(fixed + out.interest + out.principal, margin);
  out.breakEvenPrice =
    p.u > 0
      ? p.powerPerHour + (fixed + out.depreciation + out.interest) / (fullHours * p.u)
      : Infinity;
  out.interestCoverage = coverage(out.ebitda, out.interest);
  out.dscr = coverage(out.ebitda, out.interest + out.principal);
  out.minDscr = minDscr;
  out.enterpriseValue = enterpriseValue;
  out.equityValue = enterpriseValue - p.debt0;
  out.leverageAmplifier = out.equityValue > 0 ? enterpriseValue / out.equityValue : NaN;
  out.lifetimeRevenue = lifetimeRevenue;
  out.lifetimeEbitda = lifetimeEbitda;
  out.lifetimeInterest = lifetimeInterest;
  out.lifetimeNetIncome = lifetimeEbitda - p.capex - lifetimeInterest;
  out.debt0 = p.debt0;
  out.equity0 = p.equity0;
  out.balloon = balloon;
  out.costOfDebt = p.costOfDebtPct;
  out.discountRate = p.discountRatePct;
  return out;
}
