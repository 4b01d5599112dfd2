/**
 * The break-even map: first-year net income over utilisation (x) × base rate (y) as a
 * diverging colour code (red loss, green profit, stronger further from zero), the break-even
 * line where net income crosses zero, and the reader's own scenario.
 *
 * The colour scale is fixed, the same in every state: equal steps of $50M on both sides of
 * zero, the fifth step open-ended (a loss or a profit beyond $200M). Before, each side was
 * scaled to the map's own extremes, so one colour meant −$140M at the starting values and
 * −$350M in a crash, and loss and profit steps covered unequal ranges. No fixed scale with
 * readable steps can span every state (first-year net income runs from about −$440M to +$530M
 * across the sliders: tests/unit/charts/domains.test.ts), so the outer steps are open and the
 * legend says so. Faint marks show the break-even line and the reader's point at the starting
 * values.
 */
import type { BreakevenView } from '$lib/explorer/views.svelte';
import { formatBreakEvenShare } from '$lib/format/live';
import { compactUsd, fullUsd, pct } from '$lib/format/number';
import type { I18n } from '$lib/i18n/context';
import {
  axisSpace,
  besideMark,
  fontSize,
  inset,
  plotBox,
  stepTicks,
  textWidth,
  type Margin
} from '../frame/layout';
import { defineChart } from '../frame/spec';
import { linear, polyline } from '../frame/scale';
import type { TableSpec } from '../frame/table';
import { millionsFormat, percentFormat } from '../frame/ticks';

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

/** Colour steps on each side of zero. */
export const LEVELS = 5;
/** Net income covered by one colour step, USD: the same on both sides of zero. */
export const COLOUR_STEP = 50e6;
/** The bound of the colour scale, USD: past the fourth step (±$200M) the fifth is open-ended. */
export const COLOUR_BOUND = LEVELS * COLOUR_STEP;
/** Where the legend writes amounts: the open steps' inner edges and zero, USD. */
export const LEGEND_VALUES = [-(LEVELS - 1) * COLOUR_STEP, 0, (LEVELS - 1) * COLOUR_STEP] as const;
// Short enough that the map and its sliders share a phone screen.
const HEIGHT = 280;
/** Room kept inside the plot's edges, px: "You" (radius 6, a 3 px ring) is drawn whole at any end. */
const PAD = 9;

/** The plot's margins: the axis below needs more room for Arabic's larger text. */
function margin(i18n: I18n): Margin {
  return { top: 26, end: 16, bottom: axisSpace(i18n.dir), start: i18n.dir === 'rtl' ? 46 : 44 };
}

/** Columns of the grid for a plot `plotWidth` px wide: about one per 10 px, 16 to 60. */
export function gridColumns(plotWidth: number): number {
  return Math.max(16, Math.min(60, Math.round(plotWidth / 10)));
}

/**
 * Pixel edges of `count` cells spanning a domain drawn by `scale`, rounded to whole pixels so
 * neighbours meet cleanly; the outer edges reach `ends` (the plot's edges, past the padding),
 * so the map fills the plot and the first and last cells stand for the ends of the domain.
 */
function cellEdges(
  scale: (v: number) => number,
  span: { min: number; max: number },
  count: number,
  ends: readonly [number, number]
): number[] {
  return Array.from({ length: count + 1 }, (_, k) =>
    Math.round(
      k === 0
        ? ends[0]
        : k === count
          ? ends[1]
          : scale(span.min + ((span.max - span.min) * k) / count)
    )
  );
}

