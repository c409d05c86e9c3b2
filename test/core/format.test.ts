import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/core/format.ts';

// Intl puts a no-break space (U+00A0 or U+202F, by CLDR version) between figures and units:
// compared here with plain spaces.
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/gu, ' ');

describe('formatting in the reader’s language', () => {
  const fr = createFormatter('fr');
  const en = createFormatter('en');

  it('sizes in Mo/Go for a French reader, MB/GB for an English one', () => {
    expect(plain(fr.bytes(1.2 * 1024 * 1024))).toBe('1,2 Mo');
    expect(plain(fr.bytes(10.7 * 1024 ** 3))).toBe('10,7 Go');
    expect(plain(fr.bytes(512))).toBe('512 o');
    expect(en.bytes(1.2 * 1024 * 1024)).toBe('1.2 MB');
    expect(en.bytes(10.7 * 1024 ** 3)).toBe('10.7 GB');
  });

  it('dates at the precision the data has, in the reader’s words', () => {
    expect(fr.date('2024-06')).toBe('juin 2024');
    expect(en.date('2024-06')).toBe('June 2024');
    expect(fr.date('2024-03-06')).toBe('6 mars 2024');
    expect(en.date('2024-03-06')).toBe('March 6, 2024');
    expect(fr.date('2024')).toBe('2024');
    // A calendar day stays that day whatever the time zone, and odd data is kept as it is.
    expect(fr.date('2024-01-01')).toBe('1 janvier 2024');
    expect(fr.date('bientôt')).toBe('bientôt');
  });

  it('numbers with the language’s separators', () => {
    expect(plain(fr.number(12345.5))).toBe('12 345,5');
    expect(en.number(12345.5)).toBe('12,345.5');
  });
});
