/**
 * The scenario presets: each is the default inputs with a few values changed. Until
 * content/model/presets.json lands this table is a stand-in with the same ids.
 */
import { clampInputs, DEFAULT_INPUTS, INPUT_IDS, type Inputs } from '$lib/model/inputs';

export const PRESET_IDS = ['boom2023', 'cheap2021', 'late2025', 'rateCut', 'glut'] as const;

/** A scenario preset's id, as written in `?preset=`. */
export type PresetId = (typeof PRESET_IDS)[number];

const CHANGES: Record<PresetId, Partial<Inputs>> = {
  boom2023: { price: 6, baseRate: 5.25, spread: 11 },
  cheap2021: { baseRate: 0.1 },
  late2025: {},
  rateCut: { baseRate: 3.5 },
  glut: { price: 1.7, priceDecline: 28 }
};

/** Whether a string names a preset (an exact match: `__proto__` and friends are not). */
export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

const INPUTS = new Map<PresetId, Readonly<Inputs>>(
  PRESET_IDS.map((id) => [id, Object.freeze(clampInputs({ ...DEFAULT_INPUTS, ...CHANGES[id] }))])
);

/** The full, valid inputs of a preset (defaults with the preset's changes applied). */
export function presetInputs(id: PresetId): Inputs {
  return { ...(INPUTS.get(id) ?? DEFAULT_INPUTS) };
}

/** Whether two sets of inputs agree on every field. */
export function sameInputs(a: Readonly<Inputs>, b: Readonly<Inputs>): boolean {
  return INPUT_IDS.every((id) => a[id] === b[id]);
}
