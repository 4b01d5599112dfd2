/** Equity cash over the schedule, in blocks of twelve months for the chart's table. */
import type { MonthRow } from '$lib/model/run';

/** The fields of a month that the cash chart reads. */
export type CashMonth = Pick<MonthRow, 'month' | 'inService' | 'fcfe' | 'cumulativeEquityCash'>;

/** Twelve months (or fewer, at the end) of the schedule. Money in USD. */
export interface CashYear {
  /** 1-based year counted from financing. */
  year: number;
  firstMonth: number;
  lastMonth: number;
  /** Months of the block spent under construction (no revenue). */
  constructionMonths: number;
  /** Free cash flow to equity summed over the block. */
  fcfe: number;
  /** Equity's running position at the block's last month. */
  cumulativeEnd: number;
}

/**
 * The schedule summed per 12 months from financing (year 1 = months 1–12). e.g. 30 months →
 * three blocks, the last of months 25–30.
 */
export function yearlyCash(months: readonly CashMonth[]): CashYear[] {
  const years: CashYear[] = [];
  for (const m of months) {
    const year = Math.floor((m.month - 1) / 12) + 1;
    let block = years[years.length - 1];
    if (!block || block.year !== year) {
      block = {
        year,
        firstMonth: m.month,
        lastMonth: m.month,
        constructionMonths: 0,
        fcfe: 0,
        cumulativeEnd: m.cumulativeEquityCash
      };
      years.push(block);
    }
    block.lastMonth = m.month;
    block.fcfe += m.fcfe;
    block.cumulativeEnd = m.cumulativeEquityCash;
    if (!m.inService) block.constructionMonths += 1;
  }
  return years;
}

/** Months before the first month in service (the construction delay shown shaded). */
export function constructionMonths(months: readonly CashMonth[]): number {
  const first = months.findIndex((m) => m.inService);
  return first < 0 ? months.length : first;
}
