import { describe, expect, it } from 'vitest';
import sources from '$content/sources/model.json';
import { LANGS } from '$lib/i18n/languages';
import { SLIDERS } from '$lib/model/inputs';
import {
  markLabel,
  presetDescription,
  presetName,
  presetSets,
  shortPublisher,
  sliderGloss,
  sliderLabel,
  sourceRef
} from '$lib/explorer/words';
import { PRESET_IDS } from '$lib/explorer/presets';
import { explorerWordsFor } from '$lib/prose/pageData';

describe('shortPublisher', () => {
  it.each([
    ['Tech Reader Daily (citing SemiAnalysis data)', 'Tech Reader Daily'],
    ['CoreWeave, filed with the U.S. Securities and Exchange Commission', 'CoreWeave'],
    ['Axios', 'Axios'],
    ['sofrrate.com (rates published by the Federal Reserve Bank of New York)', 'sofrrate.com'],
    ['(odd) name', '(odd) name']
  ])('%s → %s', (publisher, expected) => expect(shortPublisher(publisher)).toBe(expected));

  it('leaves every model source a name', () => {
    for (const s of Object.values(sources))
      expect(shortPublisher(s.publisher).length).toBeGreaterThan(1);
  });
});

describe('the model’s words for the explorer', () => {
  it('name every slider, mark and preset in both languages, without falling back to ids', () => {
    for (const lang of LANGS) {
      const words = explorerWordsFor(lang);
      for (const s of SLIDERS) {
        expect(sliderLabel(words, s.id)).not.toBe(s.id);
        for (const m of s.marks) {
          expect(markLabel(words, m.label), `${lang} ${m.label}`).not.toBe(m.label);
          expect(sourceRef(words, m.source), m.source).not.toBeNull();
        }
      }
      for (const id of PRESET_IDS) {
        expect(presetName(words, id)).not.toBe(id);
        expect(presetDescription(words, id)).not.toBeNull();
      }
    }
  });

  it('find nothing for names that are not their own', () => {
    expect(sourceRef(explorerWordsFor('en'), '__proto__')).toBeNull();
    expect(sourceRef(explorerWordsFor('ar'), 'toString')).toBeNull();
    expect(markLabel(explorerWordsFor('en'), 'constructor')).toBe('constructor');
  });
});

describe('the controls’ words: no bare jargon, short enough for a phone', () => {
  /** Terms of art a label, a mark or a scenario's name and line may not carry unexplained. */
  const JARGON = [/\bSOFR\b/, /\bpts\b/, /\bDDTL\b/, /investment[- ]grade/i, /\bbps?\b/];

  it('explains the base rate and the spread under their labels, in both languages', () => {
    for (const lang of LANGS) {
      const words = explorerWordsFor(lang);
      expect(sliderGloss(words, 'baseRate'), lang).toContain('SOFR');
      expect(sliderGloss(words, 'spread'), lang).toBeTruthy();
    }
    expect(sliderGloss(explorerWordsFor('en'), 'spread')).toContain('percentage points');
    expect(sliderGloss(explorerWordsFor('ar'), 'spread')).toContain('النقاط المئوية');
  });

  it('keeps terms of art out of labels, marks and the scenarios’ buttons', () => {
    for (const lang of LANGS) {
      const words = explorerWordsFor(lang);
      const texts = [
        ...SLIDERS.flatMap((s) => [
          sliderLabel(words, s.id),
          ...s.marks.map((m) => markLabel(words, m.label))
        ]),
        ...PRESET_IDS.flatMap((id) => [presetName(words, id), presetSets(words, id) ?? ''])
      ];
      for (const text of texts)
        for (const term of JARGON) expect(text, `${lang}: ${text}`).not.toMatch(term);
    }
  });

  it('fits a 390 px phone: a label on one line beside its value, a gloss on one or two', () => {
    for (const lang of LANGS) {
      const words = explorerWordsFor(lang);
      for (const s of SLIDERS) {
        expect(sliderLabel(words, s.id).length, `${lang} ${s.id}`).toBeLessThanOrEqual(22);
        expect((sliderGloss(words, s.id) ?? '').length, `${lang} ${s.id}`).toBeLessThanOrEqual(40);
      }
    }
  });
});
