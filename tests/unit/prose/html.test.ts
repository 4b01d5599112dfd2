import { describe, expect, it } from 'vitest';
import { rootRelativeUrls } from '$lib/prose/html';

describe('rootRelativeUrls', () => {
  const page = [
    '<link rel="icon" href="./favicon.svg" />',
    '<link href="./_app/immutable/assets/0.css" rel="stylesheet">',
    '<a href="./en/">English</a><a href="./">Home</a>',
    '<img src="./social/en.png">',
    '<a href="../up/">up</a><a href="https://example.org/./x">out</a><a href="#top">top</a>',
    '<p>Text that says href="./not-an-attribute" stays.</p>'
  ].join('\n');

  it('makes ./ URLs absolute from the base path and leaves the rest alone', () => {
    const out = rootRelativeUrls(page, '/x');
    expect(out).toContain('href="/x/favicon.svg"');
    expect(out).toContain('href="/x/_app/immutable/assets/0.css"');
    expect(out).toContain('<a href="/x/en/">English</a><a href="/x/">Home</a>');
    expect(out).toContain('src="/x/social/en.png"');
    expect(out).toContain('href="../up/"');
    expect(out).toContain('href="https://example.org/./x"');
    expect(out).toContain('href="#top"');
    expect(out).toContain('says href="./not-an-attribute"');
  });

  it('writes root paths when there is no base path', () => {
    expect(rootRelativeUrls('<a href="./ar/">', '')).toBe('<a href="/ar/">');
  });
});
