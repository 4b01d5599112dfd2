/**
 * What the browser needs of a page's language besides its UI strings: the explorer's words
 * and the story's outline (block ids and kinds, chapter titles). The story's prose is not
 * here: it is rendered into the page at build time (`./islands.ts`), never shipped as data.
 */
import type { Lang } from '$lib/i18n/languages';
import type { Outline, OutlineBlock } from '$lib/page/outline';
import { getContent } from './load';
import { modelSources, modelText } from './model';

/** The explorer's words in one language: slider, mark and preset texts, and model sources. */
export function explorerWordsFor(lang: Lang) {
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
      if (b.type === 'heading')
        return b.fold ? { id: b.id, type: b.type, fold: true } : { id: b.id, type: b.type };
      return { id: b.id, type: b.type };
    }),
    chapters: blocks
      .filter((b) => b.type === 'heading' && b.level === 2)
      .map((b) => ({ id: b.id, text: (b as { text: string }).text }))
  };
}
