import { describe, expect, it } from 'vitest';
import {
  formatSliderValue,
  formatTickValue,
  sliderValueShapes,
  sliderValueText
} from '$lib/format/figures';
import { SLIDERS, sliderSpec, type InputId } from '$lib/model/inputs';
import { i18nFor } from '../helpers';

describe('formatSliderValue', () => {
  it.each([
    ['en', 'utilisation', 80, '80%'],
    ['en', 'baseRate', 4, '4.00%'],
    ['en', 'baseRate', 3.95, '3.95%'],
    ['en', 'spread', 6, '6.00 points'],
    ['en', 'price', 2.35, '$2.35/h'],
    ['en', 'priceDecline', 28, '28% a year'],
    ['en', 'life', 1, '1 year'],
    ['en', 'life', 6, '6 years'],
    // No delay is said in words, not as "0 months".
    ['en', 'delay', 0, 'no delay'],
    ['ar', 'spread', 6.25, '6.25 نقطة'],
    // Arabic drops the step's trailing zeros on a whole value and counts the noun.
    ['ar', 'spread', 6, '6 نقاط'],
    ['ar', 'baseRate', 4, '4%'],
    ['ar', 'price', 3, '3 دولارات/ساعة'],
    ['ar', 'delay', 0, 'بلا تأخير'],
    ['ar', 'price', 2.35, '2.35 دولار/ساعة'],
    ['ar', 'life', 2, 'سنتان'],
    ['ar', 'life', 6, '6 سنوات'],
    ['ar', 'delay', 1, 'شهر واحد'],
    ['ar', 'delay', 11, '11 شهرًا']
  ] as const)('%s %s %d → %s', (lang, id, value, expected) => {
    expect(formatSliderValue(i18nFor(lang), sliderSpec(id), value)).toBe(expected);
  });

  it('writes Arabic percentages with Latin digits', () => {
    const text = formatSliderValue(i18nFor('ar'), sliderSpec('baseRate'), 3.95);
    expect(text).toContain('3.95');
    expect(text).not.toMatch(/[٠-٩]/);
  });

  it('keeps one width across a range whose whole part has one digit (baseRate, price)', () => {
    // Fixed decimals: the output does not change width between 3.95% and 4.00%.
    for (const id of ['baseRate', 'price'] as InputId[]) {
      const s = sliderSpec(id);
      const lengths = new Set(
        [s.min + s.step, (s.min + s.max) / 2, s.max - s.step].map(
          (v) =>
            formatSliderValue(i18nFor('en'), s, Number(v.toFixed(2))).replace(/\d/g, '0').length
        )
      );
      expect(lengths.size, id).toBe(1);
    }
  });
});

describe('sliderValueShapes', () => {
  it.each([
    ['en', 'utilisation', ['00%', '000%']],
    ['en', 'price', ['$0.00/h']],
    ['en', 'delay', ['no delay', '0 month', '0 months', '00 months']]
  ] as const)('%s %s → %j', (lang, id, expected) => {
    expect(sliderValueShapes(i18nFor(lang), sliderSpec(id))).toEqual(expected);
  });

  it('has the shape of every value a slider shows, in both languages', () => {
    for (const lang of ['en', 'ar'] as const)
      for (const s of SLIDERS) {
        const shapes = sliderValueShapes(i18nFor(lang), s);
        for (const value of [s.min, s.max, ...s.marks.map((m) => m.value)])
          expect(shapes, `${lang} ${s.id} ${value}`).toContain(
            formatSliderValue(i18nFor(lang), s, value).replace(/\d/g, '0')
          );
      }
  });
});

describe('formatTickValue', () => {
  it.each([
    // A price's tick drops the "per hour" the value beside the slider says.
    ['en', 'price', 6.16, '$6.16'],
    ['en', 'price', 8, '$8.00'],
    ['ar', 'price', 6.16, '6.16 دولار'],
    ['ar', 'price', 8, '8 دولارات'],
    // Other units as the slider's value.
    ['en', 'baseRate', 3.95, '3.95%'],
    ['en', 'spread', 13, '13.00 points'],
    ['ar', 'spread', 13, '13 نقطة'],
    ['en', 'life', 4, '4 years']
  ] as const)('%s %s %d → %s', (lang, id, value, expected) => {
    expect(formatTickValue(i18nFor(lang), sliderSpec(id), value)).toBe(expected);
  });

  it('is never longer than the value beside the slider', () => {
    for (const lang of ['en', 'ar'] as const)
      for (const s of SLIDERS)
        for (const m of s.marks)
          expect(formatTickValue(i18nFor(lang), s, m.value).length).toBeLessThanOrEqual(
            formatSliderValue(i18nFor(lang), s, m.value).length
          );
  });
});

describe('sliderValueText', () => {
  it.each([
    ['en', 'utilisation', 80, '80 percent of hours billed'],
    ['en', 'baseRate', 3.95, '3.95 percent a year'],
    ['en', 'baseRate', 4, '4 percent a year'],
    ['en', 'spread', 6.25, '6.25 percentage points above the base rate'],
    ['en', 'debtShare', 80, '80 percent of the cost borrowed'],
    ['en', 'price', 1, '1 dollar per GPU-hour'],
    ['en', 'price', 2.35, '2.35 dollars per GPU-hour'],
    ['en', 'priceDecline', 28, 'prices fall 28 percent a year'],
    ['en', 'life', 6, '6 years'],
    ['en', 'delay', 1, '1 month'],
    ['ar', 'utilisation', 80, 'نسبة الساعات المفوترة 80 في المئة'],
    ['ar', 'spread', 2, 'نقطتان مئويتان فوق السعر المرجعي'],
    ['ar', 'spread', 6, '6 نقاط مئوية فوق السعر المرجعي'],
    ['ar', 'spread', 13, '13 نقطة مئوية فوق السعر المرجعي'],
    ['ar', 'spread', 6.25, '6.25 نقطة مئوية فوق السعر المرجعي'],
    ['ar', 'price', 1, 'دولار واحد للمعالج الرسومي في الساعة'],
    ['ar', 'price', 2, 'دولاران للمعالج الرسومي في الساعة'],
    ['ar', 'price', 3, '3 دولارات للمعالج الرسومي في الساعة'],
    ['ar', 'price', 2.35, '2.35 دولار للمعالج الرسومي في الساعة'],
    ['ar', 'life', 2, 'سنتان'],
    ['ar', 'life', 3, '3 سنوات'],
    ['ar', 'delay', 0, 'بلا تأخير'],
    ['ar', 'delay', 2, 'شهران'],
    ['ar', 'delay', 12, '12 شهرًا']
  ] as const)('%s %s %d → %s', (lang, id, value, expected) => {
    expect(sliderValueText(i18nFor(lang), sliderSpec(id), value)).toBe(expected);
  });

  it('has words for every slider at every end of its range, in both languages', () => {
    for (const lang of ['en', 'ar'] as const) {
      for (const s of SLIDERS) {
        for (const v of [s.min, s.max]) {
          const text = sliderValueText(i18nFor(lang), s, v);
          expect(text, `${lang} ${s.id}`).not.toContain('valueText');
          expect(text, `${lang} ${s.id}`).not.toContain('{{');
          // A number, or a count written in words: one, two, or no delay.
          expect(text).toMatch(/\d|واحد|ان\b|تان|بلا تأخير|no delay/);
        }
      }
    }
  });
});
