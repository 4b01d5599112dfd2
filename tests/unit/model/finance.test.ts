import { describe, expect, it } from 'vitest';
import { fv, ipmt, irr, npv, pmt, ppmt, type When } from '$lib/model/finance';

/** A published decimal kept digit for digit; the nearest double is what is compared. */
const dec = (text: string): number => Number(text);

/** |actual − expected| ≤ rel·|expected| (or ≤ rel when expected is 0). */
function expectRel(actual: number, expected: number, rel = 1e-9): void {
  const scale = expected === 0 ? 1 : Math.abs(expected);
  expect(Math.abs(actual - expected) / scale).toBeLessThanOrEqual(rel);
}

// Sources of the reference values below:
//  [NF-T]  numpy-financial, numpy_financial/tests/test_financial.py (github.com/numpy/numpy-financial)
//  [NF-D]  numpy-financial docstrings, numpy_financial/_financial.py (same repository)
//  [SAS]   SAS 9.2 Functions reference, "PMT Function" (support.sas.com), spreadsheet-style PMT
//  [MSC]   Mescius SpreadJS formula reference, "PMT" (developer.mescius.com)
//  [MS]    Microsoft Support, "IRR function" (support.microsoft.com/excel/irr-function)
// Where a source rounds (e.g. to cents), the test allows exactly that rounding; where it gives
// more digits, the tolerance is 1e-9 relative. Digits re-derived with 50-digit decimal arithmetic
// from the closed forms are quoted in the comments so the rounding error can be checked.

describe('fv', () => {
  const cases: [string, number, number, number, number, When, number][] = [
    // [NF-T] TestFv.test_float: fv(0.075, 20, -2000, 0, 0) = 86609.362673042924 (rtol 1e-10).
    ['end of period', 0.075, 20, -2000, 0, 'end', 86609.362673042924],
    // [NF-T] TestFv.test_when_is_begin_float: 93105.064874 (Google Sheets FV). 50-digit value
    // 93105.06487352122…: the published rounding is 4.8e-7 absolute, 5e-12 relative.
    ['beginning of period', 0.075, 20, -2000, 0, 'begin', 93105.064874],
    ['when given as 1', 0.075, 20, -2000, 0, 1, 93105.064874],
    // [NF-D] fv example: saving 100 now and 100 a month at 5 %/12 for 120 months.
    ['docstring example', 0.05 / 12, 120, -100, -100, 'end', 15692.928894335748],
    // [NF-T] TestFv.test_some_rates_zero: fv(0, 5, 100, 0) = -500 (= −(pv + pmt·nper)).
    ['zero rate', 0, 5, 100, 0, 'end', -500]
  ];
  it.each(cases)('%s', (_name, rate, nper, payment, pv, when, expected) => {
    expectRel(fv(rate, nper, payment, pv, when), expected);
  });
});

