import type { Locator, Page } from '@playwright/test';
import { SLIDERS } from '$lib/model/inputs';
import presetsJson from '$content/model/presets.json' with { type: 'json' };
import enModel from '$content/en/model.json' with { type: 'json' };
import arModel from '$content/ar/model.json' with { type: 'json' };
import enExplorer from '$lib/i18n/locales/en/explorer.json' with { type: 'json' };
import arExplorer from '$lib/i18n/locales/ar/explorer.json' with { type: 'json' };
import { expect, hydrated, test } from './fixtures';

// The controls that explain themselves: plain words under a term of art, a desktop panel that
// fits the screen with its reset button always in sight, and on a phone scenarios that are
// buttons and show their result beside them. (Playwright loads modules as plain ES modules,
// which need the attribute to import JSON.)

const PRESET_IDS = Object.keys(presetsJson);
const MODEL = { en: enModel, ar: arModel };
const EXPLORER = { en: enExplorer, ar: arExplorer };
const LANGS = ['en', 'ar'] as const;

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrated(page);
  await page.evaluate(() => document.fonts.ready);
}

/** The explorer's first chart in the middle of the screen, the rail panel beside it. */
async function atTheExplorer(page: Page): Promise<void> {
  await page
    .locator('.lab figure[data-chart]')
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
}

/** Whether an element is wholly inside the viewport and on top at its centre (not covered). */
function inSight(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });
}

for (const lang of LANGS) {
  test(`/${lang}/ at 1280 × 900: the whole panel is in sight at the explorer, its terms of art glossed`, async ({
    page
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, `/${lang}/`);
    const panel = page.getByTestId('slider-panel');
    await expect(panel).toHaveAttribute('open', '');
    await atTheExplorer(page);

    const box = (await panel.boundingBox())!;
    test.info().annotations.push({
      type: 'panel',
      description: `${lang}: ${Math.round(box.y)} to ${Math.round(box.y + box.height)} of 900 px`
    });
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await panel.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
    const sliders = panel.locator('input[type="range"]');
    await expect(sliders).toHaveCount(SLIDERS.length);
    for (const control of [page.getByTestId('reset'), ...(await sliders.all())])
      await expect.poll(() => inSight(control)).toBe(true);

    // The plain words sit under the label, and are part of the slider's name.
    for (const id of ['baseRate', 'spread'] as const) {
      const gloss = MODEL[lang].inputs[id].gloss;
      await expect(panel.locator(`#slider-${id}-gloss`)).toHaveText(`(${gloss})`);
      await expect(panel.locator(`#slider-${id}`)).toHaveAccessibleName(
        `${MODEL[lang].inputs[id].label} (${gloss})`
      );
    }
  });

  test(`/${lang}/ at 1280 × 700: the panel scrolls under its heading's row, reset in sight`, async ({
    page
  }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await open(page, `/${lang}/`);
    const panel = page.getByTestId('slider-panel');
    const reset = page.getByTestId('reset');
    const sliders = panel.locator('input[type="range"]');
    await atTheExplorer(page);
    expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);

    await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight, behavior: 'instant' }));
    await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expect.poll(() => inSight(reset)).toBe(true);
    await expect.poll(() => inSight(sliders.last())).toBe(true);
    // Still in the heading's row at the panel's top, not scrolled away with the rest.
    const top = await panel.evaluate((el) => el.getBoundingClientRect().top);
    expect((await reset.boundingBox())!.y - top).toBeLessThanOrEqual(16);

    // A slider scrolled out of the panel comes back, clear of the row, when it takes the focus.
    await sliders.first().focus();
    await expect.poll(() => inSight(sliders.first())).toBe(true);
  });

  test(`/${lang}/ at 390 × 844: a scenario is a button that shows its result, and reset undoes it`, async ({
    page
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, `/${lang}/`);
    const presets = page.getByTestId('presets');
    const buttons = presets.locator('button[data-preset]');
    await expect(buttons).toHaveCount(PRESET_IDS.length);
    await expect(presets.getByRole('button', { pressed: false })).toHaveCount(PRESET_IDS.length);

    const glut = presets.locator('button[data-preset="glut"]');
    // A reader at the scenarios: the button in the middle of the screen, its result under it.
    await glut.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await glut.click();
    await expect(glut).toHaveAttribute('aria-pressed', 'true');
    await expect(presets.getByRole('button', { pressed: true })).toHaveCount(1);
    const outcome = page.getByTestId('preset-outcome');
    await expect(outcome.locator('.outcome-name')).toHaveText(MODEL[lang].presets.glut.name);
    // The line says what the announcement says, and is on screen, covered by nothing.
    const headline = page.getByTestId('preset-headline');
    await expect
      .poll(() => page.getByTestId('model-announcer').innerText())
      .toBe(await headline.innerText());
    await expect.poll(() => inSight(headline)).toBe(true);

    await page.locator('[data-testid="slider-panel"] > summary').click();
    await page.getByTestId('reset').click();
    await expect(glut).toHaveAttribute('aria-pressed', 'false');
    await expect(outcome.locator('.outcome-name')).toHaveText(EXPLORER[lang].presets.starting);
  });
}

test('without JavaScript the scenarios are a plain list, the starting values’ result under them', async ({
  browser
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 }
  });
  const page = await context.newPage();
  await page.goto('/en/');
  const buttons = page.locator('button[data-preset]');
  await expect(buttons).toHaveCount(PRESET_IDS.length);
  for (const button of await buttons.all()) await expect(button).toBeDisabled();
  await expect(page.getByTestId('preset-outcome')).toBeVisible();
  await expect(page.getByTestId('preset-outcome')).toContainText(EXPLORER.en.presets.starting);
  await context.close();
});
