/**
 * Geometry shared by every chart. The charts mirror in Arabic: the horizontal axis grows
 * towards the inline end (rightwards in English, leftwards in Arabic) and the value axis sits at
 * the inline start. Every horizontal position goes through these helpers, so no chart decides
 * direction on its own. SVG text inherits the page's `direction`, so a text-anchor of `start` or
 * `end` is already logical and needs no flipping once positions are mirrored.
 */

import type { Dir } from '$lib/i18n/languages';

export type { Dir };

/** Space around the plot area, px. `start` is the inline-start side (left in LTR, right in RTL). */
export interface Margin {
  top: number;
  end: number;
  bottom: number;
  start: number;
}

/**
 * Physical x range of the plot, px from the SVG's left edge, as [inline start, inline end]:
 * give it to a d3 scale's `range` so the first domain value sits at the inline start.
 * e.g. xRange('rtl', 640, {start: 60, end: 20, …}) → [580, 20].
 */
export function xRange(dir: Dir, width: number, margin: Margin): [number, number] {
  const inner: [number, number] = [margin.start, Math.max(margin.start, width - margin.end)];
  return dir === 'rtl' ? [width - inner[0], width - inner[1]] : inner;
}

/** The plot area of a chart, px: its box and its inline-start and inline-end x. */
export interface PlotBox {
  dir: Dir;
  /** Width and height of the whole SVG. */
  width: number;
  height: number;
  margin: Margin;
  /** Physical x of the inline-start and inline-end edges (a scale's range). */
  range: [number, number];
  /** Physical left edge and width of the plot. */
  left: number;
  plotWidth: number;
  /** y of the top and bottom edges of the plot. */
  top: number;
  bottom: number;
}

/**
 * The plot box of an SVG `width` × `height` px with `margin` around the plot, mirrored in
 * Arabic. e.g. plotBox('ltr', 640, 300, {top 10, end 20, bottom 30, start 40}) has range
 * [40, 620], top 10, bottom 270.
 */
export function plotBox(dir: Dir, width: number, height: number, margin: Margin): PlotBox {
  const range = xRange(dir, width, margin);
  return {
    dir,
    width,
    height,
    margin,
    range,
    left: Math.min(...range),
    plotWidth: Math.abs(range[1] - range[0]),
    top: margin.top,
    bottom: height - margin.bottom
  };
}

/**
 * Where a label for a mark at `x` goes: towards the inline end when it fits before `end` with
 * `room` px to spare, else turned round towards the start; `gap` px from the mark.
 * e.g. besideMark('ltr', 100, 'You', 640, 10, 16) → {x: 110, anchor: 'start'}.
 */
export function besideMark(
  dir: Dir,
  x: number,
  text: string,
  end: number,
  gap: number,
  room: number
): { x: number; anchor: 'start' | 'end' } {
  const fits = Math.abs(end - x) > textWidth(text, 12) + room;
  return { x: x + (fits ? gap : -gap) * towardsEnd(dir), anchor: fits ? 'start' : 'end' };
}

/**
 * Physical x, px from the left edge, of a point `offset` px from the inline-start edge of a box
 * `width` px wide. e.g. inlineX('rtl', 640, 10) → 630.
 */
export function inlineX(dir: Dir, width: number, offset: number): number {
  return dir === 'rtl' ? width - offset : offset;
}

/** +1 when the inline end is to the right (LTR), −1 when it is to the left (RTL): a unit step towards the inline end. */
export function towardsEnd(dir: Dir): 1 | -1 {
  return dir === 'rtl' ? -1 : 1;
}

/**
 * Left edge and width, px, of a span between two physical x positions given in either order
 * (a mirrored scale returns them right-to-left). e.g. span(120, 40) → {x: 40, width: 80}.
 */
export function span(a: number, b: number): { x: number; width: number } {
  return { x: Math.min(a, b), width: Math.abs(b - a) };
}

/**
 * How many ticks an axis `length` px long can carry with labels at least `spacing` px apart,
 * clamped to [min, max]. A hint for d3's `ticks(count)`; use `thin` to enforce it.
 * e.g. tickCount(300, 70) → 4.
 */
export function tickCount(length: number, spacing: number, min = 2, max = 10): number {
  if (!(length > 0) || !(spacing > 0)) return min;
  return Math.max(min, Math.min(max, Math.floor(length / spacing) + 1));
}

/**
 * At most `max` of `items`, taking every k-th from the first (d3's `ticks(n)` may return more
 * than n). Returns a new array. e.g. thin([0, 1, 2, 3, 4], 3) → [0, 2, 4].
 */
export function thin<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return items.slice();
  const step = Math.ceil(items.length / Math.max(1, max));
  return items.filter((_, i) => i % step === 0);
}

/**
 * Tick values for an axis `length` px long: the scale's own ticks, as many as fit with labels
 * `spacing` px apart (between `min` and `max`), thinned to that many.
 */
export function fitTicks(
  scale: { ticks(count: number): number[] },
  length: number,
  spacing: number,
  min = 2,
  max = 10
): number[] {
  const n = tickCount(length, spacing, min, max);
  return thin(scale.ticks(n), n);
}

/**
 * Centre x for a label `labelWidth` px wide near `x`, moved inwards just enough to stay within
 * [lo, hi], px. e.g. clampCentre(5, 40, 0, 640) → 20.
 */
export function clampCentre(x: number, labelWidth: number, lo: number, hi: number): number {
  if (labelWidth >= hi - lo) return (lo + hi) / 2;
  return Math.min(hi - labelWidth / 2, Math.max(lo + labelWidth / 2, x));
}

/**
 * A generous estimate of the width of `text` set at `fontSize` px, in px, used to reserve
 * margins before the browser has laid anything out (the prerender has no fonts to measure).
 */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/**
 * A domain [lo, hi] covering `values` (non-finite ones ignored), widened symmetrically to at
 * least `minSpan` so that a flat series is not magnified into noise, and extended to include
 * each of `include`. e.g. paddedDomain([5, 5], 2) → [4, 6].
 */
export function paddedDomain(
  values: ArrayLike<number>,
  minSpan: number,
  include: readonly number[] = []
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  for (const v of include) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!Number.isFinite(lo)) return [0, minSpan];
  const gap = minSpan - (hi - lo);
  if (gap > 0) {
    lo -= gap / 2;
    hi += gap / 2;
  }
  return [lo, hi];
}

/** A tick of a horizontal axis: physical x (px from the left edge) and its formatted label. */
export interface XTick {
  x: number;
  label: string;
}

/** A tick of a vertical axis: y (px from the top) and its formatted label. */
export interface YTick {
  y: number;
  label: string;
}

/**
 * Greedy word wrap of `text` into lines no wider than `maxWidth` px at `fontSize` px (by the
 * estimate of textWidth), for SVG text, which does not wrap itself. A word longer than a line
 * gets a line of its own. e.g. wrapLines('a bb ccc', 4 * 0.6 * 10, 10) → ['a bb', 'ccc'].
 */
export function wrapLines(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}
