import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, clampInputs } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { formatFact } from '$lib/format/figures';
import { formatLive, formatUtilisation } from '$lib/format/live';
import { i18nFor } from '../helpers';

// Arabic number formats carry direction marks; compare without them.
const plain = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '');

describe('formatFact', () => {
  it.each([
    ['en', 40, 'usd', '$40'],
    ['en', 86.24, 'usd', '$86.24'],
    ['en', 33, 'usdBillions', '$33B'],
    ['en', 55.6, 'usdBillions', '$55.6B'],
    ['en', 310.6, 'usdMillions', '$310.6M'],
    ['en', 1364.7, 'usdMillions', '$1.365B'],
    ['en', 46, 'percent', '46%'],
    ['en', 643, 'basisPoints', '643 basis points'],
    ['en', 260, 'megawatts', '260 megawatts'],
    ['en', 60, 'days', '60 days'],
    ['en', 1.7, 'usdPerHour', '$1.70 an hour'],
    ['ar', 33, 'usdBillions', '33 مليار دولار'],
    ['ar', 643, 'basisPoints', '643 نقطة أساس'],
    // Arabic counts: 11–99 take the singular accusative (يومًا), 3–10 the plural (أيام).
    ['ar', 60, 'days', '60 يومًا'],
    ['ar', 7, 'days', '7 أيام'],
    ['ar', 1.7, 'usdPerHour', '1.70 دولار للساعة']
  ] as const)('%s %d %s → %s', (lang, value, unit, expected) => {
    expect(plain(formatFact(i18nFor(lang), { value, unit }))).toBe(expected);
  });
});

describe('formatUtilisation', () => {
  it.each([
    [84.4, '84%'],
    [100, '100%'],
    [100.5, 'above 100%, out of reach'],
    [Infinity, 'above 100%, out of reach'],
    [NaN, 'above 100%, out of reach'],
    [-3, 'any level']
  ])('%d → %s', (value, expected) => {
    expect(formatUtilisation(i18nFor('en'), value)).toBe(expected);
  });
});

describe('formatLive', () => {
  const at = (partial: object) => runModel(clampInputs({ ...DEFAULT_INPUTS, ...partial }));
  const live = (lang: 'en' | 'ar', key: Parameters<typeof formatLive>[1], partial = {}) =>
    plain(formatLive(i18nFor(lang), key, at(partial)));

  it('quotes the defaults as the worked example gives them', () => {
    // defaults.md: net income −$856 per GPU × 10,000 GPUs ≈ −$8.6M; coverage 3.03×;
    // break-even utilisation 84.4 % (net income) and 74.9 % (DSCR = 1).
    expect(live('en', 'firstYearNetIncome')).toBe('-$8.6M');
    expect(live('en', 'interestCoverage')).toBe('3.0×');
    expect(live('en', 'breakEvenUtil')).toBe('84%');
    expect(live('en', 'dscrBreakEvenUtil')).toBe('75%');
    expect(live('ar', 'breakEvenUtil')).toBe('84%');
  });

  it('says so when nothing extra is needed, and prices a delay when it is', () => {
    expect(live('en', 'peakCashNeed')).toBe('none');
    expect(live('ar', 'peakCashNeed')).toBe('لا شيء');
    expect(live('en', 'peakCashNeed', { delay: 6 })).toMatch(/^\$\d+(\.\d)?M$/);
  });

  it('has no interest to cover without debt', () => {
    expect(live('en', 'interestCoverage', { debtShare: 0 })).toBe('no interest to cover');
  });

  it('counts the payback in months with the right Arabic form', () => {
    // At the defaults equity is back in month 66 (the schedule's own figure, checked here to
    // fall in the 11–99 band, where Arabic counts take the accusative singular: "66 شهرًا").
    const months = at({}).paybackMonth ?? NaN;
    expect(months).toBeGreaterThanOrEqual(11);
    expect(months).toBeLessThanOrEqual(99);
    expect(live('en', 'paybackMonths')).toBe(`${months} months`);
    expect(live('ar', 'paybackMonths')).toBe(`${months} شهرًا`);
    // A fleet that never earns its money back says so rather than printing a number.
    expect(live('en', 'paybackMonths', { utilisation: 20 })).toBe('not within the fleet’s life');
  });
});
