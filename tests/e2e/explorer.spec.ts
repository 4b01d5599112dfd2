import type { Page } from '@playwright/test';
import {
  clampInputs,
  DEFAULT_INPUTS,
  SLIDERS,
  snapToStep,
  type Inputs,
  type SliderSpec
} from '$lib/model/inputs';
// Playwright loads modules as plain ES modules, which need the attribute to import JSON.
import presetsJson from '$content/model/presets.json' with { type: 'json' };
import { expect, hydrated, test } from './fixtures';

type PresetFile = Record<string, { changes: Record<string, { value: number }> }>;
const PRESETS = presetsJson as PresetFile;
const PRESET_IDS = Object.keys(PRESETS);

/** A preset's inputs, straight from the file: the defaults with its changes. */
function presetInputs(id: string): Inputs {
  const changes = Object.entries(PRESETS[id]?.changes ?? {}).map(([k, v]) => [k, v.value]);
  return clampInputs({ ...DEFAULT_INPUTS, ...Object.fromEntries(changes) });
}

/** A value as the address writes it: no trailing zeros, no float noise (2.4, not 2.40). */
function formatParam(value: number): string {
  return String(Number(value.toFixed(6)));
}

// The full panel's copy of each slider (open in the rail at this width); the charts' copies
// follow the same explorer (phone.spec.ts).
const input = (page: Page, id: string) =>
  page.locator(`[data-testid="slider-panel"] input[data-input="${id}"]`);
const output = (page: Page, id: string) =>
  page.locator(`[data-testid="slider-panel"] output[data-output="${id}"]`);

/** A URL pattern matching `param=value` as one whole query parameter. */
function hasParam(param: string, value: string): RegExp {
  return new RegExp(`[?&]${param}=${value.replace('.', '\\.')}(?:&|#|$)`);
}

/** The value one keyboard step away: up unless already at the top. */
function stepFrom(s: SliderSpec, value: number): { key: 'ArrowRight' | 'ArrowLeft'; to: number } {
  const up = value < s.max;
  return {
    key: up ? 'ArrowRight' : 'ArrowLeft',
    to: snapToStep(value + (up ? s.step : -s.step), s.min, s.max, s.step)
  };
}

/** Fails the test if the page opens any dialog (alert, confirm, prompt). */
function forbidDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** The digit groups of a live figure's text: the same model gives the same digits in en and ar. */
async function liveDigits(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-live]')) {
      out[el.dataset.live ?? ''] = el.textContent?.match(/\d+(?:[.,]\d+)*/g) ?? [];
    }
    return out;
  });
}

test('the prerendered page shows the defaults on every slider', async ({ request }) => {
  const html = await (await request.get('/en/')).text();
  for (const s of SLIDERS) {
    expect(html).toMatch(
      new RegExp(
        `data-input="${s.id}"[^>]*value="${DEFAULT_INPUTS[s.id]}"|value="${DEFAULT_INPUTS[s.id]}"[^>]*data-input="${s.id}"`
      )
    );
  }
});

for (const s of SLIDERS) {
  test(`the keyboard moves ${s.id}, its output and the address, with no new history`, async ({
    page
  }) => {
    await page.goto('/en/');
    await hydrated(page);
    const historyLength = await page.evaluate(() => history.length);
    const field = input(page, s.id);
    const shown = output(page, s.id);
    const before = Number(await field.inputValue());
    expect(before).toBe(DEFAULT_INPUTS[s.id]);
    const textBefore = (await shown.textContent()) ?? '';

    const { key, to } = stepFrom(s, before);
    await field.focus();
    await page.keyboard.press(key);
    await expect(field).toHaveValue(String(to));
    await expect(shown).toHaveAttribute('data-value', String(to));
    await expect(shown).not.toHaveText(textBefore);
    await expect(page).toHaveURL(hasParam(s.param, formatParam(to)));

    await page.keyboard.press('End');
    await expect(field).toHaveValue(String(s.max));
    await expect(shown).toHaveAttribute('data-value', String(s.max));
    await expect(page).toHaveURL(hasParam(s.param, formatParam(s.max)));
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });
}

