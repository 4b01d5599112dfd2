// Makes sure the e2e tests have a browser before Playwright starts, and says what to do when
// none can be had. Order: CHROMIUM_PATH, Debian's chromium, Playwright's own (installed on demand).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.js';

const system = systemChromium();
if (system) {
  console.log(`e2e browser: ${system}`);
  process.exit(0);
}

if (existsSync(chromium.executablePath())) {
  console.log(`e2e browser: Playwright's Chromium at ${chromium.executablePath()}`);
  process.exit(0);
}

console.log('No Chromium found; installing Playwright’s own (npx playwright install chromium)…');
const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
if (install.status === 0 && existsSync(chromium.executablePath())) process.exit(0);

console.error(`
Could not find or install a browser for the end-to-end tests. Do one of these, then run again:
  • Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium
  • any system with internet access: npx playwright install --with-deps chromium
  • an existing Chrome/Chromium: CHROMIUM_PATH=/path/to/chromium npm test
`);
process.exit(1);
