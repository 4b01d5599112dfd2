/**
 * The raw content files and small helpers shared by the content tests. The JSON is read
 * untyped on purpose: these tests are what proves it matches the types in `$lib/content/types`.
 */
import storyEn from '$content/en/story.json';
import storyAr from '$content/ar/story.json';
import glossaryEn from '$content/en/glossary.json';
import glossaryAr from '$content/ar/glossary.json';
import timelineEn from '$content/en/timeline.json';
import timelineAr from '$content/ar/timeline.json';
import timelineEvents from '$content/timeline.json';
import factsJson from '$content/facts.json';
import sourcesJson from '$content/sources/story.json';
import allowLatinJson from '$content/allow-latin.json';
import statesEn from '$content/en/states.json';
import statesAr from '$content/ar/states.json';
import { textsOf } from '$lib/prose/blocks';
import type {
  ContentLang,
  Facts,
  Glossary,
  Sources,
  StateTexts,
  Story,
  TimelineEvent,
  TimelineTexts
} from '$lib/prose/types';

export const LANGS: readonly ContentLang[] = ['en', 'ar'];

export const stories = { en: storyEn, ar: storyAr } as unknown as Record<ContentLang, Story>;
export const glossaries = { en: glossaryEn, ar: glossaryAr } as Record<ContentLang, Glossary>;
export const timelineTexts = { en: timelineEn, ar: timelineAr } as Record<
  ContentLang,
  TimelineTexts
>;
export const events = timelineEvents as TimelineEvent[];
export const facts = factsJson as unknown as Facts;
export const sources = sourcesJson as unknown as Sources;
export const allowLatin: string[] = allowLatinJson;
export const stateTexts = { en: statesEn, ar: statesAr } as Record<ContentLang, StateTexts>;

/** A named piece of reader-facing text in one language, for error messages. */
export interface LabelledText {
  where: string;
  text: string;
}

/**
 * All reader-facing text of one language: title, dek, byline, blocks, glossary, timeline and
 * every wording of the live states.
 */
export function allTexts(lang: ContentLang): LabelledText[] {
  const story = stories[lang];
  const out: LabelledText[] = [
    { where: 'title', text: story.title },
    { where: 'dek', text: story.dek },
    { where: 'byline', text: story.byline }
  ];
  for (const block of story.blocks) {
    textsOf(block).forEach((text, i) => out.push({ where: `block ${block.id}#${i}`, text }));
  }
  for (const [id, entry] of Object.entries(glossaries[lang])) {
    out.push({ where: `glossary ${id} term`, text: entry.term });
    out.push({ where: `glossary ${id} definition`, text: entry.definition });
  }
  for (const [id, text] of Object.entries(timelineTexts[lang])) {
    out.push({ where: `timeline ${id}`, text });
  }
  for (const [id, cases] of Object.entries(stateTexts[lang])) {
    for (const [c, text] of Object.entries(cases)) out.push({ where: `state ${id}.${c}`, text });
  }
  return out;
}

export { textsOf };
