/**
 * An independent reference for the figures the page shows: the fleet stepped month by month
 * from the inputs alone, with nothing of src/lib/model but the Inputs type (no timeline.ts, no
 * closed forms, no finance.ts). Break-evens and rates of return are found by bisection on the
 * stepped fleet. Slow and plain on purpose; tests hold the model to it.
 */
import type { Inputs } from '$lib/model/inputs';

/** One stepped month. USD for the whole fleet. */
interface Month {
  serving: boolean;
  ebitda: number;
  depreciation: number;
  interest: number;
  /** Scheduled principal (the debt left at the end of life is in `balloon`). */
  principal: number;
  balloon: number;
  resale: number;
  revenue: number;
}

/** The stepped fleet: its months and the constants a summary needs. */
interface Stepped {
  months: Month[];
  debt0: number;
  equity0: number;
  capex: number;
  /** Debt owed at the first revenue, construction interest included. */
  grownDebt: number;
}

/** Every figure the page shows of one scenario, recomputed. Money in USD for the fleet. */
export interface Figures {
  revenue: number;
  /** First-year operating costs: power, lease and other costs. */
  opex: number;
  depreciation: number;
  interest: number;
  ebitda: number;
  netIncome: number;
  interestCoverage: number;
  dscr: number;
  minDscr: number;
  minDscrYear: number;
  dscrUtil: number;
  /** Utilisation at which the loan's worst year just meets the 1.25× covenant. */
  covenantUtil: number;
  netIncomeUtil: number;
  refinancingNeed: number;
  peakCashNeed: number;
  paybackMonth: number | null;
  /** Percent a year compounded; NaN where no rate exists. */
  equityIrr: number;
  moneyMultiple: number;
  unleveredIrr: number;
  enterpriseValue: number;
  equityValue: number;
  /** Enterprise value − debt drawn. */
  equityClaim: number;
  leverageAmplifier: number;
  capitalisedInterest: number;
  resaleValue: number;
  /** Book and resale value halfway through the life (at ⌊life months ÷ 2⌋ months of age). */
  bookMidLife: number;
  resaleMidLife: number;
}

/** The debt-service coverage lenders usually ask for (breakeven.ts's DSCR_COVENANT). */
const COVENANT = 1.25;

/** Steps the fleet of `x` month by month. */
function step(x: Inputs): Stepped {
  const capex = x.fleet * x.capexPerGpu;
  const debt0 = (capex * x.debtShare) / 100;
  const hours = 730 * (x.utilisation / 100) * x.fleet;
  const powerPerHour = x.powerKw * x.pue * x.electricityPerKwh;
  const fixed = x.fleet * (x.leasePerKwMonth * x.powerKw + x.otherOpexPerGpuYear / 12);
  const rate = (x.baseRate + x.spread) / 100 / 12;
  const delay = Math.round(x.delay);
  const service = Math.round(x.life * 12);
  const term = Math.round(x.loanTermYears * 12);
  // The market price falls by the same factor every month: a year's twelve make 1 − decline.
  const monthlyPriceFactor = Math.pow(1 - x.priceDecline / 100, 1 / 12);

  let debt = debt0;
  let price = x.price;
  let payment = 0;
  let paymentsMade = 0;
  let depreciation = 0;
  let grownDebt = debt0;
  const months: Month[] = [];
  for (let m = 1; m <= delay + service; m++) {
    const serving = m > delay;
    if (m === delay + 1) {
      // Revenue starts: the grown debt becomes a level annuity over the term, and the cost to
      // write off includes the interest added during construction.
      grownDebt = debt;
      payment = debt === 0 ? 0 : (debt * rate) / (1 - Math.pow(1 + rate, -term));
      depreciation = (capex + (debt - debt0)) / service;
    }
    const row: Month = {
      serving,
      revenue: serving ? price * hours : 0,
      ebitda: (serving ? (price - powerPerHour) * hours : 0) - fixed,
      depreciation: serving ? depreciation : 0,
      interest: 0,
      principal: 0,
      balloon: 0,
      resale: 0
    };
    if (!serving) {
      debt += debt * rate; // capitalised, not paid
    } else if (paymentsMade < term && debt > 0) {
      row.interest = debt * rate;
      row.principal = payment - row.interest;
      paymentsMade += 1;
      // The last instalment clears the loan (what is left is rounding).
      debt = paymentsMade === term ? 0 : debt - row.principal;
    }
    if (m === delay + service) {
      row.balloon = debt;
      debt = 0;
      row.resale = capex * Math.pow(1 - x.resaleDecline / 100, service / 12);
    }
    months.push(row);
    price *= monthlyPriceFactor;
  }
  return { months, debt0, equity0: capex - debt0, capex, grownDebt };
}

