/**
 * Every language's UI strings, bundled: for the build (prerendering and the page loads that
 * hand each page its own language's strings), tests and scripts. The browser never imports
 * this module; it gets one language's strings with the page's data.
 */
import arCharts from './locales/ar/charts.json';
import arCommon from './locales/ar/common.json';
import arExplorer from './locales/ar/explorer.json';
import enCharts from './locales/en/charts.json';
import enCommon from './locales/en/common.json';
import enExplorer from './locales/en/explorer.json';
import type { Lang } from './languages';

/**
 * UI strings per language and namespace (`common`, `explorer`, `charts`: one file each, so the
 * parts of the page can be edited apart). Both languages have the same keys; a unit test holds
 * them to it. Keys outside `common` are written with their namespace: `t('charts:cash.title')`.
 */
export const RESOURCES = {
  en: { common: enCommon, explorer: enExplorer, charts: enCharts },
  ar: { common: arCommon, explorer: arExplorer, charts: arCharts }
} as const;

/** One language's strings, as a page's data carries them. */
export type Strings = (typeof RESOURCES)[Lang];

/** The catalogues' namespaces, one file each per language. */
export const NAMESPACES = ['common', 'explorer', 'charts'] as const;
