/**
 * What each chart draws, as data: the model's result cut to what the chart needs, and the
 * sweeps it plots, each computed once per change of an input it depends on. A sweep over the
 * base rate does not depend on the base rate, so dragging that slider only moves a marker;
 * the break-even map's grid does not depend on utilisation or the base rate (its axes).
 * Charts receive these objects and import nothing of the model.
 */
import { untrack } from 'svelte';
import { summarise } from '$lib/model/closed';
import { DEFAULT_INPUTS, sliderSpec } from '$lib/model/inputs';
import { runModel, type MonthRow, type Result, type YearSummary } from '$lib/model/schedule';
import { sweep } from '$lib/model/sweep';
import type { Explorer } from './explorer.svelte';
import { inputsKey, netGrid, RATE_AXIS, rateCut, tableRates } from './sweeps';

/** A numeric range, in the unit of the input it spans. */
export interface Span {
  min: number;
  max: number;
}

/** The waterfall: the first year of operation, at the reader's settings and at the start, USD. */
export interface WaterfallView {
  year: YearSummary;
  /** The same year at the starting values, drawn faintly behind. */
  start: YearSummary;
}

/** The fields of a month that the cash chart reads. */
export type CashMonth = Pick<
  MonthRow,
  'month' | 'inService' | 'fcfe' | 'cumulativeEquityCash' | 'debtEnd' | 'balloon'
>;

/**
 * The cash chart: the schedule's equity cash, the payback month, the equity paid in (USD), and
 * the loan's side of it: the yearly debt service coverage, the month the loan is paid off and
 * the debt still owed when the fleet's life ends.
 */
export interface CashView {
  months: readonly CashMonth[];
  paybackMonth: number | null;
  equity0: number;
  /** Months of the longest schedule the sliders allow (longest delay + longest life): the month axis. */
  monthSpan: number;
  /** DSCR of each operating year, a multiple; Infinity for a year with no debt service. */
  dscrByYear: readonly number[];
  /** Lowest yearly DSCR over the loan, Infinity with no debt; its operating year (1-based, 0 with none). */
  minDscr: number;
  minDscrYear: number;
  /** The covenant a lender would set on the DSCR, a multiple. */
  dscrCovenant: number;
  /** Debt still owed when the fleet's life ends, USD (0 when the loan is paid off in time). */
  refinancingNeed: number;
  /** Month the last loan payment is made, when that comes before the fleet's last month; else null. */
  loanRepaidMonth: number | null;
  /** The running position at the starting values, drawn faintly behind. */
  start: readonly CashMonth[];
}

/** Net income over a grid of cells: `rows` of `columns` values, row-major, USD. */
export interface NetGrid {
  columns: number;
  rows: number;
  /** Cell centres along each axis, percent. */
  xs: Float64Array;
  ys: Float64Array;
  net: Float64Array;
}

/** A row of the break-even map's table. */
export interface BreakevenRow {
  /** Base rate, percent. */
  rate: number;
  current: boolean;
  /** Break-even utilisation, percent (may exceed 100 or be Infinity). */
  breakEven: number;
  /** Net income at the reader's utilisation, USD. */
  net: number;
}

/** The break-even line: for each base rate, the break-even utilisation (percent). */
export interface BreakevenLine {
  rates: Float64Array;
  utils: Float64Array;
}

/** The break-even map: first-year net income over utilisation × base rate. */
export interface BreakevenView {
  x: Span;
  y: Span;
  /** The grid at `columns` columns (its resolution follows the chart's width). */
  grid: (columns: number) => NetGrid;
  line: BreakevenLine;
  you: { util: number; rate: number };
  netIncome: number;
  breakEvenUtil: number;
  table: BreakevenRow[];
  /** The line and the reader's point at the starting values, drawn faintly behind. */
  start: { line: BreakevenLine; you: { util: number; rate: number } };
}

/** The amplifier: equity's move per move in enterprise value at the reader's debt share. */
export interface AmplifierView {
  amplifier: number;
  debtShare: number;
  enterpriseValue: number;
  debt0: number;
  /** The amplifier and debt share at the starting values, drawn faintly behind. */
  start: { amplifier: number; debtShare: number };
}

/** A point of the rates chart: a base rate, the first-year interest and the fleet's value, USD. */
export interface RatePoint {
  rate: number;
  interest: number;
  value: number;
}

/** The rates chart: interest and value across the base-rate slider's range. */
export interface RatesView {
  x: Span;
  rates: Float64Array;
  interest: Float64Array;
  value: Float64Array;
  you: RatePoint;
  /** A one-point cut from the reader's rate, or null at the floor. */
  cut: RatePoint | null;
  table: (RatePoint & { you: boolean; cut: boolean })[];
  /** The curves and the reader's point at the starting values, drawn faintly behind. */
  start: { interest: Float64Array; value: Float64Array; you: RatePoint };
}

const U = sliderSpec('utilisation');
const R = sliderSpec('baseRate');
// The longest schedule the sliders allow: the cash chart's month axis, the same in every state.
const MONTH_SPAN = sliderSpec('delay').max + 12 * sliderSpec('life').max;

/** What the charts draw faintly at the starting values, computed once for the page. */
interface StartState {
  result: Result;
  line: BreakevenLine;
  interest: Float64Array;
  value: Float64Array;
}

let started: StartState | undefined;

/** The model and the rate sweeps at the starting values: computed on first use, then kept. */
function startState(): StartState {
  if (!started) {
    const inputs = { ...DEFAULT_INPUTS };
    const s = sweep(inputs, 'baseRate', RATE_AXIS, [
      'breakEven.netIncomeUtil',
      'interest',
      'enterpriseValue'
    ]);
    started = {
      result: runModel(inputs),
      line: { rates: RATE_AXIS, utils: s['breakEven.netIncomeUtil'] },
      interest: s.interest,
      value: s.enterpriseValue
    };
  }
  return started;
}

