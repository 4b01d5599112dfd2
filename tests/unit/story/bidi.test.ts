import { describe, expect, it } from 'vitest';
import { splitLatinRuns } from '$lib/story/bidi';

const latin = (text: string) =>
  splitLatinRuns(text)
    .filter((p) => p.latin)
    .map((p) => p.text);

describe('splitLatinRuns', () => {
  it.each([
    ['خسرت CoreWeave الكثير', ['CoreWeave']],
    ['الاندماج مع Core Scientific، ثم', ['Core Scientific']],
    ['لصالح OpenAI.', ['OpenAI']],
    ['معالجات GPU من Nvidia', ['GPU', 'Nvidia']],
    ['مؤشر SOFR 3.95', ['SOFR']],
    ['رقائق H100 وGB200 NVL72', ['H100', 'GB200 NVL72']],
    ['بلا أسماء لاتينية', []],
    ['', []]
  ])('%s → %j', (text, expected) => {
    expect(latin(text)).toEqual(expected);
  });

  it('gives back the input when the pieces are joined', () => {
    const text = 'تراجع سهم CRWV بعد تأخّر موقع Denton, Texas لصالح OpenAI.';
    expect(
      splitLatinRuns(text)
        .map((p) => p.text)
        .join('')
    ).toBe(text);
    expect(latin(text)).toEqual(['CRWV', 'Denton', 'Texas', 'OpenAI']);
  });
});
