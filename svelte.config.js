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
    // $fonts: the web fonts cut to the site's characters at build time (scripts/fonts.js).
    alias: { $content: 'content', $fonts: 'node_modules/.cache/site-fonts' },
    paths: { base, relative: true },
    prerender: {
      // /404 is linked from nowhere, so it is listed: it becomes build/404.html.
      entries: ['/', '/en/', '/ar/', '/404'],
      handleHttpError: 'fail',
      handleMissingId: 'fail'
    },
    output: { bundleStrategy: 'split' },
    // A strict Content-Security-Policy, written by Kit into every prerendered page as a
    // <meta http-equiv>. 'hash' mode adds the sha256 of Kit's one inline bootstrap script to
    // script-src, so no script runs unless it is that script or a file from this origin: no
    // 'unsafe-inline', no 'unsafe-eval'. Style sheets and <style> elements are 'self' only.
    // style-src-attr allows inline style *attributes*, and only those: the prerendered HTML
    // carries a few computed ones (style:order, style:--at, style:block-size, style:opacity,
    // Kit's <div style="display: contents">) that lay the page out before JavaScript runs;
    // blocking them breaks the no-JavaScript layout. The risk they leave is small: the page
    // renders no untrusted markup, and img-src/font-src keep any CSS url() on this origin.
    // frame-ancestors and report-uri cannot be set from a <meta>: see README, "Security".
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        'style-src-attr': ['unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
