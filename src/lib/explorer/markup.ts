/**
 * The explorer's fixed words as markup, drawn when the page is prerendered: each slider's
 * name, gloss, description and reference points' labels, the unseen copies of every shape
 * its value takes (which hold the room the value needs), what each scenario's button says,
 * and the scenarios' "why" list. None of them changes in the browser, so the page adopts them
 * with `{@html}`: the browser neither formats every step of every slider nor hydrates these
 * nodes while it starts, which was most of the sliders' and the presets' start-up cost. The
 * browser bundle gets `markup.browser.ts` instead (package.json "imports"), and with it none
 * of these components nor the date formatting they need. Sliders and presets are only ever
 * hydrated, never drawn fresh in the browser.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { sliderValueShapes } from '$lib/format/figures';
import BidiText from '$lib/i18n/BidiText.svelte';
import { i18nContextMap, type I18n } from '$lib/i18n/context';
import type { SliderSpec } from '$lib/model/inputs';
import PresetLabel from './PresetLabel.svelte';
import type { PresetId } from './presets';
import PresetsWhy from './PresetsWhy.svelte';
import type { ExplorerWords } from './words';

// Svelte's hydration comments: `{@html}` would stop at the first empty one, and what is
// inside is never hydrated.
const COMMENT = /<!--[\s\S]*?-->/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const drawnBefore = new Map<string, string>();

/** Markup `make` draws, once per language and `key`: a slider has up to three copies. */
function once(i18n: I18n, key: string, make: () => string): string {
  const at = `${i18n.lang}:${key}`;
  let html = drawnBefore.get(at);
  if (html === undefined) drawnBefore.set(at, (html = make()));
  return html;
}

/** `component` drawn with `props` in the page's language, once per `key`, without comments. */
function drawn<P extends Record<string, unknown>>(
  key: string,
  component: Component<P>,
  props: P,
  i18n: I18n
): string {
  return once(i18n, key, () =>
    render(component as Component<Record<string, unknown>>, {
      props,
      context: i18nContextMap(i18n)
    }).body.replace(COMMENT, '')
  );
}

/** The unseen shapes of `spec`'s value in the page's language, as markup. */
export function sliderShapes(i18n: I18n, spec: SliderSpec): string {
  return once(i18n, `shapes:${spec.id}`, () =>
    sliderValueShapes(i18n, spec)
      .map(
        (shape) =>
          `<span class="shape" aria-hidden="true">${shape.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c)}</span>`
      )
      .join('')
  );
}

/** `text` as BidiText draws it in the page's language (Latin runs isolated in Arabic). */
export function sliderWords(i18n: I18n, text: string): string {
  return drawn(`words:${text}`, BidiText, { text }, i18n);
}

/** What preset `id`'s button says in the page's language: its name and the line it sets. */
export function presetLabel(i18n: I18n, words: ExplorerWords, id: PresetId): string {
  return drawn(`preset:${id}`, PresetLabel, { id, words }, i18n);
}

/** The presets' "why" list in the page's language. */
export function presetsWhy(i18n: I18n, words: ExplorerWords): string {
  return drawn('presets-why', PresetsWhy, { words }, i18n);
}
