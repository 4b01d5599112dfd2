/**
 * The charts' linear scale and polyline against d3-scale and d3-shape, which they replace in
 * the browser bundle: the same pixel positions, ticks, nice domains and path strings.
 */
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { linear, polyline } from '$lib/charts/frame/scale';

const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
const ascending = fc
  .tuple(finite, finite)
  .filter(([a, b]) => b - a > 1e-6)
  .map(([a, b]): [number, number] => [a, b]);

describe('linear', () => {
  it('maps a domain onto a range, either way round', () => {
    expect(linear([0, 10], [0, 100])(2.5)).toBe(25);
    expect(linear([0, 10], [600, 40])(10)).toBe(40);
    expect(linear([5, 5], [0, 100])(5)).toBe(50);
  });

  it('gives d3-scale’s positions, ticks and nice domains for any domain and range', () => {
    fc.assert(
      fc.property(
        ascending,
        fc.tuple(finite, finite),
        fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined }),
        fc.array(finite, { maxLength: 8 }),
        (domain, range, nice, values) => {
          const d3 = scaleLinear().domain(domain).range(range);
          if (nice !== undefined) d3.nice(nice);
          const ours = linear(domain, range, nice);
          // Equal as numbers: a zero may come out signed differently (−0 and 0 draw the same).
          const plain = (xs: readonly number[]) => xs.map((x) => x + 0);
          expect(plain(ours.domain)).toEqual(plain(d3.domain()));
          for (const v of [...values, ...domain]) expect(ours(v) + 0).toBe(d3(v) + 0);
          for (const count of [2, 4, 6, 10])
            expect(plain(ours.ticks(count))).toEqual(plain(d3.ticks(count)));
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe('polyline', () => {
  it('writes the path d3-shape’s line() writes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(finite, finite), { minLength: 1, maxLength: 20 }), (points) => {
        expect(polyline(points)).toBe(line()(points));
      })
    );
  });

  it('is empty for no points', () => {
    expect(polyline([])).toBe('');
  });
});
