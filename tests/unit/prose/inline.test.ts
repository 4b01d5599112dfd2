import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inlineRefs, parseInline, proseOf, type Inline } from '$lib/prose/inline';

describe('parseInline', () => {
  const cases: { name: string; input: string; expected: Inline[] }[] = [
    { name: 'empty text gives no nodes', input: '', expected: [] },
    {
      name: 'plain text is one text node',
      input: 'Shares fell.',
      expected: [{ type: 'text', text: 'Shares fell.' }]
    },
    {
      name: 'a glossary term keeps its words and id',
      input: 'Its [debt load](term:leverage) grew.',
      expected: [
        { type: 'text', text: 'Its ' },
        { type: 'term', id: 'leverage', text: 'debt load' },
        { type: 'text', text: ' grew.' }
      ]
    },
    {
      name: 'fact, cite and live tokens, back to back',
      input: '{fact:mv-lost}{cite:wsj-denton}{live:breakEvenUtil}',
      expected: [
        { type: 'fact', id: 'mv-lost' },
        { type: 'cite', id: 'wsj-denton' },
        { type: 'live', key: 'breakEvenUtil' }
      ]
    },
    {
      name: 'Arabic text around a term and a fact',
      input: 'خسرت {fact:mv-lost} من [قيمتها السوقية](term:market-value).',
      expected: [
        { type: 'text', text: 'خسرت ' },
        { type: 'fact', id: 'mv-lost' },
        { type: 'text', text: ' من ' },
        { type: 'term', id: 'market-value', text: 'قيمتها السوقية' },
        { type: 'text', text: '.' }
      ]
    },
    {
      name: 'an unknown live key stays literal and merges with the text around it',
      input: 'a {live:noSuchKey} b',
      expected: [{ type: 'text', text: 'a {live:noSuchKey} b' }]
    },
    {
      name: 'malformed tokens stay literal: upper-case id, unknown kind, missing brace',
      input: '{fact:Bad} {quote:x} {cite:ok',
      expected: [{ type: 'text', text: '{fact:Bad} {quote:x} {cite:ok' }]
    },
    {
      name: 'a state token names its state, with or without a second name',
      input: '{state:cover} then {state:cover.lesson}',
      expected: [
        { type: 'state', id: 'cover', key: 'cover' },
        { type: 'text', text: ' then ' },
        { type: 'state', id: 'cover.lesson', key: 'cover' }
      ]
    },
    {
      name: 'a state token with an unknown state stays literal',
      input: '{state:weather} {state:Cover}',
      expected: [{ type: 'text', text: '{state:weather} {state:Cover}' }]
    },
    {
      name: 'a link that is not a term stays literal',
      input: '[words](http://example.com)',
      expected: [{ type: 'text', text: '[words](http://example.com)' }]
    }
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    expect(parseInline(input)).toEqual(expected);
  });

  it('never loses or invents characters: literal text plus token sources rebuild the input', () => {
    // Rebuild the source text from the nodes; this must equal the input for any string.
    const rebuild = (nodes: Inline[]): string =>
      nodes
        .map((n) => {
          switch (n.type) {
            case 'text':
              return n.text;
            case 'term':
              return `[${n.text}](term:${n.id})`;
            case 'fact':
              return `{fact:${n.id}}`;
            case 'cite':
              return `{cite:${n.id}}`;
            case 'live':
              return `{live:${n.key}}`;
            case 'state':
              return `{state:${n.id}}`;
          }
        })
        .join('');
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '{fact:a-b}',
        '{cite:x1}',
        '{live:equityIrr}',
        '{state:cover.x}',
        '{state:nope}',
        '[w](term:t)',
        '{',
        '}',
        '[',
        ']('
      )
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const input = pieces.join('');
        const nodes = parseInline(input);
        expect(rebuild(nodes)).toBe(input);
        // No two text nodes in a row and no empty text node.
        nodes.forEach((n, i) => {
          if (n.type === 'text') {
            expect(n.text).not.toBe('');
            expect(nodes[i + 1]?.type).not.toBe('text');
          }
        });
      })
    );
  });
});

describe('inlineRefs', () => {
  it('lists each reference once, in order of first appearance', () => {
    const refs = inlineRefs(
      '{fact:b}{fact:a}{fact:b} [x](term:leverage) {cite:s1} {live:equityIrr} {live:equityIrr} {state:stake}'
    );
    expect(refs).toEqual({
      terms: ['leverage'],
      facts: ['b', 'a'],
      cites: ['s1'],
      lives: ['equityIrr'],
      states: ['stake']
    });
  });
});

describe('proseOf', () => {
  it('keeps text and term words and turns every other token into a space', () => {
    // 'Down ' + ' ' (fact) + ' in ' + 'weeks' (term) + ' ' (cite) + '.'
    expect(proseOf('Down {fact:f} in [weeks](term:t){cite:s}.')).toBe('Down   in weeks .');
  });
});
