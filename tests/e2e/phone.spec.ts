import type { Page } from '@playwright/test';
import lessons from '$content/model/charts.json' with { type: 'json' };
import { SLIDERS } from '$lib/model/inputs';
import { expect, hydrated, test } from './fixtures';

// The explorer on a phone (390 × 844): each chart with its own sliders on one screen, the
// answer strip, and the "try it" buttons. Pictures of each chart with its controls are written
// to tests/e2e/screenshots/phone-<chart>-<lang>.png.

const PHONE = { width: 390, height: 844 };
const CHARTS = Object.keys(lessons) as (keyof typeof lessons)[];
const LANGS = ['en', 'ar'] as const;

async function open(page: Page, lang: string, query = ''): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto(`/${lang}/${query}`);
  await hydrated(page);
  await page.evaluate(() => document.fonts.ready);
}

/** Scrolls the chart's top to just under the sticky bars and waits for it to go live. */
async function showChart(page: Page, name: string): Promise<void> {
  const host = page.locator(`[data-chart-host="${name}"]`);
  await host.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    scrollBy(0, -110);
  });
  await expect(host).toHaveAttribute('data-chart-live', 'true');
}

/** The summary sentence of a chart (the second half of its SVG's accessible name). */
async function summary(page: Page, name: string): Promise<string> {
  return page.locator(`[data-chart-host="${name}"] .summary`).innerText();
}

/** Top and bottom of an element relative to the viewport, px. */
async function box(page: Page, selector: string): Promise<{ top: number; bottom: number }> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
}

