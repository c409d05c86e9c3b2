import { describe, expect, it, vi } from 'vitest';
import { classifySender, isAllowed, isRefusal, RequestRefused, type Caller } from '../../src/messaging/senders.ts';
import { settingsForPage } from '../../src/messaging/page-settings.ts';
import { siteOf } from '../../src/core/app/sites.ts';
import { TO_BACKGROUND, type ToBackground } from '../../src/messaging/to-background.ts';
import { createRouter } from '../../src/messaging/router.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const content = (url: string, tabId = 7): Caller => classifySender({ id: ID, url, tab: { id: tabId }, frameId: 0 }, ID, ORIGIN);
const extension: Caller = { kind: 'extension' };

describe('classifySender', () => {
  it('tells an extension page by its URL under the extension origin, with or without a tab', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}src/sidepanel/index.html` }, ID, ORIGIN)).toEqual({ kind: 'extension' });
    // The options page opened in a tab still is an extension page.
    expect(classifySender({ id: ID, url: `${ORIGIN}src/options/index.html`, tab: { id: 3 } }, ID, ORIGIN)).toEqual({ kind: 'extension' });
  });

  it('tells a content script by its page URL, with its tab, frame and site', () => {
    expect(classifySender({ id: ID, url: 'https://www.lemonde.fr/international/article.html', tab: { id: 12 }, frameId: 4 }, ID, ORIGIN)).toEqual({
      kind: 'content',
      url: 'https://www.lemonde.fr/international/article.html',
      host: 'lemonde.fr',
      tabId: 12,
      frameId: 4,
    });
  });

  it('treats another extension, a missing URL or a look-alike origin as a stranger or a page', () => {
    expect(classifySender({ id: 'other', url: `${ORIGIN}x.html` }, ID, ORIGIN)).toEqual({ kind: 'stranger' });
    expect(classifySender({ id: ID }, ID, ORIGIN)).toEqual({ kind: 'stranger' });
    // A page whose URL merely contains the extension origin is still a page.
    expect(classifySender({ id: ID, url: `https://evil.example/?${ORIGIN}`, tab: { id: 1 } }, ID, ORIGIN).kind).toBe('content');
  });

  it('names file pages "file" and unparsable URLs no site', () => {
    expect(siteOf('file:///home/reader/article.html')).toBe('file');
    expect(siteOf('not a url')).toBeNull();
    expect(classifySender({ id: ID, url: 'not a url', tab: { id: 1 } }, ID, ORIGIN)).toMatchObject({ kind: 'content', host: '' });
  });
});

