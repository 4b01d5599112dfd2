import { describe, expect, it } from 'vitest';
import { modelAnnouncement } from '$lib/components/explorer/announce';
import { getT } from '$lib/i18n/i18n';
import { DEFAULT_INPUTS } from '$lib/model/inputs';
import { runModel } from '$lib/model/run';
import { formatLive } from '$lib/story/figures';

describe('modelAnnouncement', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`states the live net income and break-even in ${lang}`, () => {
      const t = (key: string) => getT(lang)(key);
      for (const utilisation of [40, DEFAULT_INPUTS.utilisation, 100]) {
        const result = runModel({ ...DEFAULT_INPUTS, utilisation });
        const text = modelAnnouncement(lang, result);
        expect(text).toContain(formatLive(lang, 'firstYearNetIncome', result, t));
        expect(text).toContain(formatLive(lang, 'breakEvenUtil', result, t));
        expect(text).not.toMatch(/\{\{|undefined|NaN/);
      }
    });
  }

  it('speaks Arabic on the Arabic page', () => {
    const text = modelAnnouncement('ar', runModel(DEFAULT_INPUTS));
    expect(text).toMatch(/[\u0600-\u06FF]/);
    expect(text).not.toMatch(/[A-Za-z]{2,}/);
  });
});
