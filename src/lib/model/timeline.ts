/**
 * The fleet's timeline: when the rent comes in and at what price, and how the loan is repaid.
 * One definition, read month by month by the schedule (schedule.ts) and summed in closed form
 * by the closed forms (closed.ts), so a change to the mechanics is one edit here.
 *
 * Month 0 pays the capex and draws the debt. The loan is a monthly annuity from month 1, so
 * interest and principal are due during construction too. Revenue, power and depreciation run
 * from month delay + 1 for life × 12 months; the lease and other fixed costs run from month 1
 * (the space is contracted before the building is finished). If the loan outlives the fleet,
 * the balance left at the last month is repaid then (a balloon). Percent inputs become
 * decimals here and nowhere else.
 */
import { pmt } from './finance';
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
  /** Price in the first year of service, USD per GPU-hour. */
  price0: number;
  /** Price multiplier from one year of service to the next, 1 − decline. */
  priceFactor: number;
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
  /** Straight-line depreciation per month of service, USD. */
  depreciationPerMonth: number;
  /** Loan rate per month, decimal (annual cost of debt ÷ 12). */
  loanRate: number;
  /** Months over which the loan amortises. */
  loanMonths: number;
  /** Level monthly loan payment, USD (positive). */
  payment: number;
  /** Discount rate per month for valuation, decimal (annual ÷ 12). */
  discountRate: number;
}

/**
 * The constants of `inputs`, written into `out` when given (a grid of thousands of cells then
 * runs without allocating). Annual rates are nominal and compounded monthly (monthly rate =
 * annual ÷ 12), the spreadsheet convention for loans, used for discounting too so that the
 * equity IRR and the discount rate are comparable. Month counts are rounded to whole months.
 */
export function deriveParams(inputs: Inputs, out?: Params): Params {
  const fleet = inputs.fleet;
  const capex = fleet * inputs.capexPerGpu;
  const debt0 = (capex * inputs.debtShare) / 100;
  const delayMonths = Math.max(0, Math.round(inputs.delay));
  const serviceMonths = Math.max(1, Math.round(inputs.life * 12));
  const loanMonths = Math.max(1, Math.round(inputs.loanTermYears * 12));
  const loanRate = (inputs.baseRate + inputs.spread) / 100 / 12;
  const p = out ?? ({} as Params);
  p.fleet = fleet;
  p.capex = capex;
  p.debt0 = debt0;
  p.equity0 = capex - debt0;
  p.u = inputs.utilisation / 100;
  p.price0 = inputs.price;
  p.priceFactor = 1 - inputs.priceDecline / 100;
  p.powerPerHour = inputs.powerKw * inputs.pue * inputs.electricityPerKwh;
  // The lease is priced per kW of IT capacity; other costs per GPU per year.
  p.fixedPerMonth =
    fleet * (inputs.leasePerKwMonth * inputs.powerKw + inputs.otherOpexPerGpuYear / 12);
  p.delayMonths = delayMonths;
  p.serviceMonths = serviceMonths;
  p.months = delayMonths + serviceMonths;
  p.depreciationPerMonth = capex / serviceMonths;
  p.loanRate = loanRate;
  p.loanMonths = loanMonths;
  // numpy-financial's sign convention: a loan received (pv > 0) is repaid by negative payments.
  p.payment = debt0 === 0 ? 0 : -pmt(loanRate, loanMonths, debt0);
  p.discountRate = (inputs.baseRate + inputs.riskPremium) / 100 / 12;
  return p;
}

/** Whether month `m` (1-based from financing) is a month of service. */
export function inService(p: Params, m: number): boolean {
  return m > p.delayMonths && m <= p.months;
}

/** The rental price in year `j` of service (0-based), USD per GPU-hour. */
export function servicePrice(p: Params, j: number): number {
  return p.price0 * Math.pow(p.priceFactor, j);
}

/** The rental price in force in month `m`, USD per GPU-hour; 0 outside service. */
export function priceInMonth(p: Params, m: number): number {
  if (!inService(p, m)) return 0;
  return servicePrice(p, Math.floor((m - p.delayMonths - 1) / 12));
}

/** The operating years: year `j` of service starts at month delay + 12j + 1 and runs `count` months. */
export function serviceYears(p: Params): number {
  return Math.ceil(p.serviceMonths / 12);
}

/** Months in year `j` of service: 12, or fewer in a last, partial year. */
export function serviceYearMonths(p: Params, j: number): number {
  return Math.max(0, Math.min(12, p.serviceMonths - 12 * j));
}

/**
 * Loan balance after `k` monthly payments, USD: B_k = D·g^k − A·(g^k − 1)/i with g = 1 + i;
 * D − A·k at a zero rate; 0 once the loan is repaid (k ≥ term). `growthK` is g^k when the
 * caller already has it.
 */
export function loanBalance(p: Params, k: number, growthK = Math.pow(1 + p.loanRate, k)): number {
  if (k >= p.loanMonths || p.debt0 === 0) return 0;
  if (k <= 0) return p.debt0;
  if (p.loanRate === 0) return p.debt0 - p.payment * k;
  return p.debt0 * growthK - (p.payment * (growthK - 1)) / p.loanRate;
}

/** Whether a loan payment falls due in month `m`: months 1 … term. */
export function paymentDue(p: Params, m: number): boolean {
  return p.debt0 > 0 && m >= 1 && m <= p.loanMonths;
}
