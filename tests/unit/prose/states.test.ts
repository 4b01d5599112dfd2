import { describe, expect, it } from 'vitest';
import { STATES, stateKeyOf } from '$lib/format/live';
import { inlineRefs } from '$lib/prose/inline';
import { LANGS, allTexts, stateTexts } from './fixtures';

/** Every `{state:…}` id the story, glossary and timeline use in `lang`. */
function usedStates(lang: 'en' | 'ar'): Set<string> {
  const used = new Set<string>();
  for (const { where, text } of allTexts(lang)) {
    if (where.startsWith('state ')) continue;
    inlineRefs(text).states.forEach((id) => used.add(id));
  }
  return used;
}

describe.each(LANGS)('the %s wordings of live states', (lang) => {
  const texts = stateTexts[lang];

  it('exist for every state the prose uses, and none is unused', () => {
    expect(Object.keys(texts).sort()).toEqual([...usedStates(lang)].sort());
  });

  it('name a known state and word each of its cases, and only those', () => {
    for (const [id, cases] of Object.entries(texts)) {
      const key = stateKeyOf(id);
      expect(key, id).toBeDefined();
      if (key) expect(Object.keys(cases).sort(), id).toEqual([...STATES[key]].sort());
    }
  });

  it('carry no citation or sourced fact: a hidden wording must not hold a source number', () => {
    for (const [id, cases] of Object.entries(texts)) {
      for (const [c, text] of Object.entries(cases)) {
        const refs = inlineRefs(text);
        expect([...refs.cites, ...refs.facts], `${id}.${c}`).toEqual([]);
        expect(refs.states, `${id}.${c}: no state inside a state`).toEqual([]);
        expect(text.trim(), `${id}.${c}`).not.toBe('');
      }
    }
  });
});
