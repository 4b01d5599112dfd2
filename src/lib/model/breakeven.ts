/**
 * Break-evens and coverage ratios of one year of operation, in closed form. The schedule and
 * the closed forms both read them from here, so each formula is written once.
 */
import { HOURS_PER_MONTH, type Params } from './timeline';

/** Break-even points of the first year of operation. */
export interface BreakEven {
  /** Utilisation at which EBITDA = 0, percent. */
  ebitdaUtil: number;
  /** Utilisation at which pre-tax net income = 0, percent. */
  netIncomeUtil: number;
  /** Utilisation at which EBITDA = interest + principal (DSCR = 1), percent. */
  dscrUtil: number;
  /** Price at which net income = 0 at the chosen utilisation, USD per GPU-hour. */
  price: number;
}

/** What a year must cover besides its running costs, USD. */
export interface YearCharges {
  depreciation: number;
  interest: number;
  /** Scheduled principal (no balloon). */
  principal: number;
}

/**
 * Utilisation (percent) at which `marginAtFull` × u covers `cost`, USD: may exceed 100 (no
 * break-even within reach); Infinity where each billed hour loses money; 0 where there is
 * nothing to cover.
 */
export function breakEvenUtilisation(cost: number, marginAtFull: number): number {
  if (cost <= 0) return 0;
  if (marginAtFull <= 0) return Infinity;
  return (100 * cost) / marginAtFull;
}

/** a ÷ b for coverage ratios (a multiple): Infinity when nothing is due (b = 0). */
export function coverage(a: number, b: number): number {
  return b === 0 ? Infinity : a / b;
}

/**
 * The break-evens of a year of operation with these charges: revenue and power scale with
 * utilisation, the lease, other fixed costs, depreciation and debt service do not. Money in
 * USD, utilisations in percent, price in USD per GPU-hour.
 */
export function breakEvens(p: Params, year: YearCharges, out = {} as BreakEven): BreakEven {
  const fullHours = HOURS_PER_MONTH * 12 * p.fleet;
  const margin = fullHours * (p.price0 - p.powerPerHour);
  const fixed = 12 * p.fixedPerMonth;
  out.ebitdaUtil = breakEvenUtilisation(fixed, margin);
  out.netIncomeUtil = breakEvenUtilisation(fixed + year.depreciation + year.interest, margin);
  out.dscrUtil = breakEvenUtilisation(fixed + year.interest + year.principal, margin);
  out.price =
    p.u > 0
      ? p.powerPerHour + (fixed + year.depreciation + year.interest) / (fullHours * p.u)
      : Infinity;
  return out;
}
