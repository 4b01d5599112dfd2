/**
 * formatLatin writes what Intl.NumberFormat writes, for every option the site uses, in both
 * languages: the page's numbers read the same whether the build (Node's ICU) or the browser
 * (this file's code, without ICU) wrote them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Lang } from '$lib/i18n/languages';
import { formatLatin, type NumberOptions } from '$lib/i18n/numbers';

/** The Intl.NumberFormat options that formatLatin's options stand for. */
function intlOptions(options: NumberOptions): Intl.NumberFormatOptions {
  const { max, min = 0, style = 'decimal', compact = false } = options;
  return {
    maximumFractionDigits: max,
    minimumFractionDigits: Math.min(min, max),
    style,
    ...(style === 'currency' ? { currency: 'USD' } : {}),
    ...(compact ? { notation: 'compact', compactDisplay: 'short' } : {})
  };
}

const icu = (lang: Lang, value: number, options: NumberOptions) =>
  new Intl.NumberFormat(LOCALES[lang], intlOptions(options)).format(value);

/** Every style the site writes in a language: dollars by symbol in English only. */
const STYLES: Record<Lang, Pick<NumberOptions, 'style' | 'compact'>[]> = {
  en: [
    { style: 'decimal' },
    { style: 'percent' },
    { style: 'currency' },
    { style: 'currency', compact: true }
  ],
  ar: [{ style: 'decimal' }, { style: 'percent' }]
};

/** Values at the edges: signs, zeros, halves, carries, scale changes, exponents, non-finite. */
const EDGES = [
  0,
  -0,
  0.5,
  1.5,
  2.5,
  -2.5,
  1.005,
  1.0049,
  0.96,
  9.96,
  99.96,
  999.94,
  999.95,
  999.96,
  1000,
  9999,
  99_999,
  100_000,
  999_950,
  1_234_567.891,
  164_688_000,
  -12_345_678,
  999_950_000,
  1.2e12,
  1.2e15,
  1e21,
  5e-7,
  1.23e-19,
  -0.001,
  -0.01,
  0.035,
  -0.035,
  12.345,
  NaN,
  Infinity,
  -Infinity
];

const values = fc.oneof(
  fc.double({ noNaN: true, min: -1e16, max: 1e16 }),
  fc.double({ noNaN: true, min: -1000, max: 1000 }),
  fc.integer({ min: -2e9, max: 2e9 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000),
  fc.constantFrom(...EDGES)
);

describe('formatLatin', () => {
  for (const lang of ['en', 'ar'] as const) {
    for (const style of STYLES[lang]) {
      const name = `${style.style}${style.compact ? ', compact' : ''}`;

      it(`writes the edge values as ICU does: ${lang}, ${name}`, () => {
        for (const value of EDGES)
          for (let max = 0; max <= 3; max++)
            for (let min = 0; min <= max; min++) {
              const options = { ...style, max, min };
              expect(formatLatin(lang, value, options), `${value} ${JSON.stringify(options)}`).toBe(
                icu(lang, value, options)
              );
            }
      });

      it(`writes any value as ICU does: ${lang}, ${name}`, () => {
        fc.assert(
          fc.property(values, fc.nat(3), fc.nat(3), (value, max, min) => {
            const options = { ...style, max, min: Math.min(min, max) };
            expect(formatLatin(lang, value, options)).toBe(icu(lang, value, options));
          }),
          { numRuns: 3000 }
        );
      }, 60_000);
    }
  }

  it('refuses what the site never writes: Arabic dollars by symbol, compact non-dollars', () => {
    expect(() => formatLatin('ar', 5, { max: 0, style: 'currency' })).toThrow(RangeError);
    expect(() => formatLatin('en', 5, { max: 0, compact: true })).toThrow(RangeError);
  });
});
