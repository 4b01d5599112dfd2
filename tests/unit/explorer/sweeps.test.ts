import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netGrid, rateCut, tableRates } from '$lib/explorer/sweeps';
import { gridSummary } from '$lib/model/sweep';
import { anyInputs, PROPERTY_TIMEOUT } from '../model/arbitraries';

describe('netGrid', () => {
  it(
    'equals the grid computed cell by cell, in any state and at any width',
    () => {
      fc.assert(
        fc.property(anyInputs, fc.integer({ min: 1, max: 80 }), (inputs, columns) => {
          const grid = netGrid(inputs, columns);
          const full = gridSummary(
            inputs,
            'utilisation',
            grid.xs,
            'baseRate',
            grid.ys,
            'netIncome'
          );
          expect(grid.net).toHaveLength(columns * grid.rows);
          const scale = Math.max(1, ...Array.from(full, Math.abs));
          full.forEach((v, i) =>
            expect(Math.abs((grid.net[i] ?? NaN) - v)).toBeLessThan(1e-9 * scale)
          );
        }),
        { numRuns: 200 }
      );
    },
    PROPERTY_TIMEOUT
  );
});

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