/**
 * The month of the last scheduled loan payment, when it falls before the fleet's last month
 * (the cash to the shareholders steps up after it); null when the loan runs to the end or is
 * cut short by it (the rest is then a refinancing need), or there is no loan. Balances under a
 * dollar count as paid: the closed-form balance leaves rounding dust.
 */
export function loanRepaidMonth(months: readonly MonthRow[]): number | null {
  const last = months.length;
  for (const m of months) {
    if (m.principal > 0 && m.debtEnd < 1 && m.balloon === 0) return m.month < last ? m.month : null;
  }
  return null;
}

/** The charts' data for one explorer: each a derived value, read by the chart that draws it. */
export class ChartViews {
  readonly waterfall: WaterfallView;
  readonly cash: CashView;
  readonly amplifier: AmplifierView;
  readonly breakeven: BreakevenView;
  readonly rates: RatesView;

  constructor(explorer: Explorer) {
    const start = startState();
    this.waterfall = $derived({ year: explorer.result.firstYear, start: start.result.firstYear });
    this.cash = $derived.by(() => {
      const r = explorer.result;
      return {
        months: r.months,
        paybackMonth: r.paybackMonth,
        equity0: r.equity0,
        monthSpan: MONTH_SPAN,
        dscrByYear: r.dscrByYear,
        minDscr: r.minDscr,
        minDscrYear: r.minDscrYear,
        dscrCovenant: r.dscrCovenant,
        refinancingNeed: r.refinancingNeed,
        loanRepaidMonth: loanRepaidMonth(r.months),
        start: start.result.months
      };
    });
    this.amplifier = $derived({
      amplifier: explorer.result.leverageAmplifier,
      debtShare: explorer.inputs.debtShare,
      enterpriseValue: explorer.result.enterpriseValue,
      debt0: explorer.result.debt0,
      start: {
        amplifier: start.result.leverageAmplifier,
        debtShare: DEFAULT_INPUTS.debtShare
      }
    });

    // Keys that change only when an input a sweep depends on changes; the sweeps read the
    // inputs untracked, so they recompute on a new key and on nothing else.
    const mapKey = $derived(inputsKey(explorer.inputs, ['utilisation', 'baseRate']));
    const rateKey = $derived(inputsKey(explorer.inputs, ['baseRate']));
    const latest = () => untrack(() => explorer.inputs);

    const line = $derived.by(() => {
      void mapKey;
      const utils = sweep(latest(), 'baseRate', RATE_AXIS, ['breakEven.netIncomeUtil']);
      return { rates: RATE_AXIS, utils: utils['breakEven.netIncomeUtil'] };
    });
    // The grid at one resolution per key: the last one asked for is kept.
    const grid = $derived.by(() => {
      void mapKey;
      const inputs = latest();
      let kept: NetGrid | null = null;
      return (columns: number): NetGrid => {
        if (kept?.columns !== columns) kept = netGrid(inputs, columns);
        return kept;
      };
    });
    const curves = $derived.by(() => {
      void rateKey;
      return sweep(latest(), 'baseRate', RATE_AXIS, ['interest', 'enterpriseValue']);
    });

    this.breakeven = $derived.by(() => {
      const { inputs, result } = explorer;
      const rates = tableRates(R.min, R.max, [inputs.baseRate]);
      const s = sweep(inputs, 'baseRate', rates, ['breakEven.netIncomeUtil', 'netIncome']);
      return {
        x: U,
        y: R,
        grid,
        line,
        you: { util: inputs.utilisation, rate: inputs.baseRate },
        netIncome: result.firstYear.netIncome,
        breakEvenUtil: result.breakEven.netIncomeUtil,
        table: rates.map((rate, i) => ({
          rate,
          current: rate === inputs.baseRate,
          breakEven: s['breakEven.netIncomeUtil'][i] ?? NaN,
          net: s.netIncome[i] ?? NaN
        })),
        start: {
          line: start.line,
          you: { util: DEFAULT_INPUTS.utilisation, rate: DEFAULT_INPUTS.baseRate }
        }
      };
    });

    this.rates = $derived.by(() => {
      const { inputs, result } = explorer;
      const cutRate = rateCut(inputs.baseRate, 1, R.min);
      const atCut = cutRate < inputs.baseRate ? summarise({ ...inputs, baseRate: cutRate }) : null;
      const rates = tableRates(
        R.min,
        R.max,
        atCut ? [inputs.baseRate, cutRate] : [inputs.baseRate]
      );
      const s = sweep(inputs, 'baseRate', rates, ['interest', 'enterpriseValue']);
      return {
        x: R,
        rates: RATE_AXIS,
        interest: curves.interest,
        value: curves.enterpriseValue,
        you: {
          rate: inputs.baseRate,
          interest: result.firstYear.interest,
          value: result.enterpriseValue
        },
        cut: atCut
          ? { rate: cutRate, interest: atCut.interest, value: atCut.enterpriseValue }
          : null,
        table: rates.map((rate, i) => ({
          rate,
          you: rate === inputs.baseRate,
          cut: atCut !== null && rate === cutRate,
          interest: s.interest[i] ?? NaN,
          value: s.enterpriseValue[i] ?? NaN
        })),
        start: {
          interest: start.interest,
          value: start.value,
          you: {
            rate: DEFAULT_INPUTS.baseRate,
            interest: start.result.firstYear.interest,
            value: start.result.enterpriseValue
          }
        }
      };
    });
  }
}
