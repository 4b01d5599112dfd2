import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import {
  arrowhead,
  clampCentre,
  decimalsFor,
  fontSize,
  inlineX,
  inset,
  labelExtent,
  labelsOverlap,
  paddedDomain,
  placeLabels,
  span,
  stepTicks,
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

  it('counts Arabic letters narrower than digits, and direction marks as nothing', () => {
    // «أنت» is three letters at 0.5 em; "100" three digits at 0.6 em.
    expect(textWidth('أنت', 10)).toBeCloseTo(15);
    expect(textWidth('100', 10)).toBeCloseTo(18);
    expect(textWidth('\u200e-53.0', 10)).toBe(textWidth('-53.0', 10));
  });

  it('sets Arabic chart text larger than English, as the page sets its body text', () => {
    expect(fontSize('rtl')).toBeGreaterThan(fontSize('ltr'));
    expect(fontSize('rtl', 'title')).toBeGreaterThan(fontSize('rtl'));
  });
});

describe('inset', () => {
  it.each([
    [[40, 620], 8, [48, 612]],
    [[620, 40], 8, [612, 48]]
  ] as const)('inset(%j, %i) → %j', (range, pad, expected) => {
    expect(inset(range, pad)).toEqual(expected);
  });
});

describe('stepTicks', () => {
  it.each([
    [-30, 30, [10, 15, 30], 7, [-30, -20, -10, 0, 10, 20, 30]],
    [-30, 30, [10, 15, 30], 5, [-30, -15, 0, 15, 30]],
    [-30, 30, [10, 15, 30], 2, [-30, 0, 30]],
    [-700e6, 300e6, [200e6], 6, [-600e6, -400e6, -200e6, 0, 200e6]],
    [0, 2, [1], 3, [0, 1, 2]],
    [0, 6, [0.5], 13, [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6]]
  ])('stepTicks(%d, %d, %j, %i) → %j', (lo, hi, steps, max, expected) => {
    expect(stepTicks(lo, hi, steps, max)).toEqual(expected);
  });

  it('labels zero whenever the domain holds it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 0 }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom([1], [2, 5], [10, 20, 50]),
        fc.integer({ min: 2, max: 12 }),
        (lo, hi, steps, max) => {
          expect(stepTicks(lo, hi, steps, max)).toContain(0);
        }
      )
    );
  });
});

describe('decimalsFor', () => {
  it.each([
    [[-200, 0, 200], 0],
    [[0, 0.5, 1], 1],
    [[0, 0.25, 0.5], 2],
    [[1.3333], 3]
  ])('decimalsFor(%j) → %i', (values, expected) => {
    expect(decimalsFor(values)).toBe(expected);
  });
});

describe('arrowhead', () => {
  it('points its tip where the value goes on', () => {
    expect(arrowhead(10, 0, 'up', 6)).toBe('M10,0L14,6L6,6Z');
    expect(arrowhead(10, 20, 'down', 6)).toBe('M10,20L14,14L6,14Z');
    expect(arrowhead(0, 10, 'left', 6)).toBe('M0,10L6,14L6,6Z');
    expect(arrowhead(20, 10, 'right', 6)).toBe('M20,10L14,14L14,6Z');
  });
});

describe('placeLabels', () => {
  // "abc" at 10 px: three Latin letters at 0.55 em, 16.5 px.
  const w = textWidth('abc', 10);

  it('reads the anchor in the page’s direction', () => {
    expect(labelExtent('ltr', 100, 'start', 'abc', 10)).toEqual([100, 100 + w]);
    expect(labelExtent('rtl', 100, 'start', 'abc', 10)).toEqual([100 - w, 100]);
    expect(labelExtent('ltr', 100, 'end', 'abc', 10)).toEqual([100 - w, 100]);
    expect(labelExtent('rtl', 100, 'middle', 'abc', 10)).toEqual([100 - w / 2, 100 + w / 2]);
  });

  it('puts a label that would overlap another on the next row, and leaves out one with none', () => {
    const wish = { text: 'abc', x: 100, anchor: 'start' as const };
    const placed = placeLabels('ltr', [wish, wish, wish], [10, 30], 10, 0, 640);
    expect(placed.map((p) => p?.y ?? null)).toEqual([10, 30, null]);
    const [a, b] = placed;
    if (a && b) expect(labelsOverlap('ltr', a, b, 10)).toBe(false);
  });

  it('moves a label inwards to stay within bounds', () => {
    const [placed] = placeLabels(
      'ltr',
      [{ text: 'abc', x: 630, anchor: 'start' }],
      [10],
      10,
      0,
      640
    );
    expect(placed?.x).toBeCloseTo(640 - w);
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
