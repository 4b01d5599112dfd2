/**
 * The fleet's timeline: when the rent comes in and at what price, how the loan is drawn, grows
 * and is repaid, and what the fleet fetches when it is sold. One definition, read month by month
 * by the schedule (schedule.ts) and summed in closed form by closed.ts, so a change to the
 * mechanics is one edit here.
 *
 * Month 0 pays the capex and draws the debt. During a construction delay (months 1 … delay)
 * nothing is paid on the loan: each month's interest is capitalised, added to what is owed (and,
 * as US accounts do with interest during construction, to the cost that is depreciated). From
 * the first month of revenue (delay + 1) the grown debt amortises as a monthly annuity over the
 * loan term. Revenue, power and depreciation run from month delay + 1 for life × 12 months; the
 * lease and other fixed costs run from month 1 (the space is contracted before the building is
 * finished). The market price follows the calendar from month 1, so a fleet that starts late
 * starts at a lower price in a falling market. If the loan outlives the fleet, the balance left
 * at the last month is the refinancing need, repaid then; the fleet is sold in that same month.
 * Percent inputs become decimals here and nowhere else.
 */
import type { Inputs } from './inputs';

/** Hours in an average month: 8,760 hours a year ÷ 12. */
export const HOURS_PER_MONTH = 730;

/** Fleet-level constants of one scenario. Money in USD for the whole fleet. */
export interface Params {
  /** GPUs in the fleet. */
  fleet: number;
  /** Capital spent at month 0, USD. */
  capex: number;
  /** Debt drawn at month 0, USD. */
  debt0: number;
  /** Equity paid in at month 0, USD. */
  equity0: number;
  /** Share of hours billed, as a fraction (0.8 for 80 %). */
  u: number;
  /** GPU-hours of the fleet in a month: 730 × GPUs. */
  fleetHours: number;
  /** GPU-hours billed in a month: fleetHours × u. */
  billedHours: number;
  /** Market price in month 1, USD per GPU-hour. */
  price0: number;
  /** ln of the monthly price factor: ln(1 − decline) ÷ 12 (−Infinity for a 100 % decline). */
  logPriceStep: number;
  /** Power bill per billed GPU-hour, USD: kW × PUE × USD/kWh. */
  powerPerHour: number;
  /** Lease and other fixed costs of the fleet per month, USD (paid from month 1). */
  fixedPerMonth: number;
  /** Months of construction delay before the first revenue. */
  delayMonths: number;
  /** Months of service (useful life × 12). */
  serviceMonths: number;
  /** Months in the schedule: delay + service. */
  months: number;
  /** Loan rate per month, decimal (the nominal yearly cost of debt ÷ 12, as lenders quote it). */
  loanRate: number;
  /** ln(1 + loan rate per month). */
  logLoanGrowth: number;
  /** Months over which the loan amortises, counted from the first revenue. */
  loanMonths: number;
  /** Debt owed when revenue starts: debt0 grown by the capitalised interest, USD. */
  debtAtStart: number;
  /** Interest capitalised during construction: debtAtStart − debt0, USD. */
  capitalisedInterest: number;
  /** Level monthly loan payment from the first revenue, USD (positive; 0 without debt). */
  payment: number;
  /** Straight-line depreciation per month of service of capex + capitalised interest, USD. */
  depreciationPerMonth: number;
  /** ln(1 + monthly equity discount rate): ln(1 + yearly rate) ÷ 12. */
  logEquityGrowth: number;
  /** ln(1 + monthly asset discount rate): ln(1 + yearly rate) ÷ 12. */
  logAssetGrowth: number;
  /** ln of the monthly resale-value factor: ln(1 − resale decline) ÷ 12. */
  logResaleStep: number;
  /** Cash from selling the fleet in its last month of service, USD. */
  resaleValue: number;
}

/**
 * The constants of `inputs`, written into `out` when given (a grid of thousands of cells then
 * runs without allocating). The loan rate is nominal (monthly = yearly ÷ 12), as lenders quote
 * SOFR + spread; discount rates are compounded yearly rates (monthly = (1 + yearly)^(1/12) − 1),
 * the convention of the IRRs the page shows beside them. Month counts are rounded to whole months.
 */
