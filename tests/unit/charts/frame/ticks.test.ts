import { describe, expect, it } from 'vitest';
import { millions, millionsFormat, numberFormat, percentFormat } from '$lib/charts/frame/ticks';

describe('one precision per axis', () => {
  it('writes money in millions, every tick with the decimals the finest one needs', () => {
    const en = millionsFormat('en', [-10e6, -5e6, 0, 2.5e6]);
    // 2.5 needs one decimal, so every tick gets one: the zero too.
    expect([-10e6, -5e6, 0, 2.5e6].map(en)).toEqual(['-10.0', '-5.0', '0.0', '2.5']);
    const whole = millionsFormat('en', [-200e6, 0, 200e6]);
    expect([-200e6, 0, 200e6].map(whole)).toEqual(['-200', '0', '200']);
  });

  it('keeps the digits Latin in Arabic, without the unit (the axis title says it)', () => {
    const ar = millionsFormat('ar', [-200e6, 0, 400e6]);
    expect(ar(400e6)).toBe('400');
    expect(ar(0)).toBe('0');
    expect(ar(-200e6)).toMatch(/^\u200e?-200$/);
  });

  it('writes a bar’s value with the decimals asked, and nothing that rounds to zero as negative', () => {
    expect(millions('en', -53_030_000, 1)).toBe('-53.0');
    expect(millions('en', -1, 1)).toBe('0.0');
    expect(millions('en', -0, 0)).toBe('0');
  });

  it('gives percentages and plain numbers the same treatment', () => {
    expect([0, 2, 4, 6].map(percentFormat('en', [0, 2, 4, 6]))).toEqual(['0%', '2%', '4%', '6%']);
    expect(numberFormat('en', [0, 0.5, 1])(1)).toBe('1.0');
  });
});
