import { describe, expect, it } from 'vitest';
import {
  innerPhrase,
  latinOutside,
  normalisedWords,
  phrasesOf,
  sentencesOf,
  strayDigits,
  strayMarkup
} from './check';

describe('strayDigits', () => {
  const cases: { prose: string; names?: string[]; expected: string[] }[] = [
    { prose: 'No numbers here.', expected: [] },
    { prose: 'In 2025 and 1999 only years.', expected: [] },
    { prose: 'Down 46% in weeks.', expected: ['46%'] },
    // A five-digit run is not a year; nor is a year glued to more digits.
    { prose: 'In 20250 units.', expected: ['20250'] },
    // Arabic-Indic (٤٦) and Persian (۴۶) digits count as digits.
    { prose: 'تراجع ٤٦ بالمئة', expected: ['٤٦'] },
    { prose: 'تراجع ۴۶ بالمئة', expected: ['۴۶'] },
    { prose: 'From xStation5 in 2025.', names: ['xStation5'], expected: [] },
    { prose: 'From xStation5.', expected: ['xStation5.'] }
  ];
  it.each(cases)('$prose → $expected', ({ prose, names, expected }) => {
    expect(strayDigits(prose, names)).toEqual(expected);
  });
});

describe('strayMarkup', () => {
  it('reports each bracket or brace left in prose', () => {
    expect(strayMarkup('a {fact:x b [c]')).toEqual(['{', '[', ']']);
    expect(strayMarkup('clean text')).toEqual([]);
  });
});

describe('latinOutside', () => {
  const allow = ['CoreWeave', 'Core Scientific', 'GPU'];
  const cases: { prose: string; expected: string[] }[] = [
    { prose: 'اشترت CoreWeave معالجات GPU', expected: [] },
    { prose: 'صفقة Core Scientific', expected: [] },
    // The phrase is allowed, a lone part of it is not.
    { prose: 'شركة Scientific', expected: ['Scientific'] },
    // What is left of a longer word is still reported.
    { prose: 'معالجات GPUs', expected: ['s'] },
    { prose: 'the company شركة', expected: ['the', 'company'] }
  ];
  it.each(cases)('$prose → $expected', ({ prose, expected }) => {
    expect(latinOutside(prose, allow)).toEqual(expected);
  });
});

describe('normalisedWords', () => {
  it('drops Arabic vowel marks and tatweel, lower-cases Latin and splits on punctuation', () => {
    // "تُعتبر" with a damma becomes "تعتبر"; "كـبير" with a tatweel becomes "كبير".
    expect(normalisedWords('تُعتبر، كـبير! CoreWeave.')).toEqual(['تعتبر', 'كبير', 'coreweave']);
  });
});

describe('sentencesOf', () => {
  it('splits on Latin and Arabic sentence ends and keeps sentences of six words or more', () => {
    const text = 'one two three. a b c d e f؟ ا ب ت ث ج ح خ؛ short one';
    expect(sentencesOf(text)).toEqual([
      ['a', 'b', 'c', 'd', 'e', 'f'],
      ['ا', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ']
    ]);
  });
});

describe('innerPhrase and phrasesOf', () => {
  it('finds a sentence whose first and last words were changed by attached letters', () => {
    // Sentence "انخفض سعر السهم بنسبة كبيرة جدا": inner words "سعر السهم بنسبة كبيرة" (4).
    const [sentence] = sentencesOf('انخفض سعر السهم بنسبة كبيرة جدا.');
    const inner = innerPhrase(sentence ?? []);
    expect(inner).toBe('سعر السهم بنسبة كبيرة');
    // The copy glues "و" to the first word and "ً" to the last: the inner words still match.
    expect(phrasesOf('ثم وانخفض سعر السهم بنسبة كبيرة جداً أمس', 4)).toContain(inner);
    expect(phrasesOf('تراجع ثمن السهم كثيرًا', 4)).not.toContain(inner);
  });
});
