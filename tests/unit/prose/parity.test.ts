import { describe, expect, it } from 'vitest';
import { inlineRefs } from '$lib/prose/inline';
import type { Block } from '$lib/prose/types';
import { events, glossaries, stateTexts, stories, textsOf, timelineTexts } from './fixtures';

const en = stories.en.blocks;
const ar = stories.ar.blocks;

/** What must match across languages for one block: everything except the words. */
function skeleton(block: Block): Record<string, unknown> {
  const base = { id: block.id, type: block.type };
  switch (block.type) {
    case 'heading':
      return { ...base, level: block.level, fold: block.fold ?? false };
    case 'figure':
      return { ...base, fact: block.fact };
    case 'interactive':
      return { ...base, slot: block.slot };
    case 'section':
      return { ...base, section: block.section };
    case 'pullquote':
      return { ...base, cite: block.cite };
    case 'list':
      return { ...base, items: block.items.length };
    case 'paragraph':
      // An analysis paragraph is one in both languages.
      return { ...base, analysis: block.analysis ?? false };
    default:
      return base;
  }
}

/** The references of each text field of a block, as sorted sets so word order may differ. */
function refsOf(block: Block) {
  return textsOf(block).map((text) => {
    const r = inlineRefs(text);
    return {
      terms: [...r.terms].sort(),
      facts: [...r.facts].sort(),
      cites: [...r.cites].sort(),
      lives: [...r.lives].sort(),
      states: [...r.states].sort()
    };
  });
}

/** The references of one text, sorted, for comparing a wording across languages. */
function refsOfText(text: string) {
  const r = inlineRefs(text);
  return [r.terms, r.facts, r.cites, r.lives, r.states].map((list) => [...list].sort());
}

describe('English and Arabic stories are parallel', () => {
  it('have the same block ids, types, heading levels, figures, slots and sections in order', () => {
    expect(ar.map(skeleton)).toEqual(en.map(skeleton));
  });

  it('word the same states, case for case, with the same tokens', () => {
    expect(Object.keys(stateTexts.ar).sort()).toEqual(Object.keys(stateTexts.en).sort());
    for (const [id, cases] of Object.entries(stateTexts.en)) {
      const other = stateTexts.ar[id] ?? {};
      expect(Object.keys(other).sort(), id).toEqual(Object.keys(cases).sort());
      for (const [c, text] of Object.entries(cases))
        expect(refsOfText(other[c] ?? ''), `${id}.${c}`).toEqual(refsOfText(text));
    }
  });

  it('use the same fact, cite, term, live and state tokens in each text field of each block', () => {
    // Compared block by block so a mismatch names the block.
    expect(ar.length).toBe(en.length);
    en.forEach((block, i) => {
      const other = ar[i];
      expect(other?.id).toBe(block.id);
      if (other) expect(refsOf(other), block.id).toEqual(refsOf(block));
    });
  });

  it('have the same glossary terms', () => {
    expect(Object.keys(glossaries.ar).sort()).toEqual(Object.keys(glossaries.en).sort());
  });

  it('use the same tokens in each glossary definition', () => {
    for (const [id, entry] of Object.entries(glossaries.en)) {
      const other = glossaries.ar[id];
      expect(other, id).toBeDefined();
      if (other) expect(inlineRefs(other.definition), id).toEqual(inlineRefs(entry.definition));
    }
  });

  it('have timeline texts for exactly the events of timeline.json, with the same tokens', () => {
    const ids = events.map((e) => e.id).sort();
    expect(Object.keys(timelineTexts.en).sort()).toEqual(ids);
    expect(Object.keys(timelineTexts.ar).sort()).toEqual(ids);
    for (const id of ids) {
      const a = inlineRefs(timelineTexts.ar[id] ?? '');
      const e = inlineRefs(timelineTexts.en[id] ?? '');
      expect({ ...a, facts: [...a.facts].sort(), terms: [...a.terms].sort() }, id).toEqual({
        ...e,
        facts: [...e.facts].sort(),
        terms: [...e.terms].sort()
      });
    }
  });
});
