/**
 * Cash to the shareholders over the schedule, in three panels on one month axis: their running
 * position (equity paid in at month 0, then every month's free cash flow to equity), the monthly
 * flow itself, and the loan's side of it, the debt-service coverage (DSCR) of each operating
 * year against the 1× line and the covenant a lender would set. One panel each because the
 * running position is ten times the size of a month's flow, and the coverage is a ratio.
 * Construction months are shaded and named, the payback month is marked (or the chart says there
 * is none), the month the loan is paid off is named (cash to the shareholders steps up there),
 * and a loan that outlives the fleet is shown as the debt still owed at the end.
 *
 * Every scale is fixed, so the panels do not rescale while a slider moves. The month axis spans
 * the longest schedule the sliders allow (a year's delay and a seven-year life). The running
 * position, −$700M to $300M, holds the starting values with any one of the delay, the price
 * decline or the debt share moved (a 39 % decline runs down to −$601M; with no debt the
 * shareholders put $500M in at month 0). The monthly flow, ±$15M, holds every month of the
 * starting values but the last (the sale of the fleet); the coverage runs from 0 to 2×. What
 * runs past a scale is cut at its edge on purpose, with an arrowhead, and its size is written
 * beside it (tests/unit/charts/domains.test.ts sweeps the sliders). A faint dashed line
 * shows the running position at the starting values.
 */
import type { CashMonth, CashView } from '$lib/explorer/views.svelte';
import { countNoun, roundTo } from '$lib/format/count';
import { TIMES } from '$lib/format/nouns';
import { compactUsd, formatNumber, fullUsd, pct } from '$lib/format/number';
import type { I18n } from '$lib/i18n/context';
import {
  arrowhead,
  axisSpace,
  fontSize,
  labelsOverlap,
  placeLabels,
  plotBox,
  span,
  stepTicks,
  textWidth,
  tickCount,
  towardsEnd,
  type LabelWish,
  type PlacedLabel,
  type PlotBox
} from '../frame/layout';
import { defineChart } from '../frame/spec';
import { linear, polyline, type Linear } from '../frame/scale';
import type { TableSpec } from '../frame/table';
import { millions, millionsFormat, numberFormat } from '../frame/ticks';

/**
 * A block of the schedule: the construction months, or a year of operation (twelve months, or
 * fewer at the end), the years the coverage panel and the lenders count. Money in USD.
 */
export interface CashYear {
  /** 1-based year of operation; 0 for the construction months. */
  year: number;
  firstMonth: number;
  lastMonth: number;
  /** Free cash flow to equity summed over the block. */
  fcfe: number;
  /** Equity's running position at the block's last month. */
  cumulativeEnd: number;
  /**
   * Debt owed at the block's end before any refinancing: in the fleet's last month this is the
   * refinancing need, which the schedule counts as repaid that month.
   */
  debtEnd: number;
}

/**
 * The schedule summed as the lenders count it: the construction months as one block (year 0),
 * then each 12 months from the first revenue. e.g. 30 months with a 3-month delay → months 1–3,
 * 4–15, 16–27 and 28–30.
 */
export function yearlyCash(months: readonly CashMonth[]): CashYear[] {
  const years: CashYear[] = [];
  const delay = constructionMonths(months);
  for (const m of months) {
    const year = m.inService ? Math.floor((m.month - delay - 1) / 12) + 1 : 0;
    let block = years[years.length - 1];
    if (!block || block.year !== year) {
      block = {
        year,
        firstMonth: m.month,
        lastMonth: m.month,
        fcfe: 0,
        cumulativeEnd: 0,
        debtEnd: 0
      };
      years.push(block);
    }
    block.lastMonth = m.month;
    block.fcfe += m.fcfe;
    block.cumulativeEnd = m.cumulativeEquityCash;
    block.debtEnd = m.debtEnd + m.balloon;
  }
  return years;
}

