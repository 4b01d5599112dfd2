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
 * `room` px to spare, else turned round towards the start; `gap` px from the mark. The label is
 * measured at the chart text size of `dir` (fontSize).
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
  const fits = Math.abs(end - x) > textWidth(text, fontSize(dir)) + room;
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
 * Chart text sizes, px, by direction (which is the language: only Arabic runs right to left).
 * Arabic text is set larger, as the page sets Arabic body text larger (19 px against 17 px, and
 * Arabic letters of the same size look smaller than Latin ones); charts.css holds the same
 * sizes (`.chart svg` and `.chart[dir='rtl'] svg`, titles at 13/12 of them).
 */
export const FONT_SIZE: Readonly<Record<Dir, { text: number; title: number }>> = {
  ltr: { text: 12, title: 13 },
  rtl: { text: 14, title: 15 }
};

/** The size of chart text (`text`: labels and ticks; `title`: panel titles) in `dir`, px. */
export function fontSize(dir: Dir, kind: 'text' | 'title' = 'text'): number {
  return FONT_SIZE[dir][kind];
}

/** Baseline of an x axis's tick labels below the axis line, px (18 in English). */
export function labelDrop(dir: Dir): number {
  return 6 + fontSize(dir);
}

/** Baseline of an x axis's title below the axis line, px (38 in English). */
export function titleDrop(dir: Dir): number {
  return labelDrop(dir) + fontSize(dir) + 8;
}

/** Room below the plot for an x axis with its title, descenders included, px (46 in English). */
export function axisSpace(dir: Dir): number {
  return titleDrop(dir) + 8;
}

