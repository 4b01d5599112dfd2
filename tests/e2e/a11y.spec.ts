import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import lessons from '$content/model/charts.json' with { type: 'json' };
import market from '$content/market.json' with { type: 'json' };
import { SLIDERS } from '$lib/model/inputs';
import { ANNOUNCE_INTERVAL_MS } from '$lib/explorer/throttle';
import presetsJson from '$content/model/presets.json' with { type: 'json' };
import { expect, hydrated, test } from './fixtures';

// Playwright loads modules as plain ES modules, which need the attribute to import JSON (so
// not through $lib/explorer/presets, whose JSON imports have none).
const PRESET_IDS = Object.keys(presetsJson);

// Accessibility and direction, measured: axe on every state of the pages (both languages,
// light and dark, everything open), a keyboard-only walk, the screen-reader announcement of the
// model, reduced motion, and reflow at 320 px and at 200 % text size. Pictures for a person to
// look at go to .scratch/a11y/.

const LANGS = ['en', 'ar'] as const;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = '.scratch/a11y';

// Hundreds of key presses and page-wide scans: a trace of each step would take longer than the
// tests themselves on a busy machine.
test.use({ trace: 'off' });

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrated(page);
  await page.evaluate(() => document.fonts.ready);
}

/** Opens every <details> on the page (the contents, the charts' tables…); returns how many. */
async function openAllDetails(page: Page): Promise<number> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('details')];
    for (const d of all) d.open = true;
    return all.length;
  });
}

/** Closes the contents list, which covers the top of the story while open, for pictures. */
async function closeContents(page: Page): Promise<void> {
  await page.locator('.toc details').evaluate((d) => ((d as HTMLDetailsElement).open = false));
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`
  );
}

/** How far the page scrolls sideways, px (0 when it does not). */
async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
}

/**
 * Elements that stick out of the viewport sideways, except inside a container that scrolls
 * sideways on its own (the tables): what to fix when the page scrolls sideways.
 */
async function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('[popover]:not(:popover-open)')) continue;
      let scroller = el.parentElement;
      while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX))
        scroller = scroller.parentElement;
      if (scroller && scroller !== document.body && scroller !== document.documentElement) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 1 || r.left < -1)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} [${Math.round(r.left)}, ${Math.round(r.right)}]`
        );
    }
    return out.slice(0, 20);
  });
}

// ---------------------------------------------------------------------------------------------
// 1. axe: zero violations, every state a reader can reach without changing the model.

for (const lang of LANGS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`/${lang}/ has no WCAG 2.2 AA violations with everything open (${colorScheme})`, async ({
      page
    }) => {
      // The whole long page with five charts and their tables: 20–30 s of axe on a busy machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await open(page, `/${lang}/`);
      // The contents, the five charts' tables; the page must really be in the scheme asked for.
      expect(await openAllDetails(page)).toBeGreaterThanOrEqual(6);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(19, 20, 22)' : 'rgb(251, 250, 247)');
      expect(await axe(page)).toEqual([]);
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the root page has no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
    // With script the page forwards the reader to a language at once, and axe cannot run in a
    // page without script: so it gets the page exactly as served, minus its <script> elements.
    await page.emulateMedia({ colorScheme });
    await page.route(/\/$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
      await route.fulfill({ response, body: html });
    });
    await page.goto('/');
    await expect(page.locator('a[hreflang="ar"]')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

// ---------------------------------------------------------------------------------------------
// 2. The keyboard alone.

/** One stop of the Tab key: what took focus and how it shows. */
interface Stop {
  kind: string;
  name: string;
  /** Focus ring: a visible outline or a box-shadow. */
  ring: boolean;
  /** Wholly inside the viewport, and not hidden under the sticky header or contents bar. */
  seen: boolean;
  /** Focus went to an element it had already visited. */
  again: boolean;
  body: boolean;
}

async function tabStop(page: Page): Promise<Stop> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const w = window as unknown as { __seen?: WeakSet<Element> };
    const seen = (w.__seen ??= new WeakSet());
    const el = document.activeElement;
    if (!el || el === document.body)
      return { kind: 'body', name: '', ring: true, seen: true, again: false, body: true };
    const kinds: [string, string][] = [
      ['skip', 'a.skip'],
      ['home', '.site-header a.home'],
      ['lang', '[data-testid="lang-switch"]'],
      ['toc', '.toc summary'],
      ['toc-link', '.toc a'],
      ['event-mark', 'a.event-mark'],
      ['term', 'button.term'],
      ['preset', 'button[data-preset]'],
      ['panel', '[data-testid="slider-panel"] > summary'],
      ['about', 'details.about > summary'],
      ['chart-slider', '[data-controls] input[type="range"]'],
      ['slider', 'input[type="range"]'],
      ['mark', 'button[data-mark]'],
      ['try', 'button.try-do'],
      ['reset', '[data-testid="reset"]'],
      ['selloff-table', 'figure[data-chart="selloff"] details > summary'],
      ['chart-table', 'figure[data-chart] details > summary'],
      ['table-scroll', '[role="region"][tabindex="0"]'],
      ['cite', '.cite a, a.cite, sup a'],
      ['fold', 'details.fold > summary'],
      ['source-link', 'ol.sources a']
    ];
    const kind = kinds.find(([, sel]) => el.matches(sel))?.[0] ?? el.tagName.toLowerCase();
    const style = getComputedStyle(el);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none';
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    // Wholly inside the viewport; or, for a table taller than the viewport, filling it.
    const inside =
      r.left >= -1 &&
      r.right <= innerWidth + 1 &&
      (r.height > innerHeight
        ? r.top < innerHeight / 2 && r.bottom > innerHeight / 2
        : r.top >= -1 && r.bottom <= innerHeight + 1);
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, innerHeight);
    const hit = document.elementFromPoint(r.left + r.width / 2, (top + bottom) / 2);
    const again = seen.has(el);
    seen.add(el);
    return {
      kind,
      name:
        el.getAttribute('data-input') ??
        el.getAttribute('aria-label') ??
        (el.textContent ?? '').trim().slice(0, 40),
      ring,
      seen: inside && !!hit && (hit === el || el.contains(hit)),
      again,
      body: false
    };
  });
}

