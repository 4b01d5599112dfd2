/**
 * Types of the story content kept under `content/`.
 *
 * The story is a list of typed blocks in reading order. English and Arabic share the same
 * block ids, types and slots, so the page can render either language from one component map
 * and a reader switching language lands on the same anchor.
 */

/** A language the content is written in. */
export type ContentLang = 'en' | 'ar';

import type { FactUnit } from '$lib/format/figures';
import type { SectionId, Slot } from '$lib/page/outline';

export { FACT_UNITS, type FactUnit } from '$lib/format/figures';
export { LIVE_KEYS, type LiveKey } from '$lib/format/live';
export { SECTIONS, SLOTS, type SectionId, type Slot } from '$lib/page/outline';

/** A date as precise as the source allows: a day (`YYYY-MM-DD`) or a month (`YYYY-MM`). */
export type IsoDateOrMonth = string;

/** Text that may carry inline markup (see `parseInline`). */
export type InlineText = string;

export interface HeadingBlock {
  id: string;
  type: 'heading';
  /** Level 2 headings make the table of contents; level 3 are sub-heads. */
  level: 2 | 3;
  text: InlineText;
}

export interface ParagraphBlock {
  id: string;
  type: 'paragraph';
  text: InlineText;
}

export interface PullquoteBlock {
  id: string;
  type: 'pullquote';
  /** A key point restated in our own words, not a quotation unless `cite` says whose. */
  text: InlineText;
  cite?: string;
}

export interface FigureBlock {
  id: string;
  type: 'figure';
  /** Id of an entry in `content/facts.json`; the page formats its value. */
  fact: string;
  label: InlineText;
}

export interface InteractiveBlock {
  id: string;
  type: 'interactive';
  slot: Slot;
  /** Tells the reader what to try with the piece. */
  text: InlineText;
}

export interface ListBlock {
  id: string;
  type: 'list';
  items: InlineText[];
}

export interface NoteBlock {
  id: string;
  type: 'note';
  text: InlineText;
}

export interface SectionBlock {
  id: string;
  type: 'section';
  section: SectionId;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | PullquoteBlock
  | FigureBlock
  | InteractiveBlock
  | ListBlock
  | NoteBlock
  | SectionBlock;

export type BlockType = Block['type'];

/** One language's story: `content/<lang>/story.json`. */
export interface Story {
  title: string;
  /** The subtitle under the title. */
  dek: string;
  byline: string;
  blocks: Block[];
}

/** A sourced figure: an entry of `content/facts.json` (language-neutral). */
export interface Fact {
  value: number;
  unit: FactUnit;
  asOf: IsoDateOrMonth;
  /** Ids of entries in `content/sources/story.json`; at least one. */
  sources: string[];
  note?: string;
}

export type Facts = Record<string, Fact>;

/** Where a figure or claim was read: an entry of `content/sources/story.json`. */
export interface Source {
  title: string;
  publisher: string;
  /**
   * Publication date. Where the page prints none, the date of the event it reports, or only
   * the month; `note` then says which.
   */
  date: IsoDateOrMonth;
  /** `null` only when no public address is known; `note` then says so. */
  url: string | null;
  note?: string;
}

export type Sources = Record<string, Source>;

/** A dated event: an entry of `content/timeline.json`; its text lives per language. */
export interface TimelineEvent {
  id: string;
  date: IsoDateOrMonth;
  sources: string[];
}

/** Event texts of one language: `content/<lang>/timeline.json`. */
export type TimelineTexts = Record<string, InlineText>;

/** A timeline event with its text in one language, as the page renders it. */
export interface TimelineEntry extends TimelineEvent {
  text: InlineText;
}

export interface GlossaryEntry {
  term: string;
  /** One to three plain sentences; may carry inline markup. */
  definition: InlineText;
}

/** One language's glossary: `content/<lang>/glossary.json`. */
export type Glossary = Record<string, GlossaryEntry>;

/** Everything the page needs to render the story in one language. */
export interface Content {
  lang: ContentLang;
  story: Story;
  glossary: Glossary;
  timeline: TimelineEntry[];
  facts: Facts;
  sources: Sources;
}
