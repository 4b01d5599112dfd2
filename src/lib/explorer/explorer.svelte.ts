/**
 * The explorer's state: the slider values, the preset they came from (if they still equal it),
 * the model's result for them, and the address-bar query that shares them.
 *
 * Use: `const explorer = new Explorer()` once per page, share it through the explorer context,
 * and in the page call `onMount(() => explorer.connectUrl())`: that reads the address on mount
 * and keeps it in step from then on. The charts read their data from a ChartViews over it
 * (views.svelte.ts), made when the first chart goes live.
 */
import { browser } from '$app/environment';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import {
  clampInputs,
  DEFAULT_INPUTS,
  sliderSpec,
  snapToStep,
  type InputId,
  type Inputs
} from '$lib/model/inputs';
import { runModel, type Result } from '$lib/model/schedule';
import { matchingPreset, presetInputs, sameInputs, type PresetId } from './presets';
import { afterRest } from './throttle';
import { mergeQuery, parseQuery, serialiseQuery } from './url';

/**
 * How long the state must rest before the address is written, ms. A drag fires up to 60
 * changes a second: the address is written once the reader lets go, never inside a drag's
 * frames (each `replaceState` costs the router a page clone and the browser a history entry
 * update), and browsers' caps on history calls (Safari throws after 100 in 30 s, Chromium
 * drops them after 200 in 10 s) are never approached.
 */
export const URL_UPDATE_INTERVAL_MS = 350;

export class Explorer {
  /**
   * The model's inputs. Raw state: every change replaces the whole object, so the model and
   * the charts' sweeps get a plain object rather than a proxy on their hot path.
   */
  inputs = $state.raw<Inputs>({ ...DEFAULT_INPUTS });
  /** The preset the inputs came from, while they still equal it; null otherwise. */
  preset = $state<PresetId | null>(null);
  /**
   * The preset to show as selected: the chosen one, or else any preset the values equal (so a
   * scenario whose values are the starting values is lit on a fresh page).
   */
  activePreset: PresetId | null = $derived(this.preset ?? matchingPreset(this.inputs));
  result: Result = $derived(runModel(this.inputs));
  /**
   * How many times the reader has changed the inputs (a slider, a mark, a preset, the reset
   * button). Reading the address does not count: it is where the reader already is, so there
   * is nothing to announce.
   */
  edits = $state(0);
  /** The address query for the current state: '' at the defaults, else '?…'. */
  query: string = $derived(serialiseQuery(this.inputs, this.preset));

  /** Starts at the defaults, or at `initial` made valid (clamped and snapped). */
  constructor(initial: Partial<Inputs> = {}) {
    this.inputs = clampInputs({ ...DEFAULT_INPUTS, ...initial });
  }

  /** Moves one slider: the value is clamped and snapped to the slider's grid; NaN is ignored. */
  set(id: InputId, value: number): void {
    if (!Number.isFinite(value)) return;
    const s = sliderSpec(id);
    const snapped = snapToStep(value, s.min, s.max, s.step);
    if (snapped === this.inputs[id]) return;
    const next = { ...this.inputs, [id]: snapped };
    if (this.preset !== null && !sameInputs(next, presetInputs(this.preset))) this.preset = null;
    this.inputs = next;
    this.edits++;
  }

  /**
   * Moves several sliders at once, as one change (one announcement, one address update):
   * what a "try this" button does. Values are clamped and snapped like a slider's.
   */
  setMany(values: Partial<Record<InputId, number>>): void {
    const next = { ...this.inputs };
    for (const [id, value] of Object.entries(values) as [InputId, number][]) {
      const s = sliderSpec(id);
      if (Number.isFinite(value)) next[id] = snapToStep(value, s.min, s.max, s.step);
    }
    if (sameInputs(next, this.inputs)) return;
    if (this.preset !== null && !sameInputs(next, presetInputs(this.preset))) this.preset = null;
    this.inputs = next;
    this.edits++;
  }

  /** The state to go back to: the inputs and the preset they came from. */
  snapshot(): { inputs: Inputs; preset: PresetId | null } {
    return { inputs: this.inputs, preset: this.preset };
  }

  /** Goes back to a state taken with snapshot(), as one change. */
  restore(state: { inputs: Inputs; preset: PresetId | null }): void {
    if (sameInputs(state.inputs, this.inputs) && state.preset === this.preset) return;
    this.inputs = state.inputs;
    this.preset = state.preset;
    this.edits++;
  }

  /** Sets every input to a preset's values and remembers the preset. */
  applyPreset(id: PresetId): void {
    this.inputs = presetInputs(id);
    this.preset = id;
    this.edits++;
  }

  /** Back to the late-2025 defaults, no preset. */
  reset(): void {
    this.inputs = { ...DEFAULT_INPUTS };
    this.preset = null;
    this.edits++;
  }

  /** Takes the state an address describes (see url.ts for the rules). */
  fromQuery(search: string | URLSearchParams): void {
    const parsed = parseQuery(search);
    // Unchanged values keep their object, so nothing downstream recomputes.
    if (!sameInputs(parsed.inputs, this.inputs)) this.inputs = parsed.inputs;
    this.preset = parsed.preset;
  }

  /**
   * Reads the address into the state, then writes each later change back with `replaceState`
   * (no history entries), keeping the hash and any query keys that are not the explorer's.
   * Browser only (a prerendered page has no query to read): elsewhere it does nothing.
   * Returns the function that stops it; call it from onMount or an $effect.
   */
  connectUrl(): () => void {
    if (!browser) return () => {};
    this.fromQuery(location.search);

    let frame = 0;
    const apply = () => {
      frame = 0;
      const search = mergeQuery(location.search, this.query);
      if (search === location.search) return;
      // The path is the one the reader is on (base path included), so it is already resolved.
      // page.state is passed through so that other shallow-routing state survives.
      // eslint-disable-next-line svelte/no-navigation-without-resolve
      replaceState(location.pathname + search + location.hash, page.state);
    };
    // In a frame, never inside the input event or the page's mount: Kit's router may not be
    // ready yet while the page mounts.
    const write = afterRest(URL_UPDATE_INTERVAL_MS, () => {
      frame ||= requestAnimationFrame(apply);
    });

    // Back or forward to an entry made by an in-page link brings that entry's query with it.
    const onPopState = () => this.fromQuery(location.search);
    addEventListener('popstate', onPopState);

    const stopEffect = $effect.root(() => {
      // The inputs, not the query: the query is written out only at rest, so a drag's frames
      // need not serialise it.
      $effect(() => {
        void this.inputs;
        void this.preset;
        write.call();
      });
    });

    return () => {
      removeEventListener('popstate', onPopState);
      stopEffect();
      write.cancel();
      cancelAnimationFrame(frame);
    };
  }
}
