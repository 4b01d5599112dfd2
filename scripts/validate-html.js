// Validates every HTML file of a build with the Nu Html Checker (the W3C validator, from the
// vnu-jar package; needs Java 11 or newer on PATH, or JAVA=/path/to/java).
// Usage: node scripts/validate-html.js [dir ...]   (default: build)
// Prints the files it checked and every error; exits 1 on any error, 2 when it cannot run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { htmlFiles } from './check-links.js';

const require = createRequire(import.meta.url);
/** The path of vnu.jar (the package's main export is that path as a String object). */
const jar = String(require('vnu-jar'));
const java = process.env.JAVA ?? 'java';

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['build'];
const files = dirs.flatMap((dir) => htmlFiles(dir));
if (files.length === 0) {
  console.error(`No HTML files in ${dirs.join(', ')}: build the site first (npm run build).`);
  process.exit(2);
}

const run = spawnSync(java, ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024
});
if (run.error) {
  console.error(
    `Cannot run ${java} (${run.error.message}). The HTML check needs a Java runtime 11+:` +
      ' apt-get install default-jre-headless, or set JAVA=/path/to/java.'
  );
  process.exit(2);
}

/** @type {{ messages: { type: string, subType?: string, url?: string, lastLine?: number, lastColumn?: number, message: string, extract?: string }[] }} */
let report;
try {
  // vnu writes its JSON report to stderr.
  report = JSON.parse(run.stderr);
} catch {
  console.error(`The validator did not answer with a report:\n${run.stdout}${run.stderr}`);
  process.exit(2);
}

const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
const where = (/** @type {string | undefined} */ url) =>
  url ? relative(process.cwd(), new URL(url).pathname) : '?';

console.log(`Nu Html Checker: ${files.length} HTML files`);
for (const file of files) console.log(`  ${relative(process.cwd(), file)}`);
for (const m of errors) {
  console.error(`${where(m.url)}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'}: ${m.message}`);
  if (m.extract) console.error(`    ${m.extract.replace(/\s+/g, ' ').trim()}`);
}
if (errors.length > 0 || run.status !== 0) {
  console.error(`${errors.length} HTML error(s).`);
  process.exit(1);
}
console.log('No HTML errors.');
