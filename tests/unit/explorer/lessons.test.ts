import { describe, expect, it } from 'vitest';
import lessons from '$content/model/charts.json';
import { SLIDERS } from '$lib/model/inputs';

// Each chart's "Try it" moves one of the sliders under that chart, within its range, so the
// reader sees the slider the invitation names move with the chart.
describe('each chart’s lesson', () => {
  for (const [chart, lesson] of Object.entries(lessons)) {
    it(`${chart}: "Try it" sets only its own sliders, inside their ranges`, () => {
      const set = Object.entries(lesson.try as Record<string, number>);
      expect(set.length).toBeGreaterThan(0);
      for (const [id, value] of set) {
        expect(lesson.controls).toContain(id);
        const spec = SLIDERS.find((s) => s.id === id);
        expect(value).toBeGreaterThanOrEqual(spec?.min ?? Infinity);
        expect(value).toBeLessThanOrEqual(spec?.max ?? -Infinity);
      }
    });
  }
});
