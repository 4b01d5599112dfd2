import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import {
  clampCentre,
  inlineX,
  paddedDomain,
  span,
  textWidth,
  thin,
  tickCount,
  towardsEnd,
  wrapLines,
  xRange,
  type Margin
} from '$lib/charts/frame/layout';

const margin: Margin = { top: 10, end: 20, bottom: 30, start: 60 };

describe('xRange', () => {
  it.each([
    ['ltr', 640, [60, 620]],
    ['rtl', 640, [580, 20]],
    ['ltr', 390, [60, 370]],
    ['rtl', 390, [330, 20]]
  ] as const)('%s at %ipx → %j', (dir, width, expected) => {
    expect(xRange(dir, width, margin)).toEqual(expected);
  });

  it('makes a scale grow rightwards in English and leftwards in Arabic', () => {
    const ltr = scaleLinear()
      .domain([0, 100])
      .range(xRange('ltr', 640, margin));
    const rtl = scaleLinear()
      .domain([0, 100])
      .range(xRange('rtl', 640, margin));
    expect(ltr(0)).toBeLessThan(ltr(100));
    expect(rtl(0)).toBeGreaterThan(rtl(100));
    // Mirror images: the same value lands as far from the right edge as from the left.
    for (const v of [0, 25, 50, 100]) expect(rtl(v)).toBeCloseTo(640 - ltr(v), 9);
  });

  it('never inverts the plot when the margins are wider than the chart', () => {
    const [a, b] = xRange('ltr', 50, margin);
    expect(b).toBeGreaterThanOrEqual(a);
  });

  it('does not mutate the margin', () => {
    const m = { ...margin };
    xRange('rtl', 640, m);
    expect(m).toEqual(margin);
  });
});

describe('inlineX and towardsEnd', () => {
  it('mirror an offset from the inline start', () => {
    expect(inlineX('ltr', 640, 10)).toBe(10);
    expect(inlineX('rtl', 640, 10)).toBe(630);
    expect(towardsEnd('ltr')).toBe(1);
    expect(towardsEnd('rtl')).toBe(-1);
  });

  it('agree with xRange: the plot starts margin.start from the inline start', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      expect(xRange(dir, 640, margin)[0]).toBe(inlineX(dir, 640, margin.start));
      const [a, b] = xRange(dir, 640, margin);
      expect(Math.sign(b - a)).toBe(towardsEnd(dir));
    }
  });
});

describe('span', () => {
  it.each([
    [40, 120, { x: 40, width: 80 }],
    [120, 40, { x: 40, width: 80 }],
    [5, 5, { x: 5, width: 0 }]
  ])('span(%i, %i) → %j', (a, b, expected) => {
    expect(span(a, b)).toEqual(expected);
  });
});

describe('tickCount', () => {
  it.each([
    [300, 70, 5],
    [300, 100, 4],
    [100, 100, 2],
    [2000, 50, 10],
    [0, 50, 2],
    [NaN, 50, 2]
  ])('%ipx at %ipx spacing → %i', (length, spacing, expected) => {
    expect(tickCount(length, spacing)).toBe(expected);
  });

  it('gives phones fewer ticks than desktops', () => {
    expect(tickCount(310, 60)).toBeLessThan(tickCount(1100, 60));
  });
});

describe('thin', () => {
  it.each([
    [[0, 1, 2, 3, 4], 3, [0, 2, 4]],
    [[0, 1, 2, 3, 4, 5, 6], 4, [0, 2, 4, 6]],
    [[0, 1, 2], 5, [0, 1, 2]],
    [[0, 1, 2, 3], 1, [0]]
  ])('thin(%j, %i) → %j', (items, max, expected) => {
    const copy = items.slice();
    expect(thin(items, max)).toEqual(expected);
    expect(items).toEqual(copy);
  });

  it('never returns more than max items and always keeps the first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 20 }),
        (items, max) => {
          const out = thin(items, max);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(out[0]).toBe(items[0]);
        }
      )
    );
  });
});

describe('textWidth', () => {
  it('grows with length and size', () => {
    expect(textWidth('$100M', 12)).toBeGreaterThan(textWidth('$1M', 12));
    expect(textWidth('$1M', 14)).toBeGreaterThan(textWidth('$1M', 12));
  });
});

describe('paddedDomain', () => {
  it.each([
    [[5, 5], 2, [], [4, 6]],
    [[1, 9], 2, [], [1, 9]],
    [[1, NaN, Infinity, 3], 1, [], [1, 3]],
    [[4, 6], 1, [0], [0, 6]],
    [[], 2, [], [0, 2]]
  ])('paddedDomain(%j, %i, %j) → %j', (values, minSpan, include, expected) => {
    expect(paddedDomain(values, minSpan, include)).toEqual(expected);
  });
});

describe('clampCentre', () => {
  it.each([
    [5, 40, 0, 640, 20],
    [635, 40, 0, 640, 620],
    [300, 40, 0, 640, 300],
    [10, 100, 0, 60, 30]
  ])('clampCentre(%d, %d, %d, %d) → %d', (x, w, lo, hi, expected) => {
    expect(clampCentre(x, w, lo, hi)).toBe(expected);
  });
});

describe('wrapLines', () => {
  it.each([
    ['a bb ccc', 24, 10, ['a bb', 'ccc']],
    ['a bb ccc', 1000, 10, ['a bb ccc']],
    ['averyveryverylongword b', 24, 10, ['averyveryverylongword', 'b']],
    ['  spaced   out  ', 1000, 10, ['spaced out']],
    ['', 100, 10, []]
  ])('wrapLines(%j, %i, %i) → %j', (text, width, size, expected) => {
    expect(wrapLines(text, width, size)).toEqual(expected);
  });

  it('keeps every word, in order, and every line of two or more words within the width', () => {
    const text = 'الدين يفوق قيمة الأسطول بالفعل: حصة المساهمين لا تساوي شيئًا';
    const lines = wrapLines(text, 120, 12);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) {
      if (line.includes(' ')) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
    }
  });
});
