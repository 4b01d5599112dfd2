/**
 * The story's prose, rendered once per language at build time and written into the page in
 * place of the markers the page renders (`<!--island:ID-->`, see `Island.svelte`).
 *
 * Why: the prose is three quarters of the page's text and never changes in the browser, so
 * shipping it again as JavaScript to hydrate it would double the page's weight. The browser
 * keeps these stretches as the HTML it received (Svelte's `{@html}` adopts server markup
 * without re-rendering it); the few model figures inside them carry `data-live` and are kept
 * current by the page (`updateLiveFigures`).
 */
import { render } from 'svelte/server';
import ProseIsland, { type Part } from '$lib/components/story/ProseIsland.svelte';
import { getContent } from '$lib/content/load';
import type { Lang } from '$lib/i18n/languages';
import { getT } from '$lib/i18n/i18n';
import { runModel } from '$lib/model/run';
import { DEFAULT_INPUTS } from '$lib/model/inputs';
import { storyContextMap } from '$lib/story/context';
import { formatLive } from '$lib/story/figures';
import { modelSources } from '$lib/story/modelContent';
import { citationOrder } from '$lib/story/sources';

/** The marker the page renders where an island's prose goes. */
export function islandMarker(id: string): string {
  return `<!--island:${id}-->`;
}

const MARKER = /<!--island:([\w:-]+)-->/g;
// Svelte's hydration comments: these stretches are never hydrated, so they are dead weight,
// and an empty one would end the adopting `{@html}` early.
const COMMENT = /<!--[\s\S]*?-->/g;

const cache = new Map<Lang, Map<string, string>>();

/** Every island of a language, keyed by island id: 'head', a block id, or '<block id>:try'. */
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
  const t = getT(lang);
  const context = storyContextMap({
    lang,
    content,
    sourceNumber: (id) => order.indexOf(id) + 1,
    live: (key) => formatLive(lang, key, result, (k) => t(k))
  });
  const html = (part: Part) =>
    render(ProseIsland, { props: { part }, context }).body.replace(COMMENT, '');

  const islands = new Map<string, string>([['head', html({ kind: 'head' })]]);
  for (const block of content.story.blocks) {
    if (block.type === 'interactive') islands.set(`${block.id}:try`, html({ kind: 'try', block }));
    else islands.set(block.id, html({ kind: 'block', block, sourceOrder: order }));
  }
  cache.set(lang, islands);
  return islands;
}

/** The page's HTML with every island marker replaced by its prose; throws on an unknown id. */
export function fillIslands(lang: Lang, page: string): string {
  const islands = islandsFor(lang);
  return page.replace(MARKER, (_, id: string) => {
    const prose = islands.get(id);
    if (prose === undefined) throw new Error(`no island "${id}" in ${lang}`);
    return prose;
  });
}
