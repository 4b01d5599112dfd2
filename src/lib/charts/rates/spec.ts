/**
 * "Rates bite twice": across the base-rate slider's range, the first-year interest bill (cash
 * out) and what the fleet is worth today (enterprise value, discounted at base rate + risk
 * premium), in two panels on one rate axis, with the reader's rate and a cut marked.
 *
 * Both panels start at zero, on fixed scales. A bill that doubles then looks twice as tall and a
 * value that falls by 15 % looks 15 % shorter: with each panel cut to its own data (the bill from
 * $0, the value from $460M, as before) the two moves looked equally steep. Showing both as a
 * change from the reader's rate would be as honest, but a percentage of a bill near zero (no
 * debt, no rate) swings without bound; dollars from zero do not. The interest scale, $0–120M,
 * holds every state the sliders reach (the largest bill, about $103M, needs a 95 % debt share, a
 * 6 % rate, a 13-point spread and a year's delay: tests/unit/charts/domains.test.ts). The value
 * scale, $0–800M, holds every base rate at the starting values and every preset but the 2023
 * boom; a value above or below it is cut at the edge on purpose, with an arrowhead, and the
 * reader's own value is then written beside it. Faint lines show both curves at the starting
 * values.
 */
import type { RatesView } from '$lib/explorer/views.svelte';
import { compactUsd, fullUsd, pct } from '$lib/format/number';
import type { I18n } from '$lib/i18n/context';
import {
  arrowhead,
  besideMark,
  fontSize,
  inset,
  plotBox,
  stepTicks,
  textWidth,
  towardsEnd
} from '../frame/layout';
import { defineChart } from '../frame/spec';
import { linear, polyline, type Linear } from '../frame/scale';
import type { TableSpec } from '../frame/table';
import { millions, millionsFormat } from '../frame/ticks';

/** The interest panel's scale, USD: fixed (see the file's comment). */
export const INTEREST_DOMAIN = [0, 120e6] as const;
/** The value panel's scale, USD: fixed (see the file's comment). */
export const VALUE_DOMAIN = [0, 800e6] as const;

// Two panels on one rate axis, short enough that the chart and its sliders share a phone screen.
const TOP = { title: 14, from: 40, to: 120 };
const BOTTOM = { title: 154, from: 178, to: 258 };
/** Room kept inside each panel's edges, px, so a marker at an end of a scale is drawn whole. */
const PAD = 6;

/** The chart's height: the panels, then the rate axis (more room for Arabic's larger text). */
function height(i18n: I18n): number {
  return i18n.dir === 'rtl' ? 314 : 310;
}

/** A marker on a curve: its y, held to the panel, and the way it points when cut at an edge. */
function onCurve(
  scale: Linear,
  domain: readonly [number, number],
  value: number
): { y: number; off: 'up' | 'down' | null } {
  const off = value > domain[1] ? 'up' : value < domain[0] ? 'down' : null;
  return { y: scale(Math.min(domain[1], Math.max(domain[0], value))), off };
}

/**
 * Where a curve (values at `rates`) runs off `domain`: the rate at which each stretch outside
 * begins (the crossing, interpolated, or the first rate when it starts outside) and which way it
 * goes. e.g. rates [0, 1, 2], values [5, 15, 25], domain [0, 10] → [{rate: 0.5, off: 'up'}].
 */
export function offScaleRuns(
  rates: ArrayLike<number>,
  values: ArrayLike<number>,
  domain: readonly [number, number]
): { rate: number; off: 'up' | 'down' }[] {
  const side = (v: number) => (v > domain[1] ? 'up' : v < domain[0] ? 'down' : null);
  const out: { rate: number; off: 'up' | 'down' }[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    const off = side(v);
    const before = i > 0 ? side(values[i - 1] ?? NaN) : null;
    if (!off || off === before) continue;
    const r = rates[i] ?? NaN;
    if (i === 0 || before !== null) {
      out.push({ rate: r, off });
      continue;
    }
    const r0 = rates[i - 1] ?? NaN;
    const v0 = values[i - 1] ?? NaN;
    const edge = off === 'up' ? domain[1] : domain[0];
    out.push({ rate: r0 + ((edge - v0) / (v - v0)) * (r - r0), off });
  }
  return out;
}

