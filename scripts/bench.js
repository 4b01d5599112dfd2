// The project's benchmark: builds the site, serves it, drives headless Chromium and prints,
// for /en/ and /ar/, what a first visit downloads, how fast the page answers a slider (with
// and without 4× CPU throttling), layout shift during a drag, the model's own timings, and
// Lighthouse's four scores. It prints; it fails only if it cannot measure. The stable part,
// bytes, is asserted by tests/e2e/budgets.spec.ts.
//
// Usage: npm run bench [-- --no-build] [-- --no-lighthouse] [-- --steps 40]
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM_PATHS, systemChromium } from './browser.js';
import { BUDGETS, dragShift, firstLoad, inputToPaint, percentile, ready } from './measure.js';

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-model': { type: 'boolean', default: false },
    steps: { type: 'string', default: '40' },
    port: { type: 'string', default: '4391' }
  }
});
const PORT = Number(args.port);
const ORIGIN = `http://localhost:${PORT}`;
const STEPS = Number(args.steps);
const LANGS = ['en', 'ar'];

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const mark = (ok) => (ok ? 'within budget' : 'OVER BUDGET');

function heading(text) {
  console.log(`\n## ${text}`);
}

if (!args['no-build']) {
  heading('build');
  // The canonical and social addresses point at this server, as they would at the real host.
  const build = spawnSync('npx', ['vite', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_ORIGIN: ORIGIN }
  });
  if (build.status !== 0) throw new Error('the build failed');
  console.log('built into build/');
}

const executablePath = systemChromium();
if (!executablePath)
  console.log(`No system Chromium (${SYSTEM_CHROMIUM_PATHS.join(', ')}); using Playwright's.`);
const chromiumArgs = executablePath
  ? [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update'
    ]
  : [];

const server = spawn('node', ['scripts/serve.js', '--port', String(PORT)], { stdio: 'pipe' });
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) => reject(new Error(`the server stopped (exit ${code})`)));
});

