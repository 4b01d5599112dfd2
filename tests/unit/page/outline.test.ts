import { describe, expect, it } from 'vitest';
import { foldStretches, type OutlineBlock } from '$lib/page/outline';
import { outlineFor } from '$lib/prose/pageData';

const h = (id: string, fold?: true): OutlineBlock =>
  fold ? { id, type: 'heading', fold } : { id, type: 'heading' };
const p = (id: string): OutlineBlock => ({ id, type: 'paragraph' });

describe('foldStretches', () => {
  it('keeps the flow before the first folding heading, then one stretch per fold', () => {
    const stretches = foldStretches([p('a'), h('b'), p('c'), h('m', true), p('d'), h('g', true)]);
    expect(stretches.map((s) => [s.fold, s.blocks.map((b) => b.id)])).toEqual([
      [false, ['a', 'b', 'c']],
      [true, ['m', 'd']],
      [true, ['g']]
    ]);
  });

  it('gives no stretch for no blocks, and one unfolded stretch for a story with no fold', () => {
    expect(foldStretches([])).toEqual([]);
    expect(foldStretches([p('a'), p('b')])).toEqual([{ fold: false, blocks: [p('a'), p('b')] }]);
  });

  it('folds the methodology, glossary and sources of the story, in both languages', () => {
    for (const lang of ['en', 'ar'] as const) {
      const folded = foldStretches(outlineFor(lang).blocks)
        .filter((s) => s.fold)
        .map((s) => s.blocks[0]?.id);
      expect(folded, lang).toEqual(['how-it-works', 'glossary', 'sources']);
    }
  });
});