describe('the background access policy', () => {
  const page = content('https://news.example.org/a.html', 7);
  const allowed = <K extends keyof ToBackground>(type: K, payload: ToBackground[K]['req'], caller: Caller = page) =>
    isAllowed(TO_BACKGROUND, type, payload, caller);

  it('gives a content script what a page needs', () => {
    expect(allowed('page/setup', { url: 'https://news.example.org/a.html' })).toBe(true);
    expect(allowed('entry/get', { id: 'kim-jong-un' })).toBe(true);
    expect(allowed('settings/get', {})).toBe(true);
    expect(allowed('corpus/count', { entryId: 'aurus' })).toBe(true);
    expect(allowed('tab/report', { tabId: 7 })).toBe(true);
  });

  it('lets a content script switch the style, but change no other setting', () => {
    expect(allowed('settings/update', { patch: { koreanStyle: 'mr' } })).toBe(true);
    expect(allowed('settings/update', { patch: { russianStyle: 'iso9', koreanStyle: 'rr' } })).toBe(true);
    expect(allowed('settings/update', { patch: { koreanStyle: 'mr', rewrite: true } })).toBe(false);
    expect(allowed('settings/update', { patch: { disabledSites: [] } })).toBe(false);
    expect(allowed('settings/update', { patch: { uiLang: 'en' } })).toBe(false);
  });

  it('lets a content script turn off its own site only', () => {
    expect(allowed('site/set-enabled', { host: 'news.example.org', enabled: false })).toBe(true);
    expect(allowed('site/set-enabled', { host: 'www.news.example.org', enabled: false })).toBe(true);
    expect(allowed('site/set-enabled', { host: 'other.example', enabled: false })).toBe(false);
    expect(allowed('site/set-enabled', { host: '', enabled: false }, content('not a url'))).toBe(false);
  });

  it('lets a content script read and record the corrected links of its own page only', () => {
    const url = 'https://news.example.org/a.html';
    const page = content(`${url}#comments`);
    expect(allowed('page/link-choices', { url }, page)).toBe(true);
    expect(allowed('page/choose-link', { url: `${url}#top`, surface: 'Kim', entry: 'kim-yo-jong' }, page)).toBe(true);
    expect(allowed('page/link-choices', { url: 'https://news.example.org/b.html' }, page)).toBe(false);
    expect(allowed('page/choose-link', { url: 'https://other.example/a.html', surface: 'Kim', entry: 'kim-yo-jong' }, page)).toBe(false);
  });

  it('keeps other tabs, the corpus and the glossary to extension pages', () => {
    expect(allowed('tab/report', { tabId: 8 })).toBe(false);
    expect(allowed('tab/report', { tabId: 7 }, classifySender({ id: ID, url: 'https://a.example/' }, ID, ORIGIN))).toBe(false);
    for (const [type, payload] of [
      ['corpus/export', {}],
      ['corpus/list', {}],
      ['corpus/delete', { id: 'x' }],
      ['corpus/import', { text: '' }],
      ['corpus/ingest-tab', { tabId: 7 }],
      ['corpus/xref', { entryId: 'aurus' }],
      ['glossary/user', {}],
      ['glossary/import', { format: 'json', text: '{}' }],
      ['glossary/export', { format: 'csv' }],
      ['glossary/save-entry', { entry: {} }],
      ['glossary/delete-entry', { id: 'x' }],
      ['glossary/set-hidden', { id: 'x', hidden: true }],
      ['tab/active', {}],
      ['panel/entry', {}],
    ] as const) {
      expect(allowed(type as keyof ToBackground, payload as never), type).toBe(false);
      expect(allowed(type as keyof ToBackground, payload as never, extension), type).toBe(true);
    }
  });

  it('answers strangers nothing', () => {
    expect(allowed('entry/get', { id: 'kim-jong-un' }, { kind: 'stranger' })).toBe(false);
  });
});

describe('settingsForPage', () => {
  it('tells a page only whether its own site is turned off or forced on', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['private.example', 'news.example.org'], forcedSites: ['blog.example'] };
    expect(settingsForPage(settings, 'news.example.org')).toMatchObject({ disabledSites: ['news.example.org'], forcedSites: [] });
    expect(settingsForPage(settings, 'blog.example')).toMatchObject({ disabledSites: [], forcedSites: ['blog.example'] });
    expect(settingsForPage(settings, 'elsewhere.example')).toMatchObject({ disabledSites: [], forcedSites: [] });
    expect(settingsForPage(settings, 'elsewhere.example').koreanStyle).toBe(settings.koreanStyle);
  });
});

describe('router with an authorizer', () => {
  type Map = { 'a/read': { req: { id: string }; res: string }; 'a/secret': { req: Record<string, never>; res: string } };
  const handlers = { 'a/read': vi.fn(({ id }: { id: string }) => `entry ${id}`), 'a/secret': vi.fn(() => 'the whole corpus') };
  const route = createRouter<Map, { trusted: boolean }>(
    handlers,
    { 'a/read': (p) => typeof (p as { id?: unknown }).id === 'string', 'a/secret': () => true },
    (type, _payload, sender) => (type === 'a/secret' && !sender.trusted ? new RequestRefused(type, 'content') : undefined),
  );

  it('rejects a refused request with a typed refusal, without calling its handler', async () => {
    const answer = route({ type: 'a/secret', payload: {} }, { trusted: false });
    await expect(answer).rejects.toBeInstanceOf(RequestRefused);
    await expect(route({ type: 'a/secret', payload: {} }, { trusted: false })).rejects.toThrow(/^glose:refused: "a\/secret" is not answered to a content script$/);
    expect(handlers['a/secret']).not.toHaveBeenCalled();
    expect(isRefusal(await answer!.catch((e: unknown) => e))).toBe(true);
  });

  it('answers the same request from an allowed sender, and others as before', async () => {
    await expect(route({ type: 'a/secret', payload: {} }, { trusted: true })).resolves.toBe('the whole corpus');
    await expect(route({ type: 'a/read', payload: { id: 'aurus' } }, { trusted: false })).resolves.toBe('entry aurus');
  });

  it('still drops malformed requests before asking the authorizer', () => {
    expect(route({ type: 'a/read', payload: { id: 3 } }, { trusted: true })).toBeUndefined();
  });
});
