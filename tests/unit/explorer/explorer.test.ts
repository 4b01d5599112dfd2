import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, SLIDERS } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { Explorer } from '$lib/explorer/explorer.svelte';
import { matchingPreset, PRESET_IDS, presetInputs } from '$lib/explorer/presets';

describe('Explorer', () => {
  it('starts at the defaults', () => {
    const e = new Explorer();
    expect(e.inputs).toEqual(DEFAULT_INPUTS);
    expect(e.preset).toBeNull();
    expect(e.query).toBe('');
    expect(e.result).toEqual(runModel(DEFAULT_INPUTS));
  });

  it('recomputes result and query after a set', () => {
    const e = new Explorer();
    const before = e.result.firstYear.revenue;
    e.set('utilisation', 55);
    expect(e.inputs.utilisation).toBe(55);
    expect(e.query).toBe('?util=55');
    expect(e.result.firstYear.revenue).toBeLessThan(before);
    expect(e.result).toEqual(runModel({ ...DEFAULT_INPUTS, utilisation: 55 }));
  });
});

describe('Explorer.set', () => {
  it.each([
    ['utilisation', 150, 100],
    ['utilisation', -3, 20],
    ['price', 2.37, 2.35],
    ['baseRate', 0.1 + 0.2, 0.3],
    ['life', 4.4, 4]
  ] as const)('clamps and snaps %s = %d to %d', (id, value, expected) => {
    const e = new Explorer();
    e.set(id, value);
    expect(e.inputs[id]).toBe(expected);
  });

  it.each([[NaN], [Infinity], [-Infinity]])('ignores %d', (value) => {
    const e = new Explorer();
    e.set('delay', value);
    expect(e.inputs).toEqual(DEFAULT_INPUTS);
  });

  it('changes only the slider it is given', () => {
    const e = new Explorer();
    e.set('spread', 9.5);
    expect(e.inputs).toEqual({ ...DEFAULT_INPUTS, spread: 9.5 });
  });

  it('clears the preset when a value leaves it, keeps it while values still match', () => {
    for (const id of PRESET_IDS) {
      const e = new Explorer();
      e.applyPreset(id);
      const p = presetInputs(id);
      e.set('utilisation', p.utilisation);
      expect(e.preset).toBe(id);
      e.set('utilisation', p.utilisation === 40 ? 41 : 40);
      expect(e.preset).toBeNull();
      e.set('utilisation', p.utilisation);
      // Coming back by hand does not bring the label back into the address, but the values
      // are the preset's, so it shows as the active one.
      expect(e.preset).toBeNull();
      expect(e.inputs).toEqual(p);
      expect(e.activePreset).toBe(id);
    }
  });
});

describe('Explorer presets, reset and queries', () => {
  it('applies each preset: its inputs, its label, a query that names it', () => {
    for (const id of PRESET_IDS) {
      const e = new Explorer();
      e.set('delay', 7);
      e.applyPreset(id);
      expect(e.inputs).toEqual(presetInputs(id));
      expect(e.preset).toBe(id);
      expect(e.query.startsWith(`?preset=${id}`)).toBe(true);
      expect(e.result).toEqual(runModel(presetInputs(id)));
    }
  });

  it('shows the preset the values equal as active, and none when they equal none', () => {
    const e = new Explorer();
    expect(e.preset).toBeNull();
    expect(e.activePreset).toBe(matchingPreset(DEFAULT_INPUTS));
    e.set('delay', 5);
    expect(e.activePreset).toBeNull();
    e.applyPreset('glut');
    expect(e.activePreset).toBe('glut');
  });

  it('resets to the defaults and forgets the preset', () => {
    const e = new Explorer();
    e.applyPreset('boom2023');
    for (const s of SLIDERS) e.set(s.id, s.max);
    e.reset();
    expect(e.inputs).toEqual(DEFAULT_INPUTS);
    expect(e.preset).toBeNull();
    expect(e.query).toBe('');
  });

  it('reads a query, and its own query back to the same state', () => {
    const e = new Explorer();
    e.fromQuery('?util=55&rate=1.5&debt=-5&price=abc');
    expect(e.inputs).toEqual({ ...DEFAULT_INPUTS, utilisation: 55, baseRate: 1.5, debtShare: 0 });
    expect(e.query).toBe('?util=55&rate=1.5&debt=0');
    const copy = new Explorer();
    copy.fromQuery(e.query);
    expect(copy.inputs).toEqual(e.inputs);
  });

  it('takes a preset from a query, and drops it when explicit values differ', () => {
    const id = PRESET_IDS[PRESET_IDS.length - 1]!;
    const e = new Explorer();
    e.fromQuery(`?preset=${id}`);
    expect(e.preset).toBe(id);
    e.fromQuery(`?preset=${id}&delay=${presetInputs(id).delay === 9 ? 10 : 9}`);
    expect(e.preset).toBeNull();
  });

  it('never shares its inputs object with the preset table or the defaults', () => {
    const e = new Explorer();
    e.applyPreset('boom2023');
    e.inputs.utilisation = 21;
    expect(presetInputs('boom2023').utilisation).not.toBe(21);
    e.reset();
    e.inputs.utilisation = 22;
    expect(DEFAULT_INPUTS.utilisation).toBe(80);
  });

  it('does nothing with the address outside a browser', () => {
    const e = new Explorer();
    const stop = e.connectUrl();
    expect(e.inputs).toEqual(DEFAULT_INPUTS);
    expect(() => stop()).not.toThrow();
  });
});

describe('Explorer.fromQuery', () => {
  it('keeps the same inputs object when the address says what the state already is', () => {
    const e = new Explorer();
    e.fromQuery('?util=55');
    const before = e.inputs;
    e.fromQuery('?util=55&junk=1');
    expect(e.inputs).toBe(before);
    e.fromQuery('?util=56');
    expect(e.inputs).not.toBe(before);
  });

  it("counts the reader's edits, not the address it reads or a value it already has", () => {
    const e = new Explorer();
    e.fromQuery('?util=70&rate=3');
    expect(e.edits).toBe(0);
    e.set('utilisation', 70);
    expect(e.edits).toBe(0);
    e.set('utilisation', 71);
    e.applyPreset(PRESET_IDS[0]!);
    e.reset();
    expect(e.edits).toBe(3);
  });
});
