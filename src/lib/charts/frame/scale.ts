/**
 * The two pieces of d3-scale and d3-shape the charts use, on top of d3-array's tick maths:
 * a linear scale and a polyline path. d3-scale's linear scale brings d3-interpolate, d3-color
 * and d3-format into the page (about 11 KB of gzipped JavaScript) for numbers to pixels only;
 * these give the same numbers and the same path strings.
 */
import { tickIncrement, ticks } from 'd3-array';

/** A linear map from a domain [d0, d1] to a range [r0, r1], px, with its ticks. */
export interface Linear {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** About `count` round values inside the domain (d3-array's ticks). */
  ticks(count?: number): number[];
  /** The domain value at position `px` of the range (the scale run backwards). */
  invert(px: number): number;
}

/**
 * `domain` widened to round values for about `count` ticks, as d3-scale's `nice(count)` does it:
 * at most ten rounds of d3-array's tick step, the domain unchanged if they do not settle.
 * e.g. niceDomain([0, 97], 10) → [0, 100].
 */
export function niceDomain(domain: readonly [number, number], count: number): [number, number] {
  let [start, stop] = domain;
  let prestep: number | undefined;
  for (let round = 0; round < 10; round++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) return [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return [domain[0], domain[1]];
}

/**
 * A linear scale from `domain` to `range` (either may run backwards, as a mirrored axis
 * does); with `nice`, the domain is first widened to round values for about that many ticks.
 * e.g. linear([0, 10], [0, 100])(2.5) → 25; linear([0, 97], [0, 1], 10).domain → [0, 100].
 */
export function linear(
  domain: readonly [number, number],
  range: readonly [number, number],
  nice?: number
): Linear {
  const d = nice === undefined ? domain : niceDomain(domain, nice);
  const [d0, d1] = d;
  const [r0, r1] = range;
  const span = d1 - d0;
  // d3's interpolation, a(1 − t) + b·t, so positions match d3-scale's to the last bit.
  const scale = ((value: number) => {
    const t = span ? (value - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  }) as Linear;
  Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    ticks: (count = 10) => ticks(d0, d1, count),
    invert: (px: number) => (r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * span)
  });
  return scale;
}

/** A coordinate as d3-shape writes it: rounded to three decimals. */
function coordinate(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * An SVG path through `points` ("M x,y L x,y …"), as d3-shape's default line draws it:
 * coordinates to three decimals, and a lone point closed on itself.
 */
export function polyline(points: Iterable<readonly [number, number]>): string {
  let d = '';
  let count = 0;
  for (const [x, y] of points) {
    d += `${count++ ? 'L' : 'M'}${coordinate(x)},${coordinate(y)}`;
  }
  return count === 1 ? `${d}Z` : d;
}
