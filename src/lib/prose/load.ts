/**
 * Typed access to the story content under `content/`. The JSON is imported statically so the
 * prerendered pages carry it without a fetch; the content tests check every file against the
 * types in `./types`, which is why a plain cast is enough here.
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
import sourceNotesEn from '$content/en/sources.json';
import sourceNotesAr from '$content/ar/sources.json';
import statesEn from '$content/en/states.json';
import statesAr from '$content/ar/states.json';
import type {
  Content,
  ContentLang,
  Facts,
  Glossary,
  SourceNotes,
  Sources,
  StateTexts,
  Story,
  TimelineEntry,
  TimelineEvent,
  TimelineTexts
} from './types';

const STORIES = { en: storyEn, ar: storyAr } as unknown as Record<ContentLang, Story>;
const GLOSSARIES = { en: glossaryEn, ar: glossaryAr } as Record<ContentLang, Glossary>;
const TIMELINE_TEXTS = { en: timelineEn, ar: timelineAr } as Record<ContentLang, TimelineTexts>;
const EVENTS = timelineEvents as TimelineEvent[];
const SOURCE_NOTES = { en: sourceNotesEn, ar: sourceNotesAr } as Record<ContentLang, SourceNotes>;
const STATE_TEXTS = { en: statesEn, ar: statesAr } as Record<ContentLang, StateTexts>;

/** Sourced figures shared by both languages, keyed by fact id. */
export const facts: Facts = factsJson as unknown as Facts;

/** Sources of the story's figures and claims, keyed by source id. */
export const sources: Sources = sourcesJson as unknown as Sources;

/** Latin-script names and abbreviations allowed inside Arabic text. */
export const allowLatin: readonly string[] = allowLatinJson;

/**
 * The dated events of the timeline, in date order, each with its text in `lang`.
 * Throws if an event has no text in that language, so a gap fails the build, not the reader.
 */
export function timelineFor(lang: ContentLang): TimelineEntry[] {
  const texts = TIMELINE_TEXTS[lang];
  return EVENTS.map((event) => {
    const text = texts[event.id];
    if (text === undefined) throw new Error(`timeline event "${event.id}" has no ${lang} text`);
    return { ...event, text };
  });
}

/**
 * Everything the page renders for one language: story blocks, glossary, timeline with texts,
 * the wordings of live states, and the shared facts and sources. Objects are shared between calls: treat them as read-only.
 */
export function getContent(lang: ContentLang): Content {
  return {
    lang,
    story: STORIES[lang],
    glossary: GLOSSARIES[lang],
    timeline: timelineFor(lang),
    facts,
    sources,
    sourceNotes: SOURCE_NOTES[lang],
    states: STATE_TEXTS[lang]
  };
}
