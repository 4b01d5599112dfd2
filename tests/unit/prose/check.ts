/**
 * Pure checks that keep the hand-written prose honest: no figure typed by hand, no stray
 * markup, no unexpected Latin words in Arabic, no sentence lifted from another text.
 * They take the prose (see `proseOf`), i.e. text with its tokens already removed.
 */

/** Western (ASCII), Arabic-Indic and Extended Arabic-Indic (Persian) digits. */
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const DIGIT_RUN = /\S*[0-9\u0660-\u0669\u06F0-\u06F9]\S*/g;
/** A year of this era in ASCII digits, standing alone. */
const YEAR = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/g;

/**
 * The whitespace-separated fragments of `prose` that contain a digit, once four-digit years
 * (1900–2099, ASCII digits) and the listed proper names (e.g. a brand with a digit in it)
 * are set aside. An empty list means every number in the prose comes from a token.
 */
export function strayDigits(prose: string, names: readonly string[] = []): string[] {
  let rest = prose;
  for (const name of names) rest = rest.split(name).join(' ');
  rest = rest.replace(YEAR, ' ');
  return DIGIT.test(rest) ? (rest.match(DIGIT_RUN) ?? []) : [];
}

/** Characters of the inline markup that should never survive parsing into prose. */
const MARKUP = /[{}[\]]/g;

/** The markup characters left in prose: each is a token that did not parse. */
export function strayMarkup(prose: string): string[] {
  return prose.match(MARKUP) ?? [];
}

const LATIN_WORD = /[A-Za-z\u00C0-\u024F]+/g;

/**
 * The Latin-script words in `prose` that are not covered by the allow-list. Allowed entries
 * may be phrases ("Core Scientific"); longer entries are removed first so a phrase wins over
 * a word inside it, and what remains of a longer word (the "s" of "GPUs") is still reported.
 */
export function latinOutside(prose: string, allowed: readonly string[]): string[] {
  let rest = prose;
  for (const entry of [...allowed].sort((a, b) => b.length - a.length)) {
    rest = rest.split(entry).join(' ');
  }
  return rest.match(LATIN_WORD) ?? [];
}

/** Arabic short-vowel marks, shadda, sukun, dagger alif and tatweel: spelling aids, not letters. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
/** Sentence ends in Latin and Arabic script, and line breaks. */
const SENTENCE_END = /[.!?;\u061F\u061B\n]+/;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The words of a text, normalised for comparison: Arabic vowel marks and tatweel removed,
 * Latin letters lower-cased, punctuation treated as space.
 */
export function normalisedWords(text: string): string[] {
  return text
    .replace(ARABIC_MARKS, '')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

/**
 * The sentences of a text (split on . ! ? ; and their Arabic forms) that have at least
 * `minWords` words, each as its list of normalised words.
 */
export function sentencesOf(text: string, minWords = 6): string[][] {
  return text
    .split(SENTENCE_END)
    .map(normalisedWords)
    .filter((words) => words.length >= minWords);
}

/**
 * The inner words of a sentence (all but the first and last), joined by single spaces:
 * what a copy keeps even when a conjunction is glued to its first word or a suffix to its
 * last, as Arabic spelling does.
 */
export function innerPhrase(sentence: readonly string[]): string {
  return sentence.slice(1, -1).join(' ');
}

/**
 * Every run of `length` consecutive normalised words in `text`, joined by single spaces:
 * the phrases to compare against `innerPhrase` of another text's sentences.
 */
export function phrasesOf(text: string, length: number): string[] {
  const words = normalisedWords(text);
  const out: string[] = [];
  for (let i = 0; i + length <= words.length; i++) out.push(words.slice(i, i + length).join(' '));
  return out;
}

/** Arabic letters, for telling where an Arabic word starts and ends. */
const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
/** One-letter prefixes Arabic writes joined to the next word: and, so, with, for, as. */
const CLITICS = 'وفبلك';

/** Arabic text without vowel marks and tatweel, as the termbase compares it. */
export function withoutMarks(text: string): string {
  return text.replace(ARABIC_MARKS, '');
}

/**
 * The variants of `variants` that occur in `text` as whole words: for Arabic, vowel marks and
 * tatweel ignored, and a match may follow one joined prefix letter (و ف ب ل ك), so «والاستهلاك»
 * holds «الاستهلاك» but «الاستهلاكي» does not; for English, case-insensitive on word edges.
 */
export function termHits(text: string, variants: readonly string[], lang: 'en' | 'ar'): string[] {
  if (lang === 'en') {
    return variants.filter((v) => {
      const escaped = v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
    });
  }
  const plain = withoutMarks(text);
  return variants.filter((variant) => {
    const v = withoutMarks(variant);
    for (let at = plain.indexOf(v); at !== -1; at = plain.indexOf(v, at + 1)) {
      const before = plain[at - 1] ?? '';
      const after = plain[at + v.length] ?? '';
      const startsWord =
        !ARABIC_LETTER.test(before) ||
        (CLITICS.includes(before) && !ARABIC_LETTER.test(plain[at - 2] ?? ''));
      if (startsWord && !ARABIC_LETTER.test(after)) return true;
    }
    return false;
  });
}

/** The kinds a source may be (see `SOURCE_KINDS` in `$lib/prose/types`). */
const KINDS = new Set(['primary', 'press', 'secondary']);

/** A source as the rules read it: its kind and, for a copy, the id of its original. */
export interface RuleSource {
  kind?: string;
  copyOf?: string;
}

/** Something that rests on sources: a fact or a timeline event. */
export interface Claim {
  id: string;
  sources: readonly string[];
  soleSource?: string;
}

/** Ids of sources without a valid kind (primary, press or secondary). */
export function badKinds(sources: Readonly<Record<string, RuleSource>>): string[] {
  return Object.entries(sources)
    .filter(([, s]) => !KINDS.has(s.kind ?? ''))
    .map(([id]) => id);
}

/** Ids of copies whose `copyOf` names no source, names the copy itself, or names another copy. */
export function badCopies(sources: Readonly<Record<string, RuleSource>>): string[] {
  return Object.entries(sources)
    .filter(([id, s]) => {
      if (s.copyOf === undefined) return false;
      const original = sources[s.copyOf];
      return s.copyOf === id || !original || original.copyOf !== undefined;
    })
    .map(([id]) => id);
}

/** The kinds a list of sources stands for once each copy is read as its original. */
export function foldedKinds(
  ids: readonly string[],
  sources: Readonly<Record<string, RuleSource>>
): Set<string> {
  const originals = new Set(ids.map((id) => sources[id]?.copyOf ?? id));
  return new Set([...originals].map((id) => sources[id]?.kind ?? 'unknown'));
}

/**
 * The claims that break the sourcing rule, each with the reason: no primary or press source
 * once copies are folded into their originals, and no `soleSource` saying why; or a
 * `soleSource` although a primary or press source is there (a caution the page need not carry).
 */
export function unsupportedClaims(
  claims: readonly Claim[],
  sources: Readonly<Record<string, RuleSource>>
): string[] {
  return claims.flatMap((c) => {
    const kinds = foldedKinds(c.sources, sources);
    const backed = kinds.has('primary') || kinds.has('press');
    const excused = typeof c.soleSource === 'string' && c.soleSource.trim() !== '';
    if (!backed && !excused) return [`${c.id}: no primary or press source and no soleSource`];
    if (backed && c.soleSource !== undefined)
      return [`${c.id}: soleSource but a ${[...kinds].join('/')} source`];
    return [];
  });
}
