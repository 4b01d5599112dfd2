/**
 * A slider's value shapes as markup, drawn when the page is prerendered: the unseen copies of
 * every shape its value takes, which hold the room the value needs (Slider.svelte). They never
 * change in the browser, so the page adopts them with `{@html}`: the browser neither formats
 * every step of every slider nor hydrates the copies while it starts. The browser bundle gets
 * `slider-shapes.browser.ts` instead (package.json "imports").
 */
import { sliderValueShapes } from '$lib/format/figures';
import type { I18n } from '$lib/i18n/context';
import type { SliderSpec } from '$lib/model/inputs';

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
