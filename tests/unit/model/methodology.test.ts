/**
 * The figures the methodology and the defaults' reasoning state in words, recomputed from the
 * model at the defaults, so that the text cannot drift from the code.
 */
import { describe, expect, it } from 'vitest';
import en from '$content/en/model.json';
import ar from '$content/ar/model.json';
import { DEFAULT_INPUTS } from '$lib/model/inputs';
import { DSCR_COVENANT } from '$lib/model/breakeven';
import { annuityPayment, deriveParams } from '$lib/model/timeline';
import { pmt } from '$lib/model/finance';
import { runModel } from '$lib/model/schedule';

const r = runModel(DEFAULT_INPUTS);
const section = (lang: typeof en, id: string): string =>
  lang.methodology.sections.find((s) => s.id === id)?.paragraphs.join(' ') ?? '';

describe('the methodology states the model at the defaults', () => {
  it('discount rates: 10.95 % for the fleet, 13.95 % for the shares, 9.95 % for the loan', () => {
    // 3.95 + 7 = 10.95; 3.95 + 10 = 13.95; 3.95 + 6 = 9.95.
    expect(r.assetRate).toBeCloseTo(10.95, 10);
    expect(r.equityRate).toBeCloseTo(13.95, 10);
    expect(r.costOfDebt).toBeCloseTo(9.95, 10);
    for (const lang of [en, ar])
      for (const figure of ['10.95%', '13.95%', '9.95%'])
        expect(section(lang, 'value')).toContain(figure);
    // The asset rate's reasoning: 0.8 × 9.95 + 0.2 × 13.95 = 10.75.
    expect(0.8 * r.costOfDebt + 0.2 * r.equityRate).toBeCloseTo(10.75, 10);
    for (const lang of [en, ar]) expect(lang.defaults.riskPremium).toContain('10.75%');
  });

  it('book leverage 5 at 80 % debt', () => {
    // 1 ÷ (1 − 0.8) = 5.
    expect(r.bookLeverage).toBeCloseTo(5, 12);
  });

  it('DSCR 1.10× in every loan year, and a 1.25× lender would lend about 70 %', () => {
    // Flat price, level annuity: 11,166.26 ÷ 10,186.78 = 1.096 in each of the five years.
    for (const d of r.dscrByYear.slice(0, 5)) expect(d.toFixed(2)).toBe('1.10');
    // The debt share at which the lowest DSCR is exactly the covenant, by bisection:
    // debt service scales with the debt, so it is 80 % × 1.096 ÷ 1.25 = 70.2 %.
    let lo = 0;
    let hi = 95;
    for (let k = 0; k < 60; k++) {
      const mid = (lo + hi) / 2;
      if (runModel({ ...DEFAULT_INPUTS, debtShare: mid }).minDscr > DSCR_COVENANT) lo = mid;
      else hi = mid;
    }
    expect(Math.round(lo)).toBe(70);
    expect(section(en, 'coverage')).toContain('1.10×');
    expect(section(ar, 'coverage')).toContain('1.10 مرة');
    for (const lang of [en, ar]) expect(section(lang, 'coverage')).toContain('70%');
  });

  it('resale: about 34 % of the cost after three years against half on the books, 12 % at six', () => {
    const capex = DEFAULT_INPUTS.capexPerGpu * DEFAULT_INPUTS.fleet;
    const at3 = r.assetValues.find((a) => a.age === 36);
    // 0.7³ = 0.343; book (1 − 36 ÷ 72) = 0.5; 0.7⁶ = 0.1176.
    expect(Math.round((100 * (at3?.resale ?? NaN)) / capex)).toBe(34);
    expect((at3?.book ?? NaN) / capex).toBeCloseTo(0.5, 12);
    expect(Math.round((100 * r.resaleValue) / capex)).toBe(12);
    for (const lang of [en, ar]) {
      expect(section(lang, 'resale')).toContain('34%');
      expect(section(lang, 'resale')).toContain('12%');
      expect(lang.defaults.resaleDecline).toContain('34%');
      expect(lang.defaults.resaleDecline).toContain('12%');
    }
  });
});

describe('the loan payment', () => {
  it('is finance.ts pmt with the sign turned', () => {
    // 40,000 per GPU at 9.95 %/12 over 60 months: 848.90.
    const p = deriveParams(DEFAULT_INPUTS);
    expect(p.payment).toBeCloseTo(-pmt(p.loanRate, p.loanMonths, p.debtAtStart), 6);
    expect(p.payment / DEFAULT_INPUTS.fleet).toBeCloseTo(848.898, 3);
    expect(annuityPayment(6000, 0, 0, 24)).toBe(250);
    expect(annuityPayment(0, 0.01, Math.log1p(0.01), 12)).toBe(0);
  });
});
