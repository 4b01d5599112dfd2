import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_INPUTS, SLIDERS, sliderSpec, type Inputs } from '$lib/model/inputs';
import { PRESET_IDS, presetInputs, sameInputs } from '$lib/explorer/presets';
import {
  formatParam,
  mergeQuery,
  OWN_PARAMS,
  parseDecimal,
  parseQuery,
  serialiseQuery
} from '$lib/explorer/url';

/** One arbitrary value on a slider's step grid, built as min + k·step like the slider does. */
function onGrid(id: (typeof SLIDERS)[number]['id']) {
  const s = sliderSpec(id);
  const steps = Math.round((s.max - s.min) / s.step);
  return fc.integer({ min: 0, max: steps }).map((k) => Number((s.min + k * s.step).toFixed(6)));
}

/** Any valid inputs: every slider on its grid, fixed inputs at their defaults. */
const anyInputs: fc.Arbitrary<Inputs> = fc
  .tuple(...SLIDERS.map((s) => onGrid(s.id)))
  .map((values) => {
    const x: Inputs = { ...DEFAULT_INPUTS };
    SLIDERS.forEach((s, i) => (x[s.id] = values[i] ?? DEFAULT_INPUTS[s.id]));
    return x;
  });

describe('parseDecimal', () => {
  it.each([
    ['70', 70],
    ['1.5', 1.5],
    ['-5', -5],
    ['.5', 0.5],
    ['5.', 5],
    ['007', 7]
  ])('reads %j as %d', (text, expected) => expect(parseDecimal(text)).toBe(expected));

  it.each([
    [''],
    ['NaN'],
    ['abc'],
    ['1e999'],
    ['1e2'],
    ['Infinity'],
    ['0x10'],
    ['٣'],
    ['７０'],
    [' 70'],
    ['70 '],
    ['+70'],
    ['1,5'],
    ['1.2.3'],
    ['-'],
    ['.'],
    ['<script>alert(1)</script>'],
    ['1'.repeat(25)]
  ])('ignores %j', (text) => expect(parseDecimal(text)).toBeUndefined());
});

describe('formatParam', () => {
  it.each([
    [2.3, 2, '2.3'],
    [2.35, 2, '2.35'],
    [0.1 + 0.2, 2, '0.3'],
    [6.000000000000001, 2, '6'],
    [80, 0, '80']
  ])('writes %d with at most %d decimals as %j', (value, decimals, expected) =>
    expect(formatParam(value, decimals)).toBe(expected)
  );
});

describe('serialiseQuery', () => {
  it('writes nothing at the defaults', () => {
    expect(serialiseQuery(DEFAULT_INPUTS, null)).toBe('');
  });

  it('writes only the sliders that moved, by their URL names, percent in percent', () => {
    const x = { ...DEFAULT_INPUTS, utilisation: 55, baseRate: 1.5 };
    expect(serialiseQuery(x, null)).toBe('?util=55&rate=1.5');
  });

  it('writes no float noise', () => {
    const x = { ...DEFAULT_INPUTS, baseRate: 0.1 + 0.2, price: 1.1 * 3 };
    expect(String(x.baseRate)).toBe('0.30000000000000004');
    expect(String(x.price)).toBe('3.3000000000000003');
    expect(serialiseQuery(x, null)).toBe('?rate=0.3&price=3.3');
  });

  it('writes a preset first, with its values, while the inputs equal it', () => {
    for (const id of PRESET_IDS) {
      const query = serialiseQuery(presetInputs(id), id);
      expect(query.startsWith(`?preset=${id}`)).toBe(true);
      expect(parseQuery(query)).toEqual({ inputs: presetInputs(id), preset: id });
    }
  });

  it('drops a preset label the inputs no longer match', () => {
    const id = 'boom2023';
    const x = { ...presetInputs(id), utilisation: presetInputs(id).utilisation === 30 ? 31 : 30 };
    expect(serialiseQuery(x, id)).not.toContain('preset=');
  });
});

