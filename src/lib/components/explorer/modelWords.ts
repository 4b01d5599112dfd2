/**
 * The model's own words as the explorer uses them: slider labels and descriptions, mark
 * labels, preset names and descriptions (content/{en,ar}/model.json), and the sources behind
 * marks and presets (content/sources/model.json). Each falls back to its id, never to nothing.
 *
 * The words arrive with the page's data (`provideExplorerWords`), one language per page, so
 * the browser never downloads the model's methodology or the other language's words.
 */
import type { Source, Sources } from '$lib/content/types';
import type { Lang } from '$lib/i18n/languages';
import type { InputId } from '$lib/model/inputs';
import type { PresetId } from '$lib/state/presets';
import type { ModelText } from '$lib/story/modelContent';

/** What the explorer shows of the model's text in one language, and the model's sources. */
export interface ExplorerWords {
  inputs: ModelText['inputs'];
  marks: ModelText['marks'];
  presets: ModelText['presets'];
  sources: Sources;
}

const provided = new Map<Lang, ExplorerWords>();

/** Makes a language's explorer words available; the first words given for it stay. */
export function provideExplorerWords(lang: Lang, words: ExplorerWords): void {
  if (!provided.has(lang)) provided.set(lang, words);
}

function modelText(lang: Lang): ExplorerWords {
  const words = provided.get(lang);
  if (!words)
    throw new Error(`explorer words for "${lang}" were not provided: call provideExplorerWords`);
  return words;
}

function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** The slider's visible label, e.g. "Utilisation". */
export function sliderLabel(lang: Lang, id: InputId): string {
  return modelText(lang).inputs[id].label || id;
}

/** One line saying what the slider means, or null. */
export function sliderDescription(lang: Lang, id: InputId): string | null {
  return modelText(lang).inputs[id].description || null;
}

/** The short label of a mark on a slider's track, e.g. "SOFR, Nov 2025". */
export function markLabel(lang: Lang, key: string): string {
  return own<string>(modelText(lang).marks, key) ?? key;
}

/** A preset's name, e.g. "GPU glut". */
export function presetName(lang: Lang, id: PresetId): string {
  return modelText(lang).presets[id].name || id;
}

/** A preset's one-line description, or null. */
export function presetDescription(lang: Lang, id: PresetId): string | null {
  return modelText(lang).presets[id].description || null;
}

/** The source with this id, or null when the sources file has none by that id. */
export function sourceRef(lang: Lang, id: string): (Source & { id: string }) | null {
  const source = own(modelText(lang).sources, id);
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
