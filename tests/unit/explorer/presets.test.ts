import { describe, expect, it } from 'vitest';
import sources from '$content/sources/model.json';
import { clampInputs, DEFAULT_INPUTS, SLIDERS, type InputId } from '$lib/model/inputs';
import {
  DEFAULT_VALUES,
  isPresetId,
  matchingPreset,
  PRESET_IDS,
  PRESETS,
  presetInputs,
  provenance,
  sameInputs,
  type Preset
} from '$lib/explorer/presets';

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
