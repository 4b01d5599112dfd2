/**
 * The presets' "why" list as markup, drawn when the page is prerendered: it never changes in
 * the browser, so the page adopts it with `{@html}` and hydration never walks its nodes (a
 * third of the presets' start-up cost). The browser bundle gets `presets-why.browser.ts`
 * instead (package.json "imports"), and with it neither this component nor the date
 * formatting it needs.
 */
import { render } from 'svelte/server';
import { i18nContextMap, type I18n } from '$lib/i18n/context';
import PresetsWhy from './PresetsWhy.svelte';
import type { ExplorerWords } from './words';

// Svelte's hydration comments: `{@html}` would stop at the first empty one, and what is
// inside is never hydrated.
const COMMENT = /<!--[\s\S]*?-->/g;

const cache = new Map<string, string>();

/** The prerendered "why" list of the presets in the page's language. */
export function presetsWhy(i18n: I18n, words: ExplorerWords): string {
  let html = cache.get(i18n.lang);
  if (html === undefined) {
    const { body } = render(PresetsWhy, { props: { words }, context: i18nContextMap(i18n) });
    html = body.replace(COMMENT, '');
    cache.set(i18n.lang, html);
  }
  return html;
}
