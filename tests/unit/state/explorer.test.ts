import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, SLIDERS } from '$lib/model/inputs';
import { runModel } from '$lib/model/run';
import { Explorer } from '$lib/state/explorer.svelte';
import { PRESET_IDS, presetInputs } from '$lib/state/presets';

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
