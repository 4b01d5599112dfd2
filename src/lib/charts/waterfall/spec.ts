/**
 * The profit waterfall of the first year of operation, one row per step so that the names
 * read whole on a phone: revenue, less operating costs, EBITDA, less depreciation and
 * interest, net income. Subtotals are solid, costs taken off are hatched, net income is green
 * or red and named "net profit" or "net loss", so colour is never the only cue.
 */
import type { WaterfallView } from '$lib/explorer/views.svelte';
import { compactUsd, fullUsd } from '$lib/format/number';
import type { I18n } from '$lib/i18n/context';
import type { YearSummary } from '$lib/model/schedule';
import { fitTicks, plotBox, span, textWidth, type Margin } from '../frame/layout';
import { defineChart } from '../frame/spec';
import { linear } from '../frame/scale';
import type { TableSpec } from '../frame/table';

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

const ROW = 44;
const BAR = 18;
const NAME_FONT = 13;
const MARGIN: Margin = { top: 4, end: 24, bottom: 46, start: 24 };
const HEIGHT = MARGIN.top + 6 * ROW + MARGIN.bottom;

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

/** The bars, rows and axis of the waterfall at `width` px. */
function marks(i18n: I18n, view: WaterfallView, width: number) {
  const { lang } = i18n;
  const steps = waterfallSteps(view.year);
  const frame = plotBox(i18n.dir, width, HEIGHT, MARGIN);
  const domain = waterfallDomain(steps);
  // A fine nice() only rounds the ends; a coarse one (few ticks on a phone) would stretch the
  // domain far past the bars.
  const x = linear(domain, frame.range, 10);
  const rows = steps.map((step, i) => {
    const top = MARGIN.top + i * ROW;
    const value = compactUsd(lang, step.value);
    let name = stepName(i18n, step);
    // EBITDA's long name gives way to the short one where it would not fit.
    if (
      step.key === 'ebitda' &&
      textWidth(name, NAME_FONT) * 0.9 + textWidth(value, NAME_FONT) + 16 > frame.plotWidth
    )
      name = i18n.t('charts:waterfall.steps.ebitdaShort');
    return {
      key: step.key,
      name,
      value,
      textY: top + 15,
      barY: top + 22,
      bar: span(x(step.from), x(step.to)),
      end: x(step.to),
      colour: colourOf(step)
    };
  });
  // Ticks as far apart as the widest label needs; the gridlines run through them too.
  const spacing = textWidth(compactUsd(lang, domain[1]), 12) + 24;
  const ticks = fitTicks(x, frame.plotWidth, spacing);
  return { frame, x, rows, ticks, bar: BAR, zero: x(0), axisY: MARGIN.top + 6 * ROW + 4 };
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

/** The waterfall chart: its name, marks, summary and table. */
export const waterfallChart = defineChart({ name: 'waterfall', marks, summary, table });
