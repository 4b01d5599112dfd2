/**
 * Cash to the shareholders over the schedule, in two panels on one month axis: their running
 * position (equity paid in at month 0, then every month's free cash flow to equity) and the
 * monthly flow itself. One panel each because the running position is ten times the size of a
 * month's flow: on one axis the bars would vanish. Construction months are shaded and named,
 * and the payback month is marked, or the chart says there is none.
 */
import type { CashMonth, CashView } from '$lib/explorer/views.svelte';
import { compactUsd, formatNumber, fullUsd } from '$lib/format/number';
import type { I18n } from '$lib/i18n/context';
import {
  besideMark,
  paddedDomain,
  plotBox,
  span,
  textWidth,
  thin,
  tickCount
} from '../frame/layout';
import { defineChart } from '../frame/spec';
import { linear, polyline } from '../frame/scale';
import type { TableSpec } from '../frame/table';

/** Twelve months (or fewer, at the end) of the schedule. Money in USD. */
export interface CashYear {
  /** 1-based year counted from financing. */
  year: number;
  firstMonth: number;
  lastMonth: number;
  /** Months of the block spent under construction (no revenue). */
  constructionMonths: number;
  /** Free cash flow to equity summed over the block. */
  fcfe: number;
  /** Equity's running position at the block's last month. */
  cumulativeEnd: number;
}

/**
 * The schedule summed per 12 months from financing (year 1 = months 1–12). e.g. 30 months →
 * three blocks, the last of months 25–30.
 */
export function yearlyCash(months: readonly CashMonth[]): CashYear[] {
  const years: CashYear[] = [];
  for (const m of months) {
    const year = Math.floor((m.month - 1) / 12) + 1;
    let block = years[years.length - 1];
    if (!block || block.year !== year) {
      block = {
        year,
        firstMonth: m.month,
        lastMonth: m.month,
        constructionMonths: 0,
        fcfe: 0,
        cumulativeEnd: m.cumulativeEquityCash
      };
      years.push(block);
    }
    block.lastMonth = m.month;
    block.fcfe += m.fcfe;
    block.cumulativeEnd = m.cumulativeEquityCash;
    if (!m.inService) block.constructionMonths += 1;
  }
  return years;
}

/** Months before the first month in service (the construction delay shown shaded). */
export function constructionMonths(months: readonly CashMonth[]): number {
  const first = months.findIndex((m) => m.inService);
  return first < 0 ? months.length : first;
}

// Vertical layout, px: panel titles sit above their panels, the month axis below both.
const TOP = { title: 14, from: 34, to: 174 };
const BOTTOM = { title: 204, from: 226, to: 300 };
const HEIGHT = 352;

