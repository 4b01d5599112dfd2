import { parseInline, type Inline } from './inline';
import { textsOf } from './blocks';
import type { Block, Facts, Source, TimelineEntry } from './types';

/**
 * Source ids in the order a reader first meets them (citations, the sources of cited facts,
 * figure blocks, the timeline where it sits), then every other known source in key order, so
 * the numbered sources list reads like footnotes.
 */
export function citationOrder(
  blocks: readonly Block[],
  facts: Facts,
  timeline: readonly TimelineEntry[],
  sources: Readonly<Record<string, Source>>
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
    if (block.type === 'figure') addFact(block.fact);
    if (block.type === 'pullquote' && block.cite) order.add(block.cite);
    if (block.type === 'section' && block.section === 'timeline') {
      for (const event of timeline) {
        addText(event.text);
        event.sources.forEach((s) => order.add(s));
      }
    }
    textsOf(block).forEach(addText);
  }
  for (const id of Object.keys(sources)) order.add(id);
  return [...order].filter((id) => id in sources);
}

/**
 * Inline nodes without citation markers that repeat the one just shown: a `{cite:x}` right
 * after a fact sourced to x (which carries its own marker), or right after another `{cite:x}`.
 */
export function dropRepeatedCites(nodes: readonly Inline[], facts: Facts): Inline[] {
  const out: Inline[] = [];
  let shown = new Set<string>();
  for (const node of nodes) {
    if (node.type === 'cite') {
      if (shown.has(node.id)) continue;
      shown.add(node.id);
    } else if (node.type === 'fact') {
      shown = new Set(facts[node.id]?.sources ?? []);
    } else if (node.type !== 'text' || node.text.trim() !== '') {
      shown = new Set();
    }
    out.push(node);
  }
  return out;
}
