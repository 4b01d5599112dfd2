/**
 * The sell-off in one picture: CoreWeave's share price and the cost of insuring its debt
 * (five-year credit default swap) from its listing to the end of 2025, drawn from dated
 * observations, each a dot (the days between them are not shown), with the events that moved
 * them marked on one time axis. Dates run with the reading direction, as on every chart.
 */
import {
  compactUsd,
  formatDate,
  formatMonthShort,
  formatUsd,
  formatNumber
} from '$lib/format/number';
import type { I18n } from '$lib/i18n/context';
import { fitTicks, plotBox, textWidth, type Margin } from '../frame/layout';
import { linear, polyline } from '../frame/scale';
import { defineChart } from '../frame/spec';
import type { TableSpec } from '../frame/table';

/** One dated observation: a close (or the day's low) in USD, or a spread in basis points. */
export interface MarketPoint {
  date: string;
  value: number;
  /** A close, or an intraday low shown apart (hollow) where the source gives no close. */
  kind: 'close' | 'low';
  /** Who reported it, as the table names them. */
  sources: string;
}

/** An event marked on the time axis, numbered in date order. */
export interface MarketEvent {
  id: string;
  date: string;
  label: string;
}

/** What the sell-off chart draws. */
export interface SelloffView {
  /** The time axis, ISO dates. */
  start: string;
  end: string;
  price: MarketPoint[];
  cds: MarketPoint[];
  events: MarketEvent[];
  /** Levels reported without a day, told in words under the chart. */
  undated: string;
}

const DAY = 86_400_000;
/** Days since 1970, the time axis's unit: a true time scale, one pixel per equal span of days. */
export function dayOf(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10) || 1) / DAY;
}

