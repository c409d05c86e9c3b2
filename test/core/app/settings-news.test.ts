/** What frames are told when settings change: the values of a style switch, nothing of sites. */
import { describe, expect, it } from 'vitest';
import { settingsNews } from '../../../src/core/app/settings-news.ts';

describe('settings news for content scripts', () => {
  it('carries the values that changed, read safely', () => {
    expect(settingsNews({ koreanStyle: 'rr' }, { koreanStyle: 'mr', uiLang: 'en' })).toEqual({ changes: { koreanStyle: 'mr', uiLang: 'en' } });
    expect(settingsNews(undefined, { koreanStyle: 'klingon' })).toEqual({ changes: {} });
  });

  it('carries no values when a list of sites changed: each page asks for its own view', () => {
    expect(settingsNews({}, { disabledSites: ['news.example'], koreanStyle: 'mr' })).toEqual({});
    expect(settingsNews({ forcedSites: ['blog.example'] }, {})).toEqual({});
  });
});
