import { describe, expect, it } from 'vitest';
import sources from '$content/sources/model.json';
import { LANGS } from '$lib/i18n/languages';
import { SLIDERS } from '$lib/model/inputs';
import {
  markLabel,
  presetDescription,
  presetName,
  shortPublisher,
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