/** The map's colour layers, line, marker and axes at `width` px. */
function marks(i18n: I18n, view: BreakevenView, width: number) {
  const { lang, dir } = i18n;
  const size = fontSize(dir);
  const m = margin(i18n);
  const frame = plotBox(dir, width, HEIGHT, m);
  const x = linear([view.x.min, view.x.max], inset(frame.range, PAD));
  const y = linear([view.y.min, view.y.max], inset([frame.bottom, frame.top], PAD));
  const grid = view.grid(gridColumns(frame.plotWidth));

  // One path per colour level, each a union of row runs: ten elements to restyle on a slider
  // move instead of one per cell.
  const levels = new Int8Array(grid.net.length);
  grid.net.forEach((v, i) => {
    levels[i] = divergingLevel(v, COLOUR_BOUND, LEVELS);
  });
  const xs = cellEdges(x, view.x, grid.columns, frame.range);
  const ys = cellEdges(y, view.y, grid.rows, [frame.bottom, frame.top]);
  // Subpaths per level, indexed by level + LEVELS (−LEVELS … LEVELS).
  const paths: string[][] = Array.from({ length: 2 * LEVELS + 1 }, () => []);
  for (const run of levelRuns(levels, grid.columns)) {
    const a = xs[run.c0] ?? 0;
    const b = xs[run.c1] ?? 0;
    const top = ys[run.row + 1] ?? 0;
    const bottom = ys[run.row] ?? 0;
    paths[run.level + LEVELS]?.push(
      `M${Math.min(a, b)},${top}h${Math.abs(b - a)}v${bottom - top}h${-Math.abs(b - a)}z`
    );
  }
  // Every level keeps its path, empty or not, so a slider that moves the map only rewrites
  // their shapes and never adds or removes an element.
  const layers = paths.map((parts, i) => ({ level: i - LEVELS, d: parts.join('') }));

  const toPath = (l: LinePoint[]) => polyline(l.map(([u, r]): [number, number] => [x(u), y(r)]));
  const lines = breakEvenLine(view.line.rates, view.line.utils, view.x.min, view.x.max);
  // The line's label sits by its highest visible point, on the side with room.
  const last = lines.at(-1)?.at(-1);
  const lineText = i18n.t('charts:breakeven.line');
  const lineLabel = last
    ? {
        ...besideMark(dir, x(last[0]), lineText, frame.range[1], 8, 12),
        y: Math.max(m.top + size, y(last[1]) + 4),
        text: lineText
      }
    : null;

  const youX = x(view.you.util);
  const youY = y(view.you.rate);
  const youText = i18n.t('charts:breakeven.you');
  // "You" is written beside its ring on the side with room, above it unless that would leave
  // the plot; either way inside the plot box.
  const side = besideMark(dir, youX, youText, frame.range[1], 10, 16);
  const above = youY - 10 - size >= frame.top;
  const yTicks = stepTicks(view.y.min, view.y.max, [1, 2], 7);
  const xTicks = stepTicks(
    view.x.min,
    view.x.max,
    [10, 20, 40],
    Math.floor(frame.plotWidth / (textWidth('100%', size) + 20)) + 1
  );
  const moved = view.you.util !== view.start.you.util || view.you.rate !== view.start.you.rate;
  return {
    frame,
    x,
    y,
    layers,
    linePaths: lines.map(toPath),
    startLines: breakEvenLine(
      view.start.line.rates,
      view.start.line.utils,
      view.x.min,
      view.x.max
    ).map(toPath),
    start: { x: x(view.start.you.util), y: y(view.start.you.rate), moved },
    lineLabel,
    legend: { values: LEGEND_VALUES, format: millionsFormat(lang, [...LEGEND_VALUES]) },
    /** The colour level of a net income (USD), as the map paints it. */
    levelOf: (net: number) => divergingLevel(net, COLOUR_BOUND, LEVELS),
    you: {
      x: youX,
      y: youY,
      text: youText,
      labelY: above ? youY - 10 : youY + 10 + size,
      label: side
    },
    xTicks,
    yTicks,
    xFormat: percentFormat(lang, xTicks),
    yFormat: percentFormat(lang, yTicks)
  };
}

/** Whether a break-even utilisation lies within reach (at most 100%). */
function reachable(util: number): boolean {
  return Number.isFinite(util) && util <= 100;
}

/** The chart's point, as its title: the utilisation the fleet needs to break even, if any. */
function title(i18n: I18n, view: BreakevenView): string {
  const { lang, t } = i18n;
  return reachable(view.breakEvenUtil)
    ? t('charts:breakeven.titleAt', { util: formatBreakEvenShare(lang, view.breakEvenUtil) })
    : t('charts:breakeven.titleNever', { full: pct(lang, 100) });
}

/** One sentence: the reader's net income and where the fleet breaks even at their rate. */
function summary(i18n: I18n, view: BreakevenView): string {
  const { lang, t } = i18n;
  return t(view.netIncome < 0 ? 'charts:breakeven.summaryLoss' : 'charts:breakeven.summaryProfit', {
    util: pct(lang, view.you.util),
    rate: pct(lang, view.you.rate, 2),
    net: compactUsd(lang, Math.abs(view.netIncome)),
    breakEven: reachable(view.breakEvenUtil)
      ? t('charts:breakeven.breakEvenAt', { util: formatBreakEvenShare(lang, view.breakEvenUtil) })
      : t('charts:breakeven.breakEvenNever')
  });
}

/** Break-even utilisation and net income by base rate. */
function table(i18n: I18n, view: BreakevenView): TableSpec {
  const { lang, t } = i18n;
  return {
    caption: t('charts:breakeven.table.caption'),
    columns: [
      t('charts:breakeven.table.rate'),
      t('charts:breakeven.table.breakEven'),
      t('charts:breakeven.table.net', { util: pct(lang, view.you.util) })
    ],
    rows: view.table.map((row) => ({
      head: pct(lang, row.rate, 2),
      note: row.current ? t('charts:common.yourScenario') : undefined,
      current: row.current,
      cells: [
        reachable(row.breakEven)
          ? formatBreakEvenShare(lang, row.breakEven)
          : t('charts:breakeven.table.unreachable'),
        fullUsd(lang, row.net)
      ]
    }))
  };
}

/** The breakeven chart: its name, title, marks, summary and table. */
export const breakevenChart = defineChart({ name: 'breakeven', title, marks, summary, table });
