import { getT } from '$lib/i18n/i18n';
import type { Lang } from '$lib/i18n/languages';
import type { Result } from '$lib/model/run';
import { formatLive } from '$lib/story/figures';

/**
 * What a screen reader hears after the reader changes the model: the first year's net income
 * and the utilisation at which the fleet breaks even, formatted as the story's live figures.
 */
export function modelAnnouncement(lang: Lang, result: Result): string {
  const t = getT(lang);
  const tr = (key: string) => t(key);
  return t('explorer:announce.model', {
    net: formatLive(lang, 'firstYearNetIncome', result, tr),
    breakEven: formatLive(lang, 'breakEvenUtil', result, tr)
  });
}
