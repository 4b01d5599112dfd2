/**
 * The explorer's state in the address bar: `?util=70&rate=1.5`, or `?preset=glut&price=1.7…`.
 * Pure functions, no DOM, so the prerender, the browser and the tests read addresses alike.
 *
 * Rules, in the order parseQuery applies them:
 * - A named preset (`preset=`) sets the starting values; an unknown name is ignored.
 * - Each slider's parameter (SLIDERS[].param, percent values in percent) overrides it.
 * - A value must be a plain decimal (`70`, `1.5`, `-5`, `.5`); anything else (`NaN`, `1e999`,
 *   `0x10`, Arabic-Indic digits, markup, over 24 characters) is ignored as if absent.
 * - When a key repeats, the first valid value wins (`?util=NaN&util=70` gives 70): a link
 *   someone pasted more onto keeps meaning what it first said.
 * - Valid numbers are clamped to the slider's range and snapped to its step.
 * - The preset label survives only if the resulting inputs still equal the preset's.
 * - Unknown keys are ignored.
 */
import { clampInputs, DEFAULT_INPUTS, SLIDERS, snapToStep, type Inputs } from '$lib/model/inputs';
import { isPresetId, presetInputs, sameInputs, type PresetId } from './presets';

/** What an address says about the explorer. */
export interface QueryState {
  inputs: Inputs;
  preset: PresetId | null;
}

const PRESET_PARAM = 'preset';
const MAX_VALUE_LENGTH = 24;
// ASCII digits only: `\d` without the `u` flag never matches ٣ or other scripts' digits.
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A number from a query value written as a plain decimal ("70", "1.5", "-5"), or undefined for
 * anything else ("", "NaN", "1e999", "0x10", "٣", " 70", markup, very long strings).
 */
export function parseDecimal(text: string): number | undefined {
  if (text.length > MAX_VALUE_LENGTH || !DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A slider value as the address writes it: with no more than the step's `decimals` and no
 * trailing zeros (2.3, not 2.30 or 2.2999999999999998).
 */
export function formatParam(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

function toParams(search: string | URLSearchParams): URLSearchParams {
  return typeof search === 'string' ? new URLSearchParams(search) : search;
}

/** The explorer state an address describes; never throws, whatever the string holds. */
export function parseQuery(search: string | URLSearchParams): QueryState {
  const params = toParams(search);
  const preset = params.getAll(PRESET_PARAM).find(isPresetId) ?? null;
  const base: Inputs = preset ? presetInputs(preset) : { ...DEFAULT_INPUTS };
  const overrides: Partial<Inputs> = {};
  for (const s of SLIDERS) {
    for (const text of params.getAll(s.param)) {
      const value = parseDecimal(text);
      if (value !== undefined) {
        overrides[s.id] = value;
        break;
      }
    }
  }
  const inputs = clampInputs({ ...base, ...overrides });
  const kept = preset !== null && sameInputs(inputs, presetInputs(preset)) ? preset : null;
  return { inputs, preset: kept };
}

/**
 * The address query for a state: '' at the defaults, otherwise '?' and the sliders that differ
 * from the defaults, in table order. A preset is written first and only while the inputs still
 * equal it; its values are written out too, so the link keeps its numbers if presets change.
 */
export function serialiseQuery(inputs: Readonly<Inputs>, preset: PresetId | null): string {
  const params = new URLSearchParams();
  if (preset !== null && sameInputs(inputs, presetInputs(preset))) params.set(PRESET_PARAM, preset);
  for (const s of SLIDERS) {
    const value = snapToStep(inputs[s.id], s.min, s.max, s.step);
    if (value !== DEFAULT_INPUTS[s.id]) params.set(s.param, formatParam(value, s.decimals));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query keys the explorer owns: every slider's param and `preset`. */
export const OWN_PARAMS: readonly string[] = Object.freeze([
  PRESET_PARAM,
  ...SLIDERS.map((s) => s.param)
]);

/**
 * The address query after the explorer writes `query` (from serialiseQuery) into `current`:
 * the explorer's keys replaced, anyone else's (`?ref=…`) kept after them. Returns '' or '?…'.
 */
export function mergeQuery(current: string, query: string): string {
  const params = new URLSearchParams(query);
  for (const [key, value] of new URLSearchParams(current)) {
    if (!OWN_PARAMS.includes(key)) params.append(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