// Arabic letters, presentation forms included, and the marks that take no width.
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2069\u061c]/;
const LATIN = /[A-Za-z\u00c0-\u024f ’']/;

/**
 * A generous estimate of the width of `text` set at `fontSize` px, in px, used to reserve
 * margins before the browser has laid anything out (the prerender has no fonts to measure).
 * Per character: 0.6 em for digits and signs, 0.55 em for Latin letters and spaces, 0.5 em for
 * Arabic letters. Measured in IBM Plex Sans Arabic at 400: digits 0.60 em, English labels
 * 0.43–0.59 em a character (0.47 on average), Arabic labels 0.33–0.49 em (letters join, so a
 * word is narrower than its count of letters suggests); direction marks take none.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (ZERO_WIDTH.test(ch)) continue;
    em += ARABIC.test(ch) ? 0.5 : LATIN.test(ch) ? 0.55 : 0.6;
  }
  return em * fontSize;
}

/**
 * A scale range `range` (either way round) moved `pad` px inwards at both ends, so a mark of
 * radius up to `pad` at either end of the domain stays inside the plot. e.g. inset([40, 620], 8)
 * → [48, 612]; inset([620, 40], 8) → [612, 48].
 */
export function inset(range: readonly [number, number], pad: number): [number, number] {
  const s = range[1] >= range[0] ? 1 : -1;
  return [range[0] + pad * s, range[1] - pad * s];
}

/**
 * Round tick values from `lo` to `hi`: the multiples of the smallest of `steps` that gives at
 * most `max` ticks (the largest step if none does). Zero is a multiple of every step, so a
 * domain that holds zero always shows it. e.g. stepTicks(-30, 30, [10, 15, 30], 5) → [-30, -15,
 * 0, 15, 30].
 */
export function stepTicks(lo: number, hi: number, steps: readonly number[], max: number): number[] {
  const fit = steps.find((s) => Math.floor(hi / s) - Math.ceil(lo / s) + 1 <= max);
  const step = fit ?? steps.at(-1) ?? hi - lo;
  const out: number[] = [];
  for (let k = Math.ceil(lo / step); k * step <= hi + 1e-9 * Math.abs(step); k++) {
    // k × step, not a running sum, so 0.1-steps do not drift; + 0 turns −0 into 0.
    out.push(Number((k * step).toPrecision(12)) + 0);
  }
  return out;
}

/**
 * Decimals that show every one of `values` exactly (at most `max`): one precision for all the
 * labels of an axis. e.g. decimalsFor([0, 0.5, 1]) → 1; decimalsFor([-200, 0, 200]) → 0.
 */
export function decimalsFor(values: readonly number[], max = 3): number {
  for (let d = 0; d < max; d++) {
    if (values.every((v) => Math.abs(v * 10 ** d - Math.round(v * 10 ** d)) < 1e-6)) return d;
  }
  return max;
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

/** Which way an arrowhead points, on the screen. */
export type Towards = 'up' | 'down' | 'left' | 'right';

/**
 * A small arrowhead with its tip at (x, y) pointing `towards`, `size` px long: the marker of a
 * mark cut at the plot's edge on purpose (its value goes on, off the scale, that way).
 * e.g. arrowhead(10, 0, 'up', 6) → "M10,0L14,6L6,6Z".
 */
export function arrowhead(x: number, y: number, towards: Towards, size = 6): string {
  const h = size * (2 / 3);
  const [bx, by, px, py] =
    towards === 'up'
      ? [x, y + size, h, 0]
      : towards === 'down'
        ? [x, y - size, h, 0]
        : towards === 'left'
          ? [x + size, y, 0, h]
          : [x - size, y, 0, h];
  const r = (v: number) => Math.round(v * 100) / 100;
  return `M${r(x)},${r(y)}L${r(bx + px)},${r(by + py)}L${r(bx - px)},${r(by - py)}Z`;
}

/** A label that wants to sit at `x`, anchored there (as SVG's text-anchor, in the page's direction). */
export interface LabelWish {
  text: string;
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A label placed by placeLabels: its row's baseline and its x, moved to stay within bounds. */
export interface PlacedLabel extends LabelWish {
  y: number;
}

/**
 * Physical left and right edges, px, of `text` anchored at `x` in `dir` at `size` px.
 * e.g. labelExtent('ltr', 100, 'end', 'abc', 10) → [82, 100].
 */
export function labelExtent(
  dir: Dir,
  x: number,
  anchor: LabelWish['anchor'],
  text: string,
  size: number
): [number, number] {
  const w = textWidth(text, size);
  if (anchor === 'middle') return [x - w / 2, x + w / 2];
  // A start-anchored label runs towards the inline end: rightwards in English, leftwards in Arabic.
  const towards = (anchor === 'start' ? 1 : -1) * towardsEnd(dir);
  return towards > 0 ? [x, x + w] : [x - w, x];
}

/** Whether two placed labels at `size` px overlap on the screen (rows `size` px tall). */
export function labelsOverlap(dir: Dir, a: PlacedLabel, b: PlacedLabel, size: number): boolean {
  const [a0, a1] = labelExtent(dir, a.x, a.anchor, a.text, size);
  const [b0, b1] = labelExtent(dir, b.x, b.anchor, b.text, size);
  return a0 < b1 && b0 < a1 && Math.abs(a.y - b.y) < size;
}

/**
 * Labels laid out in rows without overlapping, in order of importance: each takes the first of
 * `rows` (baselines, px) where it clears every label already there by `gap` px, after being
 * moved inwards to stay within [lo, hi]; a label that fits in no row is left out (null), since
 * the summary and the table say it too.
 */
export function placeLabels(
  dir: Dir,
  wishes: readonly LabelWish[],
  rows: readonly number[],
  size: number,
  lo: number,
  hi: number,
  gap = 6
): (PlacedLabel | null)[] {
  const taken: [number, number][][] = rows.map(() => []);
  return wishes.map((wish) => {
    let [a, b] = labelExtent(dir, wish.x, wish.anchor, wish.text, size);
    const shift = a < lo ? lo - a : b > hi ? hi - b : 0;
    a += shift;
    b += shift;
    for (let r = 0; r < rows.length; r++) {
      const row = taken[r] ?? [];
      if (row.some(([c, d]) => a < d + gap && c < b + gap)) continue;
      row.push([a, b]);
      return { ...wish, x: wish.x + shift, y: rows[r] ?? 0 };
    }
    return null;
  });
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