/** Months before the first month in service (the construction delay shown shaded). */
export function constructionMonths(months: readonly CashMonth[]): number {
  const first = months.findIndex((m) => m.inService);
  return first < 0 ? months.length : first;
}

/** The running position's scale, USD: fixed (see the file's comment). */
export const CUM_DOMAIN = [-700e6, 300e6] as const;
/** The monthly flow's scale, USD: fixed. */
export const FLOW_DOMAIN = [-15e6, 15e6] as const;
/** The coverage's scale, a multiple: fixed. */
export const DSCR_DOMAIN = [0, 2] as const;

/** A panel's title baseline and its top and bottom edges, px. */
export interface Panel {
  title: number;
  from: number;
  to: number;
}

/**
 * The vertical layout, px: three panels, each under its title, and the month axis below. Arabic's
 * larger text takes a little more room; the whole stays within 370 px, so the chart and its
 * sliders share a phone screen.
 */
export function cashLayout(i18n: I18n): { top: Panel; flow: Panel; dscr: Panel; height: number } {
  const t = fontSize(i18n.dir, 'title');
  const top = { title: t + 1, from: t + 17, to: t + 117 };
  const flow = { title: top.to + t + 11, from: top.to + t + 21, to: top.to + t + 67 };
  const dscr = { title: flow.to + t + 11, from: flow.to + t + 21, to: flow.to + t + 71 };
  return { top, flow, dscr, height: dscr.to + axisSpace(i18n.dir) };
}

/** A multiple as a lender quotes a coverage, to two decimals: "1.25×", «1.25 مرة». */
export function coverageText(i18n: I18n, value: number): string {
  return countNoun(i18n.lang, value, TIMES[i18n.lang], { max: 2 });
}

/** `value` held to `domain`, and which way it runs off when it does. */
function hold(
  value: number,
  domain: readonly [number, number]
): { value: number; off: 'up' | 'down' | null } {
  if (value > domain[1]) return { value: domain[1], off: 'up' };
  if (value < domain[0]) return { value: domain[0], off: 'down' };
  return { value, off: null };
}

/** The first month the running position leaves its scale towards `off`, and how far it goes. */
function exitOf(
  months: readonly CashMonth[],
  off: 'up' | 'down'
): { month: number; extreme: number } | null {
  const beyond = (v: number) => (off === 'up' ? v > CUM_DOMAIN[1] : v < CUM_DOMAIN[0]);
  const first = months.find((m) => beyond(m.cumulativeEquityCash));
  if (!first) return null;
  const values = months.map((m) => m.cumulativeEquityCash);
  return { month: first.month, extreme: off === 'up' ? Math.max(...values) : Math.min(...values) };
}

