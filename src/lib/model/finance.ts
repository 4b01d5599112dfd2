/**
 * Time-value-of-money primitives with numpy-financial's signatures and sign conventions.
 *
 * Sign convention (as in numpy-financial and spreadsheets): money received is positive, money
 * paid out is negative. Borrowing 1,000 today is `pv = +1000`; the payments that repay it come
 * back negative. Rates are per period as decimals (0.01 = 1 % per period), never percent.
 */

/** When payments fall within each period: at its end (0, the default) or its beginning (1). */
export type When = 'end' | 'begin' | 0 | 1;

function whenToNumber(when: When): 0 | 1 {
  return when === 'begin' || when === 1 ? 1 : 0;
}

/**
 * Future value after `nper` periods of an amount `pv` plus level payments `pmt`, at `rate` per
 * period; same currency unit as the inputs. Solves
 * fv + pv·(1+rate)^nper + pmt·(1+rate·when)/rate·((1+rate)^nper − 1) = 0 (or fv + pv + pmt·nper = 0 at rate 0).
 */
export function fv(
  rate: number,
  nper: number,
  pmt: number,
  pv: number,
  when: When = 'end'
): number {
  if (rate === 0) return -(pv + pmt * nper);
  const w = whenToNumber(when);
  const growth = Math.pow(1 + rate, nper);
  return -pv * growth - (pmt * (1 + rate * w) * (growth - 1)) / rate;
}

/**
 * Level payment per period (currency per period) that turns a present value `pv` into a future
 * value `fv` over `nper` periods at `rate` per period. Negative for a loan received (`pv > 0`).
 */
export function pmt(rate: number, nper: number, pv: number, fv = 0, when: When = 'end'): number {
  if (rate === 0) return -(fv + pv) / nper;
  const w = whenToNumber(when);
  const growth = Math.pow(1 + rate, nper);
  return -(fv + pv * growth) / (((1 + rate * w) * (growth - 1)) / rate);
}

/**
 * Interest part of payment number `per` (1-based) of a level-payment loan, currency per period.
 * NaN for `per` < 1; zero for the first payment when payments fall at the beginning, because no
 * time has passed for interest to accrue (numpy-financial's convention).
 */
export function ipmt(
  rate: number,
  per: number,
  nper: number,
  pv: number,
  fv_ = 0,
  when: When = 'end'
): number {
  if (!(per >= 1)) return NaN;
  const w = whenToNumber(when);
  if (w === 1 && per === 1) return 0;
  const payment = pmt(rate, nper, pv, fv_, when);
  // The balance left after per − 1 payments, times the rate, is the interest due next.
  const interest = fv(rate, per - 1, payment, pv, when) * rate;
  // Paying at the start of a period settles interest one period early, so it is discounted once.
  return w === 1 ? interest / (1 + rate) : interest;
}

/** Principal part of payment number `per` (1-based): pmt − ipmt, currency per period. */
export function ppmt(
  rate: number,
  per: number,
  nper: number,
  pv: number,
  fv_ = 0,
  when: When = 'end'
): number {
  return pmt(rate, nper, pv, fv_, when) - ipmt(rate, per, nper, pv, fv_, when);
}

/**
 * Net present value, same currency as `values`: Σ values[t] / (1+rate)^t, so `values[0]` falls
 * at t = 0 and is not discounted (numpy-financial's convention, unlike the spreadsheet NPV).
 */
export function npv(rate: number, values: ArrayLike<number>): number {
  // Horner's rule from the last value backwards: one division per period, no powers.
  let acc = 0;
  for (let t = values.length - 1; t >= 0; t--) acc = acc / (1 + rate) + (values[t] ?? 0);
  return acc;
}

/** Σ c[k]·z^k by Horner's rule for k = lo..hi of `c`; z is expected in (0, 1]. */
function horner(c: ArrayLike<number>, lo: number, hi: number, z: number): number {
  let acc = 0;
  for (let k = hi; k >= lo; k--) acc = acc * z + (c[k] ?? 0);
  return acc;
}

/** Same as horner but with the coefficients read in reverse order (c[hi] first). */
function hornerReversed(c: ArrayLike<number>, lo: number, hi: number, z: number): number {
  let acc = 0;
  for (let k = lo; k <= hi; k++) acc = acc * z + (c[k] ?? 0);
  return acc;
}

/**
 * NPV at rate r up to a positive factor, evaluated without overflow: for r ≥ 0 it is the
 * polynomial in x = 1/(1+r) ≤ 1; for r < 0 it is that polynomial divided by x^degree, a
 * polynomial in y = 1+r < 1. Both have the sign of the NPV, which is all the root search needs.
 */
function npvSign(values: ArrayLike<number>, lo: number, hi: number, r: number): number {
  if (r >= 0) return horner(values, lo, hi, 1 / (1 + r));
  return hornerReversed(values, lo, hi, 1 + r);
}

/** Refines a root of `f` bracketed by [a, b] (f(a)·f(b) < 0) by bisection to full precision. */
function bisect(f: (r: number) => number, a: number, b: number, fa: number): number {
  let lo = a;
  let hi = b;
  let flo = fa;
  for (let k = 0; k < 200; k++) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) break;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (fm > 0 === flo > 0) {
      lo = mid;
      flo = fm;
    } else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** ln(1+r) grid used to look for sign changes: fine near zero, coarser further out. */
