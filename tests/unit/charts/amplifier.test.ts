import { describe, expect, it } from 'vitest';
import { equityMove, leveredCorners, WIPED_OUT, wipeOutMove } from '$lib/charts/amplifier/spec';
import { DEFAULT_INPUTS } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';

describe('equityMove', () => {
  it.each([
    [-10, 5, -50],
    [30, 1, 30],
    [0, 7, 0]
  ])('equityMove(%d, %d) → %d', (x, amp, expected) => {
    expect(equityMove(x, amp)).toBe(expected);
  });

  it("matches the model: moving enterprise value by x % moves the owners' claim (EV − debt) by x × amplifier %", () => {
    const r = runModel({ ...DEFAULT_INPUTS });
    const ev = r.enterpriseValue * 0.9;
    const claimAfter = ev - r.debt0;
    const actual = (100 * (claimAfter - r.equityClaim)) / r.equityClaim;
    expect(equityMove(-10, r.leverageAmplifier)).toBeCloseTo(actual, 9);
  });
});

describe('wipeOutMove', () => {
  it.each([
    [5, -20],
    [1, -100],
    [NaN, NaN],
    [Infinity, NaN],
    [0, NaN]
  ])('wipeOutMove(%d) → %d', (amp, expected) => {
    expect(wipeOutMove(amp)).toBe(expected);
  });
});

describe('leveredCorners', () => {
  it.each([
    // 2×: from −60 % to +60 %, neither wiped out nor off the top.
    [
      2,
      [
        [-30, -60],
        [-30, -60],
        [30, 60],
        [30, 60]
      ]
    ],
    // 5×: wiped out at a 20 % fall (−100 ÷ 5), +150 % at +30 %.
    [
      5,
      [
        [-30, -100],
        [-20, -100],
        [30, 150],
        [30, 150]
      ]
    ],
    // 20×: wiped out at −5 %, off the top (+300 %) at +15 %, +600 % at +30 % (clipped).
    [
      20,
      [
        [-30, -100],
        [-5, -100],
        [15, 300],
        [30, 600]
      ]
    ]
  ])('leveredCorners(%d) → %j', (amp, expected) => {
    expect(leveredCorners(amp)).toEqual(expected);
  });

  it('never lets the shareholders lose more than all they hold', () => {
    for (const amp of [1, 3.3, 4.13, 9.98, 50])
      for (const [, y] of leveredCorners(amp)) expect(y).toBeGreaterThanOrEqual(WIPED_OUT);
  });
});
