/**
 * "Rates bite twice": across the base-rate slider's range, the first-year interest bill (cash
 * out) and what the fleet is worth today (enterprise value, discounted at base rate + risk
 * premium), in two panels on one rate axis, with the reader's rate and a one-point cut marked.
 */
import type { RatesView } from '$lib/explorer/views.svelte';
import { compactUsd, fullUsd, pct } from '$lib/format/number';
import type { I18n } from '$lib/i18n/context';
import {
  besideMark,
  fitTicks,
  paddedDomain,
  plotBox,
  textWidth,
  thin,
  towardsEnd
} from '../frame/layout';
import { defineChart } from '../frame/spec';
import { linear, polyline } from '../frame/scale';
import type { TableSpec } from '../frame/table';

// Two panels on one rate axis, short enough that the chart and its sliders share a phone screen.
const TOP = { title: 14, from: 40, to: 136 };
const BOTTOM = { title: 170, from: 194, to: 282 };
const HEIGHT = 334;

/** The two curves, the markers and the axes at `width` px. */
function marks(i18n: I18n, view: RatesView, width: number) {
  const { lang, dir } = i18n;
  const [lo, hi] = paddedDomain(view.value, 1);
  // At least a tenth of the value's size, so a nearly flat curve is not blown up into a slope.
  const valueDomain = paddedDomain([lo, hi], 0.1 * Math.max(Math.abs(lo), Math.abs(hi)));
  const yInterest = linear(paddedDomain(view.interest, 1e6, [0]), [TOP.to, TOP.from], 4);
  const yValue = linear(valueDomain, [BOTTOM.to, BOTTOM.from], 4);
  const interestTicks = thin(yInterest.ticks(4), 4);
  const valueTicks = thin(yValue.ticks(4), 4);
  const widest = Math.max(
    ...interestTicks.map((v) => textWidth(compactUsd(lang, v), 12)),
    ...valueTicks.map((v) => textWidth(compactUsd(lang, v), 12))
  );
  const frame = plotBox(dir, width, HEIGHT, {
    top: TOP.from,
    end: 18,
    bottom: HEIGHT - BOTTOM.to,
    start: Math.ceil(widest) + 12
  });
  const x = linear([view.x.min, view.x.max], frame.range);
  const curve = (values: Float64Array, y: (v: number) => number) =>
    polyline(Array.from(view.rates, (rate, i): [number, number] => [x(rate), y(values[i] ?? 0)]));

  // Marker labels point away from each other: "you" towards the inline end, the cut (always
  // lower, so nearer the start) towards the start; near the end edge "you" turns round and
  // the cut's label goes up a line.
  const youText = i18n.t('charts:rates.you');
  const youX = x(view.you.rate);
  const you = besideMark(dir, youX, youText, frame.range[1], 5, 10);
  const cut = view.cut
    ? {
        x: x(view.cut.rate),
        interestY: yInterest(view.cut.interest),
        valueY: yValue(view.cut.value),
        labelX: x(view.cut.rate) - 5 * towardsEnd(dir),
        labelY: TOP.from - 6 + (you.anchor === 'start' ? 0 : -12),
        text: i18n.t('charts:rates.cut')
      }
    : null;
  return {
    frame,
    top: TOP,
    bottom: BOTTOM,
    panels: [TOP, BOTTOM],
    x,
    yInterest,
    yValue,
    interestTicks,
    valueTicks,
    xTicks: fitTicks(x, frame.plotWidth, 44, 3, 7),
    paths: { interest: curve(view.interest, yInterest), value: curve(view.value, yValue) },
    you: {
      x: youX,
      interestY: yInterest(view.you.interest),
      valueY: yValue(view.you.value),
      labelX: you.x,
      anchor: you.anchor,
      text: youText
    },
    cut
  };
}

/** One sentence: the reader's interest bill and value, and what a one-point cut does. */
function summary(i18n: I18n, view: RatesView): string {
  const { lang, t } = i18n;
  const base = {
    rate: pct(lang, view.you.rate, 2),
    interest: compactUsd(lang, view.you.interest),
    value: compactUsd(lang, view.you.value)
  };
  if (!view.cut) return t('charts:rates.summaryFloor', base);
  return t('charts:rates.summary', {
    ...base,
    cut: pct(lang, view.cut.rate, 2),
    cutInterest: compactUsd(lang, view.cut.interest),
    cutValue: compactUsd(lang, view.cut.value)
  });
}

/** Interest and value by base rate, whole dollars. */
function table(i18n: I18n, view: RatesView): TableSpec {
  const { lang, t } = i18n;
  return {
    caption: t('charts:rates.table.caption'),
    columns: ['rate', 'interest', 'value'].map((k) => t(`charts:rates.table.${k}`)),
    rows: view.table.map((row) => ({
      head: pct(lang, row.rate, 2),
      note: row.you
        ? t('charts:rates.table.you')
        : row.cut
          ? t('charts:rates.table.cut')
          : undefined,
      current: row.you || row.cut,
      cells: [fullUsd(lang, row.interest), fullUsd(lang, row.value)]
    }))
  };
}

/** The rates chart: its name, marks, summary and table. */
export const ratesChart = defineChart({ name: 'rates', marks, summary, table });
