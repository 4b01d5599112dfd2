/**
 * The browser's side of `#static-chart`: the prerendered chart is already in the page, so
 * there is nothing to render, only a value for `{@html}` to adopt the markup with.
 */
import type { ChartName, STATIC_CHART } from '$lib/charts/names';
import type { I18n } from '$lib/i18n/context';

/** Any non-empty string: `{@html}` adopts the server's markup and never compares it. */
export function staticChart(name: ChartName | typeof STATIC_CHART, i18n: I18n): string {
  void i18n;
  return `static:${name}`;
}
