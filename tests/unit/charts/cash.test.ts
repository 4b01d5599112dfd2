import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cashChart, constructionMonths, yearlyCash } from '$lib/charts/cash/spec';
import { Explorer } from '$lib/explorer/explorer.svelte';
import { ChartViews, type CashMonth } from '$lib/explorer/views.svelte';
import { compactUsd } from '$lib/format/number';
import { clampInputs, DEFAULT_INPUTS, SLIDERS, type Inputs } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { i18nFor } from '../helpers';

function schedule(count: number, delay: number, equity = 100): CashMonth[] {
  let cumulative = -equity;
  return Array.from({ length: count }, (_, i) => {
    const inService = i + 1 > delay;
    const fcfe = inService ? 10 : -5;
    cumulative += fcfe;
    const debtEnd = Math.max(0, 50 - i);
    return { month: i + 1, inService, fcfe, cumulativeEquityCash: cumulative, debtEnd, balloon: 0 };
  });
}

describe('yearlyCash', () => {
  it('sums the construction months, then twelve months of operation at a time', () => {
    const years = yearlyCash(schedule(30, 3));
    expect(years.map((y) => [y.year, y.firstMonth, y.lastMonth])).toEqual([
      [0, 1, 3],
      [1, 4, 15],
      [2, 16, 27],
      [3, 28, 30]
    ]);
    expect(years.map((y) => y.fcfe)).toEqual([-15, 120, 120, 30]);
    expect(years.map((y) => y.cumulativeEnd)).toEqual([-115, 5, 125, 155]);
    expect(years.map((y) => y.debtEnd)).toEqual([48, 36, 24, 21]);
  });

  it('counts the debt left at the end of the life as owed, not repaid', () => {
    const result = runModel({ ...DEFAULT_INPUTS, life: 3 });
    const last = yearlyCash(result.months).at(-1);
    expect(result.refinancingNeed).toBeGreaterThan(0);
    expect(last?.debtEnd).toBeCloseTo(result.refinancingNeed, 6);
  });

  it('adds up to the model’s lifetime cash, ending at its last running position', () => {
    const result = runModel({ ...DEFAULT_INPUTS, delay: 5 });
    const years = yearlyCash(result.months);
    expect(years).toHaveLength(1 + Math.ceil((result.months.length - 5) / 12));
    const total = years.reduce((sum, y) => sum + y.fcfe, 0);
    expect(total).toBeCloseTo(
      result.months.reduce((sum, m) => sum + m.fcfe, 0),
      0
    );
    expect(years.at(-1)?.cumulativeEnd).toBe(result.months.at(-1)?.cumulativeEquityCash);
    expect(years[0]).toMatchObject({ year: 0, firstMonth: 1, lastMonth: 5 });
  });

  it('returns nothing for an empty schedule', () => {
    expect(yearlyCash([])).toEqual([]);
  });
});

describe('constructionMonths', () => {
  it.each([
    [0, 0],
    [4, 4],
    [12, 12]
  ])('a delay of %i months shades %i months', (delay, expected) => {
    expect(constructionMonths(schedule(40, delay))).toBe(expected);
  });
});

