import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isolateRuns } from '$lib/i18n/bidi';

const isolated = (text: string) =>
  isolateRuns(text)
    .filter((p) => p.latin)
    .map((p) => p.text);

describe('isolateRuns', () => {
  it.each([
    ['قرب الصفر، 2020–2021', ['2020–2021']],
    ['رفع الفدرالي نطاق هدفه إلى 5.25–5.50%.', ['5.25–5.50%']],
    ['2020–2021: مال رخيص', ['2020–2021']],
    ['SOFR، نوفمبر 2025', ['SOFR']],
    ['DDTL 2.0، عملاء بتصنيف استثماري', ['DDTL 2.0']],
    ['ذروة 2023', []],
    ['السعر المعلن لدى CoreWeave', ['CoreWeave']],
    ['كانت ساعة H100 تُؤجَّر', ['H100']],
    ['من 1,500 - 2,000 دولار', ['1,500 - 2,000']],
    ['الاندماج مع Core Scientific، ثم', ['Core Scientific']],
    ['معالجات GPU من Nvidia', ['GPU', 'Nvidia']],
    ['رقائق H100 وGB200 NVL72', ['H100', 'GB200 NVL72']],
    [
      'تراجع سهم CRWV بعد تأخّر موقع Denton, Texas لصالح OpenAI.',
      ['CRWV', 'Denton', 'Texas', 'OpenAI']
    ],
    ['بلا أسماء لاتينية', []],
    ['', []]
  ])('%s isolates %j', (text, expected) => {
    expect(isolated(text)).toEqual(expected);
  });

  it('gives back the input when the pieces are joined', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (text) =>
          isolateRuns(text)
            .map((p) => p.text)
            .join('') === text
      )
    );
    expect(
      isolateRuns('أ 1–2 b')
        .map((p) => p.text)
        .join('')
    ).toBe('أ 1–2 b');
  });
});
