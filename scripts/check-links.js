// Checks that every reference in a built site points at something the build contains.
// Usage: node scripts/check-links.js [dir] [--base /x]   (default: build, no base)
//
// It reads every HTML file (href, src, srcset, imagesrcset, <meta> og:/twitter: images and
// urls, url() in style attributes, the import()s of Kit's inline start script) and every CSS
// file (url(), @import), resolves each reference against the file's own address under the
// base path, and fails on any that leaves the base path, names a missing file, or points at
// an #anchor the target page lacks. Links to other sites are listed, not fetched: the pages
// may cite sources with <a href>, but nothing else may leave the origin.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { siteOrigin } from './site-origin.js';

/** The origin pages are resolved against; any other origin is another site. */
const SITE = 'http://site.invalid';

/**
 * @typedef {{ from: string, ref: string, what: string }} Reference
 *   a reference as written: the file (relative to the build), the text, and where it was found
 * @typedef {{ kind: 'local', path: string, file: string | null, hash: string }
 *   | { kind: 'external', url: string }
 *   | { kind: 'ignored' }
 *   | { kind: 'error', reason: string }} Resolved
 * @typedef {{ files: number, references: number, problems: string[], external: Map<string, string[]> }} Report
 */

/** Every file under dir whose name ends with ext, sorted, as absolute paths. */
function filesEndingWith(/** @type {string} */ dir, /** @type {string} */ ext) {
  /** @type {string[]} */
  const found = [];
  const walk = (/** @type {string} */ d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith(ext)) found.push(path);
    }
  };
  walk(resolve(dir));
  return found.sort();
}

/** Every HTML file under dir, sorted, as absolute paths. */
export function htmlFiles(/** @type {string} */ dir) {
  return filesEndingWith(dir, '.html');
}

const ENTITIES = /** @type {Record<string, string>} */ ({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0'
});