describe('pmt', () => {
  const cases: [string, number, number, number, number, When, number][] = [
    // [NF-T] test_pmt_decimal: pmt(0.08/12, 60, 15000) = -304.1459143262052370338701494.
    ['5-year loan', 0.08 / 12, 60, 15000, 0, 'end', dec('-304.1459143262052370338701494')],
    // [NF-D] pmt example: 200,000 over 15 years at 7.5 %: -1854.0247200054619.
    ['15-year mortgage', 0.075 / 12, 180, 200000, 0, 'end', -1854.0247200054619],
    // [NF-T] test_pmt: zero rate, 15000 over 60 periods: -15000/60 = -250.
    ['zero rate', 0, 60, 15000, 0, 'end', -250],
    // [NF-T] test_pmt_decimal broadcast: (0, 12, 2000) → -2000/12 = -166.666…
    ['zero rate, 12 periods', 0, 12, 2000, 0, 'end', dec('-166.6666666666666666666666667')],
    // [NF-T] test_pmt_decimal broadcast: (0.3, 12, 2000) and (0.8, 3, 20000).
    ['30 % per period', 0.3, 12, 2000, 0, 'end', dec('-626.9081401700757748402586600')],
    ['80 % per period', 0.8, 3, 20000, 0, 'end', dec('-19311.25827814569536423841060')],
    // Inverse of [NF-T] TestFv begin case: paying 2000 at the start of 20 periods at 7.5 %
    // accumulates 93105.064874, so the payment that reaches that fv is -2000 (the fv's rounding
    // moves the result by 5e-12 relative).
    ['beginning of period (fv target)', 0.075, 20, 0, 93105.064874, 'begin', -2000]
  ];
  it.each(cases)('%s', (_name, rate, nper, pv, target, when, expected) => {
    expectRel(pmt(rate, nper, pv, target, when), expected);
  });

  // [SAS] PMT(0.08/12, 10, 10000) returns 1037.03 and with type 1 returns 1030.16 (cents; SAS
  // reports the payment's size). 50-digit values: 1037.03208935… and 1030.16432717…
  // [MSC] PMT(6%/12, 15, 5000) = -346.82 and PMT(0.005, 15, 5000, 0, 1) = -345.10.
  const cents: [number, number, number, When, number][] = [
    [0.08 / 12, 10, 10000, 'end', -1037.03],
    [0.08 / 12, 10, 10000, 'begin', -1030.16],
    [0.06 / 12, 15, 5000, 'end', -346.82],
    [0.005, 15, 5000, 'begin', -345.1]
  ];
  it.each(cents)(
    'spreadsheet documentation example (rate %f, n %i) to the cent',
    (r, n, p, w, e) => {
      expect(Math.abs(pmt(r, n, p, 0, w) - e)).toBeLessThanOrEqual(0.005);
    }
  );

  it('a begin-period payment is the end-period one discounted by one period', () => {
    // Paying one period earlier saves one period of interest on every payment: factor 1/(1+r).
    const r = 0.0995 / 12;
    expectRel(pmt(r, 60, 40000, 0, 'begin'), pmt(r, 60, 40000) / (1 + r));
  });
});

describe('ipmt and ppmt', () => {
  const r = 0.1 / 12;
  const cases: [string, () => number, number][] = [
    // [NF-T] TestIpmt.test_decimal: ipmt(0.1/12, 1, 24, 2000) = -16.666…67 (= -2000·0.1/12).
    ['ipmt, first period', () => ipmt(r, 1, 24, 2000), dec('-16.66666666666666666666666667')],
    // [NF-T] TestIpmt.test_when_is_begin: the first payment at the beginning carries no interest.
    ['ipmt, first period, begin', () => ipmt(r, 1, 24, 2000, 0, 'begin'), 0],
    // [NF-T] TestIpmt.test_gh_17 (Google Sheets IPMT, 6 decimals; 50-digit values
    // -594.10715770470… and -592.97159217484…, so the published rounding is ≤ 5e-10 relative).
    [
      'ipmt gh-17, period 2, begin',
      () => ipmt(0.001988079518355057, 2, 360, 300000, 0, 'begin'),
      -594.107158
    ],
    [
      'ipmt gh-17, period 3, begin',
      () => ipmt(0.001988079518355057, 3, 360, 300000, 0, 'begin'),
      -592.971592
    ],
    // [NF-T] test_ppmt_decimal: ppmt(0.1/12, 1, 60, 55000) = -710.2541257864217612489830917.
    ['ppmt, 60 periods', () => ppmt(r, 1, 60, 55000), dec('-710.2541257864217612489830917')],
    // [NF-T] test_ppmt_special_rate_decimal: ppmt(0.23/12, 1, 60, 1e10).
    [
      'ppmt, large principal',
      () => ppmt(0.23 / 12, 1, 60, 1e10),
      dec('-90238044.2322778884413969909')
    ],
    // [NF-T] test_broadcast (8 decimals): ppmt(0.1/12, per, 24, 2000) for per = 1..4, end.
    ['ppmt period 1', () => ppmt(r, 1, 24, 2000), -75.62318601],
    ['ppmt period 2', () => ppmt(r, 2, 24, 2000), -76.25337923],
    ['ppmt period 3', () => ppmt(r, 3, 24, 2000), -76.88882405],
    ['ppmt period 4', () => ppmt(r, 4, 24, 2000), -77.52956425],
    // [NF-T] test_broadcast with when = [.., 1, .., 'begin']: begin shifts the schedule by one.
    ['ppmt period 2, begin', () => ppmt(r, 2, 24, 2000, 0, 'begin'), -75.62318601],
    ['ppmt period 4, begin', () => ppmt(r, 4, 24, 2000, 0, 'begin'), -76.88882405],
    // Zero rate: every payment is pure principal, 15000/60 = 250; no interest.
    ['ipmt at zero rate', () => ipmt(0, 7, 60, 15000), 0],
    ['ppmt at zero rate', () => ppmt(0, 7, 60, 15000), -250]
  ];
  it.each(cases)('%s', (_name, f, expected) => {
    expectRel(f(), expected);
  });

  it('ipmt is NaN before the first period, as in numpy-financial', () => {
    // [NF-T] TestIpmt.test_gh_17: per = 0 gives nan.
    expect(ipmt(0.001988079518355057, 0, 360, 300000, 0, 'begin')).toBeNaN();
  });

  it('reproduces the 12-month amortisation table of the ipmt docstring to the cent', () => {
    // [NF-D] ipmt example: 2500 at 8.24 %/12 over 12 months; columns ppmt, ipmt, balance.
    const table: [number, number, number][] = [
      [-200.58, -17.17, 2299.42],
      [-201.96, -15.79, 2097.46],
      [-203.35, -14.4, 1894.11],
      [-204.74, -13.01, 1689.37],
      [-206.15, -11.6, 1483.22],
      [-207.56, -10.18, 1275.66],
      [-208.99, -8.76, 1066.67],
      [-210.42, -7.32, 856.25],
      [-211.87, -5.88, 644.38],
      [-213.32, -4.42, 431.05],
      [-214.79, -2.96, 216.26],
      [-216.26, -1.49, 0]
    ];
    let balance = 2500;
    table.forEach(([p, i, b], k) => {
      const principal = ppmt(0.0824 / 12, k + 1, 12, 2500);
      balance += principal;
      expect(Math.abs(principal - p)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(ipmt(0.0824 / 12, k + 1, 12, 2500) - i)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(balance - b)).toBeLessThanOrEqual(0.005);
    });
    // Docstring: total interest rounds to -112.98.
    let interest = 0;
    for (let k = 1; k <= 12; k++) interest += ipmt(0.0824 / 12, k, 12, 2500);
    expect(Math.abs(interest + 112.98)).toBeLessThanOrEqual(0.005);
  });

  it('ipmt + ppmt = pmt in every period, end and begin', () => {
    for (const when of ['end', 'begin'] as const) {
      for (let per = 1; per <= 60; per++) {
        expectRel(
          ipmt(0.0995 / 12, per, 60, 40000, 0, when) + ppmt(0.0995 / 12, per, 60, 40000, 0, when),
          pmt(0.0995 / 12, 60, 40000, 0, when),
          1e-12
        );
      }
    }
  });
});

