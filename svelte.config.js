import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * BASE_PATH lets the same build be served under a sub-path (e.g. BASE_PATH=/x npm run build).
 * Kit wants '' or a path that starts with '/' and does not end with one.
 */
const buildDir = process.env.BUILD_DIR ?? 'build';
const base = /** @type {'' | `/${string}`} */ ((process.env.BASE_PATH ?? '').replace(/\/+$/, ''));

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // BUILD_DIR lets a second build (the sub-path check) sit beside the main one.
    adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
    alias: { $content: 'content' },
    paths: { base, relative: true },
    prerender: {
      // /404 is linked from nowhere, so it is listed: it becomes build/404.html.
      entries: ['/', '/en/', '/ar/', '/404'],
      handleHttpError: 'fail',
      handleMissingId: 'fail'
    },
    output: { bundleStrategy: 'split' }
  }
};

export default config;
