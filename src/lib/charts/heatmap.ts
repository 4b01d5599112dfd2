/**
 * The break-even map: a diverging colour code for net income over utilisation × base rate, and
 * the break-even line where net income crosses zero.
 */
import { nice } from 'd3-array';

/**
 * Colour level of `value` on a diverging scale of `levels` steps each side of zero: −levels …
 * −1 for losses, 1 … levels for profits, 0 for exactly zero or NaN. Level k covers
 * ((k−1)/levels · bound, k/levels · bound]; beyond the bound stays at ±levels.
 * e.g. divergingLevel(−30, 100, 5) → −2.
 */
export function divergingLevel(value: number, bound: number, levels: number): number {
  if (!(value !== 0) || Number.isNaN(value) || !(bound > 0)) return 0;
  const k = Math.min(levels, Math.max(1, Math.ceil((Math.abs(value) / bound) * levels)));
  return value < 0 ? -k : k;
}

/** Fill opacity of colour level k (1 … levels): faint near zero, strong at the bound. */
export function levelOpacity(k: number, levels: number): number {
  const a = Math.min(levels, Math.abs(k));
  return levels <= 1 ? 1 : 0.14 + (0.86 * (a - 1)) / (levels - 1);
}

/** A round number ≥ `max` for a legend of `levels` steps (d3's nice); 1 when max ≤ 0. */
export function niceBound(max: number, levels: number): number {
  if (!(max > 0)) return 1;
  return nice(0, max, levels)[1];
}

/** The bounds of a diverging scale whose two sides are scaled apart. Money in USD, both > 0. */
export interface DivergingBounds {
  loss: number;
  gain: number;
}

/**
 * Separate round bounds for losses and profits (non-finite values ignored), so that a map whose
 * losses run ten times deeper than its profits still shows where the profits are. Neither side
 * drops below `floor` × the other, so a sliver of profit is not painted as a windfall.
 * e.g. [−140e6, 25e6] with 5 levels → {loss: 140e6, gain: 30e6}.
 */
export function divergingBounds(
  values: ArrayLike<number>,
  levels: number,
  floor = 0.2
): DivergingBounds {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const loss = -lo;
  const gain = hi;
  return {
    loss: niceBound(Math.max(loss, floor * gain), levels),
    gain: niceBound(Math.max(gain, floor * loss), levels)
  };
}

/** A point of the break-even line: utilisation (percent) and base rate (percent). */
export type LinePoint = readonly [u: number, rate: number];

/**
 * The break-even line inside the plot: for each rate in `rates` the break-even utilisation in
 * `utils` (same length; may be NaN or ±Infinity), cut to utilisation within [lo, hi].
 * Returns one polyline per visible stretch; where the line leaves the range between two rows,
 * the stretch ends at the boundary, at the rate found by linear interpolation.
 * e.g. rates [0, 1, 2], utils [80, 100, 120], [20, 100] → [[[80, 0], [100, 1]]].
 */
export function breakEvenLine(
  rates: ArrayLike<number>,
  utils: ArrayLike<number>,
  lo: number,
  hi: number
): LinePoint[][] {
  const lines: LinePoint[][] = [];
  let current: LinePoint[] = [];
  const close = () => {
    if (current.length > 1) lines.push(current);
    current = [];
  };
  const inside = (u: number) => u >= lo && u <= hi;
  for (let i = 0; i < rates.length; i++) {
    const r = rates[i] ?? NaN;
    const u = utils[i] ?? NaN;
    if (!Number.isFinite(u) || !Number.isFinite(r)) {
      close();
      continue;
    }
    const prevR = i > 0 ? (rates[i - 1] ?? NaN) : NaN;
    const prevU = i > 0 ? (utils[i - 1] ?? NaN) : NaN;
    const hasPrev = Number.isFinite(prevU) && Number.isFinite(prevR);
    if (hasPrev && inside(prevU) !== inside(u)) {
      // Crossing a boundary: add the point where the segment meets it.
      const edge = inside(u) ? (prevU < lo ? lo : hi) : u < lo ? lo : hi;
      const t = (edge - prevU) / (u - prevU);
      const crossing: LinePoint = [edge, prevR + t * (r - prevR)];
      if (inside(u)) current = [crossing];
      else {
        current.push(crossing);
        close();
      }
    } else if (hasPrev && ((prevU < lo && u > hi) || (prevU > hi && u < lo))) {
      // Jumped across the whole range between two rows: both boundary points, in order.
      const first = prevU < lo ? lo : hi;
      const last = first === lo ? hi : lo;
      const at = (edge: number) => prevR + ((edge - prevU) / (u - prevU)) * (r - prevR);
      lines.push([
        [first, at(first)],
        [last, at(last)]
      ]);
    }
    if (inside(u)) current.push([u, r]);
  }
  close();
  return lines;
}

/** A horizontal run of neighbouring cells with the same colour level: row `row`, columns [c0, c1). */
export interface Run {
  level: number;
  row: number;
  c0: number;
  c1: number;
}

/**
 * The runs of equal, non-zero level along each row of a row-major grid `columns` wide, so the
 * map can be drawn as one path per level instead of one element per cell.
 * e.g. levelRuns([1, 1, 0, -2], 2) → [{level 1, row 0, c0 0, c1 2}, {level −2, row 1, c0 1, c1 2}].
 */
export function levelRuns(levels: ArrayLike<number>, columns: number): Run[] {
  const runs: Run[] = [];
  const rows = Math.floor(levels.length / columns);
  for (let r = 0; r < rows; r++) {
    let c = 0;
    while (c < columns) {
      const level = levels[r * columns + c] ?? 0;
      let end = c + 1;
      while (end < columns && levels[r * columns + end] === level) end++;
      if (level !== 0) runs.push({ level, row: r, c0: c, c1: end });
      c = end;
    }
  }
  return runs;
}
