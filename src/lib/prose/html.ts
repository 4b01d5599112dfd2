/** Build-time rewrites of a rendered page's HTML. */
import { BASE_PATH } from '$lib/page/site';

/**
 * Makes a page's relative URLs absolute from the base path: `href="./_app/x.css"` →
 * `href="/explainer/_app/x.css"`. For a page written at the build's root but served at any depth,
 * as a static host serves 404.html for every missing path. Only `href`/`src` attributes of tags
 * that start with "./" change; text is left alone.
 */
export function rootRelativeUrls(html: string, base = BASE_PATH): string {
  return html.replace(/<[a-z][^>]*>/gi, (tag) =>
    tag.replace(/(\s(?:href|src)=")\.\//g, `$1${base}/`)
  );
}
