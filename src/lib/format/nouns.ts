/**
 * The counted nouns the formatters write themselves: money (dollars, cents, and the scale words
 * thousand, million, billion) and multiples (times, -fold). Units with words of their own
 * (months, years, days, points, GPUs, basis points) are plural strings in the locales instead
 * (`units.*` in common.json), where the page's translator picks the same categories.
 *
 * Arabic forms follow the categories of `./count` (one, two, few, many, other, fraction).
 * The dual is written in its oblique form («دولارين», «ملياري دولار»): Arabic financial news
 * writes it so, and in this site's prose a sum nearly always follows a preposition or a verb
 * that takes the accusative («بأقل من دولارين», «بلغت ملياري دولار»). A scale word is followed
 * by the genitive singular «دولار», and after 11–99 it keeps the singular the press uses
 * («33 مليار دولار», «16 ألف معالج»).
 */
import type { Lang } from '$lib/i18n/languages';
import type { NounForms } from './count';

/** US dollars in Arabic, without a scale word: «40 دولارًا» (English uses ICU's "$40"). */
export const AR_DOLLAR: NounForms = {
  one: 'دولار واحد',
  two: 'دولارين',
  few: '{n} دولارات',
  many: '{n} دولارًا',
  other: '{n} دولار'
};

/** US cents: "8.5 سنت", "8.5¢". */
export const CENT: Record<Lang, NounForms> = {
  en: { other: '{n}¢' },
  ar: {
    one: 'سنت واحد',
    two: 'سنتين',
    few: '{n} سنتات',
    many: '{n} سنتًا',
    other: '{n} سنت'
  }
};

/** The Arabic scale words, largest first, with the power of ten each stands for. */
export const AR_SCALES: readonly { size: number; forms: NounForms }[] = [
  {
    size: 1e9,
    forms: {
      one: 'مليار',
      two: 'ملياري',
      few: '{n} مليارات',
      many: '{n} مليار',
      other: '{n} مليار'
    }
  },
  {
    size: 1e6,
    forms: { one: 'مليون', two: 'مليوني', few: '{n} ملايين', many: '{n} مليون', other: '{n} مليون' }
  },
  {
    size: 1e3,
    forms: { one: 'ألف', two: 'ألفي', few: '{n} آلاف', many: '{n} ألف', other: '{n} ألف' }
  }
];

/** The noun that follows an Arabic scale word when dollars are counted: «مليار دولار». */
export const AR_DOLLAR_AFTER_SCALE = 'دولار';

/** How many times over, as a ratio is quoted: an interest coverage of 3 → "3 مرات", "3×". */
export const TIMES: Record<Lang, NounForms> = {
  en: { other: '{n}×' },
  ar: {
    one: 'مرة واحدة',
    two: 'مرتين',
    few: '{n} مرات',
    many: '{n} مرة',
    other: '{n} مرة'
  }
};

/**
 * How many-fold, as a multiplier is quoted: the leverage amplifier of 4.9 → "4.9 أضعاف",
 * "4.9×". Arabic writes the plural after a decimal here («4.9 أضعاف»), as the press does.
 */
export const FOLD: Record<Lang, NounForms> = {
  en: { other: '{n}×' },
  ar: {
    one: 'مرة واحدة',
    two: 'ضعفين',
    few: '{n} أضعاف',
    many: '{n} ضعفًا',
    other: '{n} ضعف',
    fraction: '{n} أضعاف'
  }
};