const IRR_GRID: readonly number[] = (() => {
  const g: number[] = [];
  let x = 0;
  let step = 0.001;
  // Reaches ln(1+r) = ±60, i.e. rates from −1 + 1e−26 to e^60 per period.
  while (x < 60) {
    x += step;
    g.push(x);
    if (x > 0.1) step = Math.min(step * 1.05, 0.5);
  }
  return g;
})();

/**
 * Root of the polynomial Σ c[k]·z^(k−lo) (or, reversed, Σ c[k]·z^(hi−k)) inside [a, b] ⊂ (0, 1]
 * where it changes sign: Newton steps with its Horner derivative, falling back to bisection
 * whenever a step would leave the bracket or fails to halve it (Numerical Recipes' rtsafe).
 */
function polyRoot(
  c: ArrayLike<number>,
  lo: number,
  hi: number,
  reversed: boolean,
  a: number,
  b: number
): number {
  const evaluate = (z: number): [number, number] => {
    let p = 0;
    let dp = 0;
    if (reversed) {
      for (let k = lo; k <= hi; k++) {
        dp = dp * z + p;
        p = p * z + (c[k] ?? 0);
      }
    } else {
      for (let k = hi; k >= lo; k--) {
        dp = dp * z + p;
        p = p * z + (c[k] ?? 0);
      }
    }
    return [p, dp];
  };
  const [fa] = evaluate(a);
  // Keep f(low) < 0 < f(high).
  let low = fa > 0 ? b : a;
  let high = fa > 0 ? a : b;
  let z = 0.5 * (a + b);
  let dxOld = Math.abs(b - a);
  let dx = dxOld;
  let [f, df] = evaluate(z);
  for (let k = 0; k < 200; k++) {
    const newtonOut = ((z - high) * df - f) * ((z - low) * df - f) > 0;
    if (newtonOut || Math.abs(2 * f) > Math.abs(dxOld * df)) {
      dxOld = dx;
      dx = 0.5 * (high - low);
      z = low + dx;
    } else {
      dxOld = dx;
      dx = f / df;
      z -= dx;
    }
    if (Math.abs(dx) <= 4 * Number.EPSILON * Math.abs(z)) return z;
    [f, df] = evaluate(z);
    if (f === 0) return z;
    if (f < 0) low = z;
    else high = z;
  }
  return z;
}

/**
 * Internal rate of return per period (a decimal): a rate r > −1 at which npv(r, values) = 0.
 * Where several exist it follows numpy-financial (1.0+): the smallest rate ≥ 0, otherwise the
 * negative rate closest to zero. NaN where the NPV never changes sign (e.g. all flows one sign).
 * With one sign change in the flows the root is unique (Descartes' rule) and is solved for
 * directly; otherwise roots are found as sign changes on a fine grid in ln(1+r) and bisected,
 * so a root where the NPV only touches zero without crossing is not reported.
 */
export function irr(values: ArrayLike<number>): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi && (values[lo] ?? 0) === 0) lo++;
  while (hi >= lo && (values[hi] ?? 0) === 0) hi--;
  if (lo >= hi) return NaN;
  let changes = 0;
  let prev = Math.sign(values[lo] ?? 0);
  for (let t = lo + 1; t <= hi; t++) {
    const s = Math.sign(values[t] ?? 0);
    if (s !== 0 && s !== prev) {
      changes++;
      prev = s;
    }
  }
  // Descartes' rule of signs: no sign change in the flows means no positive root in 1/(1+r).
  if (changes === 0) return NaN;
  // Leading zeros only scale the NPV by (1+r)^−lo, which moves no root.
  const f = (r: number): number => npvSign(values, lo, hi, r);
  const f0 = f(0);
  if (f0 === 0) return 0;
  if (changes === 1) return uniqueRoot(values, lo, hi, f0);
  let a = 0;
  let fa = f0;
  for (const g of IRR_GRID) {
    const b = Math.expm1(g);
    const fb = f(b);
    if (fb === 0) return b;
    if (fb > 0 !== fa > 0) return bisect(f, a, b, fa);
    a = b;
    fa = fb;
  }
  a = 0;
  fa = f0;
  for (const g of IRR_GRID) {
    const b = Math.expm1(-g);
    const fb = f(b);
    if (fb === 0) return b;
    if (fb > 0 !== fa > 0) return bisect(f, a, b, fa);
    a = b;
    fa = fb;
  }
  return NaN;
}

/**
 * The single root when the flows change sign once. In x = 1/(1+r) the NPV tends to the first
 * flow's sign as x → 0 (r → ∞) and to the last flow's sign as x → ∞ (r → −1), with exactly one
 * crossing; npv(0) = f0 says on which side of r = 0 it lies.
 */
function uniqueRoot(values: ArrayLike<number>, lo: number, hi: number, f0: number): number {
  const first = values[lo] ?? 0;
  const positiveRate = f0 > 0 !== first > 0;
  // Positive rates: x in (0, 1) with polynomial Σ v_t x^t. Negative rates: y = 1 + r in (0, 1)
  // with the reversed polynomial Σ v_t y^(hi−t), whose value at y → 0 is the last flow.
  const target = positiveRate ? first : (values[hi] ?? 0);
  const reversed = !positiveRate;
  let z = 1;
  for (let k = 0; k < 1100; k++) {
    z *= 0.5;
    const fz = reversed ? hornerReversed(values, lo, hi, z) : horner(values, lo, hi, z);
    if (fz === 0) return reversed ? z - 1 : 1 / z - 1;
    if (fz > 0 === target > 0) {
      const root = polyRoot(values, lo, hi, reversed, z, 2 * z);
      return reversed ? root - 1 : 1 / root - 1;
    }
  }
  return NaN;
}
