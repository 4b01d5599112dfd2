import { describe, expect, it } from 'vitest';
import { parseInline } from '$lib/prose/inline';
import type { Block, Facts, Source, Sources, TimelineEntry } from '$lib/prose/types';
import { citationOrder, foldCopies, groupCitations } from '$lib/prose/sources';

const facts: Facts = {
  price: { value: 40, unit: 'usd', asOf: '2025-03', sources: ['sec'] },
  loss: { value: 33, unit: 'usdBillions', asOf: '2025-12', sources: ['wsj', 'mag'] },
  swaps: { value: 643, unit: 'basisPoints', asOf: '2025-12', sources: ['coin', 'param'] }
};
const source = (title: string, copyOf?: string): Source => ({
  kind: 'press',
  title,
  publisher: 'p',
  date: '2025-01',
  url: null,
  ...(copyOf ? { copyOf } : {})
});
const sources: Sources = {
  sec: source('a'),
  wsj: source('b'),
  mag: source('c'),
  extra: source('d'),
  tl: source('e'),
  coin: source('f'),
  param: source('g', 'coin')
};

/** The pieces of a text as short labels: "text:…", "fact:id", "cites:a,b". */
const pieces = (text: string, trailing: string[] = []) =>
  groupCitations(parseInline(text), facts, sources, trailing).map((n) =>
    n.type === 'cites'
      ? `cites:${n.ids.join(',')}`
      : n.type === 'text'
        ? `text:${n.text}`
        : n.type === 'fact'
          ? `fact:${n.id}`
          : n.type
  );

describe('groupCitations', () => {
  it('moves a fact’s sources after the noun, to the end of its sentence', () => {
    // The marker never sits between "$40" and "a share".
    expect(pieces('At {fact:price} a share.')).toEqual([
      'text:At ',
      'fact:price',
      'text: a share',
      'cites:sec',
      'text:.'
    ]);
  });

  it('gathers one group per sentence, without repeats, in first-cited order', () => {
    expect(pieces('Lost {fact:loss}{cite:wsj}, then more{cite:sec}. Next{cite:sec}.')).toEqual([
      'text:Lost ',
      'fact:loss',
      'text:, then more',
      'cites:wsj,mag,sec',
      'text:. Next',
      'cites:sec',
      'text:.'
    ]);
  });

  it('folds a copy into its original when both are cited', () => {
    expect(pieces('Swaps at {fact:swaps}.')).toContain('cites:coin');
    expect(foldCopies(['param', 'coin', 'param'], sources)).toEqual(['coin']);
    // A copy cited alone still shows: it is the only text there.
    expect(foldCopies(['param'], sources)).toEqual(['param']);
  });

  it('adds trailing sources to the last sentence’s group, before its stop', () => {
    expect(pieces('One{cite:sec}. Two {fact:price}.', ['tl'])).toEqual([
      'text:One',
      'cites:sec',
      'text:. Two ',
      'fact:price',
      'cites:sec,tl',
      'text:.'
    ]);
    // Without a stop the group closes the text.
    expect(pieces('a label', ['tl'])).toEqual(['text:a label', 'cites:tl']);
  });

  it('ends sentences at the Arabic question mark, not inside an abbreviation', () => {
    expect(pieces('سؤال{cite:sec}؟ جواب')).toEqual(['text:سؤال', 'cites:sec', 'text:؟ جواب']);
    expect(pieces('The U.S. Fed{cite:sec}.')).toEqual(['text:The U.S. Fed', 'cites:sec', 'text:.']);
  });
});

describe('citationOrder', () => {
  it('numbers sources in reading order, then the rest', () => {
    const blocks: Block[] = [
      { id: 'p1', type: 'paragraph', text: 'x {fact:loss} y{cite:sec}' },
      { id: 't', type: 'section', section: 'timeline' },
      { id: 'f', type: 'figure', fact: 'price', label: 'z' }
    ];
    const timeline: TimelineEntry[] = [{ id: 'e', date: '2025-03', sources: ['tl'], text: 'e' }];
    // wsj and mag come from the fact in p1, sec from its cite, tl from the timeline, the rest
    // in key order.
    expect(citationOrder(blocks, facts, timeline, sources)).toEqual([
      'wsj',
      'mag',
      'sec',
      'tl',
      'extra',
      'coin',
      'param'
    ]);
  });
});
