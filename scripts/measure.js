// What a reader's browser downloads and feels, measured in a real Chromium page. Shared by the
// benchmark (scripts/bench.js, which prints) and the budget test (tests/e2e/budgets.spec.ts,
// which asserts the byte budgets, the stable part).
import { gzipSync } from 'node:zlib';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {{ count: number, raw: number, gzip: number }} Bytes */
/** @typedef {{ url: string, kind: string, raw: number, gzip: number }} FileBytes */
/** @typedef {{ value: number, hadRecentInput: boolean, sources: string[] }} Shift */
/** @typedef {{ node?: Node, previousRect: DOMRectReadOnly, currentRect: DOMRectReadOnly }} LayoutShiftSource */

/**
 * Waits until the page is ready to be read and driven: hydrated (`data-hydrated` on <body>),
 * every block of the story measured (`data-sizing`, src/lib/page/sizes.ts) and every part
 * hydrated after the page (`data-later`, src/lib/page/Later.svelte).
 * @param {Page} page
 */
export async function ready(page) {
  await page.waitForFunction(
    () =>
      document.body.dataset.hydrated === 'true' &&
      !document.querySelector('[data-sizing], [data-later]')
  );
}

/**
 * The project's budgets. Bytes are gzip level 9, as a static host would serve them; 1 KB is
 * 1,000 bytes, so "80 KB" is not stretched to 81,920.
 */
export const BUDGETS = {
  /** JavaScript files a page downloads on first load, gzip bytes. */
  firstLoadJsGzip: 60_000,
  /**
   * Web font files a page downloads on first load, bytes as sent (WOFF2 is compressed
   * already). The fonts are cut to the site's characters (scripts/fonts.js): 56 KB on /ar/,
   * which needs both scripts in both weights; the full files were 126 KB.
   */
  firstLoadFontBytes: 60_000,
  /** Layout shift while a slider is dragged: none. */
  dragShift: 0,
  /** Slider input to its frame painted, p95, ms, without CPU throttling (reported only). */
  inputToPaintP95Ms: 17,
  /** The same at 4× CPU throttling, a phone-class CPU (reported only). */
  inputToPaintP95MsThrottled: 33
};

/**
 * gzip size of a buffer or string, level 9.
 * @param {Buffer | string} body
 */
export const gzipSize = (body) => gzipSync(body, { level: 9 }).length;

/**
 * What kind of resource a response is, by its path.
 * @param {string} url
 * @param {string} resourceType
 */
function kindOf(url, resourceType) {
  const path = new URL(url).pathname;
  if (resourceType === 'document') return 'html';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (path.endsWith('.json')) return 'data';
  if (/\.(png|svg|jpe?g|webp|avif|ico)$/.test(path)) return 'image';
  return 'other';
}

/**
 * Loads `url` in `page` and sums every response until the page is hydrated and idle, by kind
 * (html, js, css, font, data, image, other): count, raw bytes and gzip bytes. Also measures
 * the inline scripts of the HTML (Kit's start-up script with the page's data).
 * @param {Page} page
 * @param {string} url
 */
export async function firstLoad(page, url) {
  /** @type {Promise<{ url: string, kind: string, body: Buffer } | null>[]} */
  const bodies = [];
  /** @param {import('@playwright/test').Response} response */
  const onResponse = (response) =>
    bodies.push(
      response.body().then(
        (body) => ({
          url: response.url(),
          kind: kindOf(response.url(), response.request().resourceType()),
          body
        }),
        () => null
      )
    );
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  await ready(page);
  page.off('response', onResponse);
  /** @type {Record<string, Bytes>} */
  const byKind = {};
  /** @type {FileBytes[]} */
  const files = [];
  for (const item of await Promise.all(bodies)) {
    if (!item) continue;
    const row = (byKind[item.kind] ??= { count: 0, raw: 0, gzip: 0 });
    const gzip = gzipSize(item.body);
    row.count += 1;
    row.raw += item.body.length;
    row.gzip += gzip;
    files.push({ url: item.url, kind: item.kind, raw: item.body.length, gzip });
  }
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n')
  );
  const total = Object.values(byKind).reduce(
    (sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }),
    { raw: 0, gzip: 0 }
  );
  return {
    byKind,
    files,
    total,
    inlineScript: { raw: Buffer.byteLength(inline), gzip: gzipSize(inline) }
  };
}

/**
 * Percentile of numbers, nearest rank.
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Moves every slider of the page through `steps + 1` positions by input events and times each
 * one from the event to the next painted frame, and the script part (the model and the DOM
 * updates, until Svelte's microtask has run). Returns the times per slider, ms.
 * @param {Page} page
 * @param {number} steps
 * @returns {Promise<{ id: string, paint: number[], script: number[] }[]>}
 */
