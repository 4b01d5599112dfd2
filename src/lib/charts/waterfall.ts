/**
 * The profit waterfall of one year: from revenue down to net income, each step a floating bar.
 */
import type { YearSummary } from '$lib/model/run';

/** The bars of the waterfall, in the order they are drawn. */
export const WATERFALL_KEYS = [
  'revenue',
  'opex',
  'ebitda',
  'depreciation',
  'interest',
  'netIncome'
] as const;

export type WaterfallKey = (typeof WATERFALL_KEYS)[number];

/** One bar of the waterfall. Money in USD. */
export interface WaterfallStep {
  key: WaterfallKey;
  /** A total stands on zero; a deduction floats from the running level down by its amount. */
  kind: 'total' | 'deduction';
  /** Signed amount: totals as they are (net income may be negative), deductions negative. */
  value: number;
  /** Level where the bar starts, USD. */
  from: number;
  /** Level where the bar ends, USD (from + value). */
  to: number;
}

/**
 * The six bars of a year's waterfall: revenue, −operating costs, EBITDA, −depreciation,
 * −interest, net income. Totals are read from the summary itself, so the chart shows the model's
 * figures rather than re-derived ones. e.g. revenue 100, opex 30, depreciation 50, interest 30 →
 * bars 0→100, 100→70, 0→70, 70→20, 20→−10, 0→−10.
 */
export function waterfallSteps(year: Readonly<YearSummary>): WaterfallStep[] {
  const total = (key: WaterfallKey, value: number): WaterfallStep => ({
    key,
    kind: 'total',
    value,
    from: 0,
    to: value
  });
  const deduction = (key: WaterfallKey, from: number, amount: number): WaterfallStep => ({
    key,
    kind: 'deduction',
    value: -amount,
    from,
    to: from - amount
  });
  const afterDepreciation = year.ebitda - year.depreciation;
  return [
    total('revenue', year.revenue),
    deduction('opex', year.revenue, year.opex),
    total('ebitda', year.ebitda),
    deduction('depreciation', year.ebitda, year.depreciation),
    deduction('interest', afterDepreciation, year.interest),
    total('netIncome', year.netIncome)
  ];
}

/** The value domain [lo, hi] of the bars, USD, always including zero. */
export function waterfallDomain(steps: readonly WaterfallStep[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const s of steps) {
    lo = Math.min(lo, s.from, s.to);
    hi = Math.max(hi, s.from, s.to);
  }
  return [lo, hi];
}
