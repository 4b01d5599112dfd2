/** The leverage amplifier: how far equity value moves when enterprise value moves. */
import { nice } from 'd3-array';

/**
 * Move in equity value, percent, for a move of `evMovePct` percent in enterprise value when
 * equity = EV − debt and `amplifier` = EV ÷ equity. e.g. equityMove(−10, 5) → −50.
 */
export function equityMove(evMovePct: number, amplifier: number): number {
  return evMovePct * amplifier;
}

/**
 * The fall in enterprise value, percent (negative), that leaves equity worth nothing:
 * −100 ÷ amplifier; NaN when the amplifier is not a positive finite number.
 * e.g. wipeOutMove(5) → −20.
 */
export function wipeOutMove(amplifier: number): number {
  return Number.isFinite(amplifier) && amplifier > 0 ? -100 / amplifier : NaN;
}

/**
 * Half-height of the chart's y domain, percent: enough for the levered line at ±`xMax` and for
 * the −100 % wipe-out line when it falls inside, capped at `cap` (the line is clipped beyond),
 * rounded to a readable value. e.g. amplifierBound(4.9, 30, 300) → 160.
 */
export function amplifierBound(amplifier: number, xMax: number, cap: number): number {
  const a = Number.isFinite(amplifier) && amplifier > 1 ? amplifier : 1;
  const needed = Math.min(cap, Math.max(xMax * a, a * xMax >= 100 ? 100 : 0, xMax));
  const [, hi] = nice(0, needed, 6);
  return Math.min(cap, hi);
}