for (const lang of LANGS) {
  for (const name of CHARTS) {
    test(`/${lang}/ at 390 px: the ${name} chart answers its own slider on the same screen`, async ({
      page
    }) => {
      await open(page, lang);
      await showChart(page, name);
      const ids = lessons[name].controls;
      const first = ids[0] ?? '';
      const input = `[data-controls="${name}"] input[data-input="${first}"]`;

      // Chart and sliders fit one screen with the sticky bars: chart top → last slider ≤ 744 px.
      const chart = await box(page, `[data-chart-host="${name}"] figure`);
      const last = await box(page, `[data-controls="${name}"] .slider:last-child`);
      expect(last.bottom - chart.top, 'chart top to last slider bottom, px').toBeLessThanOrEqual(
        744
      );

      const before = await summary(page, name);
      await page.locator(input).focus();
      // Down from any value but the minimum, else up (arrow up and down do not depend on the
      // page's direction): either way the chart must answer.
      const spec = SLIDERS.find((s) => s.id === first);
      const value = Number(await page.locator(input).inputValue());
      await page.keyboard.press(value > (spec?.min ?? 0) ? 'ArrowDown' : 'ArrowUp');
      await expect.poll(() => summary(page, name)).not.toBe(before);

      // Both the slider and the chart's plot are inside the viewport while it answers.
      const slider = await box(page, input);
      const plot = await box(page, `[data-chart-host="${name}"] svg[role="img"]`);
      for (const r of [slider, plot]) {
        expect(r.top).toBeGreaterThanOrEqual(0);
        expect(r.bottom).toBeLessThanOrEqual(PHONE.height);
      }
      await page.screenshot({ path: `tests/e2e/screenshots/phone-${name}-${lang}.png` });
    });
  }

  test(`/${lang}/ at 390 px: the answer strip follows every slider and never covers the focus`, async ({
    page
  }) => {
    test.setTimeout(120_000);
    await open(page, lang);
    const strip = page.getByTestId('answer-strip');
    // Out of the model chapter, no strip.
    await expect(strip).toBeHidden();
    await showChart(page, 'waterfall');
    await expect(strip).toBeVisible();
    const before = await strip.innerText();
    const announced = await page.getByTestId('model-announcer').innerText();
    await page.locator('[data-controls="waterfall"] input[data-input="utilisation"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => strip.innerText()).not.toBe(before);
    // The strip speaks in the words of the screen reader's announcement.
    await expect.poll(() => page.getByTestId('model-announcer').innerText()).not.toBe(announced);
    expect(await strip.innerText()).toBe(await page.getByTestId('model-announcer').innerText());

    // A keyboard walk through the model chapter: whatever has focus stays clear of the strip.
    await page.locator('[data-controls="waterfall"] input').first().focus();
    for (let step = 0; step < 60; step++) {
      await page.keyboard.press('Tab');
      const overlap = await page.evaluate(() => {
        const focused = document.activeElement;
        const bar = document.querySelector('[data-testid="answer-strip"]');
        // Past the last control (the reference chapters are closed) focus leaves the page.
        if (!focused || focused === document.body || !bar) return 0;
        if (getComputedStyle(bar).visibility === 'hidden') return 0;
        const f = focused.getBoundingClientRect();
        const s = bar.getBoundingClientRect();
        return Math.max(0, Math.min(f.bottom, s.bottom) - Math.max(f.top, s.top));
      });
      expect(overlap, `step ${step}: focus under the strip, px`).toBe(0);
    }
  });

  test(`/${lang}/ "try it" sets the values its invitation describes, and puts them back`, async ({
    page
  }) => {
    await open(page, lang);
    await showChart(page, 'cash');
    const slot = page.locator('#slot-cash');
    const delay = page.locator('[data-controls="cash"] input[data-input="delay"]');
    await expect(delay).toHaveValue('0');
    await slot.locator('.try-do').click();
    await expect(delay).toHaveValue(String(lessons.cash.try.delay));
    await expect(page).toHaveURL(new RegExp(`[?&]delay=${lessons.cash.try.delay}(&|#|$)`));
    // Announced once, politely, like any other change.
    await expect(page.getByTestId('model-announcer')).not.toBeEmpty();
    await slot.locator('.try-undo').click();
    await expect(delay).toHaveValue('0');
    await expect(page).toHaveURL(/\/(ar|en)\/(#[\w-]+)?$/);
    await expect(slot.locator('.try-undo')).toBeDisabled();
  });
}

test('without JavaScript the invitations stay plain text', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto('/en/');
  const buttons = page.locator('.try-actions');
  expect(await buttons.count()).toBe(CHARTS.length);
  for (const actions of await buttons.all()) await expect(actions).toBeHidden();
  await expect(page.locator('#slot-cash p.try')).toBeVisible();
  await context.close();
});

for (const lang of LANGS) {
  test(`/${lang}/ the answer strip holds up at 320 px and at 200% text, and is absent on paper`, async ({
    page
  }) => {
    const strip = page.getByTestId('answer-strip');
    /** The strip's box, with every line of its text inside it. */
    const fits = () =>
      strip.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const text = el.querySelector('p')?.getBoundingClientRect();
        return {
          width: r.width,
          height: r.height,
          inside: !!text && text.left >= r.left - 1 && text.right <= r.right + 1,
          sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth
        };
      });

    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/${lang}/`);
    await hydrated(page);
    await showChart(page, 'amplifier');
    await expect(strip).toBeVisible();
    const narrow = await fits();
    expect(narrow.width).toBeLessThanOrEqual(320);
    expect(narrow.inside).toBe(true);
    expect(narrow.sideways).toBe(0);
    expect(narrow.height).toBeLessThanOrEqual(640 / 5);

    // Doubled text (the reader's font size setting, as Chromium applies it): still a strip,
    // never more than a third of the screen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.setViewportSize(PHONE);
    await page.reload();
    await hydrated(page);
    await showChart(page, 'amplifier');
    await expect(strip).toBeVisible();
    const large = await fits();
    expect(large.inside).toBe(true);
    expect(large.height).toBeLessThanOrEqual(PHONE.height / 3);

    await page.emulateMedia({ media: 'print' });
    await expect(strip).toBeHidden();
  });
}

for (const lang of LANGS) {
  test(`/${lang}/ while a slider is dragged, a live chart whose drawing is off screen waits, and catches up when it is let go`, async ({
    page
  }) => {
    await open(page, lang);
    await showChart(page, 'waterfall');
    const slider = page.locator('[data-controls="waterfall"] input[data-input="price"]');
    await expect(slider).toBeInViewport();
    // The break-even map below is live (half a screen ahead) but its drawing is not in sight.
    await expect(page.locator('[data-chart-host="breakeven"]')).toHaveAttribute(
      'data-chart-live',
      'true'
    );
    const seen = await slider.evaluate(async (el: HTMLInputElement) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const plot = document.querySelector('[data-chart-host="breakeven"] .plot');
      const drawing = () => plot?.querySelector('svg')?.innerHTML;
      const top = plot?.getBoundingClientRect().top ?? 0;
      const before = drawing();
      el.value = el.max;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      const held = drawing();
      el.dispatchEvent(new Event('change', { bubbles: true }));
      await frame();
      return { offScreen: top >= innerHeight, before, held, released: drawing() };
    });
    expect(seen.offScreen, 'the break-even drawing starts below the screen').toBe(true);
    expect(seen.held).toBe(seen.before);
    expect(seen.released).not.toBe(seen.before);
  });
}
