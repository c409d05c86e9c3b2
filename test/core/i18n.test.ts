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
});
