/**
 * The profit waterfall of the first year of operation, one row per step so that the names
 * read whole on a phone: revenue, less operating costs, EBITDA, less depreciation and
 * interest, net income. Subtotals are solid, costs taken off are hatched, net income is green
 * or red and named "net profit" or "net loss", so colour is never the only cue.
 *
 * The money axis is fixed, −$200M to $400M, so a move of a slider changes the bars and not the
 * ruler under them: at the starting values it holds every utilisation, every price up to $4.55
 * an hour at full use, and every preset (tests/unit/charts/domains.test.ts sweeps them). A bar
 * that runs past an end is cut there on purpose, with an arrowhead, and its value is still
 * written in full. A faint dashed outline shows each bar at the starting values.
 */
import type { WaterfallView } from '$lib/explorer/views.svelte';
import { compactUsd, fullUsd } from '$lib/format/number';
import type { I18n } from '$lib/i18n/context';
import type { YearSummary } from '$lib/model/schedule';
import {
  arrowhead,
  axisSpace,
  fontSize,
  plotBox,
  span,
  stepTicks,
  textWidth,
  type Margin
} from '../frame/layout';
import { defineChart } from '../frame/spec';
import { linear } from '../frame/scale';
import type { TableSpec } from '../frame/table';
import { millions, millionsFormat } from '../frame/ticks';

/** The bars of the waterfall, in the order they are drawn. */
export const WATERFALL_KEYS = [
  'revenue',
  'opex',
  'ebitda',
  'depreciation',
  'interest',
  'netIncome'
] as const;

export type WaterfallKey = (typeof WATERFALL_KEYS)[number];

/** One bar of the waterfall. Money in USD. */
export interface WaterfallStep {
  key: WaterfallKey;
  /** A total stands on zero; a deduction floats from the running level down by its amount. */
  kind: 'total' | 'deduction';
  /** Signed amount: totals as they are (net income may be negative), deductions negative. */
  value: number;
  /** Level where the bar starts, USD. */
  from: number;
  /** Level where the bar ends, USD (from + value). */
  to: number;
}

/**
 * The six bars of a year's waterfall: revenue, −operating costs, EBITDA, −depreciation,
 * −interest, net income. Totals are read from the summary itself, so the chart shows the model's
 * figures rather than re-derived ones. e.g. revenue 100, opex 30, depreciation 50, interest 30 →
 * bars 0→100, 100→70, 0→70, 70→20, 20→−10, 0→−10.
 */
export function waterfallSteps(year: Readonly<YearSummary>): WaterfallStep[] {
  const total = (key: WaterfallKey, value: number): WaterfallStep => ({
    key,
    kind: 'total',
    value,
    from: 0,
    to: value
  });
  const deduction = (key: WaterfallKey, from: number, amount: number): WaterfallStep => ({
    key,
    kind: 'deduction',
    value: -amount,
    from,
    to: from - amount
  });
  const afterDepreciation = year.ebitda - year.depreciation;
  return [
    total('revenue', year.revenue),
    deduction('opex', year.revenue, year.opex),
    total('ebitda', year.ebitda),
    deduction('depreciation', year.ebitda, year.depreciation),
    deduction('interest', afterDepreciation, year.interest),
    total('netIncome', year.netIncome)
  ];
}

/** The value domain [lo, hi] of the bars, USD, always including zero. */
export function waterfallDomain(steps: readonly WaterfallStep[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const s of steps) {
    lo = Math.min(lo, s.from, s.to);
    hi = Math.max(hi, s.from, s.to);
  }
  return [lo, hi];
}

/** The money axis, USD: fixed, whatever the settings (see the file's comment). */
export const X_DOMAIN = [-200e6, 400e6] as const;

const ROW = 44;
const BAR = 18;
/** Decimals of the bars' values, in millions: one precision for all six. */
const VALUE_DECIMALS = 1;

/** The plot's margins: the axis below needs more room for Arabic's larger text. */
function margin(i18n: I18n): Margin {
  return { top: 4, end: 24, bottom: axisSpace(i18n.dir), start: 24 };
}

/** The chart's height, px: six rows and the axis. */
function height(i18n: I18n): number {
  const m = margin(i18n);
  return m.top + 6 * ROW + m.bottom;
}

/** A step's name: net income is named a profit or a loss. */
function stepName(i18n: I18n, step: WaterfallStep): string {
  if (step.key === 'netIncome')
    return i18n.t(
      step.value < 0 ? 'charts:waterfall.steps.netLoss' : 'charts:waterfall.steps.netProfit'
    );
  return i18n.t(`charts:waterfall.steps.${step.key}`);
}

/** How a bar is filled: a subtotal, a cost taken off, or the net result's sign. */
function colourOf(step: WaterfallStep): 'total' | 'deduction' | 'gain' | 'loss' {
  if (step.kind === 'deduction') return 'deduction';
  if (step.key !== 'netIncome') return 'total';
  return step.value < 0 ? 'loss' : 'gain';
}

