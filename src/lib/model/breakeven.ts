/**
 * Break-evens and coverage ratios of the operating years, in closed form. The schedule and the
 * closed forms both hand their years to these functions, so each formula is written once.
 */
import type { Params } from './timeline';

/**
 * The minimum yearly DSCR the model draws as a lender's covenant, a multiple. No DSCR covenant
 * of CoreWeave's is public (its facilities carry a minimum-liquidity covenant instead); 1.25× is
 * the level commonly used by lenders to size a loan and test it (content/sources/model.json,
 * m-businessmoney-dscr-2025), inside the 1.20–1.40× of project-finance practice.
 */
export const DSCR_COVENANT = 1.25;

/** One operating year as both the schedule and the closed forms see it. USD for the fleet. */
export interface YearCharges {
  /** Months of service in the year: 12, or fewer in a last, partial year. */
  months: number;
  /**
   * Σ over the year's months of the price factor (1 − decline)^((m − 1) ÷ 12): the year's
   * revenue per USD of month-1 price per billed GPU-hour a month (12 when prices are flat).
   */
  priceSum: number;
  ebitda: number;
  depreciation: number;
  /** Interest paid (capitalised interest is not in it). */
  interest: number;
  /** Scheduled principal; the refinancing need at the end of life is not in it. */
  principal: number;
}

/** A year with nothing in it yet, to be added to month by month. */
export function emptyYearCharges(): YearCharges {
  return { months: 0, priceSum: 0, ebitda: 0, depreciation: 0, interest: 0, principal: 0 };
}

/** Break-even points of the operating years. Utilisations in percent. */
export interface BreakEven {
  /** Utilisation at which first-year EBITDA = 0, percent. */
  ebitdaUtil: number;
  /** Utilisation at which first-year pre-tax net income = 0, percent. */
  netIncomeUtil: number;
  /**
   * Cash break-even: the utilisation at which the worst year of the loan has DSCR = 1, so that
   * every year's EBITDA covers its debt service, percent. With no debt, the first-year EBITDA
   * break-even.
   */
  dscrUtil: number;
  /** Utilisation at which the worst year of the loan has DSCR = DSCR_COVENANT, percent. */
  covenantUtil: number;
  /** The operating year (1-based) that sets dscrUtil; 0 when there is no debt service. */
  cashYear: number;
  /** Month-1 price at which first-year net income = 0 at the chosen utilisation, USD per GPU-hour. */
  price: number;
}

/** The lowest DSCR over the years of the loan, a multiple, and the year (1-based) it falls in. */
export interface LowestDscr {
  /** Infinity when no operating year carries debt service. */
  minDscr: number;
  /** 0 when no operating year carries debt service. */
  minDscrYear: number;
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

/**
 * a ÷ b for coverage ratios (a multiple): Infinity when nothing is due (b = 0); 0 when a ≤ 0,
 * since a negative EBITDA covers none of what is due.
 */
export function coverage(a: number, b: number): number {
  if (b === 0) return Infinity;
  return Math.max(0, a / b);
}

/** A year's scheduled debt service: interest + principal, USD. */
export function debtService(y: Readonly<YearCharges>): number {
  return y.interest + y.principal;
}

/** A year's DSCR: EBITDA ÷ scheduled debt service, a multiple (Infinity when nothing is due). */
export function yearDscr(y: Readonly<YearCharges>): number {
  return coverage(y.ebitda, debtService(y));
}

/** What a year's billed hours earn over their power bill at 100 % utilisation, USD. */
export function marginAtFull(p: Params, y: Readonly<YearCharges>): number {
  return p.fleetHours * (p.price0 * y.priceSum - p.powerPerHour * y.months);
}

/** Ratios within this relative distance of the worst count as equal when naming its year. */
const TIE = 1e-9;

/**
 * The break-evens of the first `count` operating years (`years[0]` is the first): revenue and
 * power scale with utilisation; the lease, other fixed costs, depreciation and debt service do
 * not. The cash and covenant break-evens take the year of the loan that needs the most
 * utilisation (the earliest of years that tie within rounding). Money in USD, utilisations in
 * percent, price in USD per GPU-hour.
 */
export function breakEvens(
  p: Params,
  years: readonly Readonly<YearCharges>[],
  count: number,
  out = {} as BreakEven
): BreakEven {
  const first = years[0];
  if (!first || count < 1) throw new Error('breakEvens needs at least one operating year');
  const fixed = p.fixedPerMonth * first.months;
  const margin = marginAtFull(p, first);
  out.ebitdaUtil = breakEvenUtilisation(fixed, margin);
  out.netIncomeUtil = breakEvenUtilisation(fixed + first.depreciation + first.interest, margin);
  let worst = -Infinity;
  let worstCovenant = -Infinity;
  out.cashYear = 0;
  for (let j = 0; j < count; j++) {
    const y = years[j];
    if (!y) break;
    const service = debtService(y);
    if (service <= 0) continue;
    const yearFixed = p.fixedPerMonth * y.months;
    const yearMargin = marginAtFull(p, y);
    const util = breakEvenUtilisation(yearFixed + service, yearMargin);
    // A year must be worse by more than rounding to take the name from an earlier one.
    if (out.cashYear === 0 || util > worst * (1 + TIE)) out.cashYear = j + 1;
    worst = Math.max(worst, util);
    worstCovenant = Math.max(
      worstCovenant,
      breakEvenUtilisation(yearFixed + DSCR_COVENANT * service, yearMargin)
    );
  }
  // With nothing to repay, cash breaks even where EBITDA does.
  out.dscrUtil = out.cashYear > 0 ? worst : out.ebitdaUtil;
  out.covenantUtil = out.cashYear > 0 ? worstCovenant : out.ebitdaUtil;
  const power = p.powerPerHour * p.billedHours * first.months;
  out.price =
    p.u > 0
      ? (power + fixed + first.depreciation + first.interest) / (p.billedHours * first.priceSum)
      : Infinity;
  return out;
}

/**
 * The lowest DSCR over the operating years that carry debt service, and its year (the earliest
 * of the years that tie within rounding).
 */
export function lowestDscr(
  years: readonly Readonly<YearCharges>[],
  count: number,
  out = {} as LowestDscr
): LowestDscr {
  out.minDscr = Infinity;
  out.minDscrYear = 0;
  for (let j = 0; j < count; j++) {
    const y = years[j];
    if (!y || debtService(y) <= 0) continue;
    const dscr = yearDscr(y);
    // A year must be lower by more than rounding to take the name from an earlier one.
    if (out.minDscrYear === 0 || dscr < out.minDscr * (1 - TIE)) out.minDscrYear = j + 1;
    out.minDscr = Math.min(out.minDscr, dscr);
  }
  return out;
}
