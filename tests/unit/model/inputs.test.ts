import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_INPUTS,
  FIXED,
  INPUT_IDS,
  SLIDERS,
  clampInputs,
  snapToStep,
  stepDecimals,
  type Inputs
} from '$lib/model/inputs';

function isValid(x: Inputs): boolean {
  return (
    SLIDERS.every((s) => {
      const v = x[s.id];
      const k = (v - s.min) / s.step;
      return v >= s.min && v <= s.max && Math.abs(k - Math.round(k)) < 1e-9;
    }) && FIXED.every((f) => x[f.id] >= f.min && x[f.id] <= f.max)
  );
}

describe('slider table', () => {
  it('lists every slider once, with the URL names other code relies on', () => {
    expect(SLIDERS.map((s) => [s.id, s.param])).toEqual([
      ['utilisation', 'util'],
      ['baseRate', 'rate'],
      ['spread', 'spread'],
      ['debtShare', 'debt'],
      ['price', 'price'],
      ['priceDecline', 'decline'],
      ['life', 'life'],
      ['resaleDecline', 'resale'],
      ['delay', 'delay']
    ]);
  });

  it('puts every default on its slider grid and every mark inside its range', () => {
    expect(isValid(DEFAULT_INPUTS)).toBe(true);
    for (const s of SLIDERS) {
      expect(s.min).toBeLessThan(s.max);
      for (const m of s.marks) {
        expect(m.value).toBeGreaterThanOrEqual(s.min);
        expect(m.value).toBeLessThanOrEqual(s.max);
      }
    }
  });

  it('names every field of Inputs exactly once', () => {
    expect([...INPUT_IDS].sort()).toEqual(Object.keys(DEFAULT_INPUTS).sort());
  });
});

describe('snapToStep', () => {
  const cases: [number, number, number, number, number][] = [
    // 2.37 is 27.4 steps of 0.05 above 1: nearest grid point 1 + 27·0.05 = 2.35.
    [2.37, 1, 8, 0.05, 2.35],
    // 2.38 is 27.6 steps: 1 + 28·0.05 = 2.4.
    [2.38, 1, 8, 0.05, 2.4],
    // Below the range: clamped to min.
    [-3, 0, 6, 0.05, 0],
    // Above the range: clamped to max.
    [140, 20, 100, 1, 100],
    // Spread grid starts at 2 in quarter points: 6.1 → 2 + 16·0.25 = 6.
    [6.1, 2, 13, 0.25, 6]
  ];
  it.each(cases)('snap(%f) on [%f, %f] step %f = %f', (v, min, max, step, expected) => {
    expect(snapToStep(v, min, max, step)).toBe(expected);
  });
});

describe('clampInputs', () => {
  it('returns the defaults for nothing, null, numbers, strings and arrays', () => {
    for (const junk of [undefined, null, 42, 'util=90', [], [1, 2]]) {
      expect(clampInputs(junk)).toEqual(DEFAULT_INPUTS);
    }
  });

  it('ignores strings, NaN, infinities, booleans and objects field by field', () => {
    const out = clampInputs({
      utilisation: '90',
      baseRate: NaN,
      spread: Infinity,
      debtShare: -Infinity,
      price: true,
      life: { valueOf: () => 3 },
      fleet: '5'
    });
    expect(out).toEqual(DEFAULT_INPUTS);
  });

  it('clamps and snaps numbers', () => {
    const out = clampInputs({ utilisation: 150, baseRate: 4.12, delay: 3.6, debtShare: -5 });
    // 150 → 100 (max); 4.12 → 4.1 (2.4 steps of 0.05 above 4 round to 2); 3.6 → 4; −5 → 0.
    expect(out.utilisation).toBe(100);
    expect(out.baseRate).toBe(4.1);
    expect(out.delay).toBe(4);
    expect(out.debtShare).toBe(0);
  });

  it('clamps fixed inputs and keeps the fleet whole', () => {
    const out = clampInputs({ fleet: 2500.6, pue: 0.5, capexPerGpu: 1e9 });
    expect(out.fleet).toBe(2501);
    expect(out.pue).toBe(1);
    expect(out.capexPerGpu).toBe(200_000);
  });

  it('reads only own properties', () => {
    const hostile = Object.create({ utilisation: 30 }) as object;
    expect(clampInputs(hostile).utilisation).toBe(DEFAULT_INPUTS.utilisation);
    const parsed = JSON.parse('{"__proto__": {"utilisation": 30}, "price": 3}') as unknown;
    const out = clampInputs(parsed);
    expect(out.utilisation).toBe(DEFAULT_INPUTS.utilisation);
    expect(out.price).toBe(3);
    expect(({} as Record<string, unknown>).utilisation).toBeUndefined();
  });

  it('turns any object into valid inputs, leaves it untouched, and is idempotent', () => {
    const field = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.constant(null),
      fc.boolean(),
      fc.constant(undefined)
    );
    const keys = [...INPUT_IDS, 'other'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), field), (raw) => {
        const before = JSON.stringify(raw);
        const once = clampInputs(raw);
        expect(JSON.stringify(raw)).toBe(before);
        expect(isValid(once)).toBe(true);
        expect(clampInputs(once)).toEqual(once);
      })
    );
  });
});

describe('stepDecimals', () => {
  it.each([
    [1, 0],
    [0.05, 2],
    [0.25, 2],
    [0.5, 1],
    [10, 0]
  ])('%d → %d', (step, expected) => expect(stepDecimals(step)).toBe(expected));
});
