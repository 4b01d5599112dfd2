/**
 * Counted nouns: a number and the noun it counts, in the form the number takes.
 *
 * Arabic chooses the noun's form by the number, and the choice follows CLDR's plural categories
 * (`Intl.PluralRules('ar')`), so the rules live in one place:
 * - one (1) and two (2): forms of their own, usually without the digit: «دولار واحد», «دولارين»;
 * - few (3–10, and 103–110 …): the plural: «9 دولارات», «3 ملايين»;
 * - many (11–99, and 111–199 …): the accusative singular: «40 دولارًا», «11 شهرًا»;
 * - other (100–102, 1000 …): the genitive singular: «100 دولار», «1000 دولار».
 * Two choices this file makes, documented where the forms are defined:
 * - zero takes the `zero` form where a noun has one («بلا تأخير»), otherwise `other` with its
 *   digit («0 دولار»);
 * - a fraction (the number as shown has decimals) takes the `fraction` form where a noun has
 *   one («4.9 أضعاف»), otherwise `other` («2.35 دولار», «6.25 نقطة»), the genitive singular
 *   that Arabic financial news uses after a decimal.
 * English has only one and other.
 *
 * The category is chosen from the number as the reader sees it, after rounding, so "0.96"
 * shown as "1" takes the `one` form. Digits are Latin in both languages (`LOCALES`) and whole
 * values carry no trailing zeros ("8", not "8.00").
 */
import type { Lang } from '$lib/i18n/languages';
import { formatLatin } from '$lib/i18n/numbers';

/** The CLDR plural categories, plus a form of their own for zero and for fractions. */
export type CountCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other' | 'fraction';

/**
 * The forms of a counted noun. `{n}` stands for the formatted number; a form without `{n}`
 * (Arabic «دولار واحد», «شهران») is written without digits. Only `other` is required: a
 * missing form falls back to it.
 */
export type NounForms = Partial<Record<CountCategory, string>> & { other: string };

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * The language's plural rules. Built from the bare language ('en', 'ar'): the numbering-system
 * extension of `LOCALES` does not change a plural category, and with it the first PluralRules
 * cost 13–36 ms of the page's start-up in Chromium (ICU loads number data), without it 1 ms.
 */
function pluralRules(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
}

/** How many decimals a count shows: at most `max` (default 2); `min` only when not whole. */
export interface CountDigits {
  max?: number;
  min?: number;
}

/** `value` rounded to at most `max` decimals, as a number (so 2.999 → 3 at two decimals). */
export function roundTo(value: number, max: number): number {
  const f = 10 ** max;
  return Math.round(value * f) / f;
}

/**
 * The category a count takes in `lang`, from its value as shown (rounded to `max` decimals):
 * countCategory('ar', 40) → "many"; countCategory('ar', 4.9) → "fraction"; ('en', 1) → "one".
 */
export function countCategory(lang: Lang, value: number, max = 2): CountCategory {
  const shown = Math.abs(roundTo(value, max));
  if (shown === 0) return 'zero';
  if (!Number.isInteger(shown)) return 'fraction';
  return pluralRules(lang).select(shown) as CountCategory;
}

/** The form a noun takes for a category: the category's own, or `other`. */
export function formFor(forms: NounForms, category: CountCategory): string {
  return forms[category] ?? forms.other;
}

/** A number as a count shows it: e.g. 1.7 with { max: 2, min: 2 } → "1.70", 8 → "8". */
export function countDigits(lang: Lang, value: number, digits: CountDigits = {}): string {
  const max = digits.max ?? 2;
  const shown = roundTo(value, max) + 0; // + 0 turns -0 into 0: a rounded "-0" never shows.
  const min = Number.isInteger(shown) ? 0 : (digits.min ?? 0);
  return formatLatin(lang, shown, { max, min });
}

/**
 * A number with its counted noun, e.g. countNoun('ar', 40, AR_DOLLAR) → "40 دولارًا",
 * countNoun('ar', 9, billion forms) → "9 مليارات", countNoun('ar', 2, TIMES.ar) → "مرتين".
 * Up to `max` decimals (default 2), `min` decimals only for a value that is not whole (so
 * "1.70" but "8"), grouping as the locale does ("16,469"). A negative value keeps its sign and
 * always shows its digits ("-1 مليون", never "-مليون").
 */
export function countNoun(
  lang: Lang,
  value: number,
  forms: NounForms,
  digits: CountDigits = {}
): string {
  const category = countCategory(lang, value, digits.max ?? 2);
  const negative = roundTo(value, digits.max ?? 2) < 0;
  let form = formFor(forms, category);
  if (!form.includes('{n}') && negative) form = forms.other;
  if (!form.includes('{n}')) return form;
  return form.replace('{n}', countDigits(lang, value, digits));
}