/** Cash to equity of a stepped month, USD. */
function fcfe(m: Month): number {
  return m.ebitda - m.interest - m.principal - m.balloon + m.resale;
}

/** The operating years (12 months of service each, the last maybe fewer) of a stepped fleet. */
function years(s: Stepped): Month[][] {
  const out: Month[][] = [];
  s.months.filter((m) => m.serving).forEach((m, k) => (out[Math.floor(k / 12)] ??= []).push(m));
  return out;
}

function sum(ms: readonly Month[], f: (m: Month) => number): number {
  return ms.reduce((acc, m) => acc + f(m), 0);
}

/** The least, over the years of the loan, of EBITDA − cover × debt service, USD; +∞ without one. */
function worstCover(s: Stepped, cover: number): number {
  let worst = Infinity;
  for (const y of years(s)) {
    const service = sum(y, (m) => m.interest + m.principal);
    if (service > 0) worst = Math.min(worst, sum(y, (m) => m.ebitda) - cover * service);
  }
  return worst;
}

/** Root in [lo, hi] of an increasing f by bisection, or Infinity when f(hi) < 0. */
function rootUp(f: (u: number) => number, lo: number, hi: number): number {
  if (f(hi) < 0) return Infinity;
  let a = lo;
  let b = hi;
  for (let k = 0; k < 200 && b - a > 1e-12 * b; k++) {
    const mid = 0.5 * (a + b);
    if (f(mid) < 0) a = mid;
    else b = mid;
  }
  return 0.5 * (a + b);
}

/** Σ flows[t] ÷ (1 + r)^t. */
function npvAt(r: number, flows: readonly number[]): number {
  let acc = 0;
  flows.forEach((f, t) => (acc += f / Math.pow(1 + r, t)));
  return acc;
}

/**
 * A monthly IRR as numpy-financial picks it (the smallest root ≥ 0, else the negative root
 * closest to 0), found by scanning a fine grid outward from 0 and bisecting the first sign
 * change; shown as a compounded yearly percentage. NaN where the NPV never changes sign.
 */
function yearlyIrr(flows: readonly number[]): number {
  const bisect = (a: number, b: number): number => {
    let lo = a;
    let hi = b;
    const fa = npvAt(a, flows);
    for (let k = 0; k < 200; k++) {
      const mid = 0.5 * (lo + hi);
      if (npvAt(mid, flows) > 0 === fa > 0) lo = mid;
      else hi = mid;
    }
    return 0.5 * (lo + hi);
  };
  const scan = (sign: 1 | -1): number => {
    let a = 0;
    for (let k = 1; k <= 4000; k++) {
      // Steps of 0.025 % a month near zero, widening outward; negative rates stay above −1.
      const b =
        sign > 0 ? 0.00025 * k * (1 + k / 400) : -1 + Math.pow(1 - 0.00025, k * (1 + k / 40));
      if (npvAt(a, flows) > 0 !== npvAt(b, flows) > 0) return bisect(a, b);
      a = b;
    }
    return NaN;
  };
  const up = scan(1);
  const r = Number.isNaN(up) ? scan(-1) : up;
  return Number.isNaN(r) ? NaN : 100 * (Math.pow(1 + r, 12) - 1);
}

