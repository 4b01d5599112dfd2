/** Reader-visible numbers in the charts, all through the project's formatter. */
import { formatNumber, formatPercent, formatUsd } from '$lib/format/format';
import type { Lang } from '$lib/i18n/languages';
import { INPUT_IDS, type Inputs } from '$lib/model/inputs';

/** Money for ticks and labels, USD: 164_688_000 → "$164.7M" / "164.7 مليون دولار"; −0 shows as 0. */
export function compactUsd(lang: Lang, value: number): string {
  return formatUsd(lang, value + 0, { compact: true, max: 1 });
}

/** Money for tables, whole dollars: 164_688_000 → "$164,688,000". */
export function fullUsd(lang: Lang, value: number): string {
  return formatUsd(lang, value + 0);
}

/** A percentage given in percent, up to `max` decimals: 3.95 → "3.95%". */
export function pct(lang: Lang, percent: number, max = 0): string {
  return formatPercent(lang, percent + 0, { max });
}

/** A multiple such as the leverage amplifier, one decimal: 4.88 → "4.9". */
export function multiple(lang: Lang, value: number): string {
  return formatNumber(lang, value, { max: 1 });
}

/**
 * A string that changes exactly when some input other than `except` changes: the key under
 * which a chart caches a grid that does not depend on the inputs its own axes sweep.
 */
export function inputsKey(inputs: Readonly<Inputs>, except: readonly (keyof Inputs)[]): string {
  return INPUT_IDS.filter((id) => !except.includes(id))
    .map((id) => inputs[id])
    .join('|');
}
