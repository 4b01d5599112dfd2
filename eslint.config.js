import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
  {
    // The model must stay framework-free: it runs in tests, benchmarks and the browser alike.
    files: ['src/lib/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['$app/*', 'svelte', 'svelte/*', '*.svelte', '$lib/state/*'] }
      ]
    }
  }
);
