/**
 * The sell-off chart as the prerender draws it: one dot per reported observation at each
 * width, numbered marks in date order that stay apart, the time axis running with the
 * reading direction, and a table row with its reporters for every observation.
 */
import { describe, expect, it } from 'vitest';
import market from '$content/market.json';
import SelloffChart from '$lib/charts/selloff/SelloffChart.svelte';
import { dayOf, monthStarts, spreadMarks } from '$lib/charts/selloff/spec';
import { selloffView, staticChart } from '$lib/page/static-chart';
import { i18nFor, renderIn } from '../helpers';

const closes = market.observations.filter((o) => o.series === 'price' && o.kind === 'close');
const lows = market.observations.filter((o) => o.kind === 'low');
const cds = market.observations.filter((o) => o.series === 'cds');

function html(lang: 'en' | 'ar', width = 640): string {
  return renderIn(SelloffChart, { view: selloffView(i18nFor(lang)), widths: [width] }, lang);
}

function count(body: string, cls: string): number {
  return body.match(new RegExp(`<circle class="${cls}"`, 'g'))?.length ?? 0;
}

describe.each(['en', 'ar'] as const)('the sell-off chart in %s', (lang) => {
  it('draws one dot per reported observation', () => {
    const body = html(lang);
    expect(count(body, 'close')).toBe(closes.length);
    expect(count(body, 'low')).toBe(lows.length);
    expect(count(body, 'cds')).toBe(cds.length);
  });

  it('draws it at a phone’s and a desktop’s width, the same dots in each', () => {
    const body = staticChart('selloff', i18nFor(lang));
    expect(body.match(/<svg role="img"/g)).toHaveLength(2);
    expect(count(body, 'close')).toBe(2 * closes.length);
  });

  it('runs its time axis with the reading direction', () => {
    const axis = html(lang).match(/data-axis="x">([\s\S]*?)<\/g>/)?.[1] ?? '';
    const xs = [...axis.matchAll(/<line class="tick" x1="([-\d.e]+)"/g)].map((m) => Number(m[1]));
    expect(xs.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < xs.length; i++) {
      if (lang === 'ar') expect(xs[i]).toBeLessThan(xs[i - 1] ?? 0);
      else expect(xs[i]).toBeGreaterThan(xs[i - 1] ?? 0);
    }
  });

  it('lists every marked day and names who reported every point', () => {
    const body = html(lang);
    for (const e of market.events) expect(body).toContain(`id="mark-${e.id}"`);
    // Each numbered mark is a link laid over the drawing, never inside the image.
    expect(body.match(/<a class="event-mark" href="#mark-/g)).toHaveLength(market.events.length);
    expect(body.match(/<svg[\s\S]*?<\/svg>/)?.[0]).not.toMatch(/<a\b/);
    const rows = body.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1]?.match(/<tr/g) ?? [];
    expect(rows).toHaveLength(market.observations.length);
  });
});

describe('the time axis', () => {
  it('counts days, so equal spans of time take equal room', () => {
    expect(dayOf('2025-03-02') - dayOf('2025-03-01')).toBe(1);
    expect(dayOf('2026-01-01') - dayOf('2025-01-01')).toBe(365);
  });

  it('ticks the first of each month', () => {
    expect(monthStarts('2025-03-01', '2025-06-15')).toEqual([
      '2025-03-01',
      '2025-04-01',
      '2025-05-01',
      '2025-06-01'
    ]);
  });
});

describe('spreadMarks', () => {
  it('keeps marks at their dates where there is room and pushes crowded ones apart', () => {
    const marks = spreadMarks([{ x: 100 }, { x: 105 }, { x: 300 }], 19, 0, 640);
    expect(marks.map((m) => m.markX)).toEqual([100, 119, 300]);
  });

  it('pulls marks back inside the end, in order, and works right to left too', () => {
    const marks = spreadMarks([{ x: 630 }, { x: 635 }], 20, 0, 640);
    expect(marks.map((m) => m.markX)).toEqual([610, 630]);
    const rtl = spreadMarks([{ x: 300 }, { x: 296 }], 19, 0, 640);
    // In Arabic the later date lies to the left: order follows x, not the list.
    expect(rtl[0]!.markX - rtl[1]!.markX).toBeGreaterThanOrEqual(19);
  });
});