/** The DSCR panel's bars, one per operating year with loan payments, and its marks. */
function coverageMarks(
  i18n: I18n,
  view: CashView,
  x: Linear,
  panel: Panel,
  frame: PlotBox,
  delay: number
) {
  const { dir } = i18n;
  const size = fontSize(dir);
  const [lo, hi] = [frame.left, frame.left + frame.plotWidth];
  const y = linear(DSCR_DOMAIN, [panel.to, panel.from + 2]);
  const bars = view.dscrByYear.flatMap((v, j) => {
    if (!Number.isFinite(v)) return [];
    const s = span(x(delay + 12 * j), x(Math.min(delay + 12 * (j + 1), view.months.length)));
    const held = hold(v, DSCR_DOMAIN);
    const top = y(held.value);
    const level = v < 1 ? 'short' : v < view.dscrCovenant ? 'thin' : 'ok';
    return [
      {
        year: j + 1,
        x: s.x + 1.5,
        width: Math.max(1, s.width - 3),
        // A year with no cash for its lenders still shows: a sliver at zero.
        y: Math.min(top, y(0) - 1.5),
        height: Math.max(1.5, y(0) - top),
        level,
        lowest: j + 1 === view.minDscrYear,
        cut: held.off ? arrowhead(s.x + s.width / 2, panel.from - 4, 'up', 6) : ''
      }
    ];
  });
  const lowest = bars.find((b) => b.year === view.minDscrYear);
  // The covenant's name sits just above its line at the inline end, where the years after the
  // loan (or after the fleet's life) leave room.
  const [covenant] = placeLabels(
    dir,
    [
      {
        text: i18n.t('charts:cash.covenant', { x: coverageText(i18n, view.dscrCovenant) }),
        x: frame.range[1] - 2 * towardsEnd(dir),
        anchor: 'end'
      }
    ],
    [y(view.dscrCovenant) - 3],
    size,
    lo,
    hi
  );
  // The lowest year is outlined, and its figure written at the inline end of the panel's title
  // row, where no bar or line can be in its way (left out where the title leaves no room).
  let low: PlacedLabel | null = null;
  if (lowest) {
    const text = i18n.t('charts:cash.lowest', {
      x: coverageText(i18n, view.minDscr),
      year: formatNumber(i18n.lang, lowest.year)
    });
    const titleEnd = 2 + textWidth(i18n.t('charts:cash.coverage'), fontSize(dir, 'title'));
    if (titleEnd + 12 + textWidth(text, size) <= frame.width - 2)
      low = { text, x: frame.range[1], anchor: 'end', y: panel.title };
  }
  return {
    y,
    bars,
    cuts: bars.map((b) => b.cut).join(''),
    covenantY: y(view.dscrCovenant),
    oneY: y(1),
    ticks: stepTicks(DSCR_DOMAIN[0], DSCR_DOMAIN[1], [1], 3),
    labels: [covenant ?? null].filter((l): l is PlacedLabel => l !== null),
    lowest: low,
    noDebt: bars.length === 0
  };
}

/** The running position at the starting values: from the equity paid in at month 0 (the first month's position less its flow). */
function startPath(months: readonly CashMonth[], x: Linear, y: Linear): string {
  const first = months[0];
  const paidIn = first ? first.cumulativeEquityCash - first.fcfe : 0;
  return polyline([
    [x(0), y(paidIn)],
    ...months.map((m): [number, number] => [x(m.month), y(m.cumulativeEquityCash)])
  ]);
}

