import type { Lang } from '$lib/i18n/languages';

/**
 * The BCP 47 locale each page formats with. Arabic pins Latin digits (`-u-nu-latn`):
 * CLDR's own default for `ar` since 2024, the digits of the pan-Arab financial press, and the
 * digits the address bar shows (`?util=70`), so the page and its URL agree. Pinning the
 * extension means the prerendering Node and the reader's browser cannot disagree, whatever
 * their ICU versions default to. English pins `en-US` for the `$1,234.5` conventions.
 */
export const LOCALES: Record<Lang, string> = {
  en: 'en-US-u-nu-latn',
  ar: 'ar-u-nu-latn'
};

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
