/**
 * The web fonts cut to the site's characters (scripts/fonts.js): the cut files must shape
 * every text of the site exactly as the full files do, keep the licence, and keep whatever
 * the page writes at run time.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { convert } from 'fontverter';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_NAMES, CHARTS, type ChartName } from '$lib/charts';
import { Explorer } from '$lib/explorer/explorer.svelte';
import { ChartViews } from '$lib/explorer/views.svelte';
import { LIVE_KEYS, formatLive, modelAnnouncement } from '$lib/format/live';
import { formatDate, formatDayMonth, formatMonthShort } from '$lib/format/number';
import { LANGS, type Lang } from '$lib/i18n/languages';
import { runModel } from '$lib/model/schedule';
import type { Inputs } from '$lib/model/inputs';
import { FACES, cutFace, keptCharacters, siteStrings, sourceFile } from '../../../scripts/fonts.js';
import { i18nFor, renderIn } from '../helpers';
import { PROPERTY_TIMEOUT, sliderInputs } from '../model/arbitraries';

type Face = (typeof FACES)[number];

/** A HarfBuzz font from WOFF2 bytes (HarfBuzz reads SFNT, so the file is unpacked first). */
async function fontOf(woff2: Uint8Array): Promise<{ face: hb.Face; font: hb.Font }> {
  const face = new hb.Face(new hb.Blob(await convert(woff2, 'sfnt')));
  return { face, font: new hb.Font(face) };
}

/**
 * How a font shapes a text: per glyph, whether it is missing (.notdef), its cluster, advance
 * and offsets. Glyph ids are left out: the cut file numbers its glyphs afresh.
 */
function shaped(font: hb.Font, text: string): string {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  return infos
    .map((info, i) => {
      const p = positions[i];
      return `${info.codepoint === 0 ? '?' : 'g'}${info.cluster}:${p?.xAdvance},${p?.xOffset},${p?.yOffset}`;
    })
    .join(' ');
}

/** The text of rendered markup: tags dropped, the entities Svelte writes decoded. */
function textOf(markup: string): string {
  return markup
    .replace(/<!--.*?-->/gs, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _
    );
}

const kept = new Set(keptCharacters());
const missing = (text: string) => [...new Set(text)].filter((c) => !kept.has(c));

describe('the cut fonts', () => {
  const fonts = new Map<Face, { full: hb.Font; cut: hb.Font; cutFace: hb.Face; bytes: number }>();

  beforeAll(async () => {
    const text = keptCharacters();
    for (const face of FACES) {
      const cutBytes = await cutFace(face, text);
      const full = await fontOf(readFileSync(sourceFile(face)));
      const cut = await fontOf(cutBytes);
      fonts.set(face, {
        full: full.font,
        cut: cut.font,
        cutFace: cut.face,
        bytes: cutBytes.length
      });
    }
  }, PROPERTY_TIMEOUT);

  it.each(FACES)('%s shapes every text of the site as the full file does', (face) => {
    const { full, cut } = fonts.get(face)!;
    const strings = siteStrings();
    expect(strings.length).toBeGreaterThan(1000);
    for (const text of strings) expect(shaped(cut, text), text).toBe(shaped(full, text));
  });

  it.each(FACES)('%s keeps the copyright and the licence', (face) => {
    const names = fonts.get(face)!.cutFace;
    expect(names.getName(0, 'en')).toMatch(/IBM/);
    expect(`${names.getName(13, 'en')} ${names.getName(14, 'en')}`).toMatch(
      /Open Font License|OFL/i
    );
  });

  it.each(FACES)('%s is at most 70% of the full file', (face) => {
    const full = readFileSync(sourceFile(face)).length;
    expect(fonts.get(face)!.bytes).toBeLessThanOrEqual(0.7 * full);
  });

  it('keeps the characters a cut file is tested on', () => {
    // The shaping test above is only as good as its strings: a character the site writes must
    // be in the kept set, or a cut file may lack it while both fonts show the same .notdef.
    for (const text of siteStrings()) expect(missing(text), text).toEqual([]);
  });
});

describe('what the page writes at run time', () => {
  /** A chart's server-rendered markup at `inputs`. */
  const chart = (name: ChartName, lang: Lang, inputs: Inputs) =>
    renderIn(CHARTS[name] as never, { view: new ChartViews(new Explorer(inputs))[name] }, lang);

  it.each(LANGS)(
    'every chart, sentence and announcement in %s uses kept characters',
    (lang) => {
      const i18n = i18nFor(lang);
      fc.assert(
        fc.property(sliderInputs, (inputs) => {
          const result = runModel(inputs);
          const texts = [
            modelAnnouncement(i18n, result),
            ...LIVE_KEYS.map((key) => formatLive(i18n, key, result)),
            ...CHART_NAMES.map((name) => textOf(chart(name, lang, inputs)))
          ];
          for (const text of texts) expect(missing(text), text).toEqual([]);
        }),
        { numRuns: 25 }
      );
    },
    PROPERTY_TIMEOUT
  );

  it.each(LANGS)('dates in %s use kept characters, every month', (lang) => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2025-${String(month).padStart(2, '0')}-16`;
      for (const text of [
        formatDate(lang, iso),
        formatMonthShort(lang, iso),
        formatDayMonth(lang, iso)
      ]) {
        expect(missing(text), text).toEqual([]);
      }
    }
  });
});
