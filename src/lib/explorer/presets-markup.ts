/**
 * The presets' fixed words as markup, drawn when the page is prerendered: what each button
 * says, and the "why" list under them. They never change in the browser, so the page adopts
 * them with `{@html}` and hydration never walks their nodes (most of the presets' start-up
 * cost). The browser bundle gets `presets-markup.browser.ts` instead (package.json
 * "imports"), and with it neither these components nor the date formatting they need. The
 * presets are only ever hydrated, never drawn fresh in the browser.
 */
import { render } from 'svelte/server';
import { i18nContextMap, type I18n } from '$lib/i18n/context';
import type { PresetId } from './presets';
import PresetLabel from './PresetLabel.svelte';
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

const labels = new Map<string, string>();

/** What preset `id`'s button says in the page's language: its name and the line it sets. */
export function presetLabel(i18n: I18n, words: ExplorerWords, id: PresetId): string {
  const key = `${i18n.lang}:${id}`;
  let html = labels.get(key);
  if (html === undefined) {
    const { body } = render(PresetLabel, { props: { id, words }, context: i18nContextMap(i18n) });
    html = body.replace(COMMENT, '');
    labels.set(key, html);
  }
  return html;
}
