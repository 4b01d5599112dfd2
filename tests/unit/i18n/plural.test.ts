import { describe, expect, it } from 'vitest';
import { createI18n } from '$lib/i18n/context';
import { RESOURCES } from '$lib/i18n/resources';

const ar = createI18n('ar', RESOURCES.ar);
const en = createI18n('en', RESOURCES.en);

/**
 * Every unit the page counts, at one count of each Arabic category: 0 (zero), 1 (one),
 * 2 (two), 3 and 10 (few: the plural), 11 and 99 (many: the accusative singular), 100 (other:
 * the genitive singular) and 2.5 (a fraction: other as well).
 */
describe('Arabic counted units', () => {
  it.each([
    ['units.months', 0, 'بلا تأخير'],
    ['units.months', 1, 'شهر واحد'],
    ['units.months', 2, 'شهران'],
    ['units.months', 3, '3 أشهر'],
    ['units.months', 11, '11 شهرًا'],
    ['units.months', 100, '100 شهر'],
    ['units.years', 1, 'سنة واحدة'],
    ['units.years', 2, 'سنتان'],
    ['units.years', 6, '6 سنوات'],
    ['units.years', 12, '12 سنة'],
    ['units.years', 2.5, '2.5 سنة'],
    ['units.days', 1, 'يوم واحد'],
    ['units.days', 2, 'يومان'],
    ['units.days', 7, '7 أيام'],
    ['units.days', 60, '60 يومًا'],
    ['units.days', 100, '100 يوم'],
    ['units.points', 1, 'نقطة مئوية واحدة'],
    ['units.points', 2, 'نقطتان مئويتان'],
    ['units.points', 6, '6 نقاط مئوية'],
    ['units.points', 13, '13 نقطة مئوية'],
    ['units.points', 6.25, '6.25 نقطة مئوية'],
    ['units.basisPoints', 1, 'نقطة أساس واحدة'],
    ['units.basisPoints', 10, '10 نقاط أساس'],
    ['units.basisPoints', 643, '643 نقطة أساس'],
    ['units.basisPoints', 700, '700 نقطة أساس'],
    ['units.gpus', 1, 'معالج رسومي واحد'],
    ['units.gpus', 2, 'معالجان رسوميان'],
    ['units.gpus', 8, '8 معالجات رسومية'],
    ['units.gpus', 72, '72 معالجًا رسوميًا'],
    ['units.gpus', 200, '200 معالج رسومي'],
    // The category follows the last two digits: 250 ends in 50, so 11–99, the accusative.
    ['units.gpus', 250, '250 معالجًا رسوميًا'],
    ['explorer:units.points', 0, '0 نقطة'],
    ['explorer:units.points', 6, '6 نقاط'],
    ['explorer:units.points', 13, '13 نقطة'],
    ['explorer:units.points', 9.75, '9.75 نقطة']
  ] as const)('%s %d → %s', (key, count, expected) => {
    expect(ar.plural(key, count)).toBe(expected);
  });
});

describe('English counted units', () => {
  it.each([
    ['units.months', 0, 'no delay'],
    ['units.months', 1, '1 month'],
    ['units.months', 2, '2 months'],
    ['units.years', 6, '6 years'],
    ['units.days', 1, '1 day'],
    ['units.points', 6.25, '6.25 percentage points'],
    ['units.gpus', 16000, '16,000 GPUs']
  ] as const)('%s %d → %s', (key, count, expected) => {
    expect(en.plural(key, count)).toBe(expected);
  });
});
