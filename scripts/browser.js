// Where Playwright finds a Chromium: an explicit CHROMIUM_PATH, else Debian's package, else
// Playwright's own download (undefined). Shared by playwright.config.ts and ensure-browser.js.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** @returns {string | undefined} an executable path, or undefined for Playwright's own browser */
export function systemChromium() {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit)) {
      throw new Error(
        `CHROMIUM_PATH=${explicit} does not exist. Unset it or point it at a Chromium.`
      );
    }
    return explicit;
  }
  return SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path));
}
