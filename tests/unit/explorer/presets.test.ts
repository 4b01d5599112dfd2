import { describe, expect, it } from 'vitest';
import sources from '$content/sources/model.json';
import { clampInputs, DEFAULT_INPUTS, SLIDERS, type InputId } from '$lib/model/inputs';
import { LANGS } from '$lib/i18n/languages';
import {
  DEFAULT_VALUES,
  isPresetId,
  lineNames,
  lineParts,
  lineValue,
  matchingPreset,
  PRESET_IDS,
  PRESETS,
  presetInputs,
  provenance,
  sameInputs,
  type Preset
} from '$lib/explorer/presets';
import { presetSets } from '$lib/explorer/words';
import { explorerWordsFor } from '$lib/prose/pageData';

describe('presets', () => {
  it('are the six scenarios the story names', () => {
    expect([...PRESET_IDS].sort()).toEqual(
      ['boom2023', 'cheap2021', 'creditSqueeze', 'glut', 'late2025', 'rateCut'].sort()
    );
  });

  it('change slider inputs only, on their grid: the address carries nothing else', () => {
    for (const p of PRESETS) {
      for (const c of p.changes) {
        expect(
          SLIDERS.map((s) => s.id),
          p.id
        ).toContain(c.id);
      }
      const inputs = presetInputs(p.id);
      // A value off the slider grid would be moved by clampInputs and never match again.
      expect(clampInputs(inputs), p.id).toEqual(inputs);
      for (const c of p.changes) expect(inputs[c.id], `${p.id}.${c.id}`).toBe(c.value);
    }
  });

  it('cite sources that exist', () => {
    for (const v of [...PRESETS.flatMap((p) => p.changes), ...DEFAULT_VALUES]) {
      for (const id of v.sources) expect(Object.keys(sources), v.id).toContain(id);
      // A value that is not an assumption must say where it comes from.
      if (!v.assumption) expect(v.sources.length, v.id).toBeGreaterThan(0);
    }
  });

  it('differ from each other, so at most one is active', () => {
    for (const a of PRESET_IDS) {
      for (const b of PRESET_IDS) {
        if (a !== b) expect(sameInputs(presetInputs(a), presetInputs(b)), `${a} ${b}`).toBe(false);
      }
      expect(matchingPreset(presetInputs(a))).toBe(a);
    }
  });

  it('give the default provenance of every slider', () => {
    expect(DEFAULT_VALUES.map((v) => v.id)).toEqual(SLIDERS.map((s) => s.id));
    for (const v of DEFAULT_VALUES) expect(v.value, v.id).toBe(DEFAULT_INPUTS[v.id]);
  });

  it('hand out copies', () => {
    const a = presetInputs('glut');
    a.price = 7;
    expect(presetInputs('glut').price).not.toBe(7);
  });

  it.each([['__proto__'], ['constructor'], ['toString'], ['GLUT'], [''], ['glut ']])(
    'do not take %j for an id',
    (text) => expect(isPresetId(text)).toBe(false)
  );
});

describe('provenance', () => {
  const preset = (changes: Preset['changes']): Preset => ({ id: 'glut', changes });
  const v = (id: InputId, assumption: boolean, sources: string[]) => ({
    id,
    value: DEFAULT_INPUTS[id],
    assumption,
    sources
  });

  it('calls a preset sourced, assumed or partly by its values', () => {
    expect(provenance(preset([v('price', false, ['a'])])).kind).toBe('sourced');
    expect(provenance(preset([v('price', true, [])])).kind).toBe('assumption');
    expect(provenance(preset([v('price', false, ['a']), v('delay', true, [])])).kind).toBe(
      'partly'
    );
  });

  it('names each source once, in the order first cited', () => {
    const p = preset([v('price', false, ['a', 'b']), v('spread', false, ['b', 'c'])]);
    expect(provenance(p).sources).toEqual(['a', 'b', 'c']);
  });

  it('describes a preset that changes nothing by the defaults', () => {
    const p = provenance(preset([]));
    expect([...p.sourced, ...p.assumed].map((x) => x.id).sort()).toEqual(
      SLIDERS.map((s) => s.id).sort()
    );
  });

  it('splits the real presets without losing a value', () => {
    for (const p of PRESETS) {
      const { sourced, assumed } = provenance(p);
      if (p.changes.length > 0) expect(sourced.length + assumed.length).toBe(p.changes.length);
    }
  });
});

describe("a preset's line", () => {
  it.each([
    [
      'Base rate {baseRate}, so loans at {loanRate}',
      [
        { text: 'Base rate ' },
        { token: 'baseRate' },
        { text: ', so loans at ' },
        { token: 'loanRate' }
      ]
    ],
    ['{price}', [{ token: 'price' }]],
    ['no values', [{ text: 'no values' }]],
    // A name in braces that is no token stays as it is written.
    ['{fleet} and {__proto__} {price}', [{ text: '{fleet} and {__proto__} ' }, { token: 'price' }]],
    ['', []]
  ])('%j splits into words and values', (template, expected) => {
    expect(lineParts(template)).toEqual(expected);
  });

  it('fills a value from the preset, and the loan rate as base rate plus spread', () => {
    expect(lineValue('glut', 'utilisation')).toEqual({ unit: 'utilisation', value: 65 });
    expect(lineValue('boom2023', 'loanRate')).toEqual({ unit: 'baseRate', value: 15 });
    // 3.95 + 13 without the float's tail.
    expect(lineValue('creditSqueeze', 'loanRate')).toEqual({ unit: 'baseRate', value: 16.95 });
  });

  it('names, in each language, every slider its preset changes and none it leaves alone', () => {
    for (const lang of LANGS) {
      const words = explorerWordsFor(lang);
      for (const p of PRESETS) {
        const template = presetSets(words, p.id);
        expect(template, `${lang} ${p.id}`).toBeTruthy();
        const parts = lineParts(template ?? '');
        const changed = p.changes.map((c) => c.id);
        const where = `${lang} ${p.id}`;
        // Every change is named, the loan rate speaking for both rates…
        for (const id of changed) expect([...lineNames(parts)], where).toContain(id);
        // …and a slider named by itself is one the preset changes.
        for (const part of parts)
          if ('token' in part && part.token !== 'loanRate')
            expect(changed, where).toContain(part.token);
        for (const part of parts)
          if ('text' in part) expect(part.text, `${lang} ${p.id}`).not.toMatch(/[{}]/);
      }
    }
  });
});
