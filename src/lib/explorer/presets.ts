/**
 * The scenario presets of content/model/presets.json: each is the default inputs with a few
 * slider values changed, every change flagged as sourced or an assumption.
 */
import presetsJson from '$content/model/presets.json';
import defaultsJson from '$content/model/defaults.json';
import {
  clampInputs,
  DEFAULT_INPUTS,
  INPUT_IDS,
  SLIDERS,
  type InputId,
  type Inputs
} from '$lib/model/inputs';

/** A scenario preset's id, as written in `?preset=`. */
export type PresetId = keyof typeof presetsJson;

/** One value a preset sets, with where it comes from. */
export interface PresetValue {
  id: InputId;
  value: number;
  /** True where the value is the project's assumption rather than a reported figure. */
  assumption: boolean;
  /** Ids in content/sources/model.json (an assumption may still cite what it is based on). */
  sources: string[];
}

/** A preset as the explorer shows it. */
export interface Preset {
  id: PresetId;
  /** The slider values it changes from the defaults, in slider order. */
  changes: PresetValue[];
}

interface RawValue {
  value: number;
  assumption: boolean;
  sources: string[];
}

const SLIDER_IDS = SLIDERS.map((s) => s.id);

/** A file's `{ inputId: { value, assumption, sources } }` entries as PresetValues, slider order. */
function valuesOf(raw: Partial<Record<string, RawValue>>): PresetValue[] {
  return SLIDER_IDS.flatMap((id) => {
    const v = Object.prototype.hasOwnProperty.call(raw, id) ? raw[id] : undefined;
    return v ? [{ id, value: v.value, assumption: v.assumption, sources: [...v.sources] }] : [];
  });
}

const RAW = presetsJson as Record<PresetId, { changes: Partial<Record<string, RawValue>> }>;

/** Every preset id, in the file's order. */
export const PRESET_IDS: readonly PresetId[] = Object.freeze(Object.keys(RAW) as PresetId[]);

/** The presets in the file's order. */
export const PRESETS: readonly Preset[] = Object.freeze(
  PRESET_IDS.map((id) => ({ id, changes: valuesOf(RAW[id].changes) }))
);

/** The default slider values with their provenance (content/model/defaults.json), slider order. */
export const DEFAULT_VALUES: readonly PresetValue[] = Object.freeze(
  valuesOf(defaultsJson as Partial<Record<string, RawValue>>)
);

/** Whether a string names a preset (an exact match: `__proto__` and friends are not). */
export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

const INPUTS = new Map<PresetId, Readonly<Inputs>>(
  PRESETS.map((p) => {
    const changes = Object.fromEntries(p.changes.map((c) => [c.id, c.value]));
    return [p.id, Object.freeze(clampInputs({ ...DEFAULT_INPUTS, ...changes }))];
  })
);

/** The full, valid inputs of a preset (defaults with the preset's changes applied); a copy. */
export function presetInputs(id: PresetId): Inputs {
  return { ...(INPUTS.get(id) ?? DEFAULT_INPUTS) };
}

/** The first preset whose inputs equal `inputs`, or null. */
export function matchingPreset(inputs: Readonly<Inputs>): PresetId | null {
  return PRESET_IDS.find((id) => sameInputs(inputs, presetInputs(id))) ?? null;
}

/** Whether two sets of inputs agree on every field. */
export function sameInputs(a: Readonly<Inputs>, b: Readonly<Inputs>): boolean {
  return INPUT_IDS.every((id) => a[id] === b[id]);
}

/** A preset's values split by provenance, with the sources they cite, each named once. */
export interface Provenance {
  sourced: PresetValue[];
  assumed: PresetValue[];
  /** Source ids cited by any of the values, first-cited first, without repeats. */
  sources: string[];
  /** 'sourced' when no value is an assumption, 'assumption' when all are, else 'partly'. */
  kind: 'sourced' | 'assumption' | 'partly';
}

/**
 * Where a preset's values come from. A preset that changes nothing (late 2025) is the
 * defaults, so it is described by the defaults' own provenance.
 */
export function provenance(preset: Preset): Provenance {
  const values = preset.changes.length > 0 ? preset.changes : DEFAULT_VALUES;
  const sourced = values.filter((v) => !v.assumption);
  const assumed = values.filter((v) => v.assumption);
  const sources = [...new Set(values.flatMap((v) => v.sources))];
  const kind = assumed.length === 0 ? 'sourced' : sourced.length === 0 ? 'assumption' : 'partly';
  return { sourced, assumed, sources, kind };
}

/**
 * What a preset's one-line summary may name: a slider's value, or `loanRate`, the interest
 * rate a loan then pays (base rate plus spread), which says in one figure what the two set.
 */
export type LineToken = InputId | 'loanRate';

/** A piece of a preset's line: words as written, or a value to fill in. */
export type LinePart = { text: string } | { token: LineToken };

const LINE_TOKEN = /\{(\w+)\}/g;

function isLineToken(name: string): name is LineToken {
  return name === 'loanRate' || (SLIDER_IDS as string[]).includes(name);
}

/**
 * A preset's line (content/{en,ar}/model.json `presets.<id>.sets`) split into words and the
 * values it names: "Base rate {baseRate}, so loans at {loanRate}" →
 * [{text: 'Base rate '}, {token: 'baseRate'}, {text: ', so loans at '}, {token: 'loanRate'}].
 * A name in braces that is not a token stays as text, braces and all.
 */
export function lineParts(template: string): LinePart[] {
  const parts: LinePart[] = [];
  let at = 0;
  for (const match of template.matchAll(LINE_TOKEN)) {
    const name = match[1] ?? '';
    if (!isLineToken(name)) continue;
    if (match.index > at) parts.push({ text: template.slice(at, match.index) });
    parts.push({ token: name });
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at) });
  return parts;
}

/**
 * The value a token of a preset's line stands for, with the input whose unit it takes:
 * `loanRate` of the 2023 boom (5.25% + 9.75 points) → {unit: 'baseRate', value: 15}.
 */
export function lineValue(id: PresetId, token: LineToken): { unit: InputId; value: number } {
  const inputs = presetInputs(id);
  if (token === 'loanRate') {
    // Rounded to the spread's hundredths: 3.95 + 13 is 16.95, not 16.950000000000003.
    return { unit: 'baseRate', value: Math.round((inputs.baseRate + inputs.spread) * 100) / 100 };
  }
  return { unit: token, value: inputs[token] };
}

/**
 * The sliders a line names, `loanRate` standing for both rates: a line that says what its
 * preset sets names every slider the preset changes.
 */
export function lineNames(parts: readonly LinePart[]): Set<InputId> {
  const names = new Set<InputId>();
  for (const part of parts) {
    if (!('token' in part)) continue;
    if (part.token === 'loanRate') {
      names.add('baseRate');
      names.add('spread');
    } else names.add(part.token);
  }
  return names;
}