test('the reset button goes back to the defaults and clears the address', async ({ page }) => {
  await page.goto('/en/?util=55&rate=1.5&ref=newsletter');
  await hydrated(page);
  await expect(input(page, 'utilisation')).toHaveValue('55');
  await page.getByTestId('reset').click();
  for (const s of SLIDERS)
    await expect(input(page, s.id)).toHaveValue(String(DEFAULT_INPUTS[s.id]));
  // The explorer's keys go; a key it does not own stays.
  await expect.poll(() => new URL(page.url()).search).toBe('?ref=newsletter');
});

test('a shared address restores the same values and figures in both languages', async ({
  page
}) => {
  // Three page loads, one after the other.
  test.slow();
  const figures: Record<string, Record<string, string[]>> = {};
  for (const lang of ['en', 'ar']) {
    await page.goto(`/${lang}/?util=55&rate=1.5`);
    await hydrated(page);
    await expect(input(page, 'utilisation')).toHaveValue('55');
    await expect(input(page, 'baseRate')).toHaveValue('1.5');
    await expect(output(page, 'utilisation')).toHaveAttribute('data-value', '55');
    await expect(output(page, 'baseRate')).toHaveAttribute('data-value', '1.5');
    figures[lang] = await liveDigits(page);
  }
  expect(Object.keys(figures.en ?? {}).length).toBeGreaterThan(0);
  expect(figures.ar).toEqual(figures.en);

  // And the figures are the restored state's, not the defaults'.
  await page.goto('/en/');
  await hydrated(page);
  expect(await liveDigits(page)).not.toEqual(figures.en);
});

/** Each hostile query, the values it must give, and the query the page then writes back. */
const HOSTILE: { query: string; expected: Partial<Record<string, number>>; search: string }[] = [
  { query: '?util=<script>alert(1)</script>', expected: { utilisation: 80 }, search: '' },
  {
    query: '?util=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    expected: { utilisation: 80 },
    search: ''
  },
  { query: '?util=1e999', expected: { utilisation: 80 }, search: '' },
  { query: '?util=NaN&util=70', expected: { utilisation: 70 }, search: '?util=70' },
  { query: '?rate=٣', expected: { baseRate: 3.95 }, search: '' },
  { query: '?rate=0x3', expected: { baseRate: 3.95 }, search: '' },
  { query: '?preset=__proto__', expected: { utilisation: 80 }, search: '' },
  { query: '?preset=constructor&util=60', expected: { utilisation: 60 }, search: '?util=60' },
  { query: '?debt=-5', expected: { debtShare: 0 }, search: '?debt=0' },
  {
    query: '?util=1000&delay=99',
    expected: { utilisation: 100, delay: 12 },
    search: '?util=100&delay=12'
  },
  {
    query: `?util=${'9'.repeat(4000)}&rate=${'%3C'.repeat(1000)}&${'x=1&'.repeat(200)}life=3`,
    expected: { utilisation: 80, baseRate: 3.95, life: 3 },
    // Keys the explorer does not own are kept, after its own.
    search: `?life=3${'&x=1'.repeat(200)}`
  }
];

for (const { query, expected, search } of HOSTILE) {
  test(`a hostile address is clamped or ignored: ${query.slice(0, 60)}`, async ({ page }) => {
    const dialogs = forbidDialogs(page);
    await page.goto(`/en/${query}`);
    await hydrated(page);
    for (const [id, value] of Object.entries(expected)) {
      await expect(input(page, id)).toHaveValue(String(value));
    }
    // The address is rewritten to what the page now shows.
    await expect.poll(() => new URL(page.url()).search).toBe(search);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call({}, 'util'))).toBe(false);
  });
}

test('in Arabic the sliders run right to left: ArrowRight lowers, ArrowLeft raises', async ({
  page
}) => {
  await page.goto('/ar/');
  await hydrated(page);
  const util = input(page, 'utilisation');
  await util.focus();
  await page.keyboard.press('ArrowRight');
  await expect(util).toHaveValue('79');
  await expect(page).toHaveURL(hasParam('util', '79'));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(util).toHaveValue('81');
  await expect(page).toHaveURL(hasParam('util', '81'));
  // The minimum sits at the right-hand end of the track.
  await page.keyboard.press('Home');
  await expect(util).toHaveValue('20');
});

