import { describe, expect, it } from 'vitest';
import { formatLive, modelAnnouncement } from '$lib/format/live';
import { DEFAULT_INPUTS } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { i18nFor } from '../helpers';

describe('modelAnnouncement', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`states the live net income and break-even in ${lang}`, () => {
      const i18n = i18nFor(lang);
      for (const utilisation of [40, DEFAULT_INPUTS.utilisation, 100]) {
        const result = runModel({ ...DEFAULT_INPUTS, utilisation });
        const text = modelAnnouncement(i18n, result);
        expect(text).toContain(formatLive(i18n, 'firstYearNetIncome', result));
        expect(text).toContain(formatLive(i18n, 'breakEvenUtil', result));
        expect(text).not.toMatch(/\{\{|undefined|NaN/);
      }
    });
  }

  it('speaks Arabic on the Arabic page', () => {
    const text = modelAnnouncement(i18nFor('ar'), runModel(DEFAULT_INPUTS));
    expect(text).toMatch(/[\u0600-\u06FF]/);
    expect(text).not.toMatch(/[A-Za-z]{2,}/);
  });
});
