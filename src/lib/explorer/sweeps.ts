/**
 * The sweeps behind the charts, as pure functions of the inputs: the break-even map's grid,
 * the rate axis of the curves, and the rows of the charts' tables. `views.svelte.ts` decides
 * when each is recomputed.
 */
import { INPUT_IDS, sliderSpec, type Inputs } from '$lib/model/inputs';
import { gridSummary, linspace } from '$lib/model/sweep';
import type { NetGrid, Span } from './views.svelte';

const U = sliderSpec('utilisation');
const R = sliderSpec('baseRate');
const GRID_ROWS = 30;
// 61 rates across the slider's range: the points of the rates curves and the break-even line.
export const RATE_AXIS = linspace(R.min, R.max, 61);

/**
 * A string that changes exactly when some input other than `except` changes: the key under
 * which a sweep is kept while only the inputs it sweeps move.
 */
export function inputsKey(inputs: Readonly<Inputs>, except: readonly (keyof Inputs)[]): string {
  return INPUT_IDS.filter((id) => !except.includes(id))
    .map((id) => inputs[id])
    .join('|');
}

/**
 * The base rate after a cut of `cut` points from `rate`, percent, never below `floor`.
 * e.g. rateCut(3.95) → 2.95; rateCut(0.5) → 0.
 */
export function rateCut(rate: number, cut = 1, floor = 0): number {
  return Math.max(floor, Math.round((rate - cut) * 1e6) / 1e6);
}

/**
 * Rates for a chart's table: whole points from `min` to `max` plus the `extra` rates, sorted
 * and without repeats. e.g. tableRates(0, 3, [1.5, 2]) → [0, 1, 1.5, 2, 3].
 */
export function tableRates(min: number, max: number, extra: readonly number[]): number[] {
  const set = new Set<number>();
  for (let r = Math.ceil(min); r <= max; r++) set.add(r);
  for (const r of extra) if (Number.isFinite(r)) set.add(Math.round(r * 1e6) / 1e6);
  return [...set].sort((a, b) => a - b);
}

/** `count` cell centres spanning [min, max]: the grid's columns or rows. */
function cellCentres(span: Span, count: number): Float64Array {
  const half = (span.max - span.min) / count / 2;
  return linspace(span.min + half, span.max - half, count);
}

/**
 * Net income over utilisation × base rate, the other inputs as given. First-year net income is
 * affine in utilisation (revenue and power scale with the hours billed; depreciation, interest,
 * the lease and other costs do not), so each row is computed at its two end columns and filled
 * in between: two model runs a row instead of one a cell, which a phone feels on every frame of
 * a drag. tests/unit/explorer/sweeps.test.ts holds it to the cell-by-cell grid.
 */
export function netGrid(inputs: Inputs, columns: number): NetGrid {
  const xs = cellCentres(U, columns);
  const ys = cellCentres(R, GRID_ROWS);
  const first = xs[0] ?? U.min;
  const last = xs[columns - 1] ?? U.max;
  const ends = gridSummary(inputs, 'utilisation', [first, last], 'baseRate', ys, 'netIncome');
  const net = new Float64Array(columns * GRID_ROWS);
  for (let r = 0; r < GRID_ROWS; r++) {
    const a = ends[2 * r] ?? NaN;
    const slope = last > first ? ((ends[2 * r + 1] ?? NaN) - a) / (last - first) : 0;
    for (let c = 0; c < columns; c++) net[r * columns + c] = a + slope * ((xs[c] ?? first) - first);
  }
  return { columns, rows: GRID_ROWS, xs, ys, net };
}
