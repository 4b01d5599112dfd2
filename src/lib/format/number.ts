/**
 * Every number a reader sees goes through this file's formatters: plain numbers, money,
 * percentages, multiples and dates, per the page's locale (`LOCALES`, Latin digits in both
 * languages).
 */
import { LOCALES, type Lang } from '$lib/i18n/languages';
import { formatLatin } from '$lib/i18n/numbers';
import { countDigits, countNoun, roundTo, type NounForms } from './count';
import { AR_DOLLAR, AR_DOLLAR_AFTER_SCALE, AR_SCALES, CENT, FOLD, TIMES } from './nouns';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * A cached Intl.NumberFormat, for ranges only (`formatRange`, which formatLatin does not
 * write): they are drawn at build time, so the browser never builds one. Every other number
 * goes through formatLatin, which writes what ICU writes without ICU's start-up cost.
 */
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
  return formatLatin(lang, value, { max: digits.max ?? 0, min: digits.min ?? 0 });
}

/** U+200E LRM, U+200F RLM and U+061C ALM, the direction marks ICU puts around Arabic numbers. */
const DIRECTION_MARKS = /[\u200e\u200f\u061c]/g;

/**
 * A value given in percent (80 means 80 %) → "80%". Arabic: no direction marks on a value of
 * zero or more, so a percentage followed by words («0% سنويًا») never turns the isolate around
 * it left to right (digits and % already read left to right inside Arabic text); a negative
 * value keeps ICU's mark before the minus, which would otherwise move to the other side.
 * Arabic also drops trailing zeros on whole values ("4%", not "4.00%").
 */
export function formatPercent(lang: Lang, percent: number, digits: Digits = {}): string {
  const max = digits.max ?? 0;
  const whole = Number.isInteger(roundTo(percent, max));
  const min = lang === 'ar' && whole ? 0 : Math.min(digits.min ?? 0, max);
  const text = formatLatin(lang, percent / 100, { style: 'percent', max, min });
  return lang === 'ar' && roundTo(percent, max) >= 0 ? text.replace(DIRECTION_MARKS, '') : text;
}

/** Options for money amounts. */
export interface UsdOptions extends Digits {
  /** Short scale words: 33e9 → "$33B" / "33 مليار دولار". */
  compact?: boolean;
}

/**
 * An amount in US dollars. English uses the symbol ("$16,469", "$33B"); Arabic writes the
 * number then the counted noun, as Arabic financial news does, instead of ICU's "US$":
 * «40 دولارًا», «9 مليارات دولار», «33 مليار دولار», «2.35 دولار». In Arabic a whole value
 * carries no decimals whatever `min` asks ("8 دولارات"), and `compact` picks the scale word
 * (ألف، مليون، مليار) by hand so that the scale word is counted too.
 */
export function formatUsd(lang: Lang, value: number, options: UsdOptions = {}): string {
  if (lang === 'ar') return arabicUsd(value, options);
  return formatLatin(lang, value, {
    max: options.max ?? 0,
    min: options.min ?? 0,
    style: 'currency',
    compact: options.compact ?? false
  });
}

/** Arabic money: the counted dollar noun, after a counted scale word when `compact`. */
function arabicUsd(value: number, options: UsdOptions): string {
  const max = options.max ?? 0;
  const digits = { max, min: Math.min(options.min ?? 0, max) };
  // ICU puts an LRM before the minus of an Arabic number; kept, so the sign stays at the
  // number's start inside right-to-left text.
  const sign = roundTo(value, max) < 0 ? '\u200e-' : '';
  const size = Math.abs(value);
  if (options.compact) {
    // Largest scale first: 999.96 million at one decimal rounds to 1 billion, not 1000 million.
    for (const scale of AR_SCALES) {
      const scaled = roundTo(size / scale.size, max);
      if (scaled >= 1) return `${sign}${scaledCount(scaled, scale.forms, digits, sign !== '')}`;
    }
  }
  return (
    sign +
    countNoun('ar', roundTo(size, max), sign ? { other: AR_DOLLAR.other } : AR_DOLLAR, digits)
  );
}

/** A count of a scale word then «دولار»: «9 مليارات دولار», «مليون دولار». */
function scaledCount(value: number, forms: NounForms, digits: Digits, negative: boolean): string {
  const counted = countNoun('ar', value, negative ? { other: forms.other } : forms, digits);
  return `${counted} ${AR_DOLLAR_AFTER_SCALE}`;
}

