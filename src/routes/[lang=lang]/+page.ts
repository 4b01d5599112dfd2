import { LANGS } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

/** Both languages are listed so each gets its own prerendered page. */
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));
