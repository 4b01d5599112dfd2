/**
 * The model's own words as the explorer uses them, in the page's language: slider labels and
 * descriptions, mark labels, preset names and descriptions, and the sources behind marks and
 * presets. They arrive with the page's data (one language per page, without the methodology)
 * and reach the explorer's components through the explorer context. Each lookup falls back to
 * its id, never to nothing.
 */
import { getContext, setContext } from 'svelte';
import type { InputId } from '$lib/model/inputs';
import type { Explorer } from './explorer.svelte';
import type { PresetId } from './presets';

/** A cited source as a mark or a preset links it. */
export interface SourceRef {
  title: string;
  publisher: string;
  date: string;
  url: string | null;
}

/** What the explorer shows of the model's text in one language, and the model's sources. */
export interface ExplorerWords {
  inputs: Record<InputId, { label: string; gloss?: string; description?: string }>;
  marks: Record<string, string>;
  presets: Record<PresetId, { name: string; sets?: string; description?: string }>;
  sources: Record<string, SourceRef>;
}

function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** The slider's visible label, e.g. "Utilisation". */
export function sliderLabel(words: ExplorerWords, id: InputId): string {
  return own(words.inputs, id)?.label || id;
}

/**
 * The plain words for a label's term of art, shown with it, or null: "Base rate" → "SOFR, the
 * benchmark lending rate".
 */
export function sliderGloss(words: ExplorerWords, id: InputId): string | null {
  return own(words.inputs, id)?.gloss || null;
}

/** One line saying what the slider means, or null. */
export function sliderDescription(words: ExplorerWords, id: InputId): string | null {
  return own(words.inputs, id)?.description || null;
}

/** The short label of a mark on a slider's track, e.g. "SOFR, Nov 2025". */
export function markLabel(words: ExplorerWords, key: string): string {
  return own(words.marks, key) ?? key;
}

/** A preset's name, e.g. "GPU glut". */
export function presetName(words: ExplorerWords, id: PresetId): string {
  return own(words.presets, id)?.name || id;
}

/**
 * The short line on a preset's button saying what it sets, with the values in braces
 * ("Base rate {baseRate}, so loans at {loanRate}": see lineParts), or null.
 */
export function presetSets(words: ExplorerWords, id: PresetId): string | null {
  return own(words.presets, id)?.sets || null;
}

/** A preset's description (why these values), or null. */
export function presetDescription(words: ExplorerWords, id: PresetId): string | null {
  return own(words.presets, id)?.description || null;
}

/** The source with this id, or null when the sources file has none by that id. */
export function sourceRef(words: ExplorerWords, id: string): (SourceRef & { id: string }) | null {
  const source = own(words.sources, id);
  return source ? { id, ...source } : null;
}

/**
 * A publisher's name without the qualifier after it, short enough for a link beside a slider:
 * "Tech Reader Daily (citing SemiAnalysis data)" → "Tech Reader Daily";
 * "CoreWeave, filed with the U.S. Securities and Exchange Commission" → "CoreWeave".
 */
export function shortPublisher(publisher: string): string {
  const cut = publisher.search(/ \(|, /);
  return (cut > 0 ? publisher.slice(0, cut) : publisher).trim();
}

/** What the explorer's components share on a page: its one Explorer and its words. */
export interface ExplorerContext {
  explorer: Explorer;
  words: ExplorerWords;
}

const KEY = Symbol('explorer');

/** Makes the page's explorer and words available to the components below. */
export function setExplorerContext(context: ExplorerContext): ExplorerContext {
  return setContext(KEY, context);
}

/**
 * The context map that `render()` and `hydrate()` take, for a component of the explorer drawn
 * or hydrated on its own (page/Later.svelte).
 */
export function explorerContextMap(context: ExplorerContext): Map<symbol, ExplorerContext> {
  return new Map([[KEY, context]]);
}

/** The page's explorer and its words; throws outside a page that set them. */
export function getExplorerContext(): ExplorerContext {
  const context = getContext<ExplorerContext | undefined>(KEY);
  if (!context) throw new Error('explorer components need the page to set the explorer context');
  return context;
}
