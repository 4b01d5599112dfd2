/**
 * Month-level constants derived from the inputs, shared by the schedule (run.ts) and the
 * closed forms (summary.ts). Percent inputs become decimals here and nowhere else.
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
  /** Cost of debt, percent per year (base + spread). */
  costOfDebtPct: number;
  /** Discount rate, percent per year (base + risk premium). */
  discountRatePct: number;
}

/** Months of construction delay, whole. */
function delayMonthsOf(inputs: Inputs): number {
  return Math.max(0, Math.round(inputs.delay));
}

/** Months of service, whole: useful life × 12. */
function serviceMonthsOf(inputs: Inputs): number {
  return Math.max(1, Math.round(inputs.life * 12));
}

/** Length of the schedule of `inputs`, in months: delay + useful life × 12. */
export function scheduleMonths(inputs: Inputs): number {
  return delayMonthsOf(inputs) + serviceMonthsOf(inputs);
}

/**
 * The constants of `inputs`, written into `out` when given. Annual rates are nominal and compounded monthly (monthly rate =
 * annual ÷ 12), the spreadsheet convention for loans, used for discounting too so that the
 * equity IRR and the discount rate are comparable. Month counts are rounded to whole months.
 */
export function deriveParams(inputs: Inputs, out?: Params): Params {
  const fleet = inputs.fleet;
  const capex = fleet * inputs.capexPerGpu;
  const debt0 = (capex * inputs.debtShare) / 100;
  const delayMonths = delayMonthsOf(inputs);
  const serviceMonths = serviceMonthsOf(inputs);
  const loanMonths = Math.max(1, Math.round(inputs.loanTermYears * 12));
  const costOfDebtPct = inputs.baseRate + inputs.spread;
  const discountRatePct = inputs.baseRate + inputs.riskPremium;
  const loanRate = costOfDebtPct / 100 / 12;
  // Filling a caller's object lets a grid of thousands of cells run without allocating.
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
  p.discountRate = discountRatePct / 100 / 12;
  p.costOfDebtPct = costOfDebtPct;
  p.discountRatePct = discountRatePct;
  return p;
}
