/**
 * What the browser needs of a page's language: its UI strings, the explorer's words, and the
 * story's outline (block ids and kinds, chapter titles). The story's prose is not here: it is
 * rendered into the page at build time (`./islands.ts`) and never shipped as data or code.
 */
import type { ExplorerWords } from '$lib/components/explorer/modelWords';
import { getContent } from '$lib/content/load';
import type { Lang } from '$lib/i18n/languages';
import { RESOURCES, type Strings } from '$lib/i18n/resources';
import { modelSources, modelText } from '$lib/story/modelContent';
import type { Outline, OutlineBlock } from '$lib/story/outline';

/** One language's UI strings, every namespace. */
export function stringsFor(lang: Lang): Strings {
  return RESOURCES[lang];
}

/** The explorer's words in one language: slider, mark and preset texts, and model sources. */
export function explorerWordsFor(lang: Lang): ExplorerWords {
  const text = modelText(lang);
  return { inputs: text.inputs, marks: text.marks, presets: text.presets, sources: modelSources };
}

/** The story's blocks in order, each reduced to what placing it needs, and its chapters. */
export function outlineFor(lang: Lang): Outline {
  const story = getContent(lang).story;
  const blocks = story.blocks;
  return {
    title: story.title,
    dek: story.dek,
    blocks: blocks.map((b): OutlineBlock => {
      if (b.type === 'interactive') return { id: b.id, type: b.type, slot: b.slot };
      if (b.type === 'section') return { id: b.id, type: b.type, section: b.section };
      return { id: b.id, type: b.type };
    }),
    chapters: blocks
      .filter((b) => b.type === 'heading' && b.level === 2)
      .map((b) => ({ id: b.id, text: (b as { text: string }).text }))
  };
}
