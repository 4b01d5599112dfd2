import { describe, expect, it } from 'vitest';
import { parseInline } from '$lib/prose/inline';
import { LANGS, allTexts } from './fixtures';

/** Sentence ends as the renderer finds them (see `groupCitations`). */
const STOP = /[.!?\u061F](?=[\s"'’”»)\]]|$)/;

/**
 * Where a text's `{cite:…}` tokens sit that are not at the end of their sentence: each must be
 * followed only by more cite tokens, then the sentence's stop or the end of the text. The page
 * gathers a sentence's citations into one group at its end whatever the source text does; this
 * keeps the source text honest about what each sentence cites.
 */
function citesInsideSentences(text: string): string[] {
  const nodes = parseInline(text);
  return nodes.flatMap((node, i) => {
    if (node.type !== 'cite') return [];
    const next = nodes.slice(i + 1).find((n) => n.type !== 'cite');
    if (next === undefined) return [];
    if (next.type === 'text' && STOP.test(next.text.charAt(0))) return [];
    return [node.id];
  });
}

describe('citation tokens', () => {
  it('are found inside a sentence by the check', () => {
    expect(citesInsideSentences('A{cite:a} and b.')).toEqual(['a']);
    expect(citesInsideSentences('A and b{cite:a}{cite:b}. C')).toEqual([]);
    expect(citesInsideSentences('A and b{cite:a}')).toEqual([]);
  });

  it.each(LANGS)('sit at the end of their sentence in every %s text', (lang) => {
    const found = allTexts(lang).flatMap(({ where, text }) =>
      citesInsideSentences(text).map((id) => `${where}: ${id}`)
    );
    expect(found).toEqual([]);
  });
});