export async function inputToPaint(page, steps) {
  return page.evaluate(async (steps) => {
    const frameStart = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // A task queued during a frame's animation callbacks runs once that frame is painted.
    const painted = () => new Promise((resolve) => setTimeout(resolve, 0));
    const out = [];
    // The full panel is a closed disclosure on a phone: open it, as a reader would.
    const panel = document.querySelector('[data-testid="slider-panel"]');
    if (panel instanceof HTMLDetailsElement) panel.open = true;
    const inputs = [
      ...document.querySelectorAll(/** @type {'input'} */ ('input[type="range"][data-input]'))
    ];
    for (const input of inputs) {
      input.scrollIntoView({ block: 'center' });
      // Let a chart that came into view go live before timing.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const min = Number(input.min);
      const max = Number(input.max);
      const paint = [];
      const script = [];
      for (let i = 0; i <= steps; i++) {
        // A drag's input reaches the page at the start of a frame (Chromium aligns
        // continuous input with frames): dispatch it there and time until that frame is
        // painted. Over 16.7 ms means the frame came late.
        await frameStart();
        const t0 = performance.now();
        // Back and forth across the range, so every step changes the value.
        input.value = String(min + ((max - min) * (i % 2 ? i : steps - i)) / steps);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await Promise.resolve();
        script.push(performance.now() - t0);
        await painted();
        paint.push(performance.now() - t0);
      }
      const place = input.closest('[data-controls]')?.getAttribute('data-controls') ?? 'panel';
      out.push({ id: `${input.dataset.input ?? '?'}@${place}`, paint, script });
    }
    return out;
  }, steps);
}

/**
 * Drags every slider's thumb with the mouse from one end of its track to the other and back,
 * `moves` pointer moves each way, and returns the layout shifts seen meanwhile: their total,
 * the part Chromium counts against the page (no recent input), and the part that moved page
 * content. Chromium names the nodes that moved, except inside a browser's own controls and
 * for some text: a native range thumb, which jumps a whole step at a time (28 px per month on
 * the delay slider of a phone), is reported as a shift with no nodes (the benchmark shows this
 * by hiding the thumbs), and so are the Arabic slider values whose number and unit reorder.
 * @param {Page} page
 * @param {number} [moves]
 */
export async function dragShift(page, moves = 20) {
  // The full panel's sliders, folded away on a phone, are dragged as a reader would: with the
  // panel open. It is opened before the shifts are watched (opening it moves what is below).
  for (const summary of await page
    .locator('details:not([open]):has(input[type="range"]) > summary')
    .all())
    await summary.click();
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  );
  await page.evaluate(() => {
    /** @type {Shift[]} */
    const shifts = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of /** @type {any[]} */ (list.getEntries()))
        shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          sources: (entry.sources ?? []).map((/** @type {LayoutShiftSource} */ s) => {
            const node = s.node;
            const el = node instanceof Element ? node : node?.parentElement;
            if (!el) return '?';
            // Words re-flowing inside a sentence that follows the model are the point of it: the
            // story's (in the room kept for them), and a chart's summary whose box stays put (in
            // its own room, src/lib/styles/room.ts) while its words are rewritten.
            const same = (/** @type {DOMRectReadOnly} */ a, /** @type {DOMRectReadOnly} */ b) =>
              a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
            const rewritten =
              el.closest('[data-follows-model]') ||
              (el.matches('figure.chart > .summary') && same(s.previousRect, s.currentRect));
            const prose = rewritten ? 'prose:' : '';
            return `${prose}${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')}`;
          })
        });
    }).observe({ type: 'layout-shift', buffered: false });
  });
  const sliders = page.locator('input[type="range"][data-input]');
  const count = await sliders.count();
  for (let i = 0; i < count; i++) {
    const slider = sliders.nth(i);
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) continue;
    const y = box.y + box.height / 2;
    const start = box.x + 2;
    const end = box.x + box.width - 2;
    // The pointer must press this slider and nothing else (a button over it would be clicked).
    const hit = await slider.evaluate((el, at) => el === document.elementFromPoint(at.x, at.y), {
      x: start,
      y
    });
    if (!hit)
      throw new Error(`dragShift: ${await slider.getAttribute('id')} is covered at its start`);
    await page.mouse.move(start, y);
    await page.mouse.down();
    await page.mouse.move(end, y, { steps: moves });
    await page.mouse.move(start, y, { steps: moves });
    await page.mouse.up();
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  /** @type {Shift[]} */
  const shifts = await page.evaluate(() => /** @type {any} */ (window).__shifts);
  return {
    total: shifts.reduce((s, e) => s + e.value, 0),
    counted: shifts.filter((e) => !e.hadRecentInput).reduce((s, e) => s + e.value, 0),
    // Page content that moved: anything but the words of a sentence that follows the model,
    // which re-flow inside the room kept for them (reserveStateRoom in src/lib/page/live.ts,
    // keepRoom in src/lib/styles/room.ts).
    content: shifts
      .filter((e) => e.sources.some((s) => !s.startsWith('prose:')))
      .reduce((s, e) => s + e.value, 0),
    prose: shifts
      .filter((e) => e.sources.length > 0 && e.sources.every((s) => s.startsWith('prose:')))
      .reduce((s, e) => s + e.value, 0),
    entries: shifts.length,
    sources: [...new Set(shifts.flatMap((e) => e.sources))]
  };
}
