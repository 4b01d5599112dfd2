/**
 * Numbers in Latin digits, written exactly as ICU writes them for the site's two locales
 * (`LOCALES`), without Intl.NumberFormat.
 *
 * Why: the first Intl.NumberFormat (or DateTimeFormat) a page builds costs 25–80 ms in
 * Chromium without CPU throttling (measured on the project's test machine) while ICU loads its
 * number data, and about four times that on a phone-class CPU; it fell inside the page's
 * start-up task. The site's numbers need little of ICU: Latin digits, a comma every
 * three digits, a point, a minus, a percent sign, a dollar sign and four scale letters.
 * `tests/unit/i18n/numbers.test.ts` holds this file to Intl.NumberFormat's output for every
 * option the site uses, in both languages, over random values.
 *
 * How ICU rounds, and so how this does: from the shortest decimal that reads back as the same
 * double (what `String(x)` gives), half away from zero, so 1.005 shows as 1.01 at two decimals
 * although the double is a hair below it. A negative value keeps its minus when it rounds to
 * zero ("-0").
 */
import type { Lang } from './languages';

/** How to write a number. */
export interface NumberOptions {
  /** Most decimals shown. */
  max: number;
  /** Fewest decimals shown (at most `max`; default 0). */
  min?: number;
  /** A plain number (default), a share given as a fraction (0.035 → "3.5%"), or US dollars. */
  style?: 'decimal' | 'percent' | 'currency';
  /** Dollars with a scale letter, English only: 164_688_000 → "$164.7M". */
  compact?: boolean;
}

/** A non-negative decimal as digit strings: whole part (no leading zeros, "0" for none) and fraction. */
interface Decimal {
  whole: string;
  fraction: string;
}

/** What ICU writes around the digits, per language (Arabic isolates its signs with LRM). */
const SIGNS: Record<Lang, { minus: string; percent: string; nan: string }> = {
  en: { minus: '-', percent: '%', nan: 'NaN' },
  ar: { minus: '\u200e-', percent: '\u200e%\u200e', nan: 'ليس\u00a0رقمًا' }
};

/** ICU's short scale letters: thousands, millions, billions, trillions. */
const SCALE_LETTERS = ['', 'K', 'M', 'B', 'T'];

/** A decimal from its digits with the point after `point` of them (`point` may fall outside). */
function fromDigits(digits: string, point: number): Decimal {
  const padded = point > digits.length ? digits.padEnd(point, '0') : digits;
  const at = Math.max(point, 0);
  const whole = padded.slice(0, at).replace(/^0+/, '') || '0';
  const fraction = ('0'.repeat(Math.max(-point, 0)) + padded.slice(at)).replace(/0+$/, '');
  return { whole, fraction };
}

/** The shortest decimal that reads back as the finite, non-negative double `value`. */
function decimalOf(value: number): Decimal {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  return fromDigits(whole + fraction, whole.length + Number(exponent));
}

/** `d` × 10^`places` (a negative `places` divides), exactly. */
function shifted(d: Decimal, places: number): Decimal {
  return fromDigits(d.whole + d.fraction, d.whole.length + places);
}

/** A digit string plus one in its last place: "199" → "200", "99" → "100". */
function plusOne(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/** `d` rounded half away from zero to at most `max` decimals. */
function rounded(d: Decimal, max: number): Decimal {
  if (d.fraction.length <= max) return d;
  const kept = d.whole + d.fraction.slice(0, max);
  const digits = (d.fraction[max] ?? '0') >= '5' ? plusOne(kept) : kept;
  // A carry out of the first digit ("99.96" → "100.0") moves the point one place right.
  return fromDigits(digits, d.whole.length + digits.length - kept.length);
}

/** How many digits the whole part has, 0 for a value under one. */
const wholeDigits = (d: Decimal): number => (d.whole === '0' ? 0 : d.whole.length);

/**
 * `d` written with at least `min` decimals, a comma between groups of three whole digits:
 * always (`minGroup` 1), or only from five whole digits on (`minGroup` 2, ICU's rule for
 * compact numbers: "1200T" but "12,000T").
 */
function written(d: Decimal, min: number, minGroup: 1 | 2): string {
  const grouped =
    d.whole.length >= 3 + minGroup ? d.whole.replace(/\B(?=(\d{3})+$)/g, ',') : d.whole;
  const fraction = d.fraction.padEnd(min, '0');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/**
 * `value` in `lang` as Intl.NumberFormat writes it with `LOCALES[lang]` and the matching
 * options (`maximumFractionDigits`, `minimumFractionDigits`, `style`, `currency: 'USD'`,
 * `notation: 'compact'` with `compactDisplay: 'short'`):
 * formatLatin('en', -1234.5, { max: 1 }) → "-1,234.5"; ('ar', 0.035, { max: 1, style: 'percent' })
 * → "3.5\u200e%\u200e"; ('en', 999_950, { max: 1, style: 'currency', compact: true }) → "$1M".
 */
export function formatLatin(lang: Lang, value: number, options: NumberOptions): string {
  const { max, style = 'decimal', compact = false } = options;
  const min = Math.min(options.min ?? 0, max);
  if (style === 'currency' && lang !== 'en') {
    throw new RangeError('formatLatin: dollars are written with Arabic nouns, not a symbol');
  }
  if (compact && style !== 'currency') throw new RangeError('formatLatin: compact is for dollars');
  const signs = SIGNS[lang];
  const negative = value < 0 || Object.is(value, -0);
  const before = (negative ? signs.minus : '') + (style === 'currency' ? '$' : '');
  const after = style === 'percent' ? signs.percent : '';
  if (Number.isNaN(value)) return `${before}${signs.nan}${after}`;
  if (!Number.isFinite(value)) return `${before}∞${after}`;
  let d = decimalOf(Math.abs(value));
  if (style === 'percent') d = shifted(d, 2);
  if (!compact) return `${before}${written(rounded(d, max), min, 1)}${after}`;
  // The scale from the value's size, then once more if rounding carried it into the next
  // (999,950 at one decimal is 1000.0K, written 1M), as ICU does.
  let scale = Math.min(Math.floor(Math.max(wholeDigits(d) - 1, 0) / 3), 4);
  let shown = rounded(shifted(d, -3 * scale), max);
  if (scale < 4 && wholeDigits(shown) > 3) {
    scale += 1;
    shown = rounded(shifted(d, -3 * scale), max);
  }
  return `${before}${written(shown, min, 2)}${SCALE_LETTERS[scale]}`;
}
