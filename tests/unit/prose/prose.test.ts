import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { proseOf } from '$lib/prose/inline';
import {
  innerPhrase,
  latinOutside,
  normalisedWords,
  phrasesOf,
  sentencesOf,
  strayDigits,
  strayMarkup
} from './check';
import { LANGS, allTexts, allowLatin } from './fixtures';
import fingerprints from './seed-fingerprints.json';

/** Proper names that contain a digit and may appear in prose as they are. */
const NAMES_WITH_DIGITS = allowLatin.filter((name) => /\d/.test(name));

describe.each(LANGS)('hand-written prose in %s', (lang) => {
  const texts = allTexts(lang);

  it('has no digits outside tokens, except four-digit years and named brands', () => {
    const found = texts.flatMap(({ where, text }) =>
      strayDigits(proseOf(text), NAMES_WITH_DIGITS).map((d) => `${where}: ${d}`)
    );
    expect(found).toEqual([]);
  });

  it('has no leftover markup characters (every token parsed)', () => {
    const found = texts.flatMap(({ where, text }) =>
      strayMarkup(proseOf(text)).map((c) => `${where}: ${c}`)
    );
    expect(found).toEqual([]);
  });
});

describe('Arabic prose', () => {
  it('contains no Latin words outside the allow-list of names and abbreviations', () => {
    const found = allTexts('ar').flatMap(({ where, text }) =>
      latinOutside(proseOf(text), allowLatin).map((w) => `${where}: ${w}`)
    );
    expect(found).toEqual([]);
  });

  it('is written in Arabic: most letters of every text are Arabic', () => {
    // Guards against an English sentence pasted into the Arabic file with allowed names only.
    for (const { where, text } of allTexts('ar')) {
      const prose = proseOf(text);
      const arabic = (prose.match(/\p{Script=Arabic}/gu) ?? []).length;
      const latin = (prose.match(/\p{Script=Latin}/gu) ?? []).length;
      expect(arabic, where).toBeGreaterThan(latin);
    }
  });
});

/**
 * The seed article is not stored in the repository; its sentences are kept as fingerprints:
 * for each sentence of six words or more, the SHA-256 of its inner words (all but the first
 * and last, normalised by `normalisedWords`). A copied sentence keeps those inner words even
 * when a conjunction is glued to its first word or a suffix to its last.
 */
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('no sentence of the seed article is copied into the Arabic text', () => {
  it('has fingerprints of the seed sentences to compare against', () => {
    // The seed has fourteen sentences of six words or more; an empty list would make the
    // next test pass vacuously.
    expect(fingerprints.length).toBe(14);
  });

  it('finds no seed sentence’s inner words in any Arabic text', () => {
    const copied: string[] = [];
    for (const { where, text } of allTexts('ar')) {
      const prose = proseOf(text);
      for (const fp of fingerprints) {
        if (phrasesOf(prose, fp.words).some((p) => sha256(p) === fp.sha256)) {
          copied.push(`${where}: seed sentence ${fp.sha256.slice(0, 8)}`);
        }
      }
    }
    expect(copied).toEqual([]);
  });

  const SEED_DIR = '/work/shared/seed';
  const seedText = existsSync(SEED_DIR)
    ? readdirSync(SEED_DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(`${SEED_DIR}/${f}`, 'utf8'))
        .join('\n')
        // The stored copy starts with a "date YYYY-MM-DD" header that is not part of the text.
        .replace(/^\s*date \S+/, '')
    : null;

  // Where the seed itself is at hand, check the fingerprints against it and compare directly.
  it.runIf(seedText !== null)('matches the fingerprints when the seed file is present', () => {
    const computed = sentencesOf(seedText ?? '').map((s) => ({
      words: s.length - 2,
      sha256: sha256(innerPhrase(s))
    }));
    expect(computed).toEqual(fingerprints);
  });

  it.runIf(seedText !== null)('finds no seed sentence as a substring of Arabic prose', () => {
    const seed = sentencesOf(seedText ?? '').map((s) => s.join(' '));
    const found: string[] = [];
    for (const { where, text } of allTexts('ar')) {
      const prose = normalisedWords(proseOf(text)).join(' ');
      for (const sentence of seed) if (prose.includes(sentence)) found.push(where);
    }
    expect(found).toEqual([]);
  });
});
