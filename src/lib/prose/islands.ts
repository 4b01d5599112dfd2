/**
 * The story's prose, rendered once per language at build time and written into the page in
 * place of the markers the page renders (the protocol is `$lib/page/islands.ts`).
 *
 * Why: the prose is three quarters of the page's text and never changes in the browser, so
 * shipping it again as JavaScript to hydrate it would double the page's weight. The few model
 * figures inside carry `data-live`, and the wordings chosen by the model's state `data-when`;
 * the page keeps both current (`followModel` in page/live.ts).
 */
import { render } from 'svelte/server';
import { formatLive, stateOf } from '$lib/format/live';
import { createI18n } from '$lib/i18n/context';
import type { Lang } from '$lib/i18n/languages';
import { RESOURCES } from '$lib/i18n/resources';
import { DEFAULT_INPUTS } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { ISLAND_MARKER, tryIsland } from '$lib/page/islands';
import { storyContextMap } from './context';
import { getContent } from './load';
import { modelSources } from './model';
import Prose, { type Part } from './Prose.svelte';
import { citationOrder } from './sources';

// Svelte's hydration comments: these stretches are never hydrated, so they are dead weight,
// and an empty one would end the adopting `{@html}` early.
const COMMENT = /<!--[\s\S]*?-->/g;

const cache = new Map<Lang, Map<string, string>>();

/** Every island of a language, keyed by island id: 'head', a block id, or tryIsland(id). */
export function islandsFor(lang: Lang): Map<string, string> {
  const cached = cache.get(lang);
  if (cached) return cached;
  const base = getContent(lang);
  const content = { ...base, sources: { ...base.sources, ...modelSources } };
  const order = citationOrder(
    content.story.blocks,
    content.facts,
    content.timeline,
    content.sources
  );
  const result = runModel(DEFAULT_INPUTS);
  const i18n = createI18n(lang, RESOURCES[lang]);
  const context = storyContextMap({
    i18n,
    content,
    sourceNumber: (id) => order.indexOf(id) + 1,
    live: (key) => formatLive(i18n, key, result),
    state: (key) => stateOf(key, result)
  });
  const html = (part: Part) =>
    render(Prose, { props: { part }, context }).body.replace(COMMENT, '');

  const islands = new Map<string, string>([['head', html({ kind: 'head' })]]);
  for (const block of content.story.blocks) {
    if (block.type === 'interactive')
      islands.set(tryIsland(block.id), html({ kind: 'try', block }));
    else islands.set(block.id, html({ kind: 'block', block, sourceOrder: order }));
  }
  cache.set(lang, islands);
  return islands;
}

/** The page's HTML with every island marker replaced by its prose; throws on an unknown id. */
export function fillIslands(lang: Lang, page: string): string {
  const islands = islandsFor(lang);
  return page.replace(ISLAND_MARKER, (_, id: string) => {
    const prose = islands.get(id);
    if (prose === undefined) throw new Error(`no island "${id}" in ${lang}`);
    return prose;
  });
}