/** The two curves, the markers and the axes at `width` px. */
function marks(i18n: I18n, view: RatesView, width: number) {
  const { lang, dir } = i18n;
  const size = fontSize(dir);
  const interestTicks = stepTicks(INTEREST_DOMAIN[0], INTEREST_DOMAIN[1], [40e6], 5);
  const valueTicks = stepTicks(VALUE_DOMAIN[0], VALUE_DOMAIN[1], [200e6, 400e6], 5);
  const interestFormat = millionsFormat(lang, interestTicks);
  const valueFormat = millionsFormat(lang, valueTicks);
  const widest = Math.max(
    ...interestTicks.map((v) => textWidth(interestFormat(v), size)),
    ...valueTicks.map((v) => textWidth(valueFormat(v), size))
  );
  const h = height(i18n);
  const frame = plotBox(dir, width, h, {
    top: TOP.from,
    end: 18,
    bottom: h - BOTTOM.to,
    start: Math.ceil(widest) + 12
  });
  const yInterest = linear(INTEREST_DOMAIN, inset([TOP.to, TOP.from], PAD));
  const yValue = linear(VALUE_DOMAIN, inset([BOTTOM.to, BOTTOM.from], PAD));
  const x = linear([view.x.min, view.x.max], inset(frame.range, PAD));
  const curve = (values: Float64Array, y: (v: number) => number) =>
    polyline(Array.from(view.rates, (rate, i): [number, number] => [x(rate), y(values[i] ?? 0)]));

  // Marker labels point away from each other: "you" towards the inline end, the cut (always
  // lower, so nearer the start) towards the start; near the end edge "you" turns round and
  // the cut's label goes up a line.
  const youText = i18n.t('charts:rates.you');
  const youX = x(view.you.rate);
  const you = besideMark(dir, youX, youText, frame.range[1], 5, 10);
  const youInterest = onCurve(yInterest, INTEREST_DOMAIN, view.you.interest);
  const youValue = onCurve(yValue, VALUE_DOMAIN, view.you.value);
  const cut = view.cut
    ? {
        x: x(view.cut.rate),
        interest: onCurve(yInterest, INTEREST_DOMAIN, view.cut.interest),
        value: onCurve(yValue, VALUE_DOMAIN, view.cut.value),
        labelX: x(view.cut.rate) - 5 * towardsEnd(dir),
        labelY: TOP.from - 6 + (you.anchor === 'start' ? 0 : -(size + 1)),
        text: i18n.t('charts:rates.cut')
      }
    : null;
  // Where a curve runs off its scale: an arrowhead at the edge above (or below) the reader's rate.
  const edgeMark = (at: { off: 'up' | 'down' | null; y: number }, px: number) =>
    at.off ? arrowhead(px, at.off === 'up' ? at.y - PAD : at.y + PAD, at.off, 7) : '';
  // And where each curve runs off, an arrowhead at the edge it leaves by.
  const runs = (values: Float64Array, scale: Linear, domain: readonly [number, number]) =>
    offScaleRuns(view.rates, values, domain).map(({ rate, off }) =>
      edgeMark({ off, y: scale(off === 'up' ? domain[1] : domain[0]) }, x(rate))
    );
  const offScale =
    youValue.off !== null
      ? {
          text: millions(lang, view.you.value, 0),
          x: you.x,
          y: youValue.off === 'up' ? BOTTOM.from + size + 2 : BOTTOM.to - 4,
          anchor: you.anchor
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
    interestFormat,
    valueFormat,
    xTicks: stepTicks(view.x.min, view.x.max, [1, 2, 3], Math.floor(frame.plotWidth / 44) + 1),
    paths: { interest: curve(view.interest, yInterest), value: curve(view.value, yValue) },
    start: {
      interest: curve(view.start.interest, yInterest),
      value: curve(view.start.value, yValue)
    },
    you: {
      x: youX,
      interestY: youInterest.y,
      valueY: youValue.y,
      labelX: you.x,
      anchor: you.anchor,
      text: youText
    },
    cut,
    edges: [
      ...runs(view.interest, yInterest, INTEREST_DOMAIN),
      ...runs(view.value, yValue, VALUE_DOMAIN),
      edgeMark(youInterest, youX),
      edgeMark(youValue, youX),
      cut ? edgeMark(cut.interest, cut.x) : '',
      cut ? edgeMark(cut.value, cut.x) : ''
    ].join(''),
    offScale
  };
}

/** The chart's point, as its title: what a cut in the base rate saves and adds. */
function title(i18n: I18n, view: RatesView): string {
  const { lang, t } = i18n;
  if (!view.cut)
    return t('charts:rates.titleFloor', {
      interest: compactUsd(lang, view.you.interest),
      value: compactUsd(lang, view.you.value)
    });
  // As shares of what they were: the chart draws both panels from zero, so these are the
  // shares by which the two curves' heights change.
  const share = (from: number, to: number) => {
    const v = (100 * Math.abs(to - from)) / from;
    return pct(lang, v, v < 10 ? 1 : 0);
  };
  const cut = pct(lang, view.cut.rate, 2);
  const saved = view.you.interest > 0 ? share(view.you.interest, view.cut.interest) : null;
  if (!(view.you.value > 0))
    return saved
      ? t('charts:rates.titleWorthless', { cut, saved })
      : t('charts:rates.titleFloor', {
          interest: compactUsd(lang, view.you.interest),
          value: compactUsd(lang, view.you.value)
        });
  const added = share(view.you.value, view.cut.value);
  return saved
    ? t('charts:rates.title', { cut, saved, added })
    : t('charts:rates.titleNoDebt', { cut, added });
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

/** The rates chart: its name, title, marks, summary and table. */
export const ratesChart = defineChart({ name: 'rates', title, marks, summary, table });
