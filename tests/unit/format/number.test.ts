import { describe, expect, it } from 'vitest';
import {
  formatCents,
  formatDate,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatUsd
} from '$lib/format/number';
import { LOCALES } from '$lib/i18n/languages';

// Arabic formats carry invisible direction marks (U+200E LRM, U+200F RLM, U+061C ALM);
// tests compare with them stripped, and separately check that digits are Latin.
const MARKS = /[\u200e\u200f\u061c]/g;
const plain = (s: string) => s.replace(MARKS, '');
const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/;

describe('digit system', () => {
  it('pins Latin digits for Arabic in the locale itself', () => {
    expect(LOCALES.ar).toBe('ar-u-nu-latn');
    expect(new Intl.NumberFormat(LOCALES.ar).resolvedOptions().numberingSystem).toBe('latn');
  });

  it('never prints Arabic-Indic digits on Arabic pages', () => {
    for (const text of [
      formatNumber('ar', 1234567.89, { max: 2 }),
      formatPercent('ar', 84.4, { max: 1 }),
      formatUsd('ar', 33e9, { compact: true }),
      formatDate('ar', '2025-12-16')
    ]) {
      expect(text).not.toMatch(ARABIC_INDIC);
      expect(text).toMatch(/[0-9]/);
    }
  });
});

describe('formatNumber', () => {
  it.each([
    ['en', 16469, {}, '16,469'],
    ['ar', 16469, {}, '16,469'],
    ['en', 3.0345, { max: 2 }, '3.03'],
    ['en', 3, { min: 2, max: 2 }, '3.00'],
    ['en', -856.4, {}, '-856']
  ] as const)('%s %d %j → %s', (lang, value, digits, expected) => {
    expect(plain(formatNumber(lang, value, digits))).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    ['en', 80, {}, '80%'],
    ['en', 84.4, { max: 1 }, '84.4%'],
    ['ar', 84.4, { max: 1 }, '84.4%'],
    ['en', 3.95, { max: 2 }, '3.95%']
  ] as const)('%s %d %j → %s', (lang, value, digits, expected) => {
    expect(plain(formatPercent(lang, value, digits))).toBe(expected);
  });
});

describe('formatUsd', () => {
  it.each([
    ['en', 16469, {}, '$16,469'],
    ['en', 2.35, { min: 2, max: 2 }, '$2.35'],
    ['en', 33e9, { compact: true }, '$33B'],
    ['en', 1.3647e9, { compact: true, max: 2 }, '$1.36B'],
    // 16,469 ends in 69 (11–99 after the hundreds): the accusative singular.
    ['ar', 16469, {}, '16,469 دولارًا'],
    ['ar', 100, {}, '100 دولار'],
    ['ar', 33e9, { compact: true }, '33 مليار دولار'],
    ['ar', 9e9, { compact: true }, '9 مليارات دولار'],
    ['ar', 5e6, { compact: true }, '5 ملايين دولار'],
    ['ar', 4000, { compact: true }, '4 آلاف دولار'],
    ['ar', 1e9, { compact: true }, 'مليار دولار'],
    ['ar', 2e9, { compact: true }, 'ملياري دولار'],
    // 999.96 million at one decimal is a billion, named once.
    ['ar', 999.96e6, { compact: true, max: 1 }, 'مليار دولار'],
    ['ar', 164.7e6, { compact: true, max: 1 }, '164.7 مليون دولار'],
    ['ar', 2.35, { min: 2, max: 2 }, '2.35 دولار'],
    // A whole value drops the decimals it was asked for.
    ['ar', 8, { min: 2, max: 2 }, '8 دولارات'],
    // A negative sum keeps its digits and its sign.
    ['ar', -8.6e6, { compact: true, max: 1 }, '-8.6 مليون دولار'],
    ['ar', -1e6, { compact: true, max: 1 }, '-1 مليون دولار']
  ] as const)('%s %d %j → %s', (lang, value, options, expected) => {
    expect(plain(formatUsd(lang, value, options))).toBe(expected);
  });
});

describe('formatPercent in Arabic', () => {
  it('carries no direction marks on a value of zero or more, and keeps them on a negative one', () => {
    // Marks before the digits would turn an isolate around «0% سنويًا» left to right.
    expect(formatPercent('ar', 0)).toBe('0%');
    expect(formatPercent('ar', 84.4, { max: 1 })).toBe('84.4%');
    const negative = formatPercent('ar', -10);
    expect(negative.startsWith('\u200e-')).toBe(true);
    expect(plain(negative)).toBe('-10%');
  });

  it('drops trailing zeros on a whole value; English keeps the decimals asked for', () => {
    expect(formatPercent('ar', 4, { min: 2, max: 2 })).toBe('4%');
    expect(formatPercent('en', 4, { min: 2, max: 2 })).toBe('4.00%');
  });
});

describe('formatMultiple', () => {
  it.each([
    ['en', 3.03, 'times', '3×'],
    ['en', 4.885, 'fold', '4.9×'],
    ['ar', 3.03, 'times', '3 مرات'],
    ['ar', 2, 'times', 'مرتين'],
    ['ar', 12, 'times', '12 مرة'],
    ['ar', 1.5, 'times', '1.5 مرة'],
    ['ar', 4.885, 'fold', '4.9 أضعاف'],
    ['ar', 5, 'fold', '5 أضعاف'],
    ['ar', 1, 'fold', 'مرة واحدة']
  ] as const)('%s %d %s → %s', (lang, value, kind, expected) => {
    expect(formatMultiple(lang, value, kind)).toBe(expected);
  });
});

describe('formatCents', () => {
  it.each([
    ['en', 0.085, '8.5¢'],
    ['ar', 0.085, '8.5 سنت'],
    ['ar', 0.05, '5 سنتات'],
    ['ar', 0.12, '12 سنتًا']
  ] as const)('%s %d → %s', (lang, usd, expected) => {
    expect(formatCents(lang, usd)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['en', '2025-12-16', '16 December 2025'],
    ['ar', '2025-12-16', '16 ديسمبر 2025'],
    ['en', '2025-03', 'March 2025'],
    ['ar', '2025-03', 'مارس 2025'],
    // Midnight UTC on the 1st: a reader west of Greenwich must not see 31 December.
    ['en', '2026-01-01', '1 January 2026']
  ] as const)('%s %s → %s', (lang, iso, expected) => {
    expect(plain(formatDate(lang, iso))).toBe(expected);
  });

  it.each([['2025-13-01'], ['2025-02-30'], ['16/12/2025'], [''], ['2025-12-16T00:00']])(
    'rejects %j',
    (iso) => {
      expect(() => formatDate('en', iso)).toThrow(RangeError);
    }
  );
});
