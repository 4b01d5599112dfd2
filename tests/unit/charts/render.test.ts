/**
 * The five charts rendered on the server, as the prerender does: what a reader without
 * JavaScript gets, and the structure the browser then keeps up to date.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHART_NAMES, CHARTS, type ChartName } from '$lib/charts';
import { Explorer } from '$lib/explorer/explorer.svelte';
import { ChartViews } from '$lib/explorer/views.svelte';
import { compactUsd } from '$lib/format/number';
import type { Lang } from '$lib/i18n/languages';
import { clampInputs, DEFAULT_INPUTS, SLIDERS, type Inputs } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { renderIn } from '../helpers';

/** Whether a chart has a value axis (the waterfall's bars are labelled instead). */
const WITH_VALUE_AXIS: ReadonlySet<ChartName> = new Set([
  'cash',
  'breakeven',
  'amplifier',
  'rates'
]);

/** A chart's server-rendered HTML at `inputs`, with its view from an explorer there. */
function html(name: ChartName, lang: Lang, inputs: Partial<Inputs> = {}) {
  const view = new ChartViews(new Explorer(inputs))[name];
  return renderIn(CHARTS[name] as never, { view }, lang);
}

/** The inner HTML of the first element matching an opening-tag pattern, up to its `</tag>`. */
function section(body: string, open: RegExp, tag: string): string {
  const start = body.search(open);
  if (start < 0) return '';
  return body.slice(start, body.indexOf(`</${tag}>`, start));
}

function numbers(fragment: string, pattern: RegExp): number[] {
  return [...fragment.matchAll(pattern)].map((m) => Number(m[1]));
}

describe.each(CHART_NAMES)('%s', (name) => {
  it.each(['en', 'ar'] as const)('is a titled figure with a named image in %s', (lang) => {
    const body = html(name, lang);
    expect(body).toContain(`data-chart="${name}"`);
    const labelledby = /<svg role="img" aria-labelledby="([^"]+)"/.exec(body)?.[1] ?? '';
    const ids = labelledby.split(' ');
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(body).toMatch(new RegExp(`id="${id}"[^>]*>[^<]{10,}<`));
  });

  it.each(['en', 'ar'] as const)(
    'runs its horizontal axis with the reading direction in %s',
    (lang) => {
      const axis = section(html(name, lang), /<g class="axis[^"]*" data-axis="x"/, 'g');
      const xs = numbers(axis, /<line class="tick[^"]*" x1="([-\d.e]+)"/g);
      expect(xs.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < xs.length; i++) {
        if (lang === 'ar') expect(xs[i]).toBeLessThan(xs[i - 1] ?? 0);
        else expect(xs[i]).toBeGreaterThan(xs[i - 1] ?? 0);
      }
    }
  );

  it.each(['en', 'ar'] as const)('has a data table with a caption and headers in %s', (lang) => {
    const body = html(name, lang);
    const table = section(body, /<table/, 'table');
    expect(table).toMatch(/<caption[^>]*>[^<]+</);
    expect(table.match(/<th scope="col"/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    const rows = table.match(/<tr/g)?.length ?? 0;
    expect(rows).toBeGreaterThan(2);
    expect(table.match(/<th scope="row"/g)?.length).toBe(rows - 1);
    expect(body).toMatch(/<details[^>]*><summary[^>]*>[^<]+<\/summary>/);
  });

  it('never draws NaN, Infinity or undefined, whatever the sliders say', () => {
    const slider = (id: keyof Inputs) => {
      const s = SLIDERS.find((x) => x.id === id);
      return fc
        .integer({ min: 0, max: 1000 })
        .map((k) => (s ? s.min + ((s.max - s.min) * k) / 1000 : 0));
    };
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(SLIDERS.map((s) => [s.id, slider(s.id)]))),
        fc.constantFrom<Lang>('en', 'ar'),
        (values, lang) => {
          const body = html(name, lang, clampInputs({ ...DEFAULT_INPUTS, ...values }));
          expect(body).not.toMatch(/NaN|Infinity|undefined|\[object/);
        }
      ),
      { numRuns: 25 }
    );
  });
});

describe.each(CHART_NAMES.filter((name) => WITH_VALUE_AXIS.has(name)))('%s', (name) => {
  it.each(['en', 'ar'] as const)('puts the value axis at the inline start in %s', (lang) => {
    const axis = section(html(name, lang), /<g class="axis[^"]*" data-axis="y"/, 'g');
    const xs = numbers(axis, /<text x="([-\d.e]+)"/g);
    expect(xs.length).toBeGreaterThan(0);
    // The prerender draws 640 px wide: labels sit on the left in English, the right in Arabic.
    for (const x of xs) expect(lang === 'ar' ? x > 320 : x < 320).toBe(true);
  });
});

describe('summaries', () => {
  it.each(['en', 'ar'] as const)('state the model’s first-year figures in %s', (lang) => {
    const inputs = { ...DEFAULT_INPUTS, utilisation: 64 };
    const result = runModel(inputs);
    const body = html('waterfall', lang, inputs);
    const summary = /<p id="[^"]+-summary"[^>]*>([^<]+)</.exec(body)?.[1] ?? '';
    expect(summary).toContain(compactUsd(lang, result.firstYear.revenue));
    expect(summary).toContain(compactUsd(lang, Math.abs(result.firstYear.netIncome)));
    expect(summary).toContain(compactUsd(lang, result.firstYear.interest));
  });

  it('say when equity never pays back, and name the construction months', () => {
    const inputs = clampInputs({ ...DEFAULT_INPUTS, price: 1.5, delay: 6 });
    const result = runModel(inputs);
    expect(result.paybackMonth).toBeNull();
    const body = html('cash', 'en', inputs);
    expect(body).toContain('No payback within the fleet’s life');
    expect(body).toContain('Construction: 6 months');
  });

  it('mark the payback month when there is one', () => {
    const inputs = { ...DEFAULT_INPUTS };
    const result = runModel(inputs);
    expect(result.paybackMonth).not.toBeNull();
    const body = html('cash', 'ar', inputs);
    expect(body).toContain(`الاسترداد: الشهر ${result.paybackMonth}`);
  });
});