test('reference marks sit under their values, mirrored in Arabic', async ({ page }) => {
  // Two page loads, one after the other.
  test.slow();
  const spec = SLIDERS.find((s) => s.marks.length > 0)!;
  const mark = spec.marks[0]!;
  const share = (mark.value - spec.min) / (spec.max - spec.min);
  const at: Record<string, number> = {};
  for (const lang of ['en', 'ar']) {
    await page.goto(`/${lang}/`);
    await hydrated(page);
    const track = await input(page, spec.id).boundingBox();
    const tick = await page.locator(`[data-slider="${spec.id}"] .tick`).first().boundingBox();
    expect(track && tick).toBeTruthy();
    at[lang] = (tick!.x + tick!.width / 2 - track!.x) / track!.width;
  }
  // Within the thumb's inset of the track ends.
  expect(Math.abs((at.en ?? 0) - share)).toBeLessThan(0.05);
  expect(Math.abs((at.ar ?? 0) - (1 - share))).toBeLessThan(0.05);
});

test('a mark button sets its value', async ({ page }) => {
  await page.goto('/en/');
  await hydrated(page);
  const spec = SLIDERS.find((s) => s.marks.some((m) => m.value !== DEFAULT_INPUTS[s.id]))!;
  const mark = spec.marks.find((m) => m.value !== DEFAULT_INPUTS[spec.id])!;
  const slider = page.locator(`[data-testid="slider-panel"] [data-slider="${spec.id}"]`);
  const button = slider.locator(`button[data-mark="${mark.label}"]`);
  // The reference points are buttons inside the slider's "about" disclosure.
  await slider.locator('details.about > summary').click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(input(page, spec.id)).toHaveValue(String(mark.value));
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(hasParam(spec.param, formatParam(mark.value)));
});

for (const id of PRESET_IDS) {
  test(`the ${id} preset sets its values, shows as pressed and names itself in the address`, async ({
    page
  }) => {
    await page.goto('/en/?delay=7');
    await hydrated(page);
    const historyLength = await page.evaluate(() => history.length);
    const button = page.locator(`button[data-preset="${id}"]`);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    for (const other of PRESET_IDS) {
      await expect(page.locator(`button[data-preset="${other}"]`)).toHaveAttribute(
        'aria-pressed',
        String(other === id)
      );
    }
    const values = presetInputs(id);
    for (const s of SLIDERS) await expect(input(page, s.id)).toHaveValue(String(values[s.id]));
    // The address names the preset.
    await expect(page).toHaveURL(hasParam('preset', id));

    // Moving a slider away from the preset's values un-presses it and drops it from the address.
    await input(page, 'delay').focus();
    await page.keyboard.press(values.delay < 12 ? 'ArrowRight' : 'ArrowLeft');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveURL(/[?&]delay=/);
    await expect(page).not.toHaveURL(/preset=/);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });
}

