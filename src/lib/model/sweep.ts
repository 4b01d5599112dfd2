/**
 * Sensitivity grids and sweeps for the charts: closed-form summaries evaluated over a grid of
 * two inputs, or along one. A cell costs a few dozen operations and allocates nothing.
 */
import type { BreakEven } from './breakeven';
import { emptySummary, summarise, type Summary, type SummaryKey } from './closed';
import type { Inputs } from './inputs';

/** What a grid cell or a sweep point can show: a summary field, or a break-even. */
export type Metric = SummaryKey | `breakEven.${keyof BreakEven}`;

/** Numeric inputs that a grid can vary (any field of Inputs). */
export type GridInput = keyof Inputs;

/** A reader of `metric` in a summary (units as in Summary and BreakEven), resolved once per grid. */
function reader(metric: Metric): (s: Summary) => number {
  if (metric.startsWith('breakEven.')) {
    const key = metric.slice('breakEven.'.length) as keyof BreakEven;
    return (s) => s.breakEven[key];
  }
  const key = metric as SummaryKey;
  return (s) => s[key];
}

/**
 * `metric` over the grid xs × ys of inputs `xId` and `yId`, all other inputs as in `inputs`:
 * a Float64Array of ys.length rows of xs.length values (row-major, out[r·nx + c] is at
 * x = xs[c], y = ys[r]). Values are used as given (not clamped); `inputs` is not mutated.
 */
export function gridSummary(
  inputs: Inputs,
  xId: GridInput,
  xs: ArrayLike<number>,
  yId: GridInput,
  ys: ArrayLike<number>,
  metric: Metric
): Float64Array {
  const nx = xs.length;
  const out = new Float64Array(nx * ys.length);
  const cell: Inputs = { ...inputs };
  const s = emptySummary();
  const read = reader(metric);
  for (let r = 0; r < ys.length; r++) {
    cell[yId] = ys[r] ?? inputs[yId];
    for (let c = 0; c < nx; c++) {
      cell[xId] = xs[c] ?? inputs[xId];
      out[r * nx + c] = read(summarise(cell, s));
    }
  }
  return out;
}

/**
 * Several metrics along one input: for each metric, a Float64Array aligned with `values`
 * (e.g. the first-year interest bill and the enterprise value as the base rate moves).
 */
export function sweep<M extends Metric>(
  inputs: Inputs,
  id: GridInput,
  values: ArrayLike<number>,
  metrics: readonly M[]
): Record<M, Float64Array> {
  const result = {} as Record<M, Float64Array>;
  for (const m of metrics) result[m] = new Float64Array(values.length);
  const readers = metrics.map((m) => [result[m], reader(m)] as const);
  const cell: Inputs = { ...inputs };
  const s = emptySummary();
  for (let c = 0; c < values.length; c++) {
    cell[id] = values[c] ?? inputs[id];
    summarise(cell, s);
    for (const [column, read] of readers) column[c] = read(s);
  }
  return result;
}

/** `count` evenly spaced values from `min` to `max` inclusive (a grid axis). */
export function linspace(min: number, max: number, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++)
    out[k] = count === 1 ? min : min + ((max - min) * k) / (count - 1);
  return out;
}
