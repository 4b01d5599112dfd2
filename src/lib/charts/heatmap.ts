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

/**
 * A round bound ≥ the largest |value| (non-finite values ignored), for a legend whose steps
 * land on readable amounts; 1 when every value is zero. e.g. [−8.6e6, 2.3e7] with 5 levels → 2.5e7; [7.2] → 8.
 */
export function symmetricBound(values: ArrayLike<number>, levels: number): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = Math.abs(values[i] ?? NaN);
    if (Number.isFinite(v)) m = Math.max(m, v);
  }
  if (m === 0) return 1;
  const [, hi] = nice(0, m, levels);
  return hi;
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