test('a preset in the address is applied and shown as pressed', async ({ page }) => {
  const id = PRESET_IDS.find((p) =>
    SLIDERS.some((s) => presetInputs(p)[s.id] !== DEFAULT_INPUTS[s.id])
  )!;
  await page.goto(`/ar/?preset=${id}`);
  await hydrated(page);
  await expect(page.locator(`button[data-preset="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
  for (const s of SLIDERS) {
    await expect(input(page, s.id)).toHaveValue(String(presetInputs(id)[s.id]));
  }
});

test('the language switch carries the sliders over', async ({ page }) => {
  await page.goto('/en/');
  await hydrated(page);
  const util = input(page, 'utilisation');
  await util.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(hasParam('util', '81'));
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/ar\/\?util=81/);
  await hydrated(page);
  await expect(input(page, 'utilisation')).toHaveValue('81');
});

/** The page at 390 × 844 with its full panel open (on a phone a disclosure), as a reader would. */
async function openPanelOnPhone(page: Page, lang: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${lang}/`);
  await hydrated(page);
  await page.locator('[data-testid="slider-panel"] > summary').click();
}

for (const lang of ['en', 'ar']) {
  test(`on a phone, nothing in the ${lang} panel moves while a slider runs end to end`, async ({
    page
  }) => {
    await openPanelOnPhone(page, lang);
    /** Every slider's and output's box, relative to the panel, and the panel's size. */
    const layout = () =>
      page.evaluate(() => {
        const panel = document.querySelector('[data-testid="slider-panel"]')!;
        const p = panel.getBoundingClientRect();
        const boxes = [...panel.querySelectorAll<HTMLElement>('input, output')].map((el) => {
          const r = el.getBoundingClientRect();
          return [r.x - p.x, r.y - p.y, r.width, r.height].map(Math.round).join(',');
        });
        return [...boxes, `${Math.round(p.width)}x${Math.round(p.height)}`];
      });
    const before = await layout();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390
    );
    for (const s of SLIDERS) {
      const field = input(page, s.id);
      await field.focus();
      for (const [key, value] of [
        ['End', s.max],
        ['Home', s.min]
      ] as const) {
        await page.keyboard.press(key);
        await expect(field).toHaveValue(String(value));
        expect(await layout(), `${s.id} ${key}`).toEqual(before);
      }
    }
  });
}

for (const lang of ['en', 'ar']) {
  test(`on a phone, the ${lang} scenarios' result keeps its height through every scenario and slider end`, async ({
    page
  }) => {
    await openPanelOnPhone(page, lang);
    // The block around the result: a line more or less inside it moves all that follows.
    const outcome = page.getByTestId('preset-outcome');
    const height = () => outcome.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    const before = await height();
    const text = page.getByTestId('preset-headline');
    for (const id of PRESET_IDS) {
      const shown = await text.textContent();
      await page.locator(`button[data-preset="${id}"]`).click();
      await expect(text).not.toHaveText(shown ?? '');
      expect(await height(), id).toBe(before);
    }
    for (const s of SLIDERS) {
      const field = input(page, s.id);
      await field.focus();
      for (const key of ['End', 'Home']) {
        await page.keyboard.press(key);
        expect(await height(), `${s.id} ${key}`).toBe(before);
      }
    }
  });
}

test('while a slider is dragged the prose waits; let go, the prose in sight follows at once and the rest once the sliders rest', async ({
  page
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/');
  await hydrated(page);
  const near = page.locator('#model-defaults [data-live="firstYearNetIncome"]:visible').first();
  const far = page.locator('#rates-twice [data-live="equityIrr"]:visible').first();
  await near.scrollIntoViewIfNeeded();
  await expect(far).not.toBeInViewport();
  const [nearBefore, farBefore] = [await near.textContent(), await far.textContent()];
  // A drag's move, then the slider let go: each read in the frame after it, in one go in the
  // page, well inside the pause after which the far prose catches up.
  const seen = await input(page, 'price').evaluate(async (el: HTMLInputElement) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const text = (sel: string) =>
      [...document.querySelectorAll<HTMLElement>(sel)].find((e) => e.offsetParent)?.textContent;
    const read = () => ({
      near: text('#model-defaults [data-live="firstYearNetIncome"]'),
      far: text('#rates-twice [data-live="equityIrr"]')
    });
    el.value = '4';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
    const held = read();
    el.dispatchEvent(new Event('change', { bubbles: true }));
    await frame();
    return { held, released: read() };
  });
  expect(seen.held).toEqual({ near: nearBefore, far: farBefore });
  expect(seen.released.near).not.toBe(nearBefore);
  expect(seen.released.far).toBe(farBefore);
  // At rest, everything shows the same model, wherever it is.
  await expect(far).not.toHaveText(farBefore ?? '');
  const settled = await page.evaluate(() =>
    [...document.querySelectorAll('[data-live="equityIrr"]')].map((el) => el.textContent)
  );
  expect(new Set(settled).size).toBe(1);
});

for (const lang of ['en', 'ar'] as const) {
  test(`/${lang}/ while a slider is dragged its chart redraws and its title and summary wait until it is let go`, async ({
    page
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${lang}/`);
    await hydrated(page);
    const slider = page.locator('[data-controls="waterfall"] input[data-input="price"]');
    await slider.scrollIntoViewIfNeeded();
    await expect(page.locator('[data-chart-host="waterfall"][data-chart-live]')).toBeAttached();
    const seen = await slider.evaluate(async (el: HTMLInputElement) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const chart = document.querySelector('figure[data-chart="waterfall"]');
      const read = () => ({
        drawing: chart?.querySelector('svg')?.textContent,
        title: chart?.querySelector('.chart-title')?.textContent,
        summary: chart?.querySelector('.summary')?.textContent
      });
      const before = read();
      el.value = el.min;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      const held = read();
      el.dispatchEvent(new Event('change', { bubbles: true }));
      await frame();
      return { before, held, released: read() };
    });
    expect(seen.held.drawing).not.toBe(seen.before.drawing);
    expect(seen.held.title).toBe(seen.before.title);
    expect(seen.held.summary).toBe(seen.before.summary);
    expect(seen.released.title).not.toBe(seen.before.title);
    expect(seen.released.summary).not.toBe(seen.before.summary);
    // A key press moves and lets go at once: the words follow in the same frame.
    await slider.focus();
    await page.keyboard.press('End');
    const summary = page.locator('figure[data-chart="waterfall"] .summary');
    const afterKey = await summary.textContent();
    expect(afterKey).not.toBe(seen.released.summary);
  });
}

test('the parts hydrated after the page keep their prerendered nodes and words, and a move or an opened disclosure made before is kept', async ({
  page
}) => {
  // As soon as the document is parsed, before any part is hydrated: hold on to every slider's
  // nodes, the scenarios' buttons and the printed settings, and move the cash chart's delay
  // slider as a quick reader might.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as Record<string, unknown>;
      w.__sliders = [...document.querySelectorAll('input[type="range"][data-input]')];
      w.__later = [
        ...document.querySelectorAll('button[data-preset], [data-testid="print-settings"]')
      ].map((el) => [el, el.closest('[data-later]') !== null]);
      const delay = document.querySelector<HTMLInputElement>(
        '[data-controls="cash"] input[data-input="delay"]'
      );
      w.__stillStatic = delay?.closest('[data-later]') !== null;
      if (delay) delay.value = '12';
      // The contents bar waits too; a reader opens it before it runs.
      const toc = document.querySelector('.toc details');
      w.__toc = [toc, toc?.closest('[data-later]') !== null];
      toc?.setAttribute('open', '');
    });
  });
  await page.goto('/en/');
  await hydrated(page);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __sliders: HTMLInputElement[]; __stillStatic: boolean };
    return {
      held: w.__sliders.length,
      connected: w.__sliders.filter((el) => el.isConnected).length,
      now: document.querySelectorAll('input[type="range"][data-input]').length,
      stillStatic: w.__stillStatic
    };
  });
  expect(seen.stillStatic, 'the slider was moved before its group was hydrated').toBe(true);
  expect(seen.held).toBeGreaterThan(SLIDERS.length);
  expect(seen).toMatchObject({ connected: seen.held, now: seen.held });
  // Their words are the prerendered ones, not the stand-in the browser bundle adopts them with.
  await expect(page.locator('input[type="range"]').first()).toBeVisible();
  expect(await page.locator('.slider label').allInnerTexts()).not.toContain('static');
  // The move is the explorer's: the panel's copy and the address follow it.
  await expect(input(page, 'delay')).toHaveValue('12');
  await expect(page).toHaveURL(hasParam('delay', '12'));

  // The scenarios and the printed settings were prerendered markup waiting for their turn, and
  // are the same nodes now that they run: the buttons work and the settings follow the move.
  const later = await page.evaluate(() => {
    const w = window as unknown as { __later: [Element, boolean][] };
    return w.__later.map(([el, waiting]) => ({ connected: el.isConnected, waiting }));
  });
  expect(later).toHaveLength(PRESET_IDS.length + 1);
  expect(later.every((part) => part.connected && part.waiting)).toBe(true);
  await expect(page.locator('[data-testid="print-settings"] [data-setting="delay"]')).toHaveText(
    /\b12\b/
  );
  const first = PRESET_IDS[0] ?? '';
  await page.locator(`button[data-preset="${first}"]`).click();
  await expect(page.locator(`button[data-preset="${first}"]`)).toHaveAttribute(
    'aria-pressed',
    'true'
  );
  await expect(page).toHaveURL(hasParam('preset', first));

  // The contents bar was waiting, is the same node now, and stayed open as the reader left it;
  // it runs: a chapter's link closes it.
  const toc = await page.evaluate(() => {
    const [el, waiting] = (window as unknown as { __toc: [HTMLDetailsElement, boolean] }).__toc;
    return { waiting, connected: el.isConnected, open: el.open };
  });
  expect(toc).toEqual({ waiting: true, connected: true, open: true });
  await page.locator('.toc ol a').first().click();
  await expect(page.locator('.toc details')).not.toHaveAttribute('open');
});
