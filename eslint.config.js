import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The house's one-way layers (README, "Layout"): model ← format/i18n ← explorer, charts ←
 * page ← routes, with prose build-only. Each entry lists what a folder must not import; an
 * import that crosses a layer the wrong way fails `npm run lint`.
 */
const lib = (...folders) => folders.map((f) => `$lib/${f}`).flatMap((p) => [p, `${p}/*`]);
const ALL = ['model', 'i18n', 'format', 'explorer', 'charts', 'page', 'prose', 'styles'];
const except = (...keep) => ALL.filter((f) => !keep.includes(f));
const FRAMEWORK = ['$app/*', 'svelte', 'svelte/*', '*.svelte'];
const layers = [
  {
    files: ['src/lib/model/**'],
    group: [...lib(...except('model')), ...FRAMEWORK, '../*'],
    message: 'The model is pure TypeScript: it imports nothing else of src/lib, no framework.'
  },
  {
    files: ['src/lib/i18n/**'],
    group: [...lib(...except('i18n')), '../*'],
    message: 'i18n imports nothing else of src/lib.'
  },
  {
    files: ['src/lib/format/**'],
    group: [...lib(...except('format', 'i18n')), '../*'],
    types: true,
    message: 'format imports only i18n (types of the model may be imported as types).'
  },
  {
    files: ['src/lib/charts/**'],
    group: lib('model', 'explorer', 'page', 'prose'),
    types: true,
    message: 'Charts get results and sweeps as data: no model, explorer, page or prose code.'
  },
  {
    files: ['src/lib/explorer/**'],
    group: lib('prose', 'page', 'charts'),
    message: 'The explorer never imports prose, page or charts.'
  },
  {
    files: ['src/lib/page/**'],
    group: lib('prose'),
    message: 'The page is browser code: prose is build-only.'
  },
  {
    files: ['src/lib/prose/**'],
    group: lib('explorer', 'charts'),
    message: 'Prose never imports the explorer or the charts.'
  },
  {
    files: ['src/routes/**/*.svelte', 'src/routes/**/+page.ts', 'src/routes/**/+layout.ts'],
    group: lib('prose'),
    message: 'Prose is build-only: only server files (+page.server.ts, hooks) may import it.'
  }
];

export default ts.config(
  {
    ignores: [
      'build/',
      'build-base-path/',
      '.scratch/',
      '.svelte-kit/',
      'node_modules/',
      'test-results/',
      'playwright-report/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { 'no-undef': 'off' }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  ...layers.map(({ files, group, types = false, message }) => ({
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group, message, allowTypeImports: types }] }
      ]
    }
  }))
);