describe('parseQuery', () => {
  it('gives the defaults for an empty query, with or without "?"', () => {
    for (const q of ['', '?', '?&&', '#util=10']) {
      expect(parseQuery(q)).toEqual({ inputs: DEFAULT_INPUTS, preset: null });
    }
  });

  it('reads a string or URLSearchParams alike', () => {
    const expected = { ...DEFAULT_INPUTS, utilisation: 55, baseRate: 1.5 };
    expect(parseQuery('?util=55&rate=1.5').inputs).toEqual(expected);
    expect(parseQuery('util=55&rate=1.5').inputs).toEqual(expected);
    expect(parseQuery(new URLSearchParams({ util: '55', rate: '1.5' })).inputs).toEqual(expected);
  });

  it.each([
    ['?debt=-5', 'debtShare', 0],
    ['?util=1000', 'utilisation', 100],
    ['?util=5', 'utilisation', 20],
    ['?rate=99999999999999999999', 'baseRate', 6],
    ['?price=2.37', 'price', 2.35],
    ['?life=6.6', 'life', 7]
  ] as const)('clamps and snaps %s', (query, id, expected) => {
    expect(parseQuery(query).inputs[id]).toBe(expected);
  });

  it.each([
    ['?util=<script>alert(1)</script>'],
    ['?util=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['?util=1e999'],
    ['?util=NaN'],
    ['?util='],
    ['?util'],
    ['?util=abc'],
    ['?util=0x46'],
    ['?util=%D9%A7%D9%A0'],
    ['?rate=٣'],
    ['?util=%'],
    ['?util=%E0%A4%A'],
    ['?preset=__proto__'],
    ['?preset=constructor'],
    ['?preset=toString'],
    ['?preset=GLUT'],
    ['?__proto__=1&constructor=2&fleet=1'],
    ['?unknown=5&utilisation=30']
  ])('ignores junk: %s', (query) => {
    expect(parseQuery(query)).toEqual({ inputs: DEFAULT_INPUTS, preset: null });
  });

  it('ignores very long values and survives very long queries', () => {
    expect(parseQuery(`?util=${'9'.repeat(10_000)}`).inputs).toEqual(DEFAULT_INPUTS);
    const long = `?${'x=1&'.repeat(50_000)}util=55&rate=${'%3C'.repeat(10_000)}`;
    expect(parseQuery(long).inputs).toEqual({ ...DEFAULT_INPUTS, utilisation: 55 });
  });

  it('lets the first valid value of a repeated key win', () => {
    expect(parseQuery('?util=NaN&util=70').inputs.utilisation).toBe(70);
    expect(parseQuery('?util=60&util=70').inputs.utilisation).toBe(60);
    expect(parseQuery('?util=&util=abc&util=65&util=70').inputs.utilisation).toBe(65);
    expect(parseQuery('?preset=nope&preset=glut&preset=boom2023').preset).toBe('glut');
  });

  it('does not let a hostile query change the shape of the inputs', () => {
    const { inputs } = parseQuery('?__proto__[util]=1&constructor.prototype.x=1&x=1');
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(DEFAULT_INPUTS).sort());
    expect(({} as Record<string, unknown>).util).toBeUndefined();
  });

  it('starts from a preset and lets explicit values override it', () => {
    for (const id of PRESET_IDS) {
      expect(parseQuery(`?preset=${id}`)).toEqual({ inputs: presetInputs(id), preset: id });
      const util = presetInputs(id).utilisation === 33 ? 34 : 33;
      const parsed = parseQuery(`?preset=${id}&util=${util}`);
      expect(parsed.inputs).toEqual({ ...presetInputs(id), utilisation: util });
      // The reader's values no longer are the preset's, so the label goes.
      expect(parsed.preset).toBeNull();
    }
  });

  it('keeps the preset label when explicit values repeat the preset’s own', () => {
    for (const id of PRESET_IDS) {
      const p = presetInputs(id);
      const parsed = parseQuery(`?preset=${id}&util=${p.utilisation}&rate=${p.baseRate}`);
      expect(parsed.preset).toBe(id);
    }
  });

  it('ignores an invalid explicit value after a preset, keeping the preset', () => {
    const id = PRESET_IDS[PRESET_IDS.length - 1]!;
    expect(parseQuery(`?preset=${id}&util=abc`)).toEqual({ inputs: presetInputs(id), preset: id });
  });

  it('does not mutate the URLSearchParams it reads', () => {
    const params = new URLSearchParams('util=55&util=60&preset=glut');
    parseQuery(params);
    expect(params.toString()).toBe('util=55&util=60&preset=glut');
  });
});