/** The three panels' paths, scales and marks at `width` px. */
function marks(i18n: I18n, view: CashView, width: number) {
  const { lang, dir, t } = i18n;
  const size = fontSize(dir);
  const { months } = view;
  const count = months.length;
  const delay = constructionMonths(months);
  const layout = cashLayout(i18n);
  const { top, flow, dscr } = layout;
  const cumTicks = stepTicks(CUM_DOMAIN[0], CUM_DOMAIN[1], [200e6], 6);
  const flowTicks = stepTicks(FLOW_DOMAIN[0], FLOW_DOMAIN[1], [10e6], 3);
  const cumFormat = millionsFormat(lang, cumTicks);
  const flowFormat = millionsFormat(lang, flowTicks);
  // The start margin holds the longest tick label of any panel.
  const widest = Math.max(
    ...cumTicks.map((v) => textWidth(cumFormat(v), size)),
    ...flowTicks.map((v) => textWidth(flowFormat(v), size))
  );
  const frame = plotBox(dir, width, layout.height, {
    top: top.from,
    end: 14,
    bottom: layout.height - dscr.to,
    start: Math.ceil(widest) + 12
  });
  const [lo, hi] = [frame.left, frame.left + frame.plotWidth];
  const towards = towardsEnd(dir);
  const x = linear([0, view.monthSpan], frame.range);
  const yCum = linear(CUM_DOMAIN, [top.to, top.from]);
  const yFlow = linear(FLOW_DOMAIN, [flow.to, flow.from]);

  // The monthly bars as two paths (inflows, outflows) rather than a hundred elements, with a
  // hairline gap only when bars are wide enough to spare it. A bar past the scale is cut at its
  // edge, with an arrowhead above (or below) it.
  const gap = frame.plotWidth / Math.max(1, view.monthSpan) > 4 ? 1 : 0;
  const zero = yFlow(0);
  const gain: string[] = [];
  const loss: string[] = [];
  const cuts: string[] = [];
  let biggestCut: { month: number; value: number } | null = null;
  for (const m of months) {
    const s = span(x(m.month - 1), x(m.month));
    const w = Math.max(0.5, s.width - gap);
    const held = hold(m.fcfe, FLOW_DOMAIN);
    const y = yFlow(held.value);
    const h = Math.abs(zero - y) < 0.5 ? (y <= zero ? -0.5 : 0.5) : y - zero;
    (m.fcfe < 0 ? loss : gain).push(`M${s.x + gap / 2},${zero}h${w}v${h}h${-w}z`);
    if (held.off) {
      const tip = held.off === 'up' ? flow.from - 6 : flow.to + 6;
      cuts.push(arrowhead(s.x + s.width / 2, tip, held.off, 5));
      if (!biggestCut || Math.abs(m.fcfe) > Math.abs(biggestCut.value))
        biggestCut = { month: m.month, value: m.fcfe };
    }
  }

  // Labels of the top panel, in rows from its top edge, most important first.
  const rows = [0, 1, 2].map((k) => top.from + size + 2 + k * (size + 4));
  const wishes: LabelWish[] = [];
  const names: string[] = [];
  if (delay > 0) {
    names.push('construction');
    wishes.push({
      text: t('charts:cash.construction', { months: i18n.plural('units.months', delay) }),
      x: x(0) + 6 * towards,
      anchor: 'start'
    });
  }
  let payback = null;
  const row = view.paybackMonth === null ? undefined : months[view.paybackMonth - 1];
  if (view.paybackMonth !== null && row) {
    const px = x(view.paybackMonth);
    payback = { x: px, y: yCum(hold(row.cumulativeEquityCash, CUM_DOMAIN).value) };
    const text = t('charts:cash.payback', { month: formatNumber(lang, view.paybackMonth) });
    const fits = Math.abs(frame.range[1] - px) > textWidth(text, size) + 10;
    names.push('payback');
    wishes.push({ text, x: px + (fits ? 6 : -6) * towards, anchor: fits ? 'start' : 'end' });
  } else {
    names.push('noPayback');
    wishes.push({ text: t('charts:cash.noPayback'), x: frame.range[1], anchor: 'end' });
  }
  // The fleet's last month: it is sold, and any debt still owed falls due.
  const endX = x(count);
  {
    const text =
      view.refinancingNeed > 0
        ? t('charts:cash.refinance', { debt: compactUsd(lang, view.refinancingNeed) })
        : t('charts:cash.sold');
    const fits = Math.abs(frame.range[1] - endX) > textWidth(text, size) + 6;
    names.push('end');
    wishes.push({ text, x: endX + (fits ? 4 : -4) * towards, anchor: fits ? 'start' : 'end' });
  }
  const placed = placeLabels(dir, wishes, rows, size, lo, hi);
  const label = (name: string) => (names.includes(name) ? placed[names.indexOf(name)] : null);

  // Where the running position runs off its scale: an arrowhead at the edge, and how far it goes.
  const exits = (['down', 'up'] as const).flatMap((off) => {
    const exit = exitOf(months, off);
    if (!exit) return [];
    const ex = x(exit.month);
    const edge = off === 'up' ? top.from : top.to;
    const text = t(off === 'up' ? 'charts:cash.risesTo' : 'charts:cash.fallsTo', {
      value: millions(lang, exit.extreme, 0)
    });
    const fits = Math.abs(frame.range[1] - ex) > textWidth(text, size) + 12;
    return [
      {
        d: arrowhead(ex, off === 'up' ? edge - 1 : edge + 1, off, 7),
        label: {
          text,
          x: ex + (fits ? 8 : -8) * towards,
          y: off === 'up' ? edge + size + 2 : edge - 5,
          anchor: fits ? ('start' as const) : ('end' as const)
        }
      }
    ];
  });

  // The largest bar cut in the flow panel gets its size (the fleet's sale, at the starting
  // values), beside its arrowhead on the side with room.
  const flowWishes: LabelWish[] = [];
  if (biggestCut) {
    const bx = x(biggestCut.month - 0.5);
    const text = millions(lang, biggestCut.value, 0);
    const fits = Math.abs(frame.range[1] - bx) > textWidth(text, size) + 8;
    flowWishes.push({ text, x: bx + (fits ? 5 : -5) * towards, anchor: fits ? 'start' : 'end' });
  }
  const flowLabels = placeLabels(
    dir,
    flowWishes,
    biggestCut && biggestCut.value < 0
      ? [flow.to - 3, flow.from + size - 1]
      : [flow.from + size - 1, flow.to - 3],
    size,
    lo,
    hi
  ).filter((l): l is PlacedLabel => l !== null);

  // The month the loan is paid off: named at the foot of the coverage panel, after the last bar
  // (no loan payments from then on), or else at the top of the flow panel, before the step up.
  const coverage = coverageMarks(i18n, view, x, dscr, frame, delay);
  let repaidLabel: PlacedLabel | null = null;
  if (view.loanRepaidMonth !== null) {
    const rx = x(view.loanRepaidMonth);
    const text = t('charts:cash.loanRepaid');
    const fits = Math.abs(frame.range[1] - rx) > textWidth(text, size) + 8;
    const tries: [LabelWish, number][] = [
      [{ text, x: rx - 4 * towards, anchor: 'end' }, flow.from + size - 1],
      [{ text, x: rx + 4 * towards, anchor: 'start' }, flow.from + size - 1]
    ];
    // After the last loan payment the coverage panel is empty: the foot of it is the best place.
    if (fits) tries.unshift([{ text, x: rx + 4 * towards, anchor: 'start' }, dscr.to - 3]);
    for (const [wish, row] of tries) {
      const [placed] = placeLabels(dir, [wish], [row], size, lo, hi);
      const clear = (others: readonly PlacedLabel[]) =>
        others.every((o) => !labelsOverlap(dir, o, placed as PlacedLabel, size));
      if (placed && clear(coverage.labels) && clear(flowLabels)) {
        repaidLabel = placed;
        break;
      }
    }
  }

  return {
    frame,
    top,
    flow,
    dscr,
    x,
    yCum,
    yFlow,
    monthTicks: stepTicks(0, view.monthSpan, [12, 24, 48], tickCount(frame.plotWidth, 40, 2, 12)),
    cumTicks,
    flowTicks,
    cumFormat,
    flowFormat,
    cumPath: polyline([
      [x(0), yCum(-view.equity0)],
      ...months.map((m): [number, number] => [x(m.month), yCum(m.cumulativeEquityCash)])
    ]),
    startPath: startPath(view.start, x, yCum),
    bars: { gain: gain.join(''), loss: loss.join(''), cuts: cuts.join('') },
    shade: delay > 0 ? { ...span(x(0), x(delay)), edge: x(delay) } : null,
    end: endX,
    construction: label('construction'),
    payback: payback ? { ...payback, label: label('payback') } : null,
    noPayback: label('noPayback'),
    endLabel: label('end'),
    exits,
    loanRepaid: view.loanRepaidMonth === null ? null : x(view.loanRepaidMonth),
    repaidLabel,
    flowLabels,
    coverage,
    dscrFormat: numberFormat(lang, [0, 1, 2])
  };
}

