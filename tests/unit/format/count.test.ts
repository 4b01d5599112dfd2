import { describe, expect, it } from 'vitest';
import { countCategory, countNoun, type NounForms } from '$lib/format/count';
import { AR_DOLLAR, AR_SCALES, CENT, FOLD, TIMES } from '$lib/format/nouns';
import { LOCALES } from '$lib/i18n/languages';

// CLDR's Arabic categories by the number as shown: 0 zero; 1 one; 2 two; n % 100 in 3–10 few;
// n % 100 in 11–99 many; everything else (100–102, 1000, …) other. Decimals are a fraction.
describe('countCategory', () => {
  it.each([
    ['ar', 0, 'zero'],
    ['ar', 1, 'one'],
    ['ar', 2, 'two'],
    ['ar', 3, 'few'],
    ['ar', 10, 'few'],
    ['ar', 11, 'many'],
    ['ar', 99, 'many'],
    ['ar', 100, 'other'],
    ['ar', 102, 'other'],
    ['ar', 103, 'few'],
    ['ar', 111, 'many'],
    ['ar', 1000, 'other'],
    ['ar', 2.5, 'fraction'],
    // 2.999 shown at two decimals is 3.00, a whole 3: the category follows what is shown.
    ['ar', 2.999, 'few'],
    ['en', 0, 'zero'],
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['en', 1.5, 'fraction']
  ] as const)('%s %d → %s', (lang, value, category) => {
    expect(countCategory(lang, value)).toBe(category);
  });
});

const BILLION = AR_SCALES.find((s) => s.size === 1e9)?.forms as NounForms;
const THOUSAND = AR_SCALES.find((s) => s.size === 1e3)?.forms as NounForms;

describe('countNoun: Arabic, every category', () => {
  it.each([
    // dollars
    [0, AR_DOLLAR, '0 دولار'],
    [1, AR_DOLLAR, 'دولار واحد'],
    [2, AR_DOLLAR, 'دولارين'],
    [3, AR_DOLLAR, '3 دولارات'],
    [9, AR_DOLLAR, '9 دولارات'],
    [40, AR_DOLLAR, '40 دولارًا'],
    [100, AR_DOLLAR, '100 دولار'],
    [2.35, AR_DOLLAR, '2.35 دولار'],
    // scale words: 3–10 the plural, 11–99 the singular the press keeps before «دولار»
    [1, BILLION, 'مليار'],
    [2, BILLION, 'ملياري'],
    [9, BILLION, '9 مليارات'],
    [33, BILLION, '33 مليار'],
    [1.36, BILLION, '1.36 مليار'],
    [4, THOUSAND, '4 آلاف'],
    [16, THOUSAND, '16 ألف'],
    // multiples
    [1, TIMES.ar, 'مرة واحدة'],
    [2, TIMES.ar, 'مرتين'],
    [3, TIMES.ar, '3 مرات'],
    [11, TIMES.ar, '11 مرة'],
    [4.9, FOLD.ar, '4.9 أضعاف'],
    [5, FOLD.ar, '5 أضعاف'],
    [20, FOLD.ar, '20 ضعفًا'],
    [100, FOLD.ar, '100 ضعف'],
    // cents
    [8.5, CENT.ar, '8.5 سنت'],
    [5, CENT.ar, '5 سنتات']
  ] as const)('%d → %s', (value, forms, expected) => {
    expect(countNoun('ar', value, forms)).toBe(expected);
  });

  it('uses a zero form where a noun has one', () => {
    expect(countNoun('ar', 0, { zero: 'بلا تأخير', other: '{n} شهر' })).toBe('بلا تأخير');
  });

  it('writes digits for a negative count, never a form without them', () => {
    expect(countNoun('ar', -2, AR_DOLLAR)).toMatch(/^\u200e?-2 دولار$/);
  });

  it('keeps cents only on a value that is not whole', () => {
    expect(countNoun('ar', 1.7, AR_DOLLAR, { max: 2, min: 2 })).toBe('1.70 دولار');
    expect(countNoun('ar', 8, AR_DOLLAR, { max: 2, min: 2 })).toBe('8 دولارات');
  });
});

describe('countNoun: English', () => {
  const times: NounForms = { one: '{n} time', other: '{n} times' };
  it.each([
    [0, '0 times'],
    [1, '1 time'],
    [2, '2 times'],
    [11, '11 times'],
    [1.5, '1.5 times'],
    [16469, '16,469 times']
  ] as const)('%d → %s', (value, expected) => {
    expect(countNoun('en', value, times)).toBe(expected);
  });

  it('writes a multiple with the sign after the number', () => {
    expect(countNoun('en', 4.885, FOLD.en, { max: 1 })).toBe('4.9×');
    expect(countNoun('en', 3.03, TIMES.en, { max: 1 })).toBe('3×');
  });
});

describe('plural rules from the bare language', () => {
  // count.ts builds them from 'en' and 'ar', not from LOCALES (whose numbering-system
  // extension is slow to load in the browser): the categories must be the same.
  it.each(['en', 'ar'] as const)('match the locale with its extension in %s', (lang) => {
    const bare = new Intl.PluralRules(lang);
    const full = new Intl.PluralRules(LOCALES[lang]);
    for (let n = 0; n <= 1200; n++) {
      expect(bare.select(n), String(n)).toBe(full.select(n));
      expect(countCategory(lang, n, 0), String(n)).toBe(n === 0 ? 'zero' : full.select(n));
    }
  });
});
