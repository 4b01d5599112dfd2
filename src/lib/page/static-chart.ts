/**
 * Charts as markup, drawn when the page is prerendered. The explorer's charts are drawn at
 * the defaults; the page shows them as they are (see ChartSlot.svelte) and loads a chart's
 * code only when it comes into view, so the first load carries no chart code and hydration
 * walks no chart. The sell-off chart, drawn from dated observations, is only ever this markup.
 * The browser bundle gets `static-chart.browser.ts` instead (package.json "imports").
 */
import { render } from 'svelte/server';
import marketAr from '$content/ar/market.json';
import marketEn from '$content/en/market.json';
import facts from '$content/facts.json';
import market from '$content/market.json';
import sources from '$content/sources/story.json';
import { CHARTS, type ChartName } from '$lib/charts';
import { STATIC_CHART } from '$lib/charts/names';
import SelloffChart from '$lib/charts/selloff/SelloffChart.svelte';
import type { MarketPoint, SelloffView } from '$lib/charts/selloff/spec';
import { Explorer } from '$lib/explorer/explorer.svelte';
import { ChartViews } from '$lib/explorer/views.svelte';
import { shortPublisher } from '$lib/explorer/words';
import { i18nContextMap, type I18n } from '$lib/i18n/context';

// Svelte's hydration comments: the browser adopts this markup with {@html}, which would stop
// at the first empty one, and never hydrates what is inside.
const COMMENT = /<!--[\s\S]*?-->/g;

/** The widths the sell-off chart is drawn at: a phone's column and a desktop's. */
const SELLOFF_WIDTHS = [358, 640] as const;

/** Facts the sell-off chart's note quotes: swap levels reported without a day to plot them on. */
export const SELLOFF_FACTS = ['cds-2025-11', 'cds-2025-12-peak'] as const;

const cache = new Map<string, string>();

/** Who reported an observation, as the chart's table names them: "Sherwood News, Sing Tao". */
function reporters(ids: readonly string[]): string {
  const all = sources as Record<string, { publisher: string }>;
  return [...new Set(ids.map((id) => shortPublisher(all[id]?.publisher ?? id)))].join(', ');
}

/** What the sell-off chart draws, in the page's language. */
export function selloffView(i18n: I18n): SelloffView {
  const labels = (i18n.lang === 'ar' ? marketAr : marketEn).events as Record<string, string>;
  const points = (series: string): MarketPoint[] =>
    market.observations
      .filter((o) => o.series === series)
      .map((o) => ({
        date: o.date,
        value: o.value,
        kind: o.kind === 'low' ? 'low' : 'close',
        sources: reporters(o.sources)
      }));
  const f = facts as Record<(typeof SELLOFF_FACTS)[number], { value: number } | undefined>;
  return {
    start: market.start,
    end: market.end,
    price: points('price'),
    cds: points('cds'),
    events: market.events.map((e) => ({ id: e.id, date: e.date, label: labels[e.id] ?? e.id })),
    undated: i18n.t('charts:selloff.undated', {
      late: i18n.plural('units.basisPoints', f[SELLOFF_FACTS[0]]?.value ?? NaN),
      peak: i18n.plural('units.basisPoints', f[SELLOFF_FACTS[1]]?.value ?? NaN)
    })
  };
}

/** The prerendered markup of chart `name` in the page's language. */
export function staticChart(name: ChartName | typeof STATIC_CHART, i18n: I18n): string {
  const key = `${i18n.lang}:${name}`;
  let html = cache.get(key);
  if (html === undefined) {
    const context = i18nContextMap(i18n);
    // Each chart's own ids (its title, summary, clip path), unique on the page.
    const idPrefix = `${name}-`;
    const { body } =
      name === STATIC_CHART
        ? render(SelloffChart, {
            props: { view: selloffView(i18n), widths: SELLOFF_WIDTHS },
            context,
            idPrefix
          })
        : // CHARTS[name] takes views[name]; TypeScript cannot pair the two across the union.
          render(CHARTS[name] as never, {
            props: { view: new ChartViews(new Explorer())[name] } as never,
            context,
            idPrefix
          });
    html = body.replace(COMMENT, '');
    cache.set(key, html);
  }
  return html;
}