test.describe('the keyboard walk', () => {
  for (const [lang, width] of [
    ['en', 1280],
    ['ar', 1280],
    ['ar', 390]
  ] as const) {
    test(`/${lang}/ at ${width}px: the Tab key reaches everything in order, visibly, and leaves`, async ({
      page
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: width > 800 ? 800 : 780 });
      await open(page, `/${lang}/`);
      // What should be reachable: every visible control outside the (closed) contents list.
      const expected = await page.evaluate(
        () =>
          [
            ...document.querySelectorAll<HTMLElement>(
              'a[href], button:not(:disabled), input, summary, [tabindex]:not([tabindex="-1"])'
            )
          ].filter((el) => el.checkVisibility() && !el.closest('.toc ol')).length
      );
      const chapters = await page.locator('.toc ol a').count();

      const stops: Stop[] = [];
      let popoverChecked = false;
      for (let i = 0; i < 1500; i++) {
        const stop = await tabStop(page);
        if (stop.body || stop.again) {
          stops.push(stop);
          break;
        }
        stops.push(stop);
        if (
          stop.kind === 'toc' &&
          !(await page.locator('.toc details').evaluate((d) => (d as HTMLDetailsElement).open))
        )
          // Open the contents with the keyboard; its links then follow in the Tab order.
          await page.keyboard.press('Enter');
        if (stop.kind === 'term' && !popoverChecked) {
          // A definition opened with Enter closes with Escape and gives focus back.
          popoverChecked = true;
          const term = page.locator('button.term:focus');
          const definition = page.locator(`[id="${await term.getAttribute('popovertarget')}"]`);
          await page.keyboard.press('Enter');
          await expect(definition).toBeVisible();
          await page.keyboard.press('Escape');
          await expect(definition).toBeHidden();
          await expect(term).toBeFocused();
        }
      }
      const last = stops.at(-1);
      const walked = stops.filter((s) => !s.body && !s.again);
      // Recorded for the report.
      console.log(
        `${lang} ${width}px: ${walked.length} Tab stops (${expected} + ${chapters} contents links expected)`
      );

      if (walked.length !== expected + chapters)
        console.log(walked.slice(-6).map((s) => `${s.kind} ${s.name}`));
      // No trap: Tab went on until it left the page (or came back to its start).
      expect(last?.body || last?.again, 'Tab reached the end').toBe(true);
      expect(walked.length).toBe(expected + chapters);
      expect(
        walked.filter((s) => !s.ring).map((s) => `${s.kind} ${s.name}`),
        'no focus ring'
      ).toEqual([]);
      expect(
        walked.filter((s) => !s.seen).map((s) => `${s.kind} ${s.name}`),
        'focus out of sight'
      ).toEqual([]);

      // A sensible order: the skip link first, then the header, contents, story, explorer…
      const kinds = walked.map((s) => s.kind);
      expect(kinds[0]).toBe('skip');
      const first = (kind: string) => kinds.indexOf(kind);
      const lastOf = (kind: string) => kinds.lastIndexOf(kind);
      // The full panel is open in the rail on a wide screen, a closed disclosure on a phone.
      const wide = width > 1100;
      const order = [
        'skip',
        'lang',
        'toc',
        'toc-link',
        'term',
        'preset',
        'panel',
        ...(wide ? ['slider'] : []),
        'try',
        'chart-table',
        'chart-slider',
        // The reference chapters are closed: their headings are the stops.
        'fold'
      ];
      for (const kind of order) expect(first(kind), kind).toBeGreaterThanOrEqual(0);
      for (let k = 1; k < order.length; k++)
        expect(first(order[k]!), `${order[k - 1]} before ${order[k]}`).toBeGreaterThan(
          first(order[k - 1]!)
        );
      expect(kinds.filter((k) => k === 'toc-link')).toHaveLength(chapters);
      // The sell-off chart's numbered marks, once each: only its drawing in sight holds stops.
      expect(kinds.filter((k) => k === 'event-mark')).toHaveLength(market.events.length);
      expect(first('event-mark')).toBeGreaterThan(lastOf('toc-link'));
      expect(kinds.filter((k) => k === 'preset')).toHaveLength(PRESET_IDS.length);
      // In the rail, all eight sliders, before the charts they drive.
      expect(walked.filter((s) => s.kind === 'slider').map((s) => s.name)).toEqual(
        wide ? SLIDERS.map((s) => s.id) : []
      );
      if (wide) expect(lastOf('slider')).toBeLessThan(first('chart-table'));
      // Each chart: its "try it" button, its table, then the sliders under it.
      expect(kinds.filter((k) => k === 'try')).toHaveLength(5);
      expect(kinds.filter((k) => k === 'chart-table')).toHaveLength(5);
      expect(kinds.filter((k) => k === 'chart-slider')).toHaveLength(
        Object.values(lessons).reduce((n, l) => n + l.controls.length, 0)
      );
    });
  }
});

