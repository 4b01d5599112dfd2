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
    // A quarter's revenue in billions: two decimals, not the three the source's 1,364.7 would allow.
    ['en', 1364.7, 'usdMillions', '$1.36B'],
    ['en', 46, 'percent', '46%'],
    ['en', 643, 'basisPoints', '643 basis points'],
    ['en', 260, 'megawatts', '260 megawatts'],
    ['en', 60, 'days', '60 days'],
    ['en', 6, 'years', '6 years'],
    ['en', 16000, 'gpus', '16,000 GPUs'],
    ['en', 1.7, 'usdPerHour', '$1.70 an hour'],
    // A whole sum of money carries no cents.
    ['en', 8, 'usdPerHour', '$8 an hour'],
    ['ar', 33, 'usdBillions', '33 مليار دولار'],
    // 3–10 count the scale word in the plural, 11–99 keep the press's singular.
    ['ar', 9, 'usdBillions', '9 مليارات دولار'],
    ['ar', 1364.7, 'usdMillions', '1.36 مليار دولار'],
    ['ar', 110.1, 'usdMillions', '110.1 مليون دولار'],
    // 40 is in 11–99: the accusative singular; 86.24 has decimals: the genitive singular.
    ['ar', 40, 'usd', '40 دولارًا'],
    ['ar', 86.24, 'usd', '86.24 دولار'],
    ['ar', 643, 'basisPoints', '643 نقطة أساس'],
    ['ar', 60, 'days', '60 يومًا'],
    ['ar', 7, 'days', '7 أيام'],
    ['ar', 6, 'years', '6 سنوات'],
    // Round thousands: the counted scale word, then the noun in the genitive singular.
    ['ar', 16000, 'gpus', '16 ألف معالج رسومي'],
    ['ar', 10000, 'gpus', '10 آلاف معالج رسومي'],
    ['ar', 1.7, 'usdPerHour', '1.70 دولار للساعة'],
    ['ar', 8, 'usdPerHour', '8 دولارات للساعة'],
    // Two dollars: the dual, oblique after the preposition it follows in the story.
    ['ar', 2, 'usdPerHour', 'دولارين للساعة']
  ] as const)('%s %d %s → %s', (lang, value, unit, expected) => {
    expect(plain(formatFact(i18nFor(lang), { value, unit }))).toBe(expected);
  });

  it.each([
    ['en', 12, 14, 'usdBillions', '$12–14B'],
    ['en', 5.05, 5.15, 'usdBillions', '$5.05–5.15B'],
    // One set of decimals for both ends: the Fed's "3.50–3.75%".
    ['en', 3.5, 3.75, 'percent', '3.50–3.75%'],
    // Arabic names the unit once, after the upper end; the sentence supplies «بين».
    ['ar', 12, 14, 'usdBillions', '12 و14 مليار دولار'],
    ['ar', 5.05, 5.15, 'usdBillions', '5.05 و5.15 مليار دولار'],
    ['ar', 5.25, 5.5, 'percent', '5.25% و5.50%']
  ] as const)('%s range %d–%d %s → %s', (lang, value, high, unit, expected) => {
    // Ranges are joined with word joiners so they never wrap; compare without them.
    const text = plain(formatFact(i18nFor(lang), { value, high, unit })).replace(/\u2060/g, '');
    expect(text).toBe(expected);
  });

  it('never writes direction marks into an Arabic figure followed by words', () => {
    // A mark before the digits would make the isolate around «0% سنويًا» left to right.
    for (const [value, unit] of [
      [35.5, 'percent'],
      [9, 'usdBillions'],
      [60, 'days']
    ] as const) {
      expect(formatFact(i18nFor('ar'), { value, unit })).not.toMatch(/[\u200e\u200f\u061c]/);
    }
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
    expect(live('en', 'firstYearNetIncome')).toBe('a net loss of $8.6M');
    expect(live('ar', 'firstYearNetIncome')).toBe('خسارة صافية قدرها 8.6 مليون دولار');
    // The loan's weakest year is its first at the defaults: DSCR 1.10, shown without its
    // trailing zero beside the 1.25 covenant, which keeps its second decimal.
    expect(live('en', 'minDscr')).toBe('1.1×');
    expect(live('ar', 'minDscr')).toBe('1.1 مرة');
    expect(live('en', 'dscrCovenant')).toBe('1.25×');
    // 80% debt: each dollar of equity buys five of chips; the money multiple is 2.19.
    expect(live('en', 'bookLeverage')).toBe('5×');
    expect(live('en', 'moneyMultiple')).toBe('$2.19');
    expect(live('en', 'unleveredIrr')).toBe('13.1%');
    // The amplifier EV ÷ (EV − debt): the fleet discounted at the asset rate (SOFR + 7 =
    // 10.95%) is worth $527.9M against $400M of debt, 527.9 ÷ 127.9 = 4.13 → 4.1, a
    // fraction: the plural «أضعاف».
    expect(live('en', 'leverageAmplifier')).toBe('4.1×');
    expect(live('ar', 'leverageAmplifier')).toBe('4.1 أضعاف');
    expect(live('en', 'breakEvenUtil')).toBe('84%');
    expect(live('en', 'dscrBreakEvenUtil')).toBe('75%');
    expect(live('ar', 'breakEvenUtil')).toBe('84%');
  });

  it('says so when nothing extra is needed, and prices a delay when it is', () => {
    expect(live('en', 'peakCashNeed')).toBe('none');
    expect(live('ar', 'peakCashNeed')).toBe('لا شيء');
    expect(live('en', 'peakCashNeed', { delay: 6 })).toMatch(/^\$\d+(\.\d)?M$/);
  });

  it('writes a profit as a profit, in words, without a sign', () => {
    // Near full use the first year makes money: the words change, the sign never shows.
    expect(live('en', 'firstYearNetIncome', { utilisation: 100 })).toMatch(
      /^a net profit of \$\d+(\.\d)?M$/
    );
    const ar = live('ar', 'firstYearNetIncome', { utilisation: 100 });
    expect(ar).toMatch(/^ربح صافٍ قدره \d+(\.\d)? مليون دولار$/);
    expect(ar).not.toContain('-');
  });

  it('has no debt service to cover without debt, and no refinancing within the life', () => {
    expect(live('en', 'minDscr', { debtShare: 0 })).toBe('no interest to cover');
    expect(live('en', 'refinancingNeed')).toBe('none');
    // A three-year life against a five-year loan leaves debt owed at the end.
    expect(live('en', 'refinancingNeed', { life: 3 })).toMatch(/^\$\d+(\.\d)?M$/);
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
