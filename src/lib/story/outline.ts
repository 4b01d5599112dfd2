/** The story's outline: what the page needs to lay the story out, without its prose. */
import type { Block, SectionId, Slot } from '$lib/content/types';

/** A story block as the page lays it out: its id and kind, without its text. */
export type OutlineBlock =
  | { id: string; type: 'interactive'; slot: Slot }
  | { id: string; type: 'section'; section: SectionId }
  | { id: string; type: Exclude<Block['type'], 'interactive' | 'section'> };

/** The story's blocks in reading order, and its chapters for the contents list. */
export interface Outline {
  /** The story's title and standfirst, for the page's head. */
  title: string;
  dek: string;
  blocks: OutlineBlock[];
  chapters: { id: string; text: string }[];
}
