import { parseInline, type Inline } from './inline';
import { textsOf } from './blocks';
import type { Block, Facts, Sources, TimelineEntry } from './types';

/** A group of citation markers, shown once at the end of a sentence. */
export interface CiteGroupNode {
  type: 'cites';
  /** Source ids in the order the sentence first cites them, copies folded into originals. */
  ids: string[];
}

/** What a text renders: its inline nodes, with citations gathered into groups. */
export type Piece = Inline | CiteGroupNode;

/**
 * A sentence end: . ! ? or the Arabic question mark, then space, a closing mark or the end.
 * A full stop after a lone capital ("U.S.") is an abbreviation, not an end.
 */
const SENTENCE_END = /(?<!(?:^|[\s.])[A-Z])[.!?\u061F](?=[\s"'’”»)\]]|$)/g;

/** `ids` without repeats and without a copy whose original is also there, in first-seen order. */
export function foldCopies(ids: readonly string[], sources: Sources): string[] {
  const unique = [...new Set(ids)];
  return unique.filter((id) => {
    const original = sources[id]?.copyOf;
    return !(original && unique.includes(original));
  });
}

/** Where the last sentence of the nodes ends: its text node and the offset of its stop. */
function lastSentenceEnd(nodes: readonly Inline[]): { node: number; at: number } | null {
  const last = nodes.length - 1;
  const node = nodes[last];
  if (node?.type !== 'text') return null;
  const stops = [...node.text.matchAll(SENTENCE_END)];
  const stop = stops.at(-1);
  if (!stop || node.text.slice(stop.index + 1).trim() !== '') return null;
  return { node: last, at: stop.index };
}

/**
 * The nodes of a text with every citation moved to the end of its sentence, as one group: a
 * `{cite:…}` token and the sources of each `{fact:…}` in the sentence, without repeats and with
 * a copy folded into its original (CoinCentral and its copy Parameter show as one marker).
 * The group goes before the sentence's stop, so a marker never sits between a number and its
 * noun and a sentence carries at most one group. `trailing` ids (a timeline event's sources, a
 * figure's sources) join the last sentence's group.
 */
export function groupCitations(
  nodes: readonly Inline[],
  facts: Facts,
  sources: Sources,
  trailing: readonly string[] = []
): Piece[] {
  const out: Piece[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) out.push({ type: 'cites', ids: foldCopies(pending, sources) });
    pending = [];
  };
  const end = lastSentenceEnd(nodes);
  nodes.forEach((node, i) => {
    if (node.type === 'cite') pending.push(node.id);
    else if (node.type === 'fact') {
      out.push(node);
      pending.push(...(facts[node.id]?.sources ?? []));
    } else if (node.type !== 'text') out.push(node);
    else {
      let from = 0;
      for (const stop of node.text.matchAll(SENTENCE_END)) {
        if (stop.index > from) out.push({ type: 'text', text: node.text.slice(from, stop.index) });
        if (end && end.node === i && end.at === stop.index) pending.push(...trailing);
        flush();
        from = stop.index;
      }
      if (from < node.text.length) out.push({ type: 'text', text: node.text.slice(from) });
    }
  });
  if (!end) pending.push(...trailing);
  flush();
  return out;
}

/**
 * Source ids in the order a reader first meets them (citations, the sources of cited facts,
 * figure blocks, the timeline where it sits), then every other known source in key order, so
 * the numbered sources list reads like footnotes.
 */
export function citationOrder(
  blocks: readonly Block[],
  facts: Facts,
  timeline: readonly TimelineEntry[],
  sources: Sources
): string[] {
  const order = new Set<string>();
  const addFact = (id: string) => facts[id]?.sources.forEach((s) => order.add(s));
  const addText = (text: string) => {
    for (const node of parseInline(text)) {
      if (node.type === 'cite') order.add(node.id);
      else if (node.type === 'fact') addFact(node.id);
    }
  };
  for (const block of blocks) {
    if (block.type === 'pullquote' && block.cite) order.add(block.cite);
    if (block.type === 'section' && block.section === 'timeline') {
      for (const event of timeline) {
        addText(event.text);
        event.sources.forEach((s) => order.add(s));
      }
    }
    textsOf(block).forEach(addText);
    // A figure's own sources close its caption's group, after the label's.
    if (block.type === 'figure') addFact(block.fact);
  }
  for (const id of Object.keys(sources)) order.add(id);
  return [...order].filter((id) => id in sources);
}
