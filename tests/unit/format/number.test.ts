import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatUsd } from '$lib/format/number';
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
    ['ar', 16469, {}, '16,469 دولار'],
    ['ar', 33e9, { compact: true }, '33 مليار دولار'],
    ['ar', 2.35, { min: 2, max: 2 }, '2.35 دولار']
  ] as const)('%s %d %j → %s', (lang, value, options, expected) => {
    expect(plain(formatUsd(lang, value, options))).toBe(expected);
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