describe('the cash chart’s words, in every state', () => {
  const slider = (id: keyof Inputs) => {
    const s = SLIDERS.find((x) => x.id === id);
    return fc.integer({ min: 0, max: 40 }).map((k) => (s ? s.min + ((s.max - s.min) * k) / 40 : 0));
  };
  const anyInputs = fc.record(
    Object.fromEntries(SLIDERS.map((s) => [s.id, slider(s.id)])) as Record<
      keyof Inputs,
      fc.Arbitrary<number>
    >
  );
  const en = i18nFor('en');

  it('say the payback month only when there is one, and the debt left only when some is', () => {
    fc.assert(
      fc.property(anyInputs, (values) => {
        const inputs = clampInputs(values);
        const r = runModel(inputs);
        const view = new ChartViews(new Explorer(inputs)).cash;
        const title = cashChart.title(en, view);
        const summary = cashChart.summary(en, view);
        if (r.paybackMonth === null) {
          expect(title).toBe('Shareholders never get their money back');
          expect(summary).toContain('it never pays them back');
          expect(summary).not.toMatch(/in month \d/);
        } else {
          expect(title).toBe(`Shareholders get their money back in month ${r.paybackMonth}`);
          expect(summary).toContain(`pays it back in month ${r.paybackMonth}`);
        }
        expect(summary.includes('has to be refinanced')).toBe(r.refinancingNeed > 0);
        if (r.refinancingNeed > 0) expect(summary).toContain(compactUsd('en', r.refinancingNeed));
      }),
      { numRuns: 60 }
    );
  });

  it('set the weakest year against the covenant, by how far it falls short', () => {
    const cases: [Partial<Inputs>, RegExp][] = [
      // No debt: no loan to cover, no sentence about it.
      [{ debtShare: 0 }, /^(?!.*(covenant|loan payments)).*$/],
      // Full use: DSCR 1.48 (first-year EBITDA $150.4M ÷ $101.9M of interest and principal) > 1.25.
      [
        { utilisation: 100 },
        /Even its weakest year covers the loan payments 1\.48×, above the 1\.25× covenant/
      ],
      // The starting values: 1.1 ($111.7M ÷ $101.9M), between 1 and the covenant.
      [
        {},
        /Its weakest year, year 1, covers the loan payments only 1\.1×, below the 1\.25× covenant/
      ],
      // A 12-month delay: 0.99, short of the payments themselves.
      [{ delay: 12 }, /Its weakest year, year 1, meets only 99% of the loan payments/]
    ];
    for (const [inputs, pattern] of cases) {
      const view = new ChartViews(new Explorer(inputs)).cash;
      expect(cashChart.summary(en, view)).toMatch(pattern);
    }
  });

  it('say covered, thin or short as the printed coverage reads', () => {
    fc.assert(
      fc.property(anyInputs, (values) => {
        const view = new ChartViews(new Explorer(clampInputs(values))).cash;
        const s = cashChart.summary(en, view);
        const covers = /covers the loan payments (?:only )?([\d.]+)×/.exec(s);
        const meets = /meets only ([\d.]+)%/.exec(s);
        if (/above the 1\.25× covenant/.test(s))
          expect(Number(covers?.[1])).toBeGreaterThanOrEqual(1.25);
        if (/below the 1\.25× covenant/.test(s)) {
          expect(Number(covers?.[1])).toBeGreaterThanOrEqual(1);
          expect(Number(covers?.[1])).toBeLessThan(1.25);
        }
        if (meets) expect(Number(meets[1])).toBeLessThan(100);
      }),
      { numRuns: 400 }
    );
    // Just under a threshold, where rounding decides: the words follow the printed figure.
    const base = new ChartViews(new Explorer({})).cash;
    expect(cashChart.summary(en, { ...base, minDscr: 0.996 })).not.toContain('meets only');
    expect(cashChart.summary(en, { ...base, minDscr: 1.2496 })).toMatch(/above the 1\.25×/);
  });

  it('draw one coverage bar per operating year with loan payments, the lowest outlined', () => {
    for (const inputs of [{}, { life: 3 }, { delay: 12 }, { priceDecline: 30 }]) {
      const r = runModel(clampInputs(inputs));
      const view = new ChartViews(new Explorer(inputs)).cash;
      const m = cashChart.marks(en, view, 640);
      const paying = r.dscrByYear.filter(Number.isFinite).length;
      expect(m.coverage.bars).toHaveLength(paying);
      expect(m.coverage.bars.filter((b) => b.lowest).map((b) => b.year)).toEqual([r.minDscrYear]);
    }
    const none = cashChart.marks(en, new ChartViews(new Explorer({ debtShare: 0 })).cash, 640);
    expect(none.coverage.noDebt).toBe(true);
  });

  it('table the loan’s side too: each operating year’s coverage and the debt still owed', () => {
    for (const inputs of [{}, { life: 3 }, { delay: 5 }, { debtShare: 0 }]) {
      const r = runModel(clampInputs(inputs));
      const rows = cashChart.table(en, new ChartViews(new Explorer(inputs)).cash).rows;
      const operating = rows.filter((row) => row.head !== 'Construction');
      expect(operating).toHaveLength(r.dscrByYear.length);
      operating.forEach((row, j) => {
        const d = r.dscrByYear[j] ?? NaN;
        expect(row.cells[3]).toBe(
          Number.isFinite(d) ? `${Math.round(d * 100) / 100}×` : 'No loan payments'
        );
      });
      const last = rows.at(-1)?.cells[4];
      if (r.refinancingNeed > 0)
        expect(last).toMatchObject({ note: expect.stringContaining('refinance') });
      else expect(last).toBe('$0');
    }
    const delayed = cashChart.table(en, new ChartViews(new Explorer({ delay: 5 })).cash).rows;
    expect([delayed[0]?.head, delayed[0]?.cells[0]]).toEqual(['Construction', '1–5']);
  });

  it('name the loan’s last payment where the cash steps up, and the debt still owed', () => {
    const at = (inputs: Partial<Inputs>) =>
      cashChart.marks(en, new ChartViews(new Explorer(inputs)).cash, 640);
    // The starting loan runs 5 years from the first revenue (DEFAULT_INPUTS.loanTermYears), so
    // its last payment is month 60, inside a 6-year life.
    expect(at({}).repaidLabel?.text).toBe('Loan repaid');
    expect(at({}).loanRepaid).toBe(at({}).x(DEFAULT_INPUTS.loanTermYears * 12));
    expect(at({}).endLabel?.text).toBe('Fleet sold');
    // A 3-year life ends with the loan unpaid: no step up, and the debt left is named.
    const short = at({ life: 3 });
    expect(short.loanRepaid).toBeNull();
    const need = runModel(clampInputs({ life: 3 })).refinancingNeed;
    expect(need).toBeGreaterThan(0);
    expect(short.endLabel?.text).toBe(`${compactUsd('en', need)} of debt still owed`);
  });
});