/**
 * A price in cents, for sums under a dollar quoted per unit: 0.085 → "8.5¢" / «8.5 سنت».
 * Up to one decimal of a cent.
 */
export function formatCents(lang: Lang, usd: number): string {
  return countNoun(lang, usd * 100, CENT[lang], { max: 1 });
}

/**
 * A range of two money amounts in the same unit, written once: "$12–14B", "$5.05–5.15B";
 * Arabic «12 و14 مليار دولار» (the sentence supplies «بين» or «ما بين»: the range is the
 * object of a preposition in Arabic prose). Both ends share the larger end's scale.
 */
export function formatUsdRange(
  lang: Lang,
  low: number,
  high: number,
  options: UsdOptions = {}
): string {
  const max = options.max ?? 0;
  if (lang === 'ar') {
    const scale = options.compact
      ? AR_SCALES.find((s) => roundTo(high / s.size, max) >= 1)
      : undefined;
    const lowShown = countDigits('ar', scale ? low / scale.size : low, { max });
    return `${lowShown} و${arabicUsd(high, options)}`;
  }
  const nf = numberFormat(lang, {
    maximumFractionDigits: max,
    style: 'currency',
    currency: 'USD',
    ...(options.compact ? { notation: 'compact', compactDisplay: 'short' } : {})
  });
  // "$12–14B" in ICU's own words, with a no-break en dash so the range never wraps.
  return nf.formatRange(low, high).replace(/\s*–\s*/, '\u2060–\u2060');
}

/**
 * A range of two percentages with one set of decimals for both: "3.50–3.75%"; Arabic
 * «3.50% و3.75%» (the sentence supplies «بين»). The English dash is joined to its numbers so
 * the range never wraps.
 */
export function formatPercentRange(lang: Lang, low: number, high: number, max: number): string {
  const digits = { max, min: max };
  if (lang === 'ar')
    return `${formatPercent(lang, low, digits)} و${formatPercent(lang, high, digits)}`;
  const n = (v: number) => formatNumber(lang, v, digits);
  return `${n(low)}\u2060–\u2060${n(high)}%`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached Intl.DateTimeFormat in UTC, day-month order in both languages (en-GB gives
 * "16 December 2025"): like number formatters, costly to build, and the page builds its
 * lists of sources and scenarios while it starts.
 */
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let df = dateFormats.get(key);
  if (!df) {
    df = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB-u-nu-latn' : LOCALES.ar, {
      ...options,
      timeZone: 'UTC'
    });
    dateFormats.set(key, df);
  }
  return df;
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
    ? { year: 'numeric', month: 'long' }
    : { year: 'numeric', month: 'long', day: 'numeric' };
  return dateFormat(lang, options).format(date);
}

/**
 * A month's short name for a time axis, from an ISO date: '2025-03-01' → "Mar" / «مارس».
 * In UTC, like formatDate.
 */
export function formatMonthShort(lang: Lang, iso: string): string {
  const date = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  return dateFormat(lang, { month: 'short' }).format(date);
}

/**
 * A day and month without the year, for dates on a chart of one year: "8 Dec" / «8 ديسمبر».
 */
export function formatDayMonth(lang: Lang, iso: string): string {
  return dateFormat(lang, { day: 'numeric', month: 'short' }).format(new Date(`${iso}T00:00:00Z`));
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

/** Which noun a multiple is counted with in Arabic: how many times over, or how many-fold. */
export type MultipleKind = 'times' | 'fold';

/**
 * A multiple with at most `max` decimals (one unless a threshold such as a 1.25× covenant needs
 * two) and no trailing zero, the same digits in both languages:
 * an interest coverage of 3.03 → "3×" / «3 مرات» (`times`); the leverage amplifier 4.885 →
 * "4.9×" / «4.9 أضعاف» (`fold`, the default). Arabic writes the noun, so the × sign never
 * meets the reader before the number.
 */
export function formatMultiple(
  lang: Lang,
  value: number,
  kind: MultipleKind = 'fold',
  max = 1
): string {
  return countNoun(lang, value, (kind === 'times' ? TIMES : FOLD)[lang], { max });
}
