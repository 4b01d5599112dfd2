/**
 * Every number a reader sees goes through this file's formatters: plain numbers, money,
 * percentages, multiples and dates, per the page's locale (`LOCALES`, Latin digits in both
 * languages).
 */
import { LOCALES, type Lang } from '$lib/i18n/languages';

const cache = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat: formatters are costly to build and sliders format often. */
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, nf);
  }
  return nf;
}

/** Options for how many decimals a formatted number shows. */
export interface Digits {
  /** Most decimals shown (default 0). */
  max?: number;
  /** Fewest decimals shown (default 0). */
  min?: number;
}

/** A plain number with grouping, e.g. 16469 → "16,469" (both languages use Latin digits). */
export function formatNumber(lang: Lang, value: number, digits: Digits = {}): string {
  const max = digits.max ?? 0;
  return numberFormat(lang, {
    maximumFractionDigits: max,
    minimumFractionDigits: Math.min(digits.min ?? 0, max)
  }).format(value);
}

/** A value given in percent (80 means 80 %) → "80%"; the Arabic form carries direction marks. */
export function formatPercent(lang: Lang, percent: number, digits: Digits = {}): string {
  const max = digits.max ?? 0;
  return numberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: max,
    minimumFractionDigits: Math.min(digits.min ?? 0, max)
  }).format(percent / 100);
}

/** Options for money amounts. */
export interface UsdOptions extends Digits {
  /** Short scale words: 33e9 → "$33B" / "33 مليار دولار". */
  compact?: boolean;
}

/**
 * An amount in US dollars. English uses the symbol ("$16,469", "$33B"); Arabic writes the
 * number then the word دولار ("16,469 دولار", "33 مليار دولار"), as Arabic financial news does,
 * instead of ICU's "US$" which reads as foreign inside Arabic prose.
 */
export function formatUsd(lang: Lang, value: number, options: UsdOptions = {}): string {
  const max = options.max ?? 0;
  const base: Intl.NumberFormatOptions = {
    maximumFractionDigits: max,
    minimumFractionDigits: Math.min(options.min ?? 0, max),
    ...(options.compact
      ? { notation: 'compact', compactDisplay: lang === 'ar' ? 'long' : 'short' }
      : {})
  };
  if (lang === 'ar') return `${numberFormat(lang, base).format(value)} دولار`;
  return numberFormat(lang, { ...base, style: 'currency', currency: 'USD' }).format(value);
}

const MONTH_ONLY = /^(\d{4})-(\d{2})$/;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date given as 'YYYY-MM-DD' (→ "16 December 2025" / "16 ديسمبر 2025") or 'YYYY-MM'
 * (→ "December 2025"). Formatted in UTC so the day never shifts with the reader's time zone.
 */
export function formatDate(lang: Lang, iso: string): string {
  const month = MONTH_ONLY.exec(iso);
  const full = FULL_DATE.exec(iso);
  if (!month && !full) throw new RangeError(`formatDate: not an ISO date: ${JSON.stringify(iso)}`);
  const date = new Date(`${month ? `${iso}-01` : iso}T00:00:00Z`);
  // Date() rolls 2025-02-30 over into March; a date that changes on the way in is not a date.
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(month ? `${iso}-01` : iso)) {
    throw new RangeError(`formatDate: no such date: ${iso}`);
  }
  const options: Intl.DateTimeFormatOptions = month
    ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  // en-GB gives "16 December 2025": day-month order reads the same in both languages.
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB-u-nu-latn' : LOCALES.ar, options).format(
    date
  );
}

/**
 * Decimals a sourced value needs: as many as it has, at most `max`, so a source's 86.24 stays
 * 86.24 and 40 stays 40. e.g. sourceDecimals(1.275, 2) → 2.
 */
export function sourceDecimals(value: number, max: number): number {
  for (let d = 0; d < max; d++)
    if (Number.isInteger(Number((value * 10 ** d).toFixed(6)))) return d;
  return max;
}

/** Money for chart ticks, labels and summaries, USD: 164_688_000 → "$164.7M"; −0 shows as 0. */
export function compactUsd(lang: Lang, value: number): string {
  return formatUsd(lang, value + 0, { compact: true, max: 1 });
}

/** Money for tables, whole dollars: 164_688_000 → "$164,688,000". */
export function fullUsd(lang: Lang, value: number): string {
  return formatUsd(lang, value + 0);
}

/** A percentage given in percent, up to `max` decimals: pct(lang, 3.95, 2) → "3.95%". */
export function pct(lang: Lang, percent: number, max = 0): string {
  return formatPercent(lang, percent + 0, { max });
}

/** A multiple such as an interest coverage or the leverage amplifier: 3.03 → "3.0×". */
export function formatMultiple(lang: Lang, value: number): string {
  return `${formatNumber(lang, value, { min: 1, max: 1 })}×`;
}
