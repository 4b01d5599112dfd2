import type { Lang } from '$lib/i18n/languages';
import type { Inputs } from '$lib/model/inputs';
import type { Result } from '$lib/model/run';

/** What every chart takes, so the story can put any chart in any interactive slot. */
export interface ChartProps {
  lang: Lang;
  inputs: Inputs;
  result: Result;
}