/** `value` held to the axis, USD. */
function clamp(value: number): number {
  return Math.min(X_DOMAIN[1], Math.max(X_DOMAIN[0], value));
}

/** The bars, rows and axis of the waterfall at `width` px. */
function marks(i18n: I18n, view: WaterfallView, width: number) {
  const { lang, dir } = i18n;
  const steps = waterfallSteps(view.year);
  const starts = waterfallSteps(view.start);
  const m = margin(i18n);
  const frame = plotBox(dir, width, height(i18n), m);
  const x = linear(X_DOMAIN, frame.range);
  const nameSize = fontSize(dir, 'title');
  const rows = steps.map((step, i) => {
    const top = m.top + i * ROW;
    const value = millions(lang, step.value, VALUE_DECIMALS);
    let name = stepName(i18n, step);
    // EBITDA's long name gives way to the short one where it would not fit.
    if (
      step.key === 'ebitda' &&
      textWidth(name, nameSize) * 0.9 + textWidth(value, nameSize) + 16 > frame.plotWidth
    )
      name = i18n.t('charts:waterfall.steps.ebitdaShort');
    const bar = span(x(clamp(step.from)), x(clamp(step.to)));
    const begun = starts[i];
    const startBar = begun ? span(x(clamp(begun.from)), x(clamp(begun.to))) : bar;
    // A bar cut at an end of the axis: an arrowhead at the cut, pointing on past the edge.
    const over = Math.max(step.from, step.to) > X_DOMAIN[1];
    const under = Math.min(step.from, step.to) < X_DOMAIN[0];
    const barY = top + 22 + (dir === 'rtl' ? 2 : 0);
    const cuts: string[] = [];
    const mid = barY + BAR / 2;
    // Physical direction of larger values: rightwards in English, leftwards in Arabic.
    const up = dir === 'rtl' ? 'left' : 'right';
    const down = dir === 'rtl' ? 'right' : 'left';
    if (over) cuts.push(arrowhead(x(X_DOMAIN[1]) + 8 * (dir === 'rtl' ? -1 : 1), mid, up, 7));
    if (under) cuts.push(arrowhead(x(X_DOMAIN[0]) - 8 * (dir === 'rtl' ? -1 : 1), mid, down, 7));
    return {
      key: step.key,
      name,
      value,
      textY: top + nameSize + 2,
      barY,
      bar,
      start: startBar,
      moved: Math.abs(startBar.x - bar.x) + Math.abs(startBar.width - bar.width) > 0.5,
      cut: cuts.join(''),
      end: x(clamp(step.to)),
      colour: colourOf(step)
    };
  });
  // Ticks as far apart as the widest label needs; the gridlines run through them too.
  const probe = millionsFormat(lang, [X_DOMAIN[0]]);
  const spacing = textWidth(probe(X_DOMAIN[0]), fontSize(dir)) + 24;
  const ticks = stepTicks(
    X_DOMAIN[0],
    X_DOMAIN[1],
    [100e6, 200e6],
    Math.floor(frame.plotWidth / spacing) + 1
  );
  return {
    frame,
    x,
    rows,
    ticks,
    format: millionsFormat(lang, ticks),
    bar: BAR,
    zero: x(0),
    axisY: m.top + 6 * ROW + 4
  };
}

/** The chart's point, as its title: what is left of a year's revenue, or how far costs exceed it. */
function title(i18n: I18n, view: WaterfallView): string {
  const { lang } = i18n;
  const y = view.year;
  return i18n.t(y.netIncome < 0 ? 'charts:waterfall.titleLoss' : 'charts:waterfall.titleProfit', {
    net: compactUsd(lang, Math.abs(y.netIncome))
  });
}

/** One sentence with the year's figures. */
function summary(i18n: I18n, view: WaterfallView): string {
  const { lang } = i18n;
  const y = view.year;
  return i18n.t(
    y.netIncome < 0 ? 'charts:waterfall.summaryLoss' : 'charts:waterfall.summaryProfit',
    {
      revenue: compactUsd(lang, y.revenue),
      net: compactUsd(lang, Math.abs(y.netIncome)),
      opex: compactUsd(lang, y.opex),
      depreciation: compactUsd(lang, y.depreciation),
      interest: compactUsd(lang, y.interest)
    }
  );
}

/** The year's profit and loss as a table, whole dollars. */
function table(i18n: I18n, view: WaterfallView): TableSpec {
  return {
    caption: i18n.t('charts:waterfall.table.caption'),
    columns: [i18n.t('charts:waterfall.table.item'), i18n.t('charts:waterfall.table.amount')],
    rows: waterfallSteps(view.year).map((step) => ({
      head: stepName(i18n, step),
      cells: [fullUsd(i18n.lang, step.value)]
    }))
  };
}

/** The waterfall chart: its name, title, marks, summary and table. */
export const waterfallChart = defineChart({ name: 'waterfall', title, marks, summary, table });
