import { describe, expect, it } from 'vitest';
import { createTranslator, resolveUiLang } from '../../src/core/i18n.ts';

describe('UI strings', () => {
  it('follows the reader’s choice, else the browser language, else English', () => {
    expect(resolveUiLang('fr', 'en-US')).toBe('fr');
    expect(resolveUiLang('auto', 'fr-CA')).toBe('fr');
    expect(resolveUiLang('auto', 'de-DE')).toBe('en');
    expect(resolveUiLang('auto', undefined)).toBe('en');
  });

  it('fills chrome.i18n placeholders and falls back to the other language', () => {
    const t = createTranslator(
      { count: { message: '$N$ mentions de $WHO$', placeholders: { n: { content: '$1' }, who: { content: '$2' } } } },
      { only: { message: 'only in English' } },
    );
    expect(t('count', 3, 'Kim')).toBe('3 mentions de Kim');
    expect(t('only')).toBe('only in English');
    expect(t('missing')).toBe('missing');
  });

  it('picks the plural form of the language from the first number (fr: 0 and 1 are singular)', () => {
    const forms = (one: string, other: string) => ({
      n_one: { message: one, placeholders: { count: { content: '$1' } } },
      n_other: { message: other, placeholders: { count: { content: '$1' } } },
    });
    const fr = createTranslator(forms('$COUNT$ mention', '$COUNT$ mentions'), undefined, 'fr');
    const en = createTranslator(forms('$COUNT$ mention', '$COUNT$ mentions'), undefined, 'en');
    // Numbers in the language's way: French groups thousands with a narrow no-break space.
    expect([0, 1, 2, 1000].map((n) => fr('n', n))).toEqual(['0 mention', '1 mention', '2 mentions', '1\u202f000 mentions']);
    expect(en('n', 12345)).toBe('12,345 mentions');
    expect([0, 1, 2].map((n) => en('n', n))).toEqual(['0 mentions', '1 mention', '2 mentions']);
    // A string before the count does not count.
    const titled = createTranslator(
      { a_one: { message: '« $T$ », $C$ mention', placeholders: { t: { content: '$1' }, c: { content: '$2' } } }, a_other: { message: '« $T$ », $C$ mentions', placeholders: { t: { content: '$1' }, c: { content: '$2' } } } },
      undefined,
      'fr',
    );
    expect(titled('a', 'Aurus', 1)).toBe('« Aurus », 1 mention');
    expect(titled('a', 'Aurus', 12)).toBe('« Aurus », 12 mentions');
  });
});
