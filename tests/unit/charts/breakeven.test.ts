import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  breakEvenLine,
  COLOUR_BOUND,
  COLOUR_STEP,
  divergingLevel,
  LEGEND_VALUES,
  LEVELS,
  levelOpacity,
  levelRuns
} from '$lib/charts/breakeven/spec';
import { DEFAULT_INPUTS } from '$lib/model/inputs';
import { gridSummary, linspace, sweep } from '$lib/model/sweep';

describe('divergingLevel', () => {
  it.each([
    [-30, 100, 5, -2],
    [-20, 100, 5, -1],
    [-20.01, 100, 5, -2],
    [0.001, 100, 5, 1],
    [100, 100, 5, 5],
    [250, 100, 5, 5],
    [-250, 100, 5, -5],
    [0, 100, 5, 0],
    [NaN, 100, 5, 0],
    [10, 0, 5, 0]
  ])('divergingLevel(%d, %d, %i) → %i', (value, bound, levels, expected) => {
    expect(divergingLevel(value, bound, levels)).toBe(expected);
  });

  it('keeps the sign of the value and never exceeds the number of levels', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (v) => {
        const k = divergingLevel(v, 1e6, 5);
        expect(Math.abs(k)).toBeLessThanOrEqual(5);
        expect(Math.sign(k)).toBe(Math.sign(v) || 0);
      })
    );
  });
});

describe('levelOpacity', () => {
  it('rises from faint to full', () => {
    const ops = [1, 2, 3, 4, 5].map((k) => levelOpacity(k, 5));
    expect(ops[0]).toBeGreaterThan(0.1);
    expect(ops[4]).toBe(1);
    for (let i = 1; i < ops.length; i++) expect(ops[i]).toBeGreaterThan(ops[i - 1] ?? 1);
    expect(levelOpacity(-3, 5)).toBe(levelOpacity(3, 5));
  });
});

describe('the fixed colour scale', () => {
  it('steps in equal amounts on both sides of zero', () => {
    // Level k (1 … LEVELS) covers ((k − 1) · step, k · step] on each side: a profit and a loss of
    // the same size take the same step, whatever the map holds.
    for (let k = 1; k < LEVELS; k++) {
      const inside = (k - 0.5) * COLOUR_STEP;
      expect(divergingLevel(inside, COLOUR_BOUND, LEVELS)).toBe(k);
      expect(divergingLevel(-inside, COLOUR_BOUND, LEVELS)).toBe(-k);
      expect(divergingLevel(k * COLOUR_STEP, COLOUR_BOUND, LEVELS)).toBe(k);
    }
  });

  it('puts every amount past the fourth step into the fifth, open-ended one', () => {
    const past = (LEVELS - 1) * COLOUR_STEP + 1;
    for (const v of [past, 1e9, Number.MAX_VALUE])
      expect(divergingLevel(v, COLOUR_BOUND, LEVELS)).toBe(LEVELS);
    expect(divergingLevel(-1e9, COLOUR_BOUND, LEVELS)).toBe(-LEVELS);
    // The legend writes the open steps' inner edges and zero.
    expect(LEGEND_VALUES).toEqual([-(LEVELS - 1) * COLOUR_STEP, 0, (LEVELS - 1) * COLOUR_STEP]);
  });
});

describe('breakEvenLine', () => {
  it('keeps a line that stays inside as one stretch', () => {
    expect(breakEvenLine([0, 1, 2], [60, 70, 80], 20, 100)).toEqual([
      [
        [60, 0],
        [70, 1],
        [80, 2]
      ]
    ]);
  });

  it('ends a stretch where the line leaves the range, interpolating the rate', () => {
    expect(breakEvenLine([0, 1, 2], [80, 90, 110], 20, 100)).toEqual([
      [
        [80, 0],
        [90, 1],
        [100, 1.5]
      ]
    ]);
  });

  it('starts a stretch where the line enters the range', () => {
    expect(breakEvenLine([0, 1, 2], [10, 30, 50], 20, 100)).toEqual([
      [
        [20, 0.5],
        [30, 1],
        [50, 2]
      ]
    ]);
  });

  it('breaks at non-finite values and drops lone points', () => {
    expect(breakEvenLine([0, 1, 2, 3, 4], [50, 60, Infinity, 70, NaN], 20, 100)).toEqual([
      [
        [50, 0],
        [60, 1]
      ]
    ]);
  });

  it('draws the chord when the line jumps across the whole range between two rows', () => {
    expect(breakEvenLine([0, 1], [0, 200], 20, 100)).toEqual([
      [
        [20, 0.1],
        [100, 0.5]
      ]
    ]);
  });

  it('is empty when the line never enters the range', () => {
    expect(breakEvenLine([0, 1, 2], [120, 130, 140], 20, 100)).toEqual([]);
  });

  it('follows the model: net income changes sign across the line at every rate', () => {
    const inputs = { ...DEFAULT_INPUTS };
    const rates = linspace(0, 6, 13);
    const utils = sweep(inputs, 'baseRate', rates, ['breakEven.netIncomeUtil'])[
      'breakEven.netIncomeUtil'
    ];
    const lines = breakEvenLine(rates, utils, 20, 100);
    expect(lines.length).toBeGreaterThan(0);
    for (const [u, r] of lines.flat()) {
      const around = gridSummary(
        inputs,
        'utilisation',
        [u - 1, u + 1],
        'baseRate',
        [r],
        'netIncome'
      );
      expect(around[0]).toBeLessThan(0);
      expect(around[1]).toBeGreaterThan(0);
    }
  });
});

describe('levelRuns', () => {
  it('merges equal neighbours along a row and skips level 0', () => {
    expect(levelRuns([1, 1, 0, -2], 2)).toEqual([
      { level: 1, row: 0, c0: 0, c1: 2 },
      { level: -2, row: 1, c0: 1, c1: 2 }
    ]);
    expect(levelRuns([-1, -1, 2, 2, 2, -1], 6)).toEqual([
      { level: -1, row: 0, c0: 0, c1: 2 },
      { level: 2, row: 0, c0: 2, c1: 5 },
      { level: -1, row: 0, c0: 5, c1: 6 }
    ]);
  });

  it('covers every non-zero cell exactly once, and no others', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 120 }),
        (columns, raw) => {
          const levels = raw.slice(0, raw.length - (raw.length % columns));
          const seen = new Array<number>(levels.length).fill(0);
          for (const run of levelRuns(levels, columns)) {
            for (let c = run.c0; c < run.c1; c++) {
              const i = run.row * columns + c;
              expect(levels[i]).toBe(run.level);
              seen[i] = (seen[i] ?? 0) + 1;
            }
          }
          levels.forEach((level, i) => expect(seen[i]).toBe(level === 0 ? 0 : 1));
        }
      )
    );
  });
});
