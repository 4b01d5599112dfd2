/**
 * Titles that state the chart's point, computed from its view in both languages, and true in
 * the state they describe.
 */
import { describe, expect, it } from 'vitest';
import { amplifierChart } from '$lib/charts/amplifier/spec';
import { breakevenChart } from '$lib/charts/breakeven/spec';
import { ratesChart } from '$lib/charts/rates/spec';
import { waterfallChart } from '$lib/charts/waterfall/spec';
import { Explorer } from '$lib/explorer/explorer.svelte';
import { ChartViews } from '$lib/explorer/views.svelte';
import { formatLive } from '$lib/format/live';
import { compactUsd, formatMultiple, pct } from '$lib/format/number';
import type { Lang } from '$lib/i18n/languages';
import { clampInputs, type Inputs } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { summarise } from '$lib/model/closed';
import { CHARTS } from '$lib/charts';
import { i18nFor, renderIn } from '../helpers';

const views = (inputs: Partial<Inputs> = {}) => new ChartViews(new Explorer(inputs));

describe.each(['en', 'ar'] as Lang[])('in %s', (lang) => {
  const i18n = i18nFor(lang);

  it('the waterfall names the year’s net result', () => {
    const loss = runModel(clampInputs({})).firstYear.netIncome;
    expect(loss).toBeLessThan(0);
    expect(waterfallChart.title(i18n, views().waterfall)).toContain(compactUsd(lang, -loss));
    const profit = runModel(clampInputs({ utilisation: 100 })).firstYear.netIncome;
    expect(profit).toBeGreaterThan(0);
    const title = waterfallChart.title(i18n, views({ utilisation: 100 }).waterfall);
    expect(title).toContain(compactUsd(lang, profit));
    expect(title).not.toBe(waterfallChart.title(i18n, views().waterfall));
  });

  it('the break-even map names the utilisation needed, or says none is enough', () => {
    const atStart = runModel(clampInputs({}));
    expect(breakevenChart.title(i18n, views().breakeven)).toContain(
      formatLive(i18n, 'breakEvenUtil', atStart)
    );
    // At $1 an hour every billed hour barely pays its power: no utilisation breaks even.
    const never = runModel(clampInputs({ price: 1 })).breakEven.netIncomeUtil;
    expect(never > 100 || !Number.isFinite(never)).toBe(true);
    expect(breakevenChart.title(i18n, views({ price: 1 }).breakeven)).toContain(pct(lang, 100));
  });

  it('the break-even map rounds the break-even utilisation as the prose does', () => {
    // One figure, one rounding: the title and summary print the very string that the story's
    // {live:breakEvenUtil} shows, in states whose break-even falls on either side of a half.
    const states: Partial<Inputs>[] = [
      {},
      { price: 3 },
      { baseRate: 0 },
      { spread: 13 },
      { debtShare: 50, price: 2.6 },
      { life: 4, price: 3.5 }
    ];
    const shown = new Set<string>();
    for (const inputs of states) {
      const result = runModel(clampInputs(inputs));
      const util = result.breakEven.netIncomeUtil;
      expect(util > 0 && util <= 100, JSON.stringify(inputs)).toBe(true);
      const live = formatLive(i18n, 'breakEvenUtil', result);
      const view = views(inputs).breakeven;
      for (const text of [breakevenChart.title(i18n, view), breakevenChart.summary(i18n, view)]) {
        expect(text, JSON.stringify(inputs)).toContain(live);
        // No second, finer rounding of the same figure anywhere in the sentence.
        const finer = pct(lang, util, 1).replace(/%|٪/, '');
        if (/\D/.test(finer)) expect(text).not.toContain(finer);
      }
      shown.add(live);
    }
    expect(shown.size).toBeGreaterThan(3);
  });

  it('the amplifier says how far the shareholders’ stake moves, in each of its three states', () => {
    const r = runModel(clampInputs({}));
    const levered = amplifierChart.title(i18n, views().amplifier);
    expect(levered).toContain(formatMultiple(lang, r.leverageAmplifier));
    expect(levered).toContain(pct(lang, 80));
    const plain = amplifierChart.title(i18n, views({ debtShare: 0 }).amplifier);
    expect(plain).not.toMatch(/\d/);
    // A 40 % price decline leaves the fleet worth less than its debt: the stake is worth nothing.
    expect(Number.isNaN(runModel(clampInputs({ priceDecline: 40 })).leverageAmplifier)).toBe(true);
    const under = amplifierChart.title(i18n, views({ priceDecline: 40 }).amplifier);
    expect(new Set([levered, plain, under]).size).toBe(3);
  });

  it('the rates chart says what a cut trims and lifts, in shares the panels draw', () => {
    const at = summarise(clampInputs({}));
    const cut = summarise(clampInputs({ baseRate: 2.95 }));
    const trimmed = (100 * (at.interest - cut.interest)) / at.interest;
    const title = ratesChart.title(i18n, views().rates);
    expect(title).toContain(pct(lang, trimmed, trimmed < 10 ? 1 : 0));
    expect(title).toContain(pct(lang, 2.95, 2));
    // At the floor there is nothing left to cut; without debt there is no interest to trim.
    expect(ratesChart.title(i18n, views({ baseRate: 0 }).rates)).not.toContain(pct(lang, 2.95, 2));
    expect(ratesChart.title(i18n, views({ debtShare: 0 }).rates)).not.toBe(title);
  });

  it('is what the figure’s caption shows', () => {
    for (const name of ['waterfall', 'rates'] as const) {
      const view = views({ utilisation: 64 })[name];
      const body = renderIn(CHARTS[name] as never, { view }, lang);
      const title = (name === 'waterfall' ? waterfallChart : ratesChart).title(i18n, view as never);
      expect(body).toContain(`class="chart-title">${title.replace(/&/g, '&amp;')}</figcaption>`);
    }
  });
});
