import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkLinks,
  cssReferences,
  htmlReferences,
  resolveReference
} from '../../../scripts/check-links.js';

// A tiny built site: two pages, a stylesheet with a font, and one page with every kind of
// broken reference the checker must report.
const SITE: Record<string, string> = {
  'index.html': `<!doctype html><html><head>
    <link rel="stylesheet" href="./_app/app.css">
    <link href="./_app/start.js" rel="modulepreload">
    <meta property="og:image" content="./card.png">
    <script>import("./_app/start.js")</script>
  </head><body>
    <a href="en/">English</a> <a href="en/#intro">Intro</a> <a href="en/index.html#notes">N</a>
    <a href="https://example.org/source?a=1&amp;b=2">a cited source</a>
    <a href="mailto:someone@example.org">mail</a> <img alt="" src="data:,">
    <img alt="" srcset="card.png 1x, card%20big.png 2x" src="card.png">
    <a href="#top">top</a> <a href="#here">here</a> <p id="here" style="background: url(card.png)"></p>
    <!-- <a href="commented-out.html"> -->
  </body></html>`,
  'en/index.html': `<!doctype html><h2 id="intro">Intro</h2><a name="notes"></a>
    <a href="../">home</a> <a href="../index.html#here">back</a>`,
  '_app/app.css': `@font-face { src: url(./font.woff2) format('woff2'), url("font.woff") }
    /* url(ignored-in-a-comment.png) */ .x { background: url('../card.png') }`,
  '_app/font.woff2': '',
  '_app/font.woff': '',
  '_app/start.js': '',
  'card.png': '',
  'card big.png': '',
  'broken/index.html': `<!doctype html>
    <a href="../en/#nowhere">missing anchor</a>
    <a href="../missing/">missing page</a>
    <img alt="" src="../missing.png">
    <script src="https://cdn.example.com/lib.js"></script>
    <a href="javascript:alert(1)">js</a>
    <a href="/elsewhere/">absolute, outside a base</a>
    <link rel="stylesheet" href="../../../etc/passwd">`
};

let root = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, text] of Object.entries(SITE)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('resolveReference', () => {
  it('resolves relative, directory and encoded paths to the files a host would serve', () => {
    const page = join(root, 'en/index.html');
    expect(resolveReference('../', page, { root })).toEqual({
      kind: 'local',
      path: '/',
      file: join(root, 'index.html'),
      hash: ''
    });
    expect(resolveReference('../card%20big.png', page, { root })).toMatchObject({
      kind: 'local',
      file: join(root, 'card big.png')
    });
    expect(resolveReference('../index.html#here', page, { root })).toMatchObject({
      file: join(root, 'index.html'),
      hash: 'here'
    });
    expect(resolveReference('nothing.css', page, { root })).toMatchObject({
      kind: 'local',
      file: null
    });
  });

  it('reads the base path: absolute paths must stay under it, relative ones resolve under it', () => {
    const page = join(root, 'en/index.html');
    expect(resolveReference('/x/card.png', page, { root, base: '/x' })).toMatchObject({
      file: join(root, 'card.png')
    });
    expect(resolveReference('../card.png', page, { root, base: '/x' })).toMatchObject({
      file: join(root, 'card.png')
    });
    expect(resolveReference('/card.png', page, { root, base: '/x' })).toEqual({
      kind: 'error',
      reason: 'outside the base path /x'
    });
    expect(resolveReference('../../card.png', page, { root, base: '/x' }).kind).toBe('error');
  });

  it('reads absolute URLs on the site’s own published origin as files of the build', () => {
    const page = join(root, 'en/index.html');
    const own = { root, base: '/x', origin: 'https://example.org' };
    expect(resolveReference('https://example.org/x/card.png', page, own)).toMatchObject({
      kind: 'local',
      file: join(root, 'card.png')
    });
    expect(resolveReference('https://example.org/x/gone.png', page, own)).toMatchObject({
      kind: 'local',
      file: null
    });
    expect(resolveReference('https://example.org/card.png', page, own).kind).toBe('error');
    expect(resolveReference('https://example.com/x/card.png', page, own).kind).toBe('external');
  });

  it('tells other sites, harmless schemes and javascript: URLs apart', () => {
    const page = join(root, 'index.html');
    expect(resolveReference('https://example.org/a', page, { root })).toEqual({
      kind: 'external',
      url: 'https://example.org/a'
    });
    expect(resolveReference('//cdn.example.com/x.js', page, { root }).kind).toBe('external');
    expect(resolveReference('data:,', page, { root }).kind).toBe('ignored');
    expect(resolveReference('mailto:a@b.c', page, { root }).kind).toBe('ignored');
    expect(resolveReference(' JavaScript:alert(1)', page, { root }).kind).toBe('error');
    expect(resolveReference('', page, { root }).kind).toBe('error');
  });
});

describe('reading references', () => {
  it('finds url() and @import in CSS but not in comments', () => {
    expect(
      cssReferences(`@import "a.css"; /* url(no.png) */ b { background: url( 'c.png' ) url(d) }`)
    ).toEqual(['c.png', 'd', 'a.css']);
  });

  it('finds every kind of reference in HTML, decodes entities, skips comments', () => {
    const { refs, ids } = htmlReferences(SITE['index.html'] ?? '');
    const found = refs.map((r) => r.ref);
    for (const ref of [
      './_app/app.css',
      './_app/start.js',
      './card.png',
      'en/#intro',
      'https://example.org/source?a=1&b=2',
      'card%20big.png',
      'card.png'
    ]) {
      expect(found).toContain(ref);
    }
    expect(refs.find((r) => r.what === 'import() in <script>')?.ref).toBe('./_app/start.js');
    expect(refs.find((r) => r.what.startsWith('url() in <p'))?.ref).toBe('card.png');
    expect(found).not.toContain('commented-out.html');
    expect([...ids]).toEqual(['here']);
  });
});

describe('checkLinks', () => {
  it('passes the good pages and lists the cited source as a link to another site', () => {
    rmSync(join(root, 'broken'), { recursive: true });
    try {
      const report = checkLinks(root);
      expect(report.problems).toEqual([]);
      expect([...report.external.keys()]).toEqual(['https://example.org/source?a=1&b=2']);
      expect(report.files).toBe(3);
    } finally {
      mkdirSync(join(root, 'broken'));
      writeFileSync(join(root, 'broken/index.html'), SITE['broken/index.html'] ?? '');
    }
  });

  it('reports each broken reference once, with its page and reason', () => {
    const problems = checkLinks(root).problems;
    expect(problems).toHaveLength(7);
    const expectations = [
      /broken\/index.html: <a href> "..\/en\/#nowhere": no id "nowhere" in en\/index.html/,
      /"..\/missing\/": no such file/,
      /<img src> "..\/missing.png": no such file/,
      /<script src> "https:\/\/cdn.example.com\/lib.js": loads from another site/,
      /"javascript:alert\(1\)": a javascript: URL/,
      /"..\/..\/..\/etc\/passwd": no such file/
    ];
    for (const pattern of expectations)
      expect(
        problems.some((p) => pattern.test(p)),
        String(pattern)
      ).toBe(true);
    // Without a base, /elsewhere/ is merely missing; under /x it leaves the base path.
    expect(problems.some((p) => p.includes('"/elsewhere/": no such file'))).toBe(true);
    expect(
      checkLinks(root, '/x').problems.some((p) =>
        p.includes('"/elsewhere/": outside the base path /x')
      )
    ).toBe(true);
  });
});
