/**
 * How an axis writes its ticks: one precision for every label of the axis (the decimals its
 * values need), and money in millions of US dollars, so the unit is said once, in the axis
 * title, and the labels stay short in both languages («-200» rather than «‎-200 مليون دولار»).
 */
import { formatNumber, formatPercent } from '$lib/format/number';
import type { Lang } from '$lib/i18n/languages';
import { decimalsFor } from './layout';

/** One million, the unit of the charts' money axes. */
export const MILLION = 1e6;

/**
 * An amount in US dollars as a number of millions with `decimals` decimals: 164_688_000 →
 * "164.7". Rounded first, so an amount that rounds to nothing shows no sign ("0.0", not "-0.0").
 */
export function millions(lang: Lang, usd: number, decimals: number): string {
  const f = 10 ** decimals;
  return formatNumber(lang, Math.round((usd / MILLION) * f) / f + 0, {
    min: decimals,
    max: decimals
  });
}

/** A formatter for ticks at `values` (USD), in millions, all with the decimals the values need. */
export function millionsFormat(lang: Lang, values: readonly number[]): (usd: number) => string {
  const d = decimalsFor(values.map((v) => v / MILLION));
  return (usd) => millions(lang, usd, d);
}

/** A formatter for ticks at `values` (percent), all with the decimals the values need. */
export function percentFormat(lang: Lang, values: readonly number[]): (percent: number) => string {
  const d = decimalsFor(values);
  return (percent) => formatPercent(lang, percent + 0, { min: d, max: d });
}

/** A formatter for ticks at `values` (plain numbers), all with the decimals the values need. */
export function numberFormat(lang: Lang, values: readonly number[]): (value: number) => string {
  const d = decimalsFor(values);
  return (value) => formatNumber(lang, value + 0, { min: d, max: d });
}