/** The first day of each month from `start` to `end`, ISO. */
export function monthStarts(start: string, end: string): string[] {
  const out: string[] = [];
  let y = +start.slice(0, 4);
  let m = +start.slice(5, 7);
  for (;;) {
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (dayOf(iso) > dayOf(end)) return out;
    if (dayOf(iso) >= dayOf(start)) out.push(iso);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

// Fixed scales: a price axis from zero, so a dot's height is in proportion to the company's
// market value (shares outstanding barely changed over the months shown); spreads from zero.
const PRICE_MAX = 200;
const CDS_MAX = 1000;
const PRICE = { title: 14, from: 52, to: 230 };
const CDS = { title: 262, from: 282, to: 352 };
const HEIGHT = 398;

function marks(i18n: I18n, view: SelloffView, width: number) {
  const { lang, dir } = i18n;
  const start = Math.ceil(textWidth(formatUsd(lang, PRICE_MAX), 12)) + 12;
  const margin: Margin = { top: PRICE.from, end: 12, bottom: HEIGHT - CDS.to, start };
  const frame = plotBox(dir, width, HEIGHT, margin);
  const x = linear([dayOf(view.start), dayOf(view.end)], frame.range);
  const yPrice = linear([0, PRICE_MAX], [PRICE.to, PRICE.from]);
  const yCds = linear([0, CDS_MAX], [CDS.to, CDS.from]);
  const dot = (y: (v: number) => number) => (p: MarketPoint) => ({
    ...p,
    x: x(dayOf(p.date)),
    y: y(p.value)
  });
  const closes = view.price.filter((p) => p.kind === 'close');
  const months = monthStarts(view.start, view.end);
  // As many month labels as fit: every month on a desktop, every other one on a phone.
  const spacing = Math.max(...months.map((m) => textWidth(formatMonthShort(lang, m), 12))) + 10;
  const every = Math.max(1, Math.ceil((months.length * spacing) / frame.plotWidth));
  return {
    frame,
    price: PRICE,
    cdsPanel: CDS,
    x,
    yPrice,
    yCds,
    priceTicks: fitTicks(yPrice, PRICE.to - PRICE.from, 36, 3, 5),
    cdsTicks: [0, 500, 1000],
    monthTicks: months.map(dayOf).filter((_, i) => i % every === 0),
    line: polyline(closes.map((p) => [x(dayOf(p.date)), yPrice(p.value)])),
    closes: closes.map(dot(yPrice)),
    lows: view.price.filter((p) => p.kind === 'low').map(dot(yPrice)),
    cdsLine: polyline(view.cds.map((p) => [x(dayOf(p.date)), yCds(p.value)])),
    cds: view.cds.map(dot(yCds)),
    events: spreadMarks(
      view.events.map((e, i) => ({
        ...e,
        n: formatNumber(lang, i + 1),
        x: x(dayOf(e.date)),
        when: formatDate(lang, e.date)
      })),
      MARK_GAP,
      frame.left,
      frame.left + frame.plotWidth
    )
  };
}

/**
 * Least distance between two numbered marks' centres, px: a mark is a 22 px link, and WCAG
 * 2.5.8 asks that 24 px circles around small targets do not overlap.
 */
const MARK_GAP = 24;

/** How far above the price panel a numbered mark's centre sits, px. */
export const MARK_RISE = 22;

/**
 * Numbered marks laid along the axis without overlapping: each at its date where there is
 * room, else pushed aside just enough (its leader line still points at the date), and kept
 * within [lo, hi]. Marks keep their order along the axis, in either direction.
 * e.g. dates at 100, 105, 300 with a gap of 19 → marks at 100, 119, 300.
 */
export function spreadMarks<T extends { x: number }>(
  items: readonly T[],
  gap: number,
  lo: number,
  hi: number
): (T & { markX: number })[] {
  const order = [...items.keys()].sort((a, b) => (items[a]?.x ?? 0) - (items[b]?.x ?? 0));
  const xs = new Map<number, number>();
  let last = -Infinity;
  for (const i of order) {
    const at = Math.max(items[i]?.x ?? 0, last + gap, lo + gap / 2);
    xs.set(i, at);
    last = at;
  }
  // Whatever ran past the end is pulled back, keeping the gaps.
  let limit = hi - gap / 2;
  for (const i of [...order].reverse()) {
    const at = Math.min(xs.get(i) ?? 0, limit);
    xs.set(i, at);
    limit = at - gap;
  }
  return items.map((item, i) => ({ ...item, markX: xs.get(i) ?? item.x }));
}

/** One sentence: the record close, the low after it and how far it fell; the spread's rise. */
function summary(i18n: I18n, view: SelloffView): string {
  const { lang, t } = i18n;
  const closes = view.price.filter((p) => p.kind === 'close');
  const peak = closes.reduce((a, b) => (b.value > a.value ? b : a));
  const after = closes.filter((p) => dayOf(p.date) > dayOf(peak.date));
  const low = after.reduce((a, b) => (b.value < a.value ? b : a), after[0] ?? peak);
  const first = view.cds[0];
  const last = view.cds.at(-1);
  return t('charts:selloff.summary', {
    peak: formatUsd(lang, peak.value, { min: 2, max: 2 }),
    peakDate: formatDate(lang, peak.date),
    low: formatUsd(lang, low.value, { min: 2, max: 2 }),
    lowDate: formatDate(lang, low.date),
    fall: formatNumber(lang, 100 * (1 - low.value / peak.value)),
    from: first ? i18n.plural('units.basisPoints', Math.round(first.value)) : '',
    to: last ? i18n.plural('units.basisPoints', Math.round(last.value)) : '',
    fromDate: first ? formatDate(lang, first.date) : '',
    toDate: last ? formatDate(lang, last.date) : ''
  });
}

/** Every observation with who reported it. */
function table(i18n: I18n, view: SelloffView): TableSpec {
  const { lang, t } = i18n;
  const rows = [
    ...view.price.map((p) => ({
      p,
      what: t(p.kind === 'low' ? 'charts:selloff.table.low' : 'charts:selloff.table.close'),
      value: formatUsd(lang, p.value, { min: 2, max: 2 })
    })),
    ...view.cds.map((p) => ({
      p,
      what: t('charts:selloff.table.cds'),
      value: i18n.plural('units.basisPoints', Math.round(p.value))
    }))
  ].sort((a, b) => dayOf(a.p.date) - dayOf(b.p.date));
  return {
    caption: t('charts:selloff.table.caption'),
    columns: ['date', 'what', 'value', 'sources'].map((k) => t(`charts:selloff.table.${k}`)),
    rows: rows.map(({ p, what, value }) => ({
      head: formatDate(lang, p.date),
      // Publishers are named as they publish, in English: marked so on the Arabic page.
      cells: [what, value, lang === 'en' ? p.sources : { text: p.sources, lang: 'en' }]
    }))
  };
}

/** The sell-off chart's title: fixed, as its data are. */
function title(i18n: I18n): string {
  return i18n.t('charts:selloff.title');
}

/** The sell-off chart: its name, title, marks, summary and table. */
export const selloffChart = defineChart({ name: 'selloff', title, marks, summary, table });

/** Money for the price axis: "$150" / «150 دولارًا». */
export function priceLabel(i18n: I18n, value: number): string {
  return compactUsd(i18n.lang, value);
}
