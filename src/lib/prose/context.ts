/**
 * The context the prose components are rendered with at build time: the page's language
 * context, the content of its language, the sources' numbers and the live figures at the
 * defaults. Only the island renderer (`./islands.ts`) creates it.
 */
import { getContext } from 'svelte';
import { i18nContextMap, type I18n } from '$lib/i18n/context';
import type { Content, LiveKey, StateCase, StateKey } from './types';

/** What every prose component needs. */
export interface StoryContext {
  i18n: I18n;
  content: Content;
  /** The 1-based number a source carries in the sources list. */
  sourceNumber: (id: string) => number;
  /** A live model figure, formatted at the default scenario. */
  live: (key: LiveKey) => string;
  /** The case a state is in at the default scenario. */
  state: (key: StateKey) => StateCase;
}

const KEY = Symbol('story');

/** The context map `render()` takes: the story context and the language context. */
export function storyContextMap(context: StoryContext): Map<symbol, unknown> {
  return new Map<symbol, unknown>([...i18nContextMap(context.i18n), [KEY, context]]);
}

/** The story context of the prose being rendered. */
export function storyContext(): StoryContext {
  const context = getContext<StoryContext | undefined>(KEY);
  if (!context) throw new Error('prose components are rendered by the island renderer only');
  return context;
}
