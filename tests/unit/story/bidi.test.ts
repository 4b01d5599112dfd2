import { describe, expect, it } from 'vitest';
import { isolateRuns } from '$lib/i18n/bidi';

// The story's Arabic prose goes through the same splitter as the explorer's labels.
const latin = (text: string) =>
  isolateRuns(text)
    .filter((p) => p.latin)
    .map((p) => p.text);

describe('isolateRuns on story prose', () => {
  it.each([
    ['خسرت CoreWeave الكثير', ['CoreWeave']],
    ['الاندماج مع Core Scientific، ثم', ['Core Scientific']],
    ['لصالح OpenAI.', ['OpenAI']],
    ['معالجات GPU من Nvidia', ['GPU', 'Nvidia']],
    ['رقائق H100 وGB200 NVL72', ['H100', 'GB200 NVL72']],
    ['بلا أسماء لاتينية', []],
    ['', []]
  ])('%s → %j', (text, expected) => {
    expect(latin(text)).toEqual(expected);
  });

  it('keeps punctuation outside the runs and gives back the input', () => {
    const text = 'تراجع سهم CRWV بعد تأخّر موقع Denton, Texas لصالح OpenAI.';
    expect(
      isolateRuns(text)
        .map((p) => p.text)
        .join('')
    ).toBe(text);
    expect(latin(text)).toEqual(['CRWV', 'Denton', 'Texas', 'OpenAI']);
  });
});
