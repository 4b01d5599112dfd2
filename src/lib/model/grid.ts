/**
 * Sensitivity grids and sweeps for heatmaps and curves: one summary evaluated over a grid of
 * two inputs (or a line of one). Closed-form summaries cost a few dozen operations per cell and
 * allocate nothing; the three metrics that need the cash-flow path (equity IRR, peak cash need,
 * payback) run a lean monthly loop into one reused buffer instead of building MonthRow objects.
 */
import { irr } from './finance';
import type { Inputs } from './inputs';
import { deriveParams, HOURS_PER_MONTH, scheduleMonths, type Params } from './params';
import { emptySummary, summarise, type Summary, type SummaryKey } from './summary';

/** Metrics that need the month-by-month equity cash flows. */
export type PathMetric = 'equityIrr' | 'peakCashNeed' | 'paybackMonth';

/** Anything a grid cell can show: a closed-form summary or a path metric (units as in Result). */
export type GridMetric = SummaryKey | PathMetric;

/** Numeric inputs that a grid can vary (any field of Inputs). */
export type GridInput = keyof Inputs;

const PATH_METRICS: ReadonlySet<string> = new Set<PathMetric>([
  'equityIrr',
  'peakCashNeed',
  'paybackMonth'
]);

/** Reused by every call of equityCashFlows, which never calls itself. */
const scratch = {} as Params;

/**
 * Equity cash flows of `inputs` into `flows` (month 0 = −equity, then FCFE per month, USD for
 * the fleet); returns the number of values written, scheduleMonths(inputs) + 1.
 * Throws a RangeError if `flows` is shorter than that.
 */
export function equityCashFlows(inputs: Inputs, flows: Float64Array): number {
  const p = deriveParams(inputs, scratch);
  if (flows.length < p.months + 1) throw new RangeError('flow buffer too short');
  const hours = HOURS_PER_MONTH * p.u * p.fleet;
  const power = p.powerPerHour * hours;
  flows[0] = -p.equity0;
  let debt = p.debt0;
  let price = p.price0;
  for (let m = 1; m <= p.months; m++) {
    const k = m - p.delayMonths;
    // Prices step down at the start of each year of service after the first.
    if (k > 12 && (k - 1) % 12 === 0) price *= p.priceFactor;
    const ebitda = (k >= 1 ? price * hours - power : 0) - p.fixedPerMonth;
    let service = 0;
    if (m <= p.loanMonths && debt > 0) {
      const interest = debt * p.loanRate;
      const principal = m === p.loanMonths ? debt : p.payment - interest;
      service = interest + principal;
      debt -= principal;
    }
    if (m === p.months && debt > 0) {
      service += debt;
      debt = 0;
    }
    flows[m] = ebitda - service;
  }
  return p.months + 1;
}

/** The path metric `metric` of the equity flows in flows[0..count). */
function pathMetric(metric: PathMetric, flows: Float64Array, count: number): number {
  if (metric === 'equityIrr') return irr(flows.subarray(0, count)) * 12 * 100;
  let running = 0;
  let lowest = 0;
  let cumulative = flows[0] ?? 0;
  let payback = NaN;
  for (let m = 1; m < count; m++) {
    const f = flows[m] ?? 0;
    running += f;
    cumulative += f;
    lowest = Math.min(lowest, running);
    if (cumulative < 0) payback = NaN;
    else if (Number.isNaN(payback)) payback = m;
  }
  return metric === 'peakCashNeed' ? Math.max(0, -lowest) : payback;
}

/** `flows` if it can hold the equity flows of `cell`, else a new buffer that can. */
function fit(flows: Float64Array, cell: Inputs): Float64Array {
  const need = scheduleMonths(cell) + 1;
  return flows.length >= need ? flows : new Float64Array(need);
}

/**
 * `metric` over the grid xs × ys of inputs `xId` and `yId`, all other inputs as in `inputs`:
 * a Float64Array of ys.length rows of xs.length values (row-major, out[r·nx + c] is at
 * x = xs[c], y = ys[r]). Values are used as given (not clamped); `inputs` is not mutated.
 * paybackMonth is NaN where equity never pays back.
 */
export function gridSummary(
  inputs: Inputs,
  xId: GridInput,
  xs: ArrayLike<number>,
  yId: GridInput,
  ys: ArrayLike<number>,
  metric: GridMetric
): Float64Array {
  const nx = xs.length;
  const ny = ys.length;
  const out = new Float64Array(nx * ny);
  const cell: Inputs = { ...inputs };
  if (PATH_METRICS.has(metric)) {
    let flows: Float64Array = new Float64Array(0);
    for (let r = 0; r < ny; r++) {
      cell[yId] = ys[r] ?? inputs[yId];
      for (let c = 0; c < nx; c++) {
        cell[xId] = xs[c] ?? inputs[xId];
        flows = fit(flows, cell);
        const count = equityCashFlows(cell, flows);
        out[r * nx + c] = pathMetric(metric as PathMetric, flows, count);
      }
    }
    return out;
  }
  const key = metric as SummaryKey;
  const s: Summary = emptySummary();
  for (let r = 0; r < ny; r++) {
    cell[yId] = ys[r] ?? inputs[yId];
    for (let c = 0; c < nx; c++) {
      cell[xId] = xs[c] ?? inputs[xId];
      out[r * nx + c] = summarise(cell, s)[key];
    }
  }
  return out;
}

/**
 * Several metrics along one input: for each metric, a Float64Array aligned with `values`
 * (e.g. the first-year interest bill and the enterprise value as the base rate moves).
 */
export function sweep<M extends GridMetric>(
  inputs: Inputs,
  id: GridInput,
  values: ArrayLike<number>,
  metrics: readonly M[]
): Record<M, Float64Array> {
  const result = {} as Record<M, Float64Array>;
  for (const m of metrics) result[m] = new Float64Array(values.length);
  const cell: Inputs = { ...inputs };
  const s: Summary = emptySummary();
  let flows: Float64Array = new Float64Array(0);
  for (let c = 0; c < values.length; c++) {
    cell[id] = values[c] ?? inputs[id];
    summarise(cell, s);
    let count = -1;
    for (const m of metrics) {
      if (PATH_METRICS.has(m)) {
        if (count < 0) {
          flows = fit(flows, cell);
          count = equityCashFlows(cell, flows);
        }
        result[m][c] = pathMetric(m as PathMetric, flows, count);
      } else result[m][c] = s[m as SummaryKey];
    }
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
