/**
 * Markup the build draws for the explorer and the page adopts with `{@html}`: the build's
 * side must draw what the components would, and the browser's side must give `{@html}` a
 * non-empty value (an empty one would not adopt the prerendered nodes).
 */
import { describe, expect, it } from 'vitest';
import * as browser from '$lib/explorer/markup.browser';
import { presetLabel, presetsWhy, sliderShapes, sliderWords } from '$lib/explorer/markup';
import { PRESET_IDS } from '$lib/explorer/presets';
import { presetName } from '$lib/explorer/words';
import { sliderValueShapes } from '$lib/format/figures';
import { SLIDERS, sliderSpec } from '$lib/model/inputs';
import { i18nFor } from '../helpers';
import { explorerWordsFor } from '$lib/prose/pageData';

describe('slider markup drawn at build', () => {
  it('holds one unseen copy of each value shape, escaped', () => {
    for (const lang of ['en', 'ar'] as const) {
      for (const spec of SLIDERS) {
        const html = sliderShapes(i18nFor(lang), spec);
        const shapes = sliderValueShapes(i18nFor(lang), spec);
        expect(html.match(/<span class="shape" aria-hidden="true">/g)).toHaveLength(shapes.length);
        expect(html).not.toMatch(/<(?!\/?span)/);
      }
    }
    expect(sliderShapes(i18nFor('en'), sliderSpec('price'))).toContain('>$0.00/h</span>');
  });

  it('isolates Latin runs left to right on an Arabic page, and leaves English as it is', () => {
    expect(sliderWords(i18nFor('ar'), 'قرض DDTL 2.0 الجديد')).toBe(
      'قرض <bdi dir="ltr">DDTL 2.0</bdi> الجديد'
    );
    expect(sliderWords(i18nFor('en'), 'DDTL 2.0 loans & <notes>')).toBe(
      'DDTL 2.0 loans &amp; &lt;notes>'
    );
  });

  it("gives the browser's {@html} a non-empty value to adopt with", () => {
    const i18n = i18nFor('en');
    expect(browser.sliderShapes(i18n, sliderSpec('price'))).not.toBe('');
    expect(browser.sliderWords(i18n, '')).not.toBe('');
  });
});

describe("the presets' buttons' words drawn at build", () => {
  it.each(['en', 'ar'] as const)('name each scenario and what it sets (%s)', (lang) => {
    const i18n = i18nFor(lang);
    const words = explorerWordsFor(lang);
    for (const id of PRESET_IDS) {
      const html = presetLabel(i18n, words, id);
      // Its text, without the tags and the word joiners that keep a range of years together.
      const text = html
        .replace(/<[^>]+>/g, '')
        .replace(/\u2060/g, '')
        .replace(/&amp;/g, '&');
      expect(html).toMatch(/^<span class="name">/);
      expect(text).toContain(presetName(words, id));
      expect(html).toContain('<span class="sets">');
      expect(html).not.toContain('<!--');
      expect(browser.presetLabel(i18n, words, id)).not.toBe('');
    }
    // The values are filled in, in the page's language.
    expect(presetLabel(i18n, words, 'creditSqueeze')).toMatch(/<bdi class="value">[^<]*16\.95%/);
  });
});

describe("the presets' why list drawn at build", () => {
  it.each(['en', 'ar'] as const)('lists every scenario with its sources (%s)', (lang) => {
    const i18n = i18nFor(lang);
    const html = presetsWhy(i18n, explorerWordsFor(lang));
    expect(html).toMatch(/^<dl>/);
    expect(html.match(/<dt>/g)?.length).toBeGreaterThan(3);
    expect(html).toContain('data-provenance=');
    expect(html).not.toContain('<!--');
    expect(browser.presetsWhy(i18n, explorerWordsFor(lang))).not.toBe('');
  });
});
