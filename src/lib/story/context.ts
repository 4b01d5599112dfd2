import { getContext, setContext } from 'svelte';
import type { Content, LiveKey } from '$lib/content/types';
import type { Lang } from '$lib/i18n/languages';

/** What every story component needs: the language, the content and the live figures. */
export interface StoryContext {
  lang: Lang;
  content: Content;
  /** The 1-based number a source carries in the sources list. */
  sourceNumber: (id: string) => number;
  /** A live model figure, formatted; reading it inside markup subscribes to the explorer. */
  live: (key: LiveKey) => string;
}

const KEY = Symbol('story');

/** The story context as a context map, for rendering story components on their own. */
export function storyContextMap(context: StoryContext): Map<symbol, StoryContext> {
  return new Map([[KEY, context]]);
}

/** Makes the story context available to the components below. */
export function setStoryContext(context: StoryContext): void {
  setContext(KEY, context);
}

/** The story context set by the page. */
export function storyContext(): StoryContext {
  const context = getContext<StoryContext | undefined>(KEY);
  if (!context) throw new Error('story components must be rendered inside the story page');
  return context;
}
