/**
 * The browser's side of `#slider-markup`: the prerendered words and shapes are already in the
 * page, so there is nothing to draw, only values for `{@html}` to adopt the markup with.
 */
import type { I18n } from '$lib/i18n/context';
import type { SliderSpec } from '$lib/model/inputs';

/** Any non-empty string: `{@html}` adopts the server's markup and never compares it. */
export function sliderShapes(i18n: I18n, spec: SliderSpec): string {
  void i18n;
  return `static:shapes:${spec.id}`;
}

/** Any non-empty string, as for sliderShapes. */
export function sliderWords(i18n: I18n, text: string): string {
  void i18n;
  void text;
  return 'static:words';
}
