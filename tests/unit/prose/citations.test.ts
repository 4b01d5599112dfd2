import { describe, expect, it } from 'vitest';
import { parseInline } from '$lib/prose/inline';
import { LANGS, allTexts, facts } from './fixtures';

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

/**
 * The sentences of a text whose citations would land inside its words: a sentence that cites
 * (through a sourced fact or a `{cite:…}` token) must end with a token right before its stop,
 * so the marker group the page puts there sits after the last token and the words between
 * tokens appear on the page exactly as written.
 */
function groupsInsideWords(text: string, facts: Readonly<Record<string, { sources: string[] }>>) {
  const found: string[] = [];
  let cites = false;
  for (const node of parseInline(text)) {
    if (node.type === 'cite') cites = true;
    else if (node.type === 'fact') cites ||= (facts[node.id]?.sources.length ?? 0) > 0;
    else if (node.type === 'text') {
      let from = 0;
      for (const stop of node.text.matchAll(new RegExp(STOP.source, 'g'))) {
        const before = node.text.slice(from, stop.index);
        if (cites && before.trim() !== '') found.push(before.trim().slice(-40));
        cites = false;
        from = stop.index + 1;
      }
    }
  }
  return found;
}

describe('a sentence that cites', () => {
  it('is found by the check when its stop follows words, not a token', () => {
    const facts = { price: { sources: ['sec'] } };
    expect(groupsInsideWords('At {fact:price} a share.', facts)).toEqual(['a share']);
    expect(groupsInsideWords('At {fact:price} a share{cite:sec}. Next.', facts)).toEqual([]);
    expect(groupsInsideWords('No source here. At {fact:price}.', facts)).toEqual([]);
  });

  it.each(LANGS)(
    'ends with a token right before its stop in every %s block and definition',
    (lang) => {
      const texts = allTexts(lang).filter(
        ({ where }) => where.startsWith('block ') || where.startsWith('glossary ')
      );
      const found = texts.flatMap(({ where, text }) =>
        groupsInsideWords(text, facts).map((w) => `${where}: …${w}`)
      );
      expect(found).toEqual([]);
    }
  );
});
