/**
 * Each chart as markup, drawn at the defaults when the page is prerendered. The page shows it
 * as it is (see ChartSlot.svelte) and loads a chart's code only when the chart comes into view:
 * the first load carries no chart code, and hydration walks no chart. The browser bundle gets
 * `static-chart.browser.ts` instead (package.json "imports", `#static-chart`).
 */
import { render } from 'svelte/server';
import { CHARTS, type ChartName } from '$lib/charts';
import { Explorer } from '$lib/explorer/explorer.svelte';
import { ChartViews } from '$lib/explorer/views.svelte';
import { i18nContextMap, type I18n } from '$lib/i18n/context';

// Svelte's hydration comments: the browser adopts this markup with {@html}, which would stop
// at the first empty one, and never hydrates what is inside.
const COMMENT = /<!--[\s\S]*?-->/g;

const cache = new Map<string, string>();

/** The prerendered markup of chart `name` in the page's language, at the default inputs. */
export function staticChart(name: ChartName, i18n: I18n): string {
  const key = `${i18n.lang}:${name}`;
  let html = cache.get(key);
  if (html === undefined) {
    const view = new ChartViews(new Explorer())[name];
    // CHARTS[name] takes views[name]; TypeScript cannot pair the two across the union.
    const { body } = render(CHARTS[name] as never, {
      props: { view } as never,
      context: i18nContextMap(i18n),
      // Each chart's own ids (its title, summary, clip path), unique on the page.
      idPrefix: `${name}-`
    });
    html = body.replace(COMMENT, '');
    cache.set(key, html);
  }
  return html;
}
