/**
 * The faint marks of the starting values: where each chart began, so a move is seen against it.
 * Their data are computed once for the page (views.svelte.ts), not on every slider move.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS } from '$lib/charts';
import { Explorer } from '$lib/explorer/explorer.svelte';
import { ChartViews, loanRepaidMonth } from '$lib/explorer/views.svelte';
import { DEFAULT_INPUTS, type Inputs } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { sweep } from '$lib/model/sweep';
import { RATE_AXIS } from '$lib/explorer/sweeps';
import { renderIn } from '../helpers';

describe('the starting values’ view', () => {
  it('is the model at the starting values, computed once and shared', () => {
    const a = new ChartViews(new Explorer({ utilisation: 40 }));
    const b = new ChartViews(new Explorer({ debtShare: 10 }));
    const start = runModel({ ...DEFAULT_INPUTS });
    expect(a.waterfall.start).toBe(b.waterfall.start);
    expect(a.waterfall.start).toEqual(start.firstYear);
    expect(a.cash.start).toBe(b.cash.start);
    expect(a.amplifier.start).toEqual({
      amplifier: start.leverageAmplifier,
      debtShare: DEFAULT_INPUTS.debtShare
    });
    expect(a.rates.start.interest).toBe(b.rates.start.interest);
    const curves = sweep({ ...DEFAULT_INPUTS }, 'baseRate', RATE_AXIS, ['interest']);
    expect([...a.rates.start.interest]).toEqual([...curves.interest]);
    expect(a.breakeven.start.you).toEqual({
      util: DEFAULT_INPUTS.utilisation,
      rate: DEFAULT_INPUTS.baseRate
    });
  });

  it('stays where it was while the sliders move', () => {
    const explorer = new Explorer();
    const views = new ChartViews(explorer);
    const before = views.cash.start;
    const line = views.breakeven.start.line;
    explorer.inputs = { ...explorer.inputs, delay: 9, price: 3 };
    expect(views.cash.months).not.toBe(before);
    expect(views.cash.start).toBe(before);
    expect(views.breakeven.start.line).toBe(line);
  });
});

describe('loanRepaidMonth', () => {
  const at = (inputs: Partial<Inputs>) =>
    loanRepaidMonth(runModel({ ...DEFAULT_INPUTS, ...inputs }).months);
  // The loan amortises over loanTermYears from the first revenue, after `delay` months.
  const term = DEFAULT_INPUTS.loanTermYears * 12;

  it.each([
    [{}, term],
    [{ delay: 6 }, 6 + term],
    // The loan ends in the fleet's last month: no step up within the life.
    [{ life: DEFAULT_INPUTS.loanTermYears }, null],
    // The life ends first: what is left is a refinancing need, not a repayment.
    [{ life: 3 }, null],
    [{ debtShare: 0 }, null]
  ])('%j → %s', (inputs, expected) => {
    expect(at(inputs)).toBe(expected);
  });
});

describe('drawn faintly', () => {
  /** The waterfall's starting outlines in its server-rendered markup at `inputs`. */
  const outlines = (inputs: Partial<Inputs>) => {
    const view = new ChartViews(new Explorer(inputs)).waterfall;
    return renderIn(CHARTS.waterfall as never, { view }, 'en').match(/<rect class="start"/g) ?? [];
  };

  it('only where the reader has moved away from the start', () => {
    expect(outlines({})).toHaveLength(0);
    // Less utilisation changes revenue and every level after it; the costs of operation and
    // depreciation stay the same size but float lower: all six bars move.
    expect(outlines({ utilisation: 60 })).toHaveLength(6);
  });

  it.each(['amplifier', 'rates', 'cash', 'breakeven'] as const)(
    'behind the %s chart’s own marks',
    (name) => {
      const view = new ChartViews(new Explorer({ debtShare: 50, spread: 10, delay: 3 }))[name];
      const body = renderIn(CHARTS[name] as never, { view }, 'en');
      const start = body.search(/class="start[ "]/);
      expect(start).toBeGreaterThan(0);
      // Drawn first inside its clip group, so the reader's marks cover it.
      const own = { amplifier: 'levered', rates: 'interest', cash: 'cum', breakeven: 'be' }[name];
      expect(body.indexOf(`class="${own}`)).toBeGreaterThan(start);
    }
  );
});
