/**
 * A slider's fixed words and shapes as markup, drawn when the page is prerendered: its name,
 * gloss, description, reference points' labels, and the unseen copies of every shape its
 * value takes, which hold the room the value needs (Slider.svelte). None of them changes in
 * the browser, so the page adopts them with `{@html}`: the browser neither formats every step
 * of every slider nor hydrates these nodes while it starts, which was most of a slider's
 * start-up cost. The browser bundle gets `slider-markup.browser.ts` instead (package.json
 * "imports"). Sliders are only ever hydrated, never drawn fresh in the browser.
 */
import { render } from 'svelte/server';
import { sliderValueShapes } from '$lib/format/figures';
import BidiText from '$lib/i18n/BidiText.svelte';
import { i18nContextMap, type I18n } from '$lib/i18n/context';
import type { SliderSpec } from '$lib/model/inputs';

// Svelte's hydration comments: `{@html}` would stop at the first empty one, and what is
// inside is never hydrated.
const COMMENT = /<!--[\s\S]*?-->/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** The unseen shapes of `spec`'s value in the page's language, as markup. */
export function sliderShapes(i18n: I18n, spec: SliderSpec): string {
  return sliderValueShapes(i18n, spec)
    .map(
      (shape) =>
        `<span class="shape" aria-hidden="true">${shape.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c)}</span>`
    )
    .join('');
}

/** `text` as BidiText draws it in the page's language (Latin runs isolated in Arabic). */
export function sliderWords(i18n: I18n, text: string): string {
  const { body } = render(BidiText, { props: { text }, context: i18nContextMap(i18n) });
  return body.replace(COMMENT, '');
}