describe('npv', () => {
  const cases: [string, number, number[], number][] = [
    // [NF-T] test_npv_decimal: 122.894854950942692161628715.
    [
      'numpy-financial test',
      0.05,
      [-15000, 1500, 2500, 3500, 4500, 6000],
      dec('122.894854950942692161628715')
    ],
    // [NF-D] npv example: 3065.22267 (5 decimals; 50-digit value 3065.2226681795…, so the
    // published rounding is 6e-10 relative).
    ['docstring example', 0.08, [-40000, 5000, 8000, 12000, 30000], 3065.22267],
    // Zero rate: a plain sum, -4000 + 500 + 800 = -2700 ([NF-D] multi-rate example, rate 0).
    ['zero rate', 0, [-4000, 500, 800], -2700],
    // values[0] is not discounted: a single value is its own NPV at any rate.
    ['single value', 0.3, [-123.5], -123.5]
  ];
  it.each(cases)('%s', (_name, rate, values, expected) => {
    expectRel(npv(rate, values), expected);
  });
});

describe('irr', () => {
  // [NF-D] irr examples and [NF-T] TestIrr.test_basic_values, published to 5 decimals (so the
  // check is to ±5e-6); each is also checked to 1e-9 against the root worked out with 50-digit
  // bisection of Σ v_t (1+r)^-t (quoted), which lies inside the published rounding.
  const cases: [number[], number, number][] = [
    [[-100, 39, 59, 55, 20], 0.28095, 0.2809484211599611],
    // -100 + 74 (1+r)^-3 = 0 → r = 0.74^(1/3) − 1 = -0.0954958303489725.
    [[-100, 0, 0, 74], -0.0955, -0.0954958303489725],
    [[-100, 100, 0, -7], -0.0833, -0.0832996661849327],
    [[-100, 100, 0, 7], 0.06206, 0.0620584856299295],
    [[-5, 10.5, 1, -8, 1], 0.0886, 0.0885983385277553],
    // [NF-T] test_basic_values (2 decimals): 0.0524.
    [[-150000, 15000, 25000, 35000, 45000, 60000], 0.0524, 0.0524328888594141],
    // [NF-T] test_trailing_zeros: trailing zeros change nothing.
    [[-5, 10.5, 1, -8, 1, 0, 0, 0], 0.0886, 0.0885983385277553]
  ];
  it.each(cases)('irr(%j) ≈ %f', (values, published, precise) => {
    const r = irr(values);
    const digits = String(published).split('.')[1]?.length ?? 0;
    expect(Math.abs(r - published)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-15);
    expectRel(r, precise);
  });

  it('matches the spreadsheet IRR documentation example', () => {
    // [MS] -70,000 then 12,000, 15,000, 18,000, 21,000 (and 26,000): -2.1 % after four years,
    // 8.7 % after five, -44.4 % after two (with a guess). 50-digit roots: -0.0212448482734110,
    // 0.0866309480365316, -0.443506941334741.
    const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
    expectRel(irr(flows.slice(0, 5)), -0.021244848273411);
    expectRel(irr(flows), 0.0866309480365316);
    expectRel(irr(flows.slice(0, 3)), -0.443506941334741);
    expect(Math.abs(irr(flows.slice(0, 5)) * 100 + 2.1)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(irr(flows) * 100 - 8.7)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(irr(flows.slice(0, 3)) * 100 + 44.4)).toBeLessThanOrEqual(0.05);
  });

  it('finds a rate just above -100 % (numpy-financial gh-15)', () => {
    // [NF-T] TestIrr.test_gh_15: desired -0.9999999990596069 with rtol 1e-9.
    const v = [
      -3000.0, 2.3926932267015667e-7, 4.1672087103345505e-16, 5.3965110036378706e-25,
      5.1962551071806174e-34, 3.7202955645436402e-43, 1.9804961711632469e-52,
      7.8393517651814181e-62, 2.3072565113911438e-71, 5.0491839233308912e-81,
      8.2159177668499263e-91, 9.9403244366963527e-101, 8.942410813633967e-111,
      5.9816122646481191e-121, 2.9750309031844241e-131, 1.1002067043497954e-141,
      3.0252876563518021e-152, 6.1854121948207909e-163, 9.4032980015353301e-174,
      1.0629218520017728e-184, 8.9337141847171845e-196, 5.5830607698467935e-207,
      2.5943122036622652e-218, 8.9635842466507006e-230, 2.3027710094332358e-241,
      4.3987510596745562e-253, 6.2476630372575209e-265, 6.598046841695288e-277,
      5.1811095266842017e-289, 3.0250999925830644e-301, 1.3133070599585015e-313
    ];
    expectRel(irr(v), -0.9999999990596069);
  });

  it('is NaN where no real rate exists', () => {
    // [NF-T] test_numpy_gh_6744: all flows negative.
    expect(irr([-1, -2, -3])).toBeNaN();
    expect(irr([1, 2, 3])).toBeNaN();
    expect(irr([0, 0, 0])).toBeNaN();
    expect(irr([])).toBeNaN();
    // -100 + 50 x − 100 x^2 < 0 for every x = 1/(1+r) > 0 (discriminant 2500 − 40000 < 0).
    expect(irr([-100, 50, -100])).toBeNaN();
  });

  it('npv at the irr is zero (numpy-financial congruence test)', () => {
    // [NF-T] TestIrr.test_npv_irr_congruence: |npv(irr(x), x)| ≤ 1e-10 for these flows.
    const flows = [-40000, 5000, 8000, 12000, 30000];
    expect(Math.abs(npv(irr(flows), flows))).toBeLessThanOrEqual(1e-10);
  });

  it('prefers the smallest non-negative rate when several exist', () => {
    // With y = 1 + r, npv·y³ = −y³ + 3.8 y² − 4.77 y + 1.98 = −(y − 1.1)(y − 1.2)(y − 1.5):
    // 1.1 + 1.2 + 1.5 = 3.8, 1.32 + 1.65 + 1.8 = 4.77, 1.1·1.2·1.5 = 1.98. Rates 10 %, 20 %, 50 %.
    const flows = [-1, 3.8, -4.77, 1.98];
    for (const r of [0.1, 0.2, 0.5]) expect(Math.abs(npv(r, flows))).toBeLessThanOrEqual(1e-12);
    expectRel(irr(flows), 0.1);
  });
});
