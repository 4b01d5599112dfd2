import { describe, expect, it } from 'vitest';
import { constructionMonths, yearlyCash } from '$lib/charts/cash/spec';
import type { CashMonth } from '$lib/explorer/views.svelte';
import { DEFAULT_INPUTS } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';

function schedule(count: number, delay: number, equity = 100): CashMonth[] {
  let cumulative = -equity;
  return Array.from({ length: count }, (_, i) => {
    const inService = i + 1 > delay;
    const fcfe = inService ? 10 : -5;
    cumulative += fcfe;
    return { month: i + 1, inService, fcfe, cumulativeEquityCash: cumulative };
  });
}

describe('yearlyCash', () => {
  it('sums twelve months at a time, the last block shorter', () => {
    const years = yearlyCash(schedule(30, 3));
    expect(years.map((y) => [y.year, y.firstMonth, y.lastMonth, y.constructionMonths])).toEqual([
      [1, 1, 12, 3],
      [2, 13, 24, 0],
      [3, 25, 30, 0]
    ]);
    expect(years.map((y) => y.fcfe)).toEqual([3 * -5 + 9 * 10, 120, 60]);
    expect(years.map((y) => y.cumulativeEnd)).toEqual([-100 + 75, -100 + 195, -100 + 255]);
  });

  it('adds up to the model’s lifetime cash, ending at its last running position', () => {
    const result = runModel({ ...DEFAULT_INPUTS, delay: 5 });
    const years = yearlyCash(result.months);
    expect(years).toHaveLength(Math.ceil(result.months.length / 12));
    const total = years.reduce((sum, y) => sum + y.fcfe, 0);
    expect(total).toBeCloseTo(
      result.months.reduce((sum, m) => sum + m.fcfe, 0),
      0
    );
    expect(years.at(-1)?.cumulativeEnd).toBe(result.months.at(-1)?.cumulativeEquityCash);
    expect(years.reduce((sum, y) => sum + y.constructionMonths, 0)).toBe(5);
  });

  it('returns nothing for an empty schedule', () => {
    expect(yearlyCash([])).toEqual([]);
  });
});

describe('constructionMonths', () => {
  it.each([
    [0, 0],
    [4, 4],
    [12, 12]
  ])('a delay of %i months shades %i months', (delay, expected) => {
    expect(constructionMonths(schedule(40, delay))).toBe(expected);
  });
});
