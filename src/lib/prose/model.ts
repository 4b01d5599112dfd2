import modelAr from '$content/ar/model.json';
import modelEn from '$content/en/model.json';
import defaultsJson from '$content/model/defaults.json';
import modelSourcesJson from '$content/sources/model.json';
import type { Sources } from './types';
import type { Lang } from '$lib/i18n/languages';
import type { Inputs } from '$lib/model/inputs';

/** One language's model text: `content/<lang>/model.json` (labels, methodology, limits). */
export type ModelText = typeof modelEn;

/** The model's text in a language; both files have the same keys (a content test checks). */
export function modelText(lang: Lang): ModelText {
  return lang === 'ar' ? (modelAr as ModelText) : modelEn;
}

/** Where a default comes from: `content/model/defaults.json`. */
export interface DefaultProvenance {
  value: number;
  assumption: boolean;
  sources: string[];
  /** The day or month the figure is from, when a source dates it: "2026-03". */
  asOf?: string;
  /**
   * A figure from after the story's events (late 2025), used because nothing as good is
   * stored from then; the defaults table says so beside it.
   */
  later?: boolean;
}

/** Provenance of every input's default. */
export const defaults = defaultsJson as Record<keyof Inputs, DefaultProvenance>;

/** Sources of the model's defaults and presets, keyed by id (all start with "m-"). */
export const modelSources = modelSourcesJson as unknown as Sources;
