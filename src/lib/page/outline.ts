/** The story's outline: what the page needs to lay the story out, without its prose. */
import { CHART_NAMES, STATIC_CHART } from '$lib/charts/names';

/** Where an interactive piece sits in the story. Each appears exactly once. */
export const SLOTS = [STATIC_CHART, 'presets', 'sliders', ...CHART_NAMES] as const;
export type Slot = (typeof SLOTS)[number];

/** Parts of the page rendered from data other than the story blocks. Each appears exactly once. */
export const SECTIONS = ['timeline', 'glossary', 'sources', 'methodology', 'caveat'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** The kinds of prose block, each rendered at build time. */
export type ProseBlockType = 'heading' | 'paragraph' | 'pullquote' | 'figure' | 'list' | 'note';

/** A story block as the page lays it out: its id and kind, without its text. */
export type OutlineBlock =
  | { id: string; type: 'interactive'; slot: Slot }
  | { id: string; type: 'section'; section: SectionId }
  | { id: string; type: 'heading'; fold?: true }
  | { id: string; type: Exclude<ProseBlockType, 'heading'> };

/** The story's blocks in reading order, and its chapters for the contents list. */
export interface Outline {
  /** The story's title and standfirst, for the page's head. */
  title: string;
  dek: string;
  blocks: OutlineBlock[];
  chapters: { id: string; text: string }[];
}

/** A stretch of the story's blocks: in the flow, or a reference chapter folded in a disclosure. */
export type Stretch =
  { fold: false; blocks: OutlineBlock[] } | { fold: true; blocks: OutlineBlock[] };

/**
 * Cuts blocks into stretches: each folding heading starts a folded stretch that runs to the next
 * folding heading; the blocks before the first stay in the flow.
 */
export function foldStretches(blocks: readonly OutlineBlock[]): Stretch[] {
  const out: Stretch[] = [];
  for (const block of blocks) {
    const folds = block.type === 'heading' && block.fold === true;
    const last = out[out.length - 1];
    if (folds || !last) out.push({ fold: folds, blocks: [block] });
    else last.blocks.push(block);
  }
  return out;
}
