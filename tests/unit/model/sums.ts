/** Sums over a schedule's months, read by tests where the model reports only the first year. */
import type { MonthRow, Result } from '$lib/model/schedule';

/** Money flows a month carries, summed. USD. */
export type Sums = Record<
  'revenue' | 'opex' | 'ebitda' | 'interest' | 'netIncome' | 'fcfe',
  number
>;

function sum(months: readonly MonthRow[]): Sums {
  const out: Sums = { revenue: 0, opex: 0, ebitda: 0, interest: 0, netIncome: 0, fcfe: 0 };
  for (const m of months) for (const k of Object.keys(out) as (keyof Sums)[]) out[k] += m[k];
  return out;
}

/** The whole schedule's flows. */
export function lifetime(r: Result): Sums {
  return sum(r.months);
}

/** The construction months' flows (before the first revenue). */
export function construction(r: Result): Sums {
  return sum(r.months.filter((m) => !m.inService));
}