export function deriveParams(inputs: Inputs, out?: Params): Params {
  const fleet = inputs.fleet;
  const capex = fleet * inputs.capexPerGpu;
  const debt0 = (capex * inputs.debtShare) / 100;
  const delayMonths = Math.max(0, Math.round(inputs.delay));
  const serviceMonths = Math.max(1, Math.round(inputs.life * 12));
  const loanMonths = Math.max(1, Math.round(inputs.loanTermYears * 12));
  const loanRate = (inputs.baseRate + inputs.spread) / 100 / 12;
  const logLoanGrowth = Math.log1p(loanRate);
  const debtAtStart = debt0 * Math.exp(delayMonths * logLoanGrowth);
  const p = out ?? ({} as Params);
  p.fleet = fleet;
  p.capex = capex;
  p.debt0 = debt0;
  p.equity0 = capex - debt0;
  p.u = inputs.utilisation / 100;
  p.fleetHours = HOURS_PER_MONTH * fleet;
  p.billedHours = p.fleetHours * p.u;
  p.price0 = inputs.price;
  p.logPriceStep = Math.log1p(-inputs.priceDecline / 100) / 12;
  p.powerPerHour = inputs.powerKw * inputs.pue * inputs.electricityPerKwh;
  // The lease is priced per kW of IT capacity; other costs per GPU per year.
  p.fixedPerMonth =
    fleet * (inputs.leasePerKwMonth * inputs.powerKw + inputs.otherOpexPerGpuYear / 12);
  p.delayMonths = delayMonths;
  p.serviceMonths = serviceMonths;
  p.months = delayMonths + serviceMonths;
  p.loanRate = loanRate;
  p.logLoanGrowth = logLoanGrowth;
  p.loanMonths = loanMonths;
  p.debtAtStart = debtAtStart;
  p.capitalisedInterest = debtAtStart - debt0;
  p.payment = annuityPayment(debtAtStart, loanRate, logLoanGrowth, loanMonths);
  p.depreciationPerMonth = (capex + p.capitalisedInterest) / serviceMonths;
  p.logEquityGrowth = Math.log1p((inputs.baseRate + inputs.equityPremium) / 100) / 12;
  p.logAssetGrowth = Math.log1p((inputs.baseRate + inputs.riskPremium) / 100) / 12;
  p.logResaleStep = Math.log1p(-inputs.resaleDecline / 100) / 12;
  p.resaleValue = resaleAtAge(p, serviceMonths);
  return p;
}

/**
 * Level payment that repays `debt` over `n` months at `rate` a month (ln(1 + rate) =
 * `logGrowth`), USD: D·i ÷ (1 − (1 + i)^−n), D ÷ n at a zero rate; finance.ts's pmt with the
 * sign turned, written with expm1 so that small rates keep their precision.
 */
export function annuityPayment(debt: number, rate: number, logGrowth: number, n: number): number {
  if (debt === 0) return 0;
  if (rate === 0) return debt / n;
  return (-debt * rate) / Math.expm1(-n * logGrowth);
}

/** Whether month `m` (1-based from financing) is a month of service. */
export function inService(p: Params, m: number): boolean {
  return m > p.delayMonths && m <= p.months;
}

/** The market price in month `m` relative to month 1: (1 − decline)^((m − 1) ÷ 12). */
export function priceFactor(p: Params, m: number): number {
  return Math.exp(p.logPriceStep * (m - 1));
}

/** The rental price the fleet earns in month `m`, USD per GPU-hour; 0 outside service. */
export function priceInMonth(p: Params, m: number): number {
  return inService(p, m) ? p.price0 * priceFactor(p, m) : 0;
}

/** The operating years: year `j` (0-based) starts after month delay + 12j. */
export function serviceYears(p: Params): number {
  return Math.ceil(p.serviceMonths / 12);
}

/** Months in year `j` of service: 12, or fewer in a last, partial year. */
export function serviceYearMonths(p: Params, j: number): number {
  return Math.max(0, Math.min(12, p.serviceMonths - 12 * j));
}

/**
 * Loan balance after `k` monthly payments from the first revenue, USD:
 * B_k = D·g^k − A·(g^k − 1)/i with D the debt at the first revenue and g = 1 + i; D − A·k at
 * a zero rate; 0 once the loan is repaid (k ≥ term). `growthK` is g^k when the caller has it.
 */
export function balanceAfterPayments(
  p: Params,
  k: number,
  growthK = Math.exp(k * p.logLoanGrowth)
): number {
  if (k >= p.loanMonths || p.debt0 === 0) return 0;
  if (k <= 0) return p.debtAtStart;
  if (p.loanRate === 0) return p.debtAtStart - p.payment * k;
  return p.debtAtStart * growthK - (p.payment * (growthK - 1)) / p.loanRate;
}

/**
 * Debt owed at the end of month `m` (0 = financing), USD: debt0 grown by capitalised interest
 * during construction, then the annuity balance.
 */
export function loanBalance(p: Params, m: number): number {
  if (m <= p.delayMonths) return p.debt0 * Math.exp(Math.max(0, m) * p.logLoanGrowth);
  return balanceAfterPayments(p, m - p.delayMonths);
}

/** Whether month `m`'s interest is capitalised (a construction month with debt outstanding). */
export function capitalising(p: Params, m: number): boolean {
  return p.debt0 > 0 && m >= 1 && m <= p.delayMonths;
}

/** Whether a loan payment falls due in month `m`: the term's months from the first revenue. */
export function paymentDue(p: Params, m: number): boolean {
  return p.debt0 > 0 && m > p.delayMonths && m <= p.delayMonths + p.loanMonths;
}

/** What the fleet fetches used at an age of `months` months of service, USD. */
export function resaleAtAge(p: Params, months: number): number {
  // At age 0 the fleet is new, even when a 100 % decline makes the log step −∞.
  return months <= 0 ? p.capex : p.capex * Math.exp(p.logResaleStep * months);
}

/** Straight-line book value after `months` months of service, USD (cost incl. capitalised interest). */
export function bookValueAtAge(p: Params, months: number): number {
  return p.depreciationPerMonth * Math.max(0, p.serviceMonths - months);
}

/** Compounded yearly rate, percent, of a monthly rate `r` (a decimal > −1): 100·((1 + r)^12 − 1). */
export function yearlyPercent(r: number): number {
  return 100 * Math.expm1(12 * Math.log1p(r));
}

/** Monthly rate, decimal, whose ln(1 + rate) is `logGrowth`. */
export function monthlyRate(logGrowth: number): number {
  return Math.expm1(logGrowth);
}
