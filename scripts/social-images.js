// Draws the images the site publishes beside its pages, in headless Chromium from HTML
// templates, with the site's own font (IBM Plex Sans Arabic, embedded so nothing is fetched):
//   static/social/{en,ar}.png  1200×630 link-preview cards: the story's title and dek per language
//                              (content/{lang}/story.json), right to left in Arabic;
//   static/apple-touch-icon.png 180×180, the favicon on an opaque square (also a PNG favicon).
// Usage: npm run social-images   (run again when a title, a dek or the favicon changes)
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = /** @type {const} */ (['en', 'ar']);
export const SOCIAL = { width: 1200, height: 630 };
export const ICON = 180;

/** @param {string} path */
const read = (path) => readFileSync(join(root, path));

/** @-font-face rules for the font's Arabic and Latin subsets at 400 and 700, as data: URLs. */
function fontFaces() {
  const files = join('node_modules', '@fontsource', 'ibm-plex-sans-arabic', 'files');
  return ['arabic', 'latin']
    .flatMap((subset) => [400, 700].map((weight) => ({ subset, weight })))
    .map(({ subset, weight }) => {
      const file = join(files, `ibm-plex-sans-arabic-${subset}-${weight}-normal.woff2`);
      const data = read(file).toString('base64');
      return `@font-face { font-family: 'IBM Plex Sans Arabic'; font-weight: ${weight};
        src: url(data:font/woff2;base64,${data}) format('woff2'); }`;
    })
    .join('\n');
}

/** @param {string} text */
const escape = (text) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c
  );

/**
 * The card for one language: the site's name, the story's title and dek, and a falling line
 * that runs with the reading direction.
 * @param {'en' | 'ar'} lang
 */
function socialHtml(lang) {
  const story = JSON.parse(read(`content/${lang}/story.json`).toString());
  const common = JSON.parse(read(`src/lib/i18n/locales/${lang}/common.json`).toString());
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const icon = read('static/favicon.svg').toString('base64');
  // A share price falling to the inline end: mirrored on the Arabic card.
  const line = 'M0 40 L120 52 L200 30 L300 64 L380 120 L470 112 L560 190 L640 230';
  return `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><style>
${fontFaces()}
* { box-sizing: border-box; margin: 0; }
html, body { width: ${SOCIAL.width}px; height: ${SOCIAL.height}px; }
body { font-family: 'IBM Plex Sans Arabic', sans-serif; background: #fbfaf7; color: #1d1d1f;
  border-block-start: 14px solid #0b5cad; padding: 56px 72px 48px; display: flex;
  flex-direction: column; position: relative; overflow: hidden; }
.site { display: flex; align-items: center; gap: 16px; font-size: 26px; font-weight: 700;
  color: #0b5cad; }
.site img { width: 44px; height: 44px; }
h1 { margin-block-start: 32px; font-size: ${lang === 'ar' ? 56 : 58}px; line-height: ${lang === 'ar' ? 1.45 : 1.15};
  font-weight: 700; max-width: 1000px; text-wrap: balance; }
p { margin-block-start: 24px; font-size: ${lang === 'ar' ? 27 : 27}px; line-height: ${lang === 'ar' ? 1.7 : 1.45};
  color: #55534e; max-width: 940px; display: -webkit-box; -webkit-box-orient: vertical;
  -webkit-line-clamp: 4; overflow: hidden; }
svg { position: absolute; inset-block-end: 0; inset-inline-end: 0; width: 560px; height: 120px;
  opacity: 0.14; }
[dir='rtl'] svg { transform: scaleX(-1); }
</style></head>
<body>
  <svg viewBox="0 0 640 250" preserveAspectRatio="none" aria-hidden="true"><path d="${line} L640 250 L0 250 Z" fill="#b3261e"/>
    <path d="${line}" fill="none" stroke="#b3261e" stroke-width="8"/></svg>
  <div class="site"><img alt="" src="data:image/svg+xml;base64,${icon}">${escape(common.site.shortTitle)}</div>
  <h1>${escape(story.title)}</h1>
  <p>${escape(story.dek)}</p>
</body></html>`;
}

/** The favicon drawn full-size on its own colour, so the rounded corners do not show. */
function iconHtml() {
  const icon = read('static/favicon.svg').toString('base64');
  return `<!doctype html><html><head><style>
* { margin: 0; } html, body { width: ${ICON}px; height: ${ICON}px; background: #0b5cad; }
img { display: block; width: ${ICON}px; height: ${ICON}px; }
</style></head><body><img alt="" src="data:image/svg+xml;base64,${icon}"></body></html>`;
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} html
 * @param {{ width: number, height: number }} size
 * @param {string} out path from the project root
 */
async function shoot(browser, html, size, out) {
  const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  // Fail rather than publish a card drawn in a fallback font.
  const fonts = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.weight)
  );
  if (html.includes('@font-face') && !fonts.includes('700')) {
    throw new Error(`${out}: the font did not load (${fonts.join(', ') || 'none'})`);
  }
  const path = join(root, out);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, type: 'png' });
  await page.close();
  console.log(`${out}  ${size.width}×${size.height}  ${Math.round(statSync(path).size / 1024)} KB`);
}

const executablePath = systemChromium();
const browser = await chromium.launch({
  executablePath,
  args: executablePath ? ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] : []
});
try {
  for (const lang of LANGS)
    await shoot(browser, socialHtml(lang), SOCIAL, `static/social/${lang}.png`);
  await shoot(browser, iconHtml(), { width: ICON, height: ICON }, 'static/apple-touch-icon.png');
} finally {
  await browser.close();
}
