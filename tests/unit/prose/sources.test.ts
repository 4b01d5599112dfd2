import { describe, expect, it } from 'vitest';
import { parseInline } from '$lib/prose/inline';
import type { Block, Facts, Source, TimelineEntry } from '$lib/prose/types';
import { citationOrder, dropRepeatedCites } from '$lib/prose/sources';

const facts: Facts = {
  price: { value: 40, unit: 'usd', asOf: '2025-03', sources: ['sec'] },
  loss: { value: 33, unit: 'usdBillions', asOf: '2025-12', sources: ['wsj', 'mag'] }
};
const source = (title: string): Source => ({ title, publisher: 'p', date: '2025-01', url: null });
const sources = {
  sec: source('a'),
  wsj: source('b'),
  mag: source('c'),
  extra: source('d'),
  tl: source('e')
};

describe('dropRepeatedCites', () => {
  const kinds = (text: string) =>
    dropRepeatedCites(parseInline(text), facts).map((n) =>
      n.type === 'cite' ? `cite:${n.id}` : n.type
    );

  it.each([
    ['{fact:price}{cite:sec}', ['fact']],
    ['{fact:price}{cite:wsj}', ['fact', 'cite:wsj']],
    ['{fact:loss} {cite:mag}', ['fact', 'text']],
    ['a{cite:sec}{cite:sec}', ['text', 'cite:sec']],
    ['a{cite:sec} b{cite:sec}', ['text', 'cite:sec', 'text', 'cite:sec']]
  ])('%s → %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
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
    // wsj and mag come from the fact in p1, sec from its cite, tl from the timeline, extra last.
    expect(citationOrder(blocks, facts, timeline, sources)).toEqual([
      'wsj',
      'mag',
      'sec',
      'tl',
      'extra'
    ]);
  });
});
