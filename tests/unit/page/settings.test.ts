import { describe, expect, it } from 'vitest';
import modelAr from '$content/ar/model.json';
import modelEn from '$content/en/model.json';
import { DEFAULT_INPUTS, SLIDERS } from '$lib/model/inputs';
import { atDefaults, settingsOf } from '$lib/page/settings';
import { explorerWordsFor } from '$lib/prose/pageData';
import { i18nFor } from '../helpers';

const of = (lang: 'en' | 'ar', inputs: typeof DEFAULT_INPUTS) =>
  settingsOf(i18nFor(lang), explorerWordsFor(lang), inputs);

const plain = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '');

describe('settingsOf', () => {
  it('lists every slider in order, with its label in the page language', () => {
    for (const [lang, model] of [
      ['en', modelEn],
      ['ar', modelAr]
    ] as const) {
      const settings = of(lang, DEFAULT_INPUTS);
      expect(settings.map((s) => s.id)).toEqual(SLIDERS.map((s) => s.id));
      expect(settings.map((s) => s.label)).toEqual(SLIDERS.map((s) => model.inputs[s.id].label));
    }
  });

  it('formats the values the figures were computed with', () => {
    const inputs = { ...DEFAULT_INPUTS, utilisation: 70, price: 3.1, delay: 2 };
    const en = Object.fromEntries(of('en', inputs).map((s) => [s.id, s.value]));
    expect(en.utilisation).toBe('70%');
    expect(en.price).toBe('$3.10 an hour');
    expect(en.delay).toBe('2 months');
    const ar = Object.fromEntries(of('ar', inputs).map((s) => [s.id, plain(s.value)]));
    expect(ar.utilisation).toBe('70%');
    expect(ar.delay).toBe('شهران');
  });
});

describe('atDefaults', () => {
  it('is true at the defaults and false once any input moves', () => {
    expect(atDefaults({ ...DEFAULT_INPUTS })).toBe(true);
    expect(atDefaults({ ...DEFAULT_INPUTS, baseRate: 3.9 })).toBe(false);
    expect(atDefaults({ ...DEFAULT_INPUTS, fleet: 20_000 })).toBe(false);
  });
});