const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  heading('first load (gzip level 9; 1 KB = 1,000 bytes)');
  for (const lang of LANGS) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const load = await firstLoad(page, `${ORIGIN}/${lang}/`);
    const js = load.byKind.js ?? { count: 0, raw: 0, gzip: 0 };
    console.log(`/${lang}/`);
    for (const [kind, row] of Object.entries(load.byKind))
      console.log(
        `  ${kind.padEnd(6)} ${String(row.count).padStart(3)} files  raw ${kb(row.raw).padStart(9)}  gzip ${kb(row.gzip).padStart(9)}`
      );
    console.log(
      `  total             raw ${kb(load.total.raw).padStart(9)}  gzip ${kb(load.total.gzip).padStart(9)}`
    );
    console.log(
      `  inline scripts in the HTML (start-up and page data): raw ${kb(load.inlineScript.raw)}, gzip ${kb(load.inlineScript.gzip)}`
    );
    console.log(
      `  JavaScript files: ${kb(js.gzip)} gzip of ${kb(BUDGETS.firstLoadJsGzip)} allowed: ${mark(js.gzip <= BUDGETS.firstLoadJsGzip)}`
    );
    const fonts = load.byKind.font ?? { count: 0, raw: 0, gzip: 0 };
    console.log(
      `  web fonts: ${kb(fonts.raw)} in ${fonts.count} files of ${kb(BUDGETS.firstLoadFontBytes)} allowed: ${mark(fonts.raw <= BUDGETS.firstLoadFontBytes)}`
    );
    await page.close();
  }

  for (const throttle of [1, 4]) {
    heading(
      `slider input → its frame painted, ${throttle === 1 ? 'no CPU throttling' : `${throttle}× CPU throttling`}, every slider and every copy of it stepped end to end`
    );
    for (const [lang, width] of LANGS.flatMap((l) => [
      [l, 390],
      [l, 1280]
    ])) {
      const page = await browser.newPage({
        viewport: { width, height: width < 500 ? 844 : 900 }
      });
      await page.goto(`${ORIGIN}/${lang}/`);
      await ready(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const rows = await inputToPaint(page, STEPS);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const paint = rows.flatMap((r) => r.paint);
      const script = rows.flatMap((r) => r.script);
      const p95 = percentile(paint, 95);
      const budget =
        throttle === 1 ? BUDGETS.inputToPaintP95Ms : BUDGETS.inputToPaintP95MsThrottled;
      console.log(
        `/${lang}/ ${width} px  ${paint.length} steps over ${rows.length} sliders: paint median ${ms(percentile(paint, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...paint))}; script median ${ms(percentile(script, 50))}, p95 ${ms(percentile(script, 95))}` +
          `  (p95 budget ${budget} ms: ${mark(p95 <= budget)})`
      );
      const worst = rows
        .map((r) => ({ id: r.id, p95: percentile(r.paint, 95) }))
        .sort((a, b) => b.p95 - a.p95)
        .slice(0, 3);
      console.log(
        `        slowest sliders by p95: ${worst.map((w) => `${w.id} ${ms(w.p95)}`).join(', ')}`
      );
      await page.close();
    }
  }

  heading('layout shift while dragging every slider with the mouse');
  for (const lang of LANGS) {
    for (const width of [390, 1280]) {
      const shifts = [];
      // The second run hides the range thumbs: what remains is what the page itself moved.
      for (const hideThumbs of [false, true]) {
        const page = await browser.newPage({ viewport: { width, height: 844 }, bypassCSP: true });
        await page.goto(`${ORIGIN}/${lang}/`);
        await ready(page);
        if (hideThumbs)
          await page.addStyleTag({
            content: 'input[type=range]::-webkit-slider-thumb { visibility: hidden; }'
          });
        shifts.push(await dragShift(page));
        await page.close();
      }
      const [shift, hidden] = shifts;
      console.log(
        `/${lang}/ at ${width} px: page content ${shift.content.toFixed(4)}, counted as CLS ${shift.counted.toFixed(4)}: ${mark(shift.content <= BUDGETS.dragShift && shift.counted <= BUDGETS.dragShift)}` +
          `; all shifts ${shift.total.toFixed(4)} in ${shift.entries} entries, ${hidden.total.toFixed(4)} with the thumbs hidden` +
          (shift.sources.length ? `; moved: ${shift.sources.slice(0, 6).join(', ')}` : '')
      );
    }
  }
} finally {
  await browser.close();
}

try {
  if (!args['no-model']) {
    heading('model');
    spawnSync('npm', ['run', '--silent', 'bench:model'], { stdio: 'inherit' });
  }

  if (!args['no-lighthouse']) {
    heading('Lighthouse 12 (scores out of 100)');
    const { default: lighthouse } = await import('lighthouse');
    const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: executablePath ?? chromium.executablePath(),
      chromeFlags: ['--headless=new', ...chromiumArgs, '--no-first-run']
    });
    try {
      for (const lang of LANGS) {
        for (const [form, config] of [
          ['mobile', undefined],
          ['desktop', desktopConfig]
        ]) {
          const result = await lighthouse(
            `${ORIGIN}/${lang}/`,
            { port: chrome.port, logLevel: 'error', output: 'json' },
            config
          );
          const lhr = result.lhr;
          const scores = Object.values(lhr.categories).map(
            (c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`
          );
          console.log(`/${lang}/ ${form}: ${scores.join(', ')}`);
          const m = lhr.audits;
          console.log(
            `        FCP ${m['first-contentful-paint'].displayValue}, LCP ${m['largest-contentful-paint'].displayValue}, TBT ${m['total-blocking-time'].displayValue}, CLS ${m['cumulative-layout-shift'].displayValue}`
          );
          for (const category of Object.values(lhr.categories)) {
            const misses = category.auditRefs
              .map((ref) => m[ref.id])
              .filter(
                (a) =>
                  a &&
                  a.score !== null &&
                  a.score < 1 &&
                  a.scoreDisplayMode !== 'informative' &&
                  a.scoreDisplayMode !== 'manual'
              );
            if (misses.length && category.score !== 1)
              console.log(
                `        ${category.title} misses: ${misses.map((a) => `${a.id} (${a.score})`).join(', ')}`
              );
          }
        }
      }
    } finally {
      chrome.kill();
    }
  }
} finally {
  server.kill();
}
