import { describe, expect, it } from 'vitest';
import { amplifierBound, equityMove, wipeOutMove } from '$lib/charts/amplifier/spec';
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

describe('amplifierBound', () => {
  it.each([
    [4.9, 30, 300, 160],
    [1, 30, 300, 30],
    [NaN, 30, 300, 30],
    [50, 30, 300, 300],
    [2, 30, 300, 60],
    [3.5, 30, 300, 120]
  ])('amplifierBound(%d, %i, %i) → %i', (amp, xMax, cap, expected) => {
    expect(amplifierBound(amp, xMax, cap)).toBe(expected);
  });

  it('always makes room for the −100 % line when the wipe-out move is on the chart', () => {
    for (const amp of [3.4, 4, 6, 9]) {
      if (-wipeOutMove(amp) <= 30) expect(amplifierBound(amp, 30, 300)).toBeGreaterThanOrEqual(100);
    }
  });
});
