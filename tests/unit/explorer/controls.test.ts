/**
 * The scenarios and the sliders rendered on the server, as the prerender does: what a reader
 * without JavaScript gets, and the structure the browser keeps.
 */
import { describe, expect, it } from 'vitest';
import Presets from '$lib/explorer/Presets.svelte';
import Slider from '$lib/explorer/Slider.svelte';
import SliderPanel from '$lib/explorer/SliderPanel.svelte';
import { PRESET_IDS, PRESETS, provenance } from '$lib/explorer/presets';
import { modelAnnouncement } from '$lib/format/live';
import { formatDate } from '$lib/format/number';
import { LANGS } from '$lib/i18n/languages';
import { runModel } from '$lib/model/schedule';
import { DEFAULT_INPUTS, sliderSpec } from '$lib/model/inputs';
import modelSources from '$content/sources/model.json';
import { explorerFor, i18nFor, renderIn } from '../helpers';

/** Svelte's hydration comments, which sit between any two pieces of a template. */
const bare = (html: string) => html.replace(/<!--[^>]*-->/g, '');

/** Text of an HTML fragment, tags dropped and entities left. */
const text = (html: string) =>
  bare(html)
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const sources = modelSources as Record<string, { publisher: string; date: string }>;

describe('the scenarios on the server', () => {
  for (const lang of LANGS) {
    const html = bare(renderIn(Presets, { headingLevel: 3 }, lang, explorerFor(lang)));

    it(`/${lang}/: a button per scenario, disabled until the page runs`, () => {
      const buttons = [...html.matchAll(/<button\b[^>]*>/g)].map((m) => m[0]);
      expect(buttons).toHaveLength(PRESET_IDS.length);
      for (const b of buttons) {
        expect(b).toMatch(/\bdata-preset="\w+"/);
        expect(b).toMatch(/\baria-pressed="(true|false)"/);
        expect(b).toMatch(/\bdisabled\b/);
      }
    });

    it(`/${lang}/: shows the result in the announcement's words, without a second live region`, () => {
      const headline = modelAnnouncement(i18nFor(lang), runModel(DEFAULT_INPUTS));
      const outcome = /data-testid="preset-headline"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
      expect(outcome.trim()).toBe(headline.replace(/&/g, '&amp;'));
      expect(html).not.toMatch(/aria-live|role="status"|role="alert"/);
    });

    it(`/${lang}/: isolates each source's publisher alone, its date outside in the page's words`, () => {
      const cited = [...new Set(PRESETS.flatMap((p) => provenance(p).sources))];
      for (const id of cited) {
        const source = sources[id]!;
        const date = formatDate(lang, source.date);
        // The link's isolate holds a name and no digit of the date; the date follows the link.
        const pattern = new RegExp(
          `<bdi lang="en">([^<]*)</bdi></a>${i18nFor(lang).t('explorer:presets.listSeparator')}${date}`
        );
        const match = pattern.exec(html);
        expect(match, `${lang} ${id}`).not.toBeNull();
        expect(source.publisher.startsWith(match?.[1] ?? '?'), id).toBe(true);
      }
    });
  }
});

describe('the sliders on the server', () => {
  it('name the base rate with its plain words, which sit under its label', () => {
    for (const lang of LANGS) {
      const html = bare(
        renderIn(Slider, { spec: sliderSpec('baseRate') }, lang, explorerFor(lang))
      );
      expect(html).toMatch(/aria-labelledby="slider-baseRate-label slider-baseRate-gloss"/);
      expect(html).toMatch(/<label for="slider-baseRate" id="slider-baseRate-label"/);
      expect(
        text(/<p class="gloss[^"]*" id="slider-baseRate-gloss">.*?<\/p>/.exec(html)?.[0] ?? '')
      ).toMatch(/^\(.*SOFR.*\)$/);
    }
  });

  it('put the reset button in the panel before the sliders, right after its heading', () => {
    const html = bare(renderIn(SliderPanel, { headingLevel: 3 }, 'en', explorerFor('en')));
    const summary = html.indexOf('</summary>');
    const reset = html.indexOf('data-testid="reset"');
    const firstSlider = html.indexOf('data-slider=');
    expect(summary).toBeGreaterThan(0);
    expect(reset).toBeGreaterThan(summary);
    expect(reset).toBeLessThan(firstSlider);
    expect(
      text(html.slice(html.lastIndexOf('<button', reset), html.indexOf('</button>', reset)))
    ).toBe('Back to the starting values');
  });
});
