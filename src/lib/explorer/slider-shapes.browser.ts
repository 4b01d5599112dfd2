/**
 * The browser's side of `#slider-shapes`: the prerendered shapes are already in the page, so
 * there is nothing to draw, only a value for `{@html}` to adopt the markup with.
 */
import type { I18n } from '$lib/i18n/context';
import type { SliderSpec } from '$lib/model/inputs';

/** Any non-empty string: `{@html}` adopts the server's markup and never compares it. */
export function sliderShapes(i18n: I18n, spec: SliderSpec): string {
  void i18n;
  return `static:shapes:${spec.id}`;
}