/** The chart's point, as its title: whether and when the shareholders get their money back. */
function title(i18n: I18n, view: CashView): string {
  if (view.paybackMonth === null) return i18n.t('charts:cash.titleNever');
  return i18n.t('charts:cash.titlePayback', {
    month: formatNumber(i18n.lang, view.paybackMonth)
  });
}

/** The sentence on the loan's coverage: its weakest year against the covenant; '' with no loan. */
function coverageSentence(i18n: I18n, view: CashView): string {
  const { t } = i18n;
  if (!Number.isFinite(view.minDscr)) return '';
  const covenant = coverageText(i18n, view.dscrCovenant);
  const year = formatNumber(i18n.lang, view.minDscrYear);
  // Compared as printed (two decimals), so the words never contradict the figures beside them.
  const shown = roundTo(view.minDscr, 2);
  if (shown >= roundTo(view.dscrCovenant, 2))
    return t('charts:cash.summaryCovered', { x: coverageText(i18n, view.minDscr), covenant });
  if (shown >= 1)
    return t('charts:cash.summaryThin', { year, x: coverageText(i18n, view.minDscr), covenant });
  return t('charts:cash.summaryShort', {
    year,
    share: pct(i18n.lang, 100 * view.minDscr),
    covenant
  });
}

/**
 * One paragraph: what the shareholders put in, when (or whether) they get it back, how well the
 * fleet's cash covers its loan, and any debt left when its life ends.
 */