for (const lang of LANGS) {
  test(`/${lang}/ skip link: hidden until focused, then jumps to the story and takes focus there`, async ({
    page
  }) => {
    await open(page, `/${lang}/`);
    const skip = page.locator('a.skip');
    const outside = async () => {
      const box = await skip.boundingBox();
      return !box || box.y + box.height <= 0 || box.x + box.width <= 0;
    };
    expect(await outside()).toBe(true);
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toHaveText(lang === 'ar' ? 'انتقل إلى القصة' : 'Skip to the story');
    expect(await outside()).toBe(false);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.x >= 0 && box.x + box.width <= 1280).toBe(true);
    await page.screenshot({ path: `${SHOTS}/skip-link-${lang}.png` });

    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // The next Tab starts inside the story, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await expect(page.locator('.toc summary')).toBeFocused();
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Screen readers: the model's answer is announced; charts and tables are named.

for (const lang of LANGS) {
  test(`/${lang}/ announces the model politely, at most once a second, never on load`, async ({
    page,
    request
  }) => {
    // Prerendered empty: the page load is not news.
    const html = await (await request.get(`/${lang}/`)).text();
    expect(html).toMatch(/data-testid="model-announcer"[^>]*>(?:\s|<!--[^>]*-->)*<\/p>/);

    // An address read on load is where the reader already is: not news either.
    await open(page, `/${lang}/?util=70`);
    const region = page.getByTestId('model-announcer');
    // One polite region for the model (SvelteKit keeps its own, assertive, for page changes).
    await expect(page.locator('[aria-live="polite"], [role="status"]')).toHaveCount(1);
    await expect(region).toHaveAttribute('role', 'status');
    await expect(region).toHaveAttribute('aria-live', 'polite');
    expect((await region.textContent())?.trim()).toBe('');

    await region.evaluate((el) => {
      const w = window as unknown as { __said: { t: number; text: string }[] };
      w.__said = [];
      new MutationObserver(() =>
        w.__said.push({ t: performance.now(), text: (el.textContent ?? '').trim() })
      ).observe(el, { childList: true, characterData: true, subtree: true });
    });
    const slider = page.locator('[data-testid="slider-panel"] input[data-input="utilisation"]');
    await slider.focus();
    const presses = 12;
    const start = await page.evaluate(() => performance.now());
    // Raises the value in both languages (the Arabic slider runs right to left).
    for (let i = 0; i < presses; i++)
      await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
    const end = await page.evaluate(() => performance.now());
    await expect(slider).toHaveValue(String(70 + presses));

    // Once the movement stops, the region states the figures the story shows, in its language
    // (prose out of sight catches up a moment after the sliders rest: page/live.ts).
    const story = async () => {
      const net = await page.locator('[data-live="firstYearNetIncome"]').first().textContent();
      const breakEven = await page.locator('[data-live="breakEvenUtil"]').first().textContent();
      expect(net?.trim()).toMatch(lang === 'ar' ? /خسارة|ربح/ : /loss|profit/);
      return new RegExp(`${escape(net?.trim() ?? '')}[\\s\\S]*${escape(breakEven?.trim() ?? '')}`);
    };
    await expect
      .poll(async () => (await story()).test((await region.textContent())?.trim() ?? ''))
      .toBe(true);
    const text = (await region.textContent()) ?? '';
    expect(text).toMatch(
      lang === 'ar' ? /السنة الأولى من التشغيل/ : /Net income in the first year/
    );

    const said = await page.evaluate(
      () => (window as unknown as { __said: { t: number; text: string }[] }).__said
    );
    expect(said.at(-1)?.text).toBe(text.trim());
    // At most one update per interval: the first at once, then one per interval of movement,
    // then the last value once the interval after the last change is over. The observer sees
    // a text when Svelte writes it: the first is written after the render its key press caused
    // (five charts), the later ones alone, so on a busy machine a gap can look up to that
    // render's time shorter. The throttle's exact timing is unit-tested (throttle.test.ts).
    for (let i = 1; i < said.length; i++)
      expect(said[i]!.t - said[i - 1]!.t).toBeGreaterThanOrEqual(ANNOUNCE_INTERVAL_MS * 0.7);
    expect(said.length).toBeLessThanOrEqual(2 + Math.floor((end - start) / ANNOUNCE_INTERVAL_MS));
    console.log(
      `${lang}: ${presses} key presses in ${Math.round(end - start)} ms, ${said.length} announcements`
    );
  });

  test(`/${lang}/ every chart is a named image and every table has a caption and scoped headers`, async ({
    page
  }) => {
    await open(page, `/${lang}/`);
    await openAllDetails(page);
    // Five live charts and the sell-off chart, drawn at a phone's and a desktop's width.
    await expect(page.locator('figure[data-chart]')).toHaveCount(6);
    expect(await page.locator('figure[data-chart] svg').count()).toBe(7);
    // A drawing out of sight (the sell-off chart's other width) is out of the tree as well.
    const svgs = page.locator('figure[data-chart] svg:visible');
    expect(await svgs.count()).toBe(6);
    for (const svg of await svgs.all()) {
      await expect(svg).toHaveAttribute('role', 'img');
      const name = await svg.evaluate((el) =>
        (el.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
          .join(' ')
          .trim()
      );
      expect(name.length).toBeGreaterThan(20);
      await expect(svg).toHaveAccessibleName(name);
    }
    // The six charts' tables and the starting values' table in "How the model works".
    const tables = page.locator('table');
    expect(await tables.count()).toBe(7);
    for (const table of await tables.all()) {
      await expect(table.locator('caption')).toHaveCount(1);
      await expect(table.locator('caption')).not.toBeEmpty();
      expect(await table.locator('th').count()).toBeGreaterThan(1);
      await expect(table.locator('th:not([scope="col"]):not([scope="row"])')).toHaveCount(0);
      await expect(table.locator('thead th[scope="col"]').first()).toBeVisible();
      // A table that may scroll sideways sits in a focusable region with a name.
      const region = table.locator('xpath=..');
      await expect(region).toHaveAttribute('role', 'region');
      await expect(region).toHaveAttribute('tabindex', '0');
      await expect(region).toHaveAccessibleName(/\S/);
    }
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// 4. Reduced motion.

test('with reduced motion nothing on the page transitions, animates or glides', async ({
  page
}) => {
  await open(page, '/en/');
  await openAllDetails(page);
  // A probe standing for any moving element to come: it must be still under reduced motion.
  const probe = async () =>
    page.evaluate(() => {
      let el = document.getElementById('motion-probe');
      if (!el) {
        el = document.createElement('div');
        el.id = 'motion-probe';
        el.style.transition = 'opacity 2s 1s';
        el.style.animation = 'probe 3s infinite';
        document.querySelector('main')?.append(el);
      }
      const s = getComputedStyle(el);
      return `${s.transitionDuration} ${s.transitionDelay} ${s.animationName}`;
    });
  expect(await probe()).toBe('2s 1s probe');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await probe()).toBe('0s 0s none');
  const moving = await page.evaluate(() => {
    const still = (durations: string) => durations.split(',').every((d) => parseFloat(d) === 0);
    const out: string[] = [];
    for (const el of document.querySelectorAll('*'))
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        if (
          !still(s.transitionDuration) ||
          (s.animationName !== 'none' && !still(s.animationDuration))
        )
          out.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}`);
      }
    return out;
  });
  expect(moving).toEqual([]);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'auto'
  );
});

// ---------------------------------------------------------------------------------------------
// 5. Reflow: 320 px, and 200 % text.

/** Elements of the slider panel that stick out of it or cut their own text off. */
async function clippedInSliderPanel(page: Page): Promise<string[]> {
  return page.getByTestId('slider-panel').evaluate((panel) => {
    const box = panel.getBoundingClientRect();
    const out: string[] = [];
    for (const el of panel.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`outside: ${name}`);
      const s = getComputedStyle(el);
      if (
        s.overflowX !== 'visible' &&
        el.scrollWidth > el.clientWidth + 1 &&
        el.tagName !== 'INPUT'
      )
        out.push(`cut: ${name}`);
    }
    return out;
  });
}

for (const lang of LANGS) {
  test(`/${lang}/ at 320px: nothing scrolls sideways, everything open`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, `/${lang}/`);
    await openAllDetails(page);
    expect(await sticksOut(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await clippedInSliderPanel(page)).toEqual([]);
    // The model's defaults table fits as it is; the charts' wider tables scroll in their region.
    const defaults = page.locator('.methodology [role="region"]');
    expect(await defaults.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await closeContents(page);
    await page.screenshot({ path: `${SHOTS}/320-${lang}-top.png` });
    await page.getByTestId('slider-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/320-${lang}-sliders.png` });
    const table = page.locator('figure[data-chart="rates"] table');
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/320-${lang}-table.png` });
    await page.locator('#method-defaults').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/320-${lang}-methodology.png` });
  });

  for (const width of [1280, 640]) {
    test(`/${lang}/ at ${width}px with text at 200%: nothing scrolls sideways or is cut off`, async ({
      page
    }) => {
      test.setTimeout(90_000);
      /*
       * Text-only zoom, as a reader gets it from Chromium's font size setting: the default font
       * size goes from 16 px to 32 px through the DevTools protocol (Page.setFontSizes). The
       * site sizes text in rem and em, so all of it doubles while the viewport stays as wide;
       * chart labels inside the SVGs are in px and scale with the charts instead. Setting a
       * font size on <html> from script would not be the same: it overrides the page's own root
       * size instead of changing the reader's default.
       */
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.setViewportSize({ width, height: 800 });
      await open(page, `/${lang}/`);
      // The body's 1.0625rem (Arabic: 1.1875rem) at twice the default.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe(
        lang === 'ar' ? '38px' : '34px'
      );
      await openAllDetails(page);
      expect(await sticksOut(page)).toEqual([]);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await clippedInSliderPanel(page)).toEqual([]);
      // The story keeps a readable column (at least 15 em) beside or above the sliders.
      const ems = await page
        .locator('.lab-item')
        .first()
        .evaluate((el) => el.clientWidth / parseFloat(getComputedStyle(el).fontSize));
      expect(ems).toBeGreaterThanOrEqual(15);
      await closeContents(page);
      await page.getByTestId('slider-panel').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/text200-${lang}-${width}-sliders.png` });
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Dark mode, for a person to look at.

for (const lang of LANGS) {
  test(`/${lang}/ dark mode at 1280px: screenshots`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, `/${lang}/`);
    await page.screenshot({ path: `${SHOTS}/dark-${lang}-top.png` });
    await page.locator('figure[data-chart="waterfall"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/dark-${lang}-lab.png` });
    await expect(page.getByTestId('slider-panel')).toBeVisible();
  });
}
