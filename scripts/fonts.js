// The site's web fonts, cut down at build time to the characters the site writes.
//
// IBM Plex Sans Arabic comes from @fontsource as an `arabic` and a `latin` file per weight,
// each holding every glyph of its script (43 KB and 19 KB). The story uses a small part of
// that: about 50 Arabic letters and signs, and the ASCII and punctuation of the English page.
// HarfBuzz's subsetter keeps those characters and everything shaping reaches from them
// (joining forms, ligatures, marks, kerning), so the text looks and shapes as before in
// about a third of the bytes. The font's licence (SIL OFL 1.1, no reserved name) allows
// this; the copyright and licence records stay in each file.
//
// What is kept: every character of the story and the interface (content/ and the UI strings),
// plus fixed sets the browser may write at run time (digits, signs, the Arabic letters, the
// spaces and marks `Intl` puts in numbers and dates). `tests/unit/scripts/fonts.test.ts` checks
// that the cut files shape the site's text exactly as the full ones do.

// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- a JS file cannot import types from a .d.ts
/// <reference path="./untyped.d.ts" />
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'node_modules/@fontsource/ibm-plex-sans-arabic/files');

/** Where the cut fonts are written; `$fonts` in svelte.config.js points here. */
export const FONT_DIR = join(ROOT, 'node_modules/.cache/site-fonts');

/** The four faces the site uses: two scripts, two weights. */
export const FACES = /** @type {const} */ (['arabic-400', 'arabic-700', 'latin-400', 'latin-700']);

/** @typedef {(typeof FACES)[number]} Face */

/** The full @fontsource file a face is cut from. */
export function sourceFile(/** @type {Face} */ face) {
  return join(SOURCE, `ibm-plex-sans-arabic-${face}-normal.woff2`);
}

/**
 * Inclusive code point ranges the browser may write without their being in any text file,
 * because `Intl` or the formatters make them at run time: printable ASCII, the no-break and
 * narrow no-break spaces, the thin space, the multiplication and minus signs, dashes, quotes
 * and the ellipsis, the bidi marks and isolates; the Arabic comma, semicolon, question mark
 * and letter mark, the letters, tatweel and vowel marks, the Arabic-Indic digits and number
 * signs, and the superscript alef (month names and digits in Arabic come from these).
 */
/** @type {[number, number][]} */
const ALWAYS = [
  [0x20, 0x7e],
  [0xa0, 0xa0],
  [0xd7, 0xd7],
  [0x2009, 0x2015],
  [0x2018, 0x201d],
  [0x2026, 0x2026],
  [0x202a, 0x202f],
  [0x2060, 0x2069],
  [0x2212, 0x2212],
  [0x060c, 0x060c],
  [0x061b, 0x061c],
  [0x061f, 0x061f],
  [0x0621, 0x063a],
  [0x0640, 0x0652],
  [0x0660, 0x066d],
  [0x0670, 0x0670]
];

/** Name records kept for the licence: copyright, licence description, licence URL. */
const LICENCE_NAME_IDS = [0, 13, 14];

/**
 * Every string in a JSON value, keys included (a glossary's terms are keys).
 * @param {unknown} value
 * @returns {string[]}
 */
function strings(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => [key, ...strings(v)]);
  }
  return [];
}

/**
 * The JSON files whose text the pages show: the story (content/) and the interface strings.
 * @param {string} root
 * @returns {string[]} absolute paths, sorted
 */
function textFiles(root) {
  const dirs = [join(root, 'content'), join(root, 'src/lib/i18n/locales')];
  return dirs
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f))
    )
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/**
 * Every string the pages show, from every text file, keys included.
 * @param {string} [root]
 * @returns {string[]}
 */
export function siteStrings(root = ROOT) {
  return textFiles(root).flatMap((file) => strings(JSON.parse(readFileSync(file, 'utf8'))));
}

/**
 * The characters the fonts keep: those of every string the pages show plus the fixed ranges,
 * as one string of distinct characters in code point order.
 * @param {string} [root]
 */
export function keptCharacters(root = ROOT) {
  const set = new Set();
  for (const text of siteStrings(root)) {
    for (const char of text) set.add(/** @type {number} */ (char.codePointAt(0)));
  }
  for (const [from, to] of ALWAYS) for (let c = from; c <= to; c++) set.add(c);
  return [...set]
    .sort((a, b) => a - b)
    .map((c) => String.fromCodePoint(c))
    .join('');
}

/**
 * Cuts one face down to `text`: a WOFF2 file as bytes.
 * @param {Face} face
 * @param {string} text
 * @returns {Promise<Buffer>}
 */
export function cutFace(face, text) {
  return subsetFont(readFileSync(sourceFile(face)), text, {
    targetFormat: 'woff2',
    preserveNameIds: LICENCE_NAME_IDS
  });
}

/**
 * Writes the four cut faces to `dir` as `<face>.woff2`, unless the files there were cut from
 * the same characters and source files (a key file records that), so a rebuild costs nothing.
 * @param {string} [dir]
 * @returns {Promise<{ written: boolean }>}
 */
export async function writeFonts(dir = FONT_DIR) {
  const text = keptCharacters();
  const hash = createHash('sha256').update(text);
  for (const face of FACES) hash.update(readFileSync(sourceFile(face)));
  const key = hash.digest('hex');
  const keyFile = join(dir, 'key');
  const fresh = FACES.every((face) => existsSync(join(dir, `${face}.woff2`)));
  if (fresh && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
    return { written: false };
  }
  mkdirSync(dir, { recursive: true });
  await Promise.all(
    FACES.map(async (face) => writeFileSync(join(dir, `${face}.woff2`), await cutFace(face, text)))
  );
  writeFileSync(keyFile, key);
  return { written: true };
}

/**
 * A Vite plugin that writes the cut fonts before anything imports them (dev, build, tests).
 * @returns {import('vite').Plugin}
 */
export function siteFonts() {
  return {
    name: 'site-fonts',
    async buildStart() {
      await writeFonts();
    }
  };
}
