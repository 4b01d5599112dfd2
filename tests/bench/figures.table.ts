/**
 * Writes the model's figures table as markdown: every figure the page shows, at the defaults
 * and in the stress states of tests/unit/model/states.ts (stress.test.ts recomputes each by
 * stepping the fleet month by month). Run with
 * `MODEL_TABLE=path.md npx vitest run --config tests/bench/table.config.ts`; without
 * MODEL_TABLE it prints to the terminal. It asserts nothing.
 */
import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { runModel, type Result } from '$lib/model/schedule';
import { STRESS_STATES } from '../unit/model/states';

/** USD for the fleet as $M with one decimal, and per GPU in whole dollars. */
function usd(fleetUsd: number, fleet: number): string {
  const m = (fleetUsd / 1e6).toFixed(1);
  const per = Math.round(fleetUsd / fleet).toLocaleString('en-US');
  return `${m} M (${per}/GPU)`;
}

function pct(x: number): string {
  if (Number.isNaN(x)) return 'none';
  if (!Number.isFinite(x)) return x > 0 ? 'unreachable' : '−∞';
  return `${x.toFixed(1)}%`;
}

function times(x: number): string {
  if (Number.isNaN(x)) return 'n/a';
  if (!Number.isFinite(x)) return '∞';
  return `${x.toFixed(2)}×`;
}

const ROWS: [string, (r: Result, fleet: number) => string][] = [
  ['First-year revenue', (r, n) => usd(r.firstYear.revenue, n)],
  ['First-year operating costs', (r, n) => usd(r.firstYear.opex, n)],
  ['First-year EBITDA', (r, n) => usd(r.firstYear.ebitda, n)],
  ['First-year depreciation', (r, n) => usd(r.firstYear.depreciation, n)],
  ['First-year interest', (r, n) => usd(r.firstYear.interest, n)],
  ['First-year net income', (r, n) => usd(r.firstYear.netIncome, n)],
  ['Interest coverage (first year)', (r) => times(r.interestCoverage)],
  ['DSCR (first year)', (r) => times(r.dscr)],
  ['Lowest DSCR over the loan (year)', (r) => `${times(r.minDscr)} (year ${r.minDscrYear})`],
  [
    'Cash break-even, worst loan year (year)',
    (r) => `${pct(r.breakEven.dscrUtil)} (year ${r.breakEven.cashYear})`
  ],
  ['Covenant (1.25×) break-even', (r) => pct(r.breakEven.covenantUtil)],
  ['Net-income break-even (first year)', (r) => pct(r.breakEven.netIncomeUtil)],
  ['Refinancing need at end of life', (r, n) => usd(r.refinancingNeed, n)],
  ['Peak cash need', (r, n) => usd(r.peakCashNeed, n)],
  ['Payback month', (r) => (r.paybackMonth === null ? 'never' : String(r.paybackMonth))],
  ['Equity IRR / money multiple', (r) => `${pct(r.equityIrr)} / ${times(r.moneyMultiple)}`],
  ['Unlevered IRR', (r) => pct(r.unleveredIrr)],
  ['Enterprise value (asset rate)', (r, n) => usd(r.enterpriseValue, n)],
  ['Equity value (PV of FCFE, equity rate)', (r, n) => usd(r.equityValue, n)],
  ['Equity paid in', (r, n) => usd(r.equity0, n)],
  ['Owners\u2019 claim EV − debt', (r, n) => usd(r.equityClaim, n)],
  ['Amplifier EV ÷ (EV − debt)', (r) => times(r.leverageAmplifier)],
  ['Capitalised interest', (r, n) => usd(r.capitalisedInterest, n)],
  ['Resale value received', (r, n) => usd(r.resaleValue, n)],
  ['Book value at mid-life', (r, n) => usd(r.midLife.book, n)],
  ['Resale value at mid-life', (r, n) => usd(r.midLife.resale, n)]
];

test('figures table', () => {
  const results = STRESS_STATES.map(([name, x]) => [name, runModel(x), x.fleet] as const);
  const head = `| figure | ${results.map(([name]) => name).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---').join('|')}|`;
  const body = ROWS.map(
    ([label, cell]) => `| ${label} | ${results.map(([, r, n]) => cell(r, n)).join(' | ')} |`
  );
  const table = [head, rule, ...body].join('\n') + '\n';
  const out = process.env.MODEL_TABLE;
  if (out) writeFileSync(out, table);
  else process.stdout.write(`\n${table}\n`);
});