function summary(i18n: I18n, view: CashView): string {
  const { lang, t } = i18n;
  const equity = compactUsd(lang, view.equity0);
  const end = view.months.at(-1)?.cumulativeEquityCash ?? 0;
  const parts = [
    view.paybackMonth !== null
      ? t('charts:cash.summaryPayback', {
          equity,
          month: formatNumber(lang, view.paybackMonth),
          end: compactUsd(lang, end)
        })
      : t('charts:cash.summaryNoPayback', { equity, short: compactUsd(lang, -end) }),
    coverageSentence(i18n, view)
  ];
  // The construction months are named on the drawing and in the prose beside it: left out here
  // so the paragraph keeps to one phone screen with the chart and its slider.
  if (view.refinancingNeed > 0)
    parts.push(t('charts:cash.summaryRefinance', { debt: compactUsd(lang, view.refinancingNeed) }));
  return parts.filter(Boolean).join(' ');
}

/**
 * Cash to the shareholders and the loan's side, by year of operation after the construction
 * months: what the chart's three panels show, in whole dollars and coverage multiples.
 */
function table(i18n: I18n, view: CashView): TableSpec {
  const { lang, t } = i18n;
  const last = view.months.length;
  const columns = ['year', 'months', 'fcfe', 'cumulative', 'dscr', 'debt'];
  return {
    caption: t('charts:cash.table.caption'),
    columns: columns.map((k) => t(`charts:cash.table.${k}`)),
    rows: yearlyCash(view.months).map((y) => {
      const months = t('charts:cash.table.monthsRange', {
        from: formatNumber(lang, y.firstMonth),
        to: formatNumber(lang, y.lastMonth)
      });
      const dscr = y.year > 0 ? (view.dscrByYear[y.year - 1] ?? Infinity) : Infinity;
      const refinance = y.lastMonth === last && y.debtEnd > 0;
      return {
        head: y.year > 0 ? formatNumber(lang, y.year) : t('charts:cash.table.construction'),
        cells: [
          months,
          fullUsd(lang, y.fcfe),
          fullUsd(lang, y.cumulativeEnd),
          Number.isFinite(dscr) ? coverageText(i18n, dscr) : t('charts:cash.table.noPayments'),
          refinance
            ? { text: fullUsd(lang, y.debtEnd), note: t('charts:cash.table.refinanceNote') }
            : fullUsd(lang, y.debtEnd)
        ]
      };
    })
  };
}

/** The cash chart: its name, title, marks, summary and table. */
export const cashChart = defineChart({ name: 'cash', title, marks, summary, table });