/** Present value at month 0 of monthly flows 1 … n at `yearly` percent a year compounded. */
function presentValue(flows: readonly number[], yearly: number): number {
  const r = Math.pow(1 + yearly / 100, 1 / 12) - 1;
  return npvAt(r, [0, ...flows]);
}

/** Every shown figure of `x`, recomputed by stepping the fleet month by month. */
export function recompute(x: Inputs): Figures {
  const s = step(x);
  const [first = []] = years(s);
  const ebitda = sum(first, (m) => m.ebitda);
  const interest = sum(first, (m) => m.interest);
  const service = sum(first, (m) => m.interest + m.principal);
  const netIncome = sum(first, (m) => m.ebitda - m.depreciation - m.interest);
  const ratio = (a: number, b: number): number => (b === 0 ? Infinity : Math.max(0, a / b));

  let minDscr = Infinity;
  let minDscrYear = 0;
  years(s).forEach((y, j) => {
    const due = sum(y, (m) => m.interest + m.principal);
    if (due <= 0) return;
    const dscr = ratio(
      sum(y, (m) => m.ebitda),
      due
    );
    if (dscr < minDscr * (1 - 1e-9)) {
      minDscr = dscr;
      minDscrYear = j + 1;
    }
  });

  const at = (u: number): Stepped => step({ ...x, utilisation: u });
  const netAt = (u: number): number =>
    sum(years(at(u))[0] ?? [], (m) => m.ebitda - m.depreciation - m.interest);
  const coverAt =
    (cover: number) =>
    (u: number): number =>
      s.debt0 > 0 ? worstCover(at(u), cover) : sum(years(at(u))[0] ?? [], (m) => m.ebitda);

  const flows = s.months.map(fcfe);
  let running = 0;
  let lowest = 0;
  let payback: number | null = null;
  flows.forEach((f, k) => {
    running += f;
    lowest = Math.min(lowest, running);
    if (running - s.equity0 < 0) payback = null;
    else payback ??= k + 1;
  });
  const paidIn = s.equity0 + sum(s.months, (m) => Math.max(0, -fcfe(m)));
  const paidOut = sum(s.months, (m) => Math.max(0, fcfe(m)));
  const unlevered = s.months.map((m) => m.ebitda + m.resale);
  const life = Math.round(x.life * 12);
  const half = Math.floor(life / 2);
  const enterpriseValue = presentValue(unlevered, x.baseRate + x.riskPremium);
  const claim = enterpriseValue - s.debt0;

  return {
    revenue: sum(first, (m) => m.revenue),
    opex: sum(first, (m) => m.revenue - m.ebitda),
    depreciation: sum(first, (m) => m.depreciation),
    interest,
    ebitda,
    netIncome,
    interestCoverage: ratio(ebitda, interest),
    dscr: ratio(ebitda, service),
    minDscr,
    minDscrYear,
    dscrUtil: rootUp(coverAt(1), 0.001, 1000),
    covenantUtil: rootUp(coverAt(COVENANT), 0.001, 1000),
    netIncomeUtil: rootUp(netAt, 0.001, 1000),
    refinancingNeed: s.months[s.months.length - 1]?.balloon ?? 0,
    peakCashNeed: -lowest,
    paybackMonth: payback,
    equityIrr: yearlyIrr([-s.equity0, ...flows]),
    moneyMultiple: paidIn > 0 ? paidOut / paidIn : NaN,
    unleveredIrr: yearlyIrr([-s.capex, ...unlevered]),
    enterpriseValue,
    equityValue: presentValue(flows, x.baseRate + x.equityPremium),
    equityClaim: claim,
    leverageAmplifier: claim > 0 ? enterpriseValue / claim : NaN,
    capitalisedInterest: s.grownDebt - s.debt0,
    resaleValue: sum(s.months, (m) => m.resale),
    // Straight line from cost plus capitalised interest to zero; the market's fixed yearly fall.
    bookMidLife: (s.capex + s.grownDebt - s.debt0) * (1 - half / life),
    resaleMidLife: s.capex * Math.pow(1 - x.resaleDecline / 100, half / 12)
  };
}
