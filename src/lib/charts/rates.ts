/** The rate-cut scenario of the rates chart. */

/**
 * The base rate after a cut of `cut` points from `rate`, percent, never below `floor`.
 * e.g. rateCut(3.95) → 2.95; rateCut(0.5) → 0.
 */
export function rateCut(rate: number, cut = 1, floor = 0): number {
  return Math.max(floor, Math.round((rate - cut) * 1e6) / 1e6);
}

/**
 * Rates for the chart's table: whole points from `min` to `max` plus the `extra` rates, sorted
 * and without repeats. e.g. tableRates(0, 3, [1.5, 2]) → [0, 1, 1.5, 2, 3].
 */
export function tableRates(min: number, max: number, extra: readonly number[]): number[] {
  const set = new Set<number>();
  for (let r = Math.ceil(min); r <= max; r++) set.add(r);
  for (const r of extra) if (Number.isFinite(r)) set.add(Math.round(r * 1e6) / 1e6);
  return [...set].sort((a, b) => a - b);
}
