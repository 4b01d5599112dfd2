import { describe, expect, it } from 'vitest';
import { rateCut, tableRates } from '$lib/explorer/sweeps';

describe('rateCut', () => {
  it.each([
    [3.95, 2.95],
    [1, 0],
    [0.5, 0],
    [0, 0],
    [6, 5]
  ])('a one-point cut from %d → %d', (rate, expected) => {
    expect(rateCut(rate)).toBe(expected);
  });
});

describe('tableRates', () => {
  it('lists whole points plus the extra rates, sorted, once each', () => {
    expect(tableRates(0, 3, [1.5, 2])).toEqual([0, 1, 1.5, 2, 3]);
    expect(tableRates(0, 6, [3.95, 2.95])).toEqual([0, 1, 2, 2.95, 3, 3.95, 4, 5, 6]);
    expect(tableRates(0, 2, [NaN])).toEqual([0, 1, 2]);
  });
});
