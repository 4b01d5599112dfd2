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
export { LIVE_KEYS, STATES, type LiveKey, type StateKey, type StateCase } from '$lib/format/live';
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
  /**
   * Level 2 only: the chapter is reference (methodology, glossary, sources), shown as a closed
   * disclosure with this heading as its summary, opened by a link to it or to anything in it,
   * and for print. Same value in both languages.
   */
  fold?: true;
}

export interface ParagraphBlock {
  id: string;
  type: 'paragraph';
  text: InlineText;
  /**
   * True for a paragraph of our own analysis rather than reported fact (who gains, who
   * struggles): the page labels it "Analysis" / «تحليل». Same value in both languages.
   */
  analysis?: true;
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
  /** The figure, or the lower end of a range. */
  value: number;
  /** The upper end, when the source gives a range ("$12–14B"). */
  high?: number;
  unit: FactUnit;
  asOf: IsoDateOrMonth;
  /**
   * Ids of entries in `content/sources/story.json`; at least one, and at least one of them
   * (copies folded into their originals) primary or press, unless `soleSource` says why not.
   */
  sources: string[];
  note?: string;
  /**
   * Why the stored pages hold no primary or press source for this figure. A figure with a
   * `soleSource` is worded with that caution where the story uses it ("according to one
   * report…"). Not shown to readers.
   */
  soleSource?: string;
}

export type Facts = Record<string, Fact>;

/**
 * What kind of text a source is: `primary` — the company's own filings and releases, a central
 * bank, official statistics (even when read in a verbatim copy); `press` — a newsroom doing its
 * own reporting; `secondary` — aggregators, summaries, mirrors, blogs and commentary.
 */
export const SOURCE_KINDS = ['primary', 'press', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Where a figure or claim was read: an entry of `content/sources/story.json` or
 * `content/sources/model.json`. Its notes, one per language, live in `content/<lang>/sources.json`.
 */
export interface Source {
  kind: SourceKind;
  /** The id of the source this text copies: a claim never counts the two as two sources. */
  copyOf?: string;
  /** Title as published, in its own language. */
  title: string;
  /** The title's language (BCP 47) when not English, e.g. "zh-Hant", "fr". */
  lang?: string;
  publisher: string;
  /**
   * Publication date. Where the page prints none, the date of the event it reports, or only
   * the month; `note` then says which.
   */
  date: IsoDateOrMonth;
  /**
   * An https address; plain http only where the stored copy has no other, and the source's note
   * says so; `null` only when no public address is known, and the note says that.
   */
  url: string | null;
}

export type Sources = Record<string, Source>;

/** One language's notes on the sources, keyed by source id: `content/<lang>/sources.json`. */
export type SourceNotes = Record<string, string>;

/**
 * `content/<lang>/states.json`: for each `{state:<id>}` in the story, a wording per case of
 * the state its id names (`STATES` in `$lib/format/live`), e.g. `{ "cover": { "short": "…" } }`.
 * The wordings may carry glossary terms, facts and live figures, but no citations: a hidden
 * wording must not hold a source number.
 */
export type StateTexts = Record<string, Record<string, InlineText>>;

/** A dated event: an entry of `content/timeline.json`; its text lives per language. */
export interface TimelineEvent {
  id: string;
  date: IsoDateOrMonth;
  /** As for a fact: at least one primary or press source, unless `soleSource` says why not. */
  sources: string[];
  soleSource?: string;
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
  /** The notes on the sources in this language. */
  sourceNotes: SourceNotes;
  /** The wordings of each `{state:…}` id, one per case of its state. */
  states: StateTexts;
}