/** Text with its character references decoded (&amp;, &#39;, &#x2F;). */
export function decodeEntities(/** @type {string} */ text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The attributes of one start tag's attribute text, names lower-cased, values decoded. */
function attributesOf(/** @type {string} */ text) {
  /** @type {Map<string, string>} */
  const attrs = new Map();
  const pattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of text.matchAll(pattern)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** The URLs of a srcset: each candidate's first word. */
function srcsetUrls(/** @type {string} */ value) {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The targets of the url()s and imports in a piece of CSS. */
export function cssReferences(/** @type {string} */ css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const refs = [...text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? ''
  );
  refs.push(
    ...[...text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)].map((m) => m[1] ?? m[2] ?? '')
  );
  return refs.filter(Boolean);
}

const URL_ATTRS = ['href', 'src', 'poster', 'action', 'formaction', 'data', 'cite', 'background'];
const META_URLS = /^(og:(image|video|audio|url)(:url|:secure_url)?|twitter:(image|player)(:src)?)$/;

/**
 * What an HTML document refers to, and the ids it holds (the targets of #anchors).
 * @returns {{ refs: { ref: string, what: string }[], ids: Set<string> }}
 */
export function htmlReferences(/** @type {string} */ html) {
  /** @type {{ ref: string, what: string }[]} */
  const refs = [];
  // Scripts and styles first: their text is not markup.
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    for (const i of (m[1] ?? '').matchAll(/\bimport\(\s*(["'])([^"']+)\1\s*\)/g)) {
      refs.push({ ref: i[2] ?? '', what: 'import() in <script>' });
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    for (const ref of cssReferences(m[1] ?? '')) refs.push({ ref, what: 'url() in <style>' });
  }
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2>');
  /** @type {Set<string>} */
  const ids = new Set();
  for (const m of markup.matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)) {
    const tag = (m[1] ?? '').toLowerCase();
    const attrs = attributesOf(m[2] ?? '');
    const id = attrs.get('id');
    if (id) ids.add(id);
    if (tag === 'a' && attrs.get('name')) ids.add(/** @type {string} */ (attrs.get('name')));
    for (const name of URL_ATTRS) {
      const value = attrs.get(name);
      if (value !== undefined) refs.push({ ref: value.trim(), what: `<${tag} ${name}>` });
    }
    for (const name of ['srcset', 'imagesrcset']) {
      const value = attrs.get(name);
      if (value) for (const ref of srcsetUrls(value)) refs.push({ ref, what: `<${tag} ${name}>` });
    }
    const meta = attrs.get('property') ?? attrs.get('name') ?? '';
    if (tag === 'meta' && META_URLS.test(meta) && attrs.get('content')) {
      refs.push({
        ref: /** @type {string} */ (attrs.get('content')).trim(),
        what: `<meta ${meta}>`
      });
    }
    const style = attrs.get('style');
    if (style)
      for (const ref of cssReferences(style)) refs.push({ ref, what: `url() in <${tag} style>` });
  }
  return { refs, ids };
}

/** The address a file of the build is served at, e.g. build/en/index.html → /x/en/index.html. */
export function addressOf(/** @type {string} */ root, /** @type {string} */ file, base = '') {
  const path = relative(root, file).split(sep).map(encodeURIComponent).join('/');
  return new URL(`${base}/${path}`, SITE);
}

/**
 * Where a reference written in `file` leads: a file of the build (or null when none is there),
 * another site, nothing worth checking (data:, mailto:, tel:), or an error.
 * @returns {Resolved}
 */
export function resolveReference(
  /** @type {string} */ ref,
  /** @type {string} */ file,
  /** @type {{ root: string, base?: string, origin?: string }} */ { root, base = '', origin }
) {
  if (/^\s*javascript:/i.test(ref)) return { kind: 'error', reason: 'a javascript: URL' };
  if (/^(data|mailto|tel|blob|about):/i.test(ref)) return { kind: 'ignored' };
  if (ref === '') return { kind: 'error', reason: 'an empty reference' };
  let url;
  try {
    url = new URL(ref, addressOf(root, file, base));
  } catch {
    return { kind: 'error', reason: 'not a valid URL' };
  }
  // The head's absolute URLs (canonical, alternates, og:url, og:image) name the site's own
  // published origin: they are this build's files.
  if (origin && url.origin === origin) url = new URL(url.pathname + url.search + url.hash, SITE);
  if (url.origin !== SITE) return { kind: 'external', url: url.href };
  if (!url.pathname.startsWith(`${base}/`)) {
    return { kind: 'error', reason: `outside the base path ${base || '/'}` };
  }
  let path;
  try {
    path = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return { kind: 'error', reason: 'bad percent-encoding' };
  }
  const local = join(root, path);
  if (local !== root && !local.startsWith(root + sep)) {
    return { kind: 'error', reason: 'outside the build' };
  }
  return { kind: 'local', path, file: existingFile(local), hash: url.hash.slice(1) };
}

/** The file a static host serves for a path: the file, or a directory's index.html. */
function existingFile(/** @type {string} */ local) {
  try {
    const stat = statSync(local);
    if (stat.isFile()) return local;
    if (stat.isDirectory()) {
      const index = join(local, 'index.html');
      return statSync(index).isFile() ? index : null;
    }
  } catch {
    // missing
  }
  return null;
}

/**
 * Checks every reference of the build in dir.
 * @returns {Report}
 */
export function checkLinks(/** @type {string} */ dir, base = '', origin = siteOrigin()) {
  const root = resolve(dir);
  base = base.replace(/\/+$/, '');
  /** @type {Map<string, Set<string>>} */
  const idsByFile = new Map();
  /** @type {Reference[]} */
  const references = [];
  const htmls = htmlFiles(root);
  const csses = filesEndingWith(root, '.css');
  for (const file of htmls) {
    const { refs, ids } = htmlReferences(readFileSync(file, 'utf8'));
    idsByFile.set(file, ids);
    for (const r of refs) references.push({ from: file, ...r });
  }
  for (const file of csses) {
    for (const ref of cssReferences(readFileSync(file, 'utf8'))) {
      references.push({ from: file, ref, what: 'url() in CSS' });
    }
  }
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, string[]>} */
  const external = new Map();
  for (const { from, ref, what } of references) {
    const at = `${relative(root, from)}: ${what} "${ref}"`;
    const target = resolveReference(ref, from, { root, base, origin });
    if (target.kind === 'error') problems.push(`${at}: ${target.reason}`);
    else if (target.kind === 'external') {
      external.set(target.url, [...(external.get(target.url) ?? []), at]);
      if (!what.startsWith('<a ')) problems.push(`${at}: loads from another site`);
    } else if (target.kind === 'local') {
      if (!target.file) problems.push(`${at}: no such file in the build (${target.path})`);
      else if (target.hash && extname(target.file) === '.html') {
        const ids =
          idsByFile.get(target.file) ?? htmlReferences(readFileSync(target.file, 'utf8')).ids;
        let id = target.hash;
        try {
          id = decodeURIComponent(id);
        } catch {
          // keep it as written
        }
        if (id !== 'top' && !ids.has(id))
          problems.push(`${at}: no id "${id}" in ${relative(root, target.file)}`);
      }
    }
  }
  return { files: htmls.length + csses.length, references: references.length, problems, external };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { base: { type: 'string', default: '' } }
  });
  const dir = positionals[0] ?? 'build';
  let report;
  try {
    report = checkLinks(dir, values.base);
  } catch (error) {
    console.error(`Cannot read ${dir} (${String(error)}): build the site first (npm run build).`);
    process.exit(2);
  }
  if (report.files === 0) {
    console.error(`No HTML or CSS files in ${dir}: build the site first (npm run build).`);
    process.exit(2);
  }
  console.log(
    `Links: ${report.references} references in ${report.files} HTML and CSS files of ${dir}` +
      (values.base ? ` (base ${values.base})` : '')
  );
  console.log(`Links to other sites (not fetched): ${report.external.size}`);
  for (const [url, from] of report.external) console.log(`  ${url}  (${from.length}×)`);
  for (const problem of report.problems) console.error(problem);
  if (report.problems.length > 0) {
    console.error(`${report.problems.length} broken reference(s).`);
    process.exit(1);
  }
  console.log('Every reference resolves.');
}