/** The two panels' paths, scales and marks at `width` px. */
function marks(i18n: I18n, view: CashView, width: number) {
  const { lang, dir } = i18n;
  const { months } = view;
  const count = months.length;
  const delay = constructionMonths(months);
  const [lo, hi] = paddedDomain(
    [...months.map((m) => m.cumulativeEquityCash), -view.equity0],
    1,
    [0]
  );
  // Headroom above the highest point for the labels at the top of the panel.
  const cumDomain: [number, number] = [lo, hi + (hi - lo) * 0.18];
  const flowDomain = paddedDomain(
    months.map((m) => m.fcfe),
    1,
    [0]
  );
  // The start margin holds the longest money label of either panel.
  const widest = Math.max(
    ...[...cumDomain, ...flowDomain].map((v) => textWidth(compactUsd(lang, v), 12))
  );
  const frame = plotBox(dir, width, HEIGHT, {
    top: TOP.from,
    end: 14,
    bottom: HEIGHT - BOTTOM.to,
    start: Math.ceil(widest) + 12
  });
  const x = linear([0, count], frame.range);
  const yCum = linear(cumDomain, [TOP.to, TOP.from], 5);
  const yFlow = linear(flowDomain, [BOTTOM.to, BOTTOM.from], 3);

  const years: number[] = [];
  for (let m = 0; m <= count; m += 12) years.push(m);

  // The monthly bars as two paths (inflows, outflows) rather than a hundred elements, with a
  // hairline gap only when bars are wide enough to spare it.
  const gap = frame.plotWidth / Math.max(1, count) > 4 ? 1 : 0;
  const zero = yFlow(0);
  const gain: string[] = [];
  const loss: string[] = [];
  for (const m of months) {
    const s = span(x(m.month - 1), x(m.month));
    const w = Math.max(0.5, s.width - gap);
    const y = yFlow(m.fcfe);
    const h = Math.abs(zero - y) < 0.5 ? (y <= zero ? -0.5 : 0.5) : y - zero;
    (m.fcfe < 0 ? loss : gain).push(`M${s.x + gap / 2},${zero}h${w}v${h}h${-w}z`);
  }

  let payback = null;
  const row = view.paybackMonth === null ? undefined : months[view.paybackMonth - 1];
  if (view.paybackMonth !== null && row) {
    const px = x(view.paybackMonth);
    const label = i18n.t('charts:cash.payback', { month: formatNumber(lang, view.paybackMonth) });
    // Written towards whichever side has room for it.
    const side = besideMark(dir, px, label, frame.range[1], 6, 10);
    payback = {
      x: px,
      y: yCum(row.cumulativeEquityCash),
      label,
      labelX: side.x,
      anchor: side.anchor
    };
  }

  return {
    frame,
    top: TOP,
    bottom: BOTTOM,
    x,
    yCum,
    yFlow,
    monthTicks: thin(years, tickCount(frame.plotWidth, 40, 2, 12)),
    cumTicks: yCum.ticks(4),
    flowTicks: thin(yFlow.ticks(3), 3),
    cumPath: polyline([
      [x(0), yCum(-view.equity0)],
      ...months.map((m): [number, number] => [x(m.month), yCum(m.cumulativeEquityCash)])
    ]),
    bars: { gain: gain.join(''), loss: loss.join('') },
    shade: delay > 0 ? { ...span(x(0), x(delay)), edge: x(delay) } : null,
    constructionLabel: i18n.t('charts:cash.construction', {
      months: i18n.plural('units.months', delay)
    }),
    payback
  };
}

/** One sentence: what the shareholders put in, when (or whether) they get it back. */
function summary(i18n: I18n, view: CashView): string {
  const { lang, t } = i18n;
  const equity = compactUsd(lang, view.equity0);
  const end = view.months.at(-1)?.cumulativeEquityCash ?? 0;
  const main =
    view.paybackMonth !== null
      ? t('charts:cash.summaryPayback', {
          equity,
          month: formatNumber(lang, view.paybackMonth),
          end: compactUsd(lang, end)
        })
      : t('charts:cash.summaryNoPayback', { equity, short: compactUsd(lang, -end) });
  const delay = constructionMonths(view.months);
  if (delay === 0) return main;
  return `${main} ${t('charts:cash.summaryDelay', { months: i18n.plural('units.months', delay) })}`;
}

/** Cash to the shareholders by year since financing, whole dollars. */
function table(i18n: I18n, view: CashView): TableSpec {
  const { lang, t } = i18n;
  return {
    caption: t('charts:cash.table.caption'),
    columns: ['year', 'months', 'fcfe', 'cumulative'].map((k) => t(`charts:cash.table.${k}`)),
    rows: yearlyCash(view.months).map((y) => {
      const months = t('charts:cash.table.monthsRange', {
        from: formatNumber(lang, y.firstMonth),
        to: formatNumber(lang, y.lastMonth)
      });
      const note =
        y.constructionMonths > 0
          ? t('charts:cash.table.constructionNote', {
              months: i18n.plural('units.months', y.constructionMonths)
            })
          : '';
      return {
        head: formatNumber(lang, y.year),
        cells: [
          note ? { text: months, note } : months,
          fullUsd(lang, y.fcfe),
          fullUsd(lang, y.cumulativeEnd)
        ]
      };
    })
  };
}

/** The cash chart: its name, marks, summary and table. */
export const cashChart = defineChart({ name: 'cash', marks, summary, table });