describe('round trip', () => {
  it('parseQuery(serialiseQuery(x)) gives back any valid slider inputs', () => {
    fc.assert(
      fc.property(anyInputs, (x) => {
        const parsed = parseQuery(serialiseQuery(x, null));
        expect(parsed.inputs).toEqual(x);
        expect(parsed.preset).toBeNull();
      })
    );
  });

  it('keeps a preset label exactly when the inputs still equal the preset', () => {
    const overrides = fc.subarray(
      SLIDERS.map((s) => s.id),
      { maxLength: 3 }
    );
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_IDS), anyInputs, overrides, (id, random, keys) => {
        const x = presetInputs(id);
        for (const key of keys) x[key] = random[key];
        const parsed = parseQuery(serialiseQuery(x, id));
        expect(parsed.inputs).toEqual(x);
        expect(parsed.preset).toBe(sameInputs(x, presetInputs(id)) ? id : null);
      })
    );
  });

  it('serialises a parsed query to a fixed point', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('util', 'rate', 'price', 'preset', 'x'), fc.string())),
        (pairs) => {
          const once = parseQuery(new URLSearchParams(pairs));
          const query = serialiseQuery(once.inputs, once.preset);
          expect(parseQuery(query)).toEqual(once);
          expect(serialiseQuery(parseQuery(query).inputs, parseQuery(query).preset)).toBe(query);
        }
      )
    );
  });
});

describe('parseQuery never throws', () => {
  /** Whether parsing gave valid inputs and a known preset or none (throwing fails the run). */
  const valid = (q: string | URLSearchParams): boolean => {
    const { inputs, preset } = parseQuery(q);
    return (
      SLIDERS.every((s) => inputs[s.id] >= s.min && inputs[s.id] <= s.max) &&
      (preset === null || (PRESET_IDS as readonly string[]).includes(preset))
    );
  };
  const holds = (arb: fc.Arbitrary<string>, params?: fc.Parameters<[string | URLSearchParams]>) =>
    expect(() => fc.assert(fc.property(arb, valid), params)).not.toThrow();

  it('on arbitrary strings', () => holds(fc.string()));

  it('on arbitrary code points, astral planes included', () => {
    // Built by hand: fast-check's 'binary' unit spends seconds on a one-time set-up.
    const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
    holds(fc.string({ unit: codePoint }));
  });

  it('on grapheme clusters', () => holds(fc.string({ unit: 'grapheme', maxLength: 20 })));

  it('on UTF-16 units, lone surrogates included', () => {
    holds(
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) })
    );
  });

  it('on arrays of key/value pairs, known keys included', () => {
    const key = fc.oneof(fc.constantFrom(...SLIDERS.map((s) => s.param), 'preset'), fc.string());
    const value = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.constantFrom(...PRESET_IDS, '__proto__', 'NaN', '1e999', '-0', '٣')
    );
    const pairs = fc.array(fc.tuple(key, value));
    expect(() =>
      fc.assert(
        fc.property(
          pairs,
          (list) =>
            valid(new URLSearchParams(list)) &&
            valid('?' + list.map(([k, v]) => `${k}=${v}`).join('&'))
        )
      )
    ).not.toThrow();
  });
});

describe('mergeQuery', () => {
  it.each([
    ['', '', ''],
    ['', '?util=55', '?util=55'],
    ['?util=60', '?util=55', '?util=55'],
    ['?util=60&rate=1', '', ''],
    ['?ref=news&util=60', '?util=55', '?util=55&ref=news'],
    ['?util=60&util=61&preset=glut', '?rate=1', '?rate=1'],
    ['?ref=a&ref=b', '', '?ref=a&ref=b']
  ])('current %j, explorer query %j → %j', (current, query, expected) => {
    expect(mergeQuery(current, query)).toBe(expected);
  });

  it('owns exactly the slider params and preset', () => {
    expect([...OWN_PARAMS].sort()).toEqual(
      [
        'preset',
        'util',
        'rate',
        'spread',
        'debt',
        'price',
        'decline',
        'life',
        'resale',
        'delay'
      ].sort()
    );
  });
});
