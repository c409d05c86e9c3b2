/**
 * The background as the browser drives it: messages through its router (validation, access,
 * handlers over the core service), keyboard commands and context-menu items, with the
 * WebExtension API in memory.
 */
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, extensionSender, pageSender } from './fake-browser.ts';

const fake = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('webextension-polyfill', () => ({ default: (fake.current as { browser: unknown }).browser }));

type Sender = ReturnType<typeof pageSender> | ReturnType<typeof extensionSender>;
let made: ReturnType<typeof createFakeBrowser>;
const send = (type: string, payload: unknown, sender: Sender): Promise<unknown> | undefined =>
  (made.browser.runtime.onMessage.listeners[0] as (m: unknown, s: unknown) => Promise<unknown> | undefined)({ type, payload }, sender);
const command = (name: string, tab?: unknown) => (made.browser.commands.onCommand.listeners[0] as (c: string, t: unknown) => Promise<void>)(name, tab);
const settled = () => new Promise((r) => setTimeout(r, 20));
const page = 'https://www.news.example/article';

beforeAll(async () => {
  made = createFakeBrowser();
  fake.current = made;
  (globalThis as { chrome?: unknown }).chrome = made.browser;
  await import('../../src/background/index.ts');
});

beforeEach(async () => {
  await made.browser.storage.local.set({ settings: {} });
  made.sentToTabs.length = 0;
});

describe('messages through the router', () => {
  it('sets a page up with the match table, and says when its site is off', async () => {
    const on = (await send('page/setup', { url: page }, pageSender(page))) as { enabled: boolean; types: Record<string, string> };
    expect(on.enabled).toBe(true);
    expect(on.types['kim-jong-un']).toBe('person');
    await send('site/set-enabled', { host: 'news.example', enabled: false }, pageSender(page));
    expect(await send('page/setup', { url: page }, pageSender(page))).toMatchObject({ enabled: false, reason: 'site-disabled' });
    expect(await send('page/setup', { url: 'chrome://newtab' }, extensionSender())).toMatchObject({ enabled: false, reason: 'unsupported' });
  });

  it('shows an entry in the style the settings say, with the others its spelling may stand for', async () => {
    await send('settings/update', { patch: { koreanStyle: 'mr' } }, pageSender(page));
    expect(await send('entry/get', { id: 'kim-jong-un', uiLang: 'fr' }, pageSender(page))).toMatchObject({ display: 'Kim Chŏngŭn' });
    const withOthers = (await send('entry/get', { id: 'kim-jong-un', uiLang: 'fr', also: ['kim-jong-il', 'nobody'] }, pageSender(page))) as { also: Array<{ display: string }> };
    expect(withOthers.also.map((d) => d.display)).toEqual(['Kim Chŏngil']);
    const [hit] = (await send('panel/search', { query: 'Kim Jong-un', uiLang: 'fr', limit: 1 }, extensionSender())) as Array<{ id: string; display: string }>;
    expect(hit).toMatchObject({ id: 'kim-jong-un', display: 'Kim Chŏngŭn' });
  });

  it('refuses a page what only extension pages may ask, and drops malformed requests', async () => {
    await expect(send('settings/update', { patch: { disabledSites: [] } }, pageSender(page))).rejects.toThrow(/glose:refused/);
    await expect(send('panel/search', { query: 'Kim' }, pageSender(page))).rejects.toThrow(/glose:refused/);
    await expect(send('site/set-enabled', { host: 'other.example', enabled: false }, pageSender(page))).rejects.toThrow(/glose:refused/);
    expect(send('entry/get', { id: 42 }, pageSender(page))).toBeUndefined();
    expect(send('no/such-type', {}, extensionSender())).toBeUndefined();
  });

  it('tells every tab when settings change', async () => {
    made.browser.tabs.tabs = [{ id: 7, url: page, windowId: 1 }];
    await send('settings/update', { patch: { russianStyle: 'iso9' } }, extensionSender());
    await settled();
    // A style switch carries its values: the frames redraw without asking back.
    expect(made.sentToTabs).toContainEqual({ tabId: 7, message: { type: 'content/settings-changed', payload: { changes: { russianStyle: 'iso9' } } }, frameId: undefined });
    made.sentToTabs.length = 0;
    // A site turned off does not: each frame asks for its own view (a page sees its own site only).
    await send('site/set-enabled', { host: 'news.example', enabled: false }, extensionSender());
    await settled();
    expect(made.sentToTabs).toContainEqual({ tabId: 7, message: { type: 'content/settings-changed', payload: {} }, frameId: undefined });
    made.browser.tabs.tabs = [];
  });
});

describe('keyboard commands', () => {
  it('Alt+Shift+K moves to the next Korean style', async () => {
    await command('cycle-korean-style');
    expect(made.browser.storage.local.data.get('settings')).toEqual({ koreanStyle: 'rr' });
  });

  it('Alt+Shift+G turns the tab’s site off, then on again', async () => {
    const tab = { id: 3, url: page, windowId: 1 };
    await command('toggle-page', tab);
    expect(made.browser.storage.local.data.get('settings')).toEqual({ disabledSites: ['news.example'] });
    await command('toggle-page', tab);
    expect(made.browser.storage.local.data.get('settings')).toEqual({});
  });

  it('Alt+Shift+N asks the tab for its next name', async () => {
    await command('next-name', { id: 5, url: page, windowId: 1 });
    expect(made.sentToTabs).toContainEqual({ tabId: 5, message: { type: 'content/next-mention', payload: { step: 1 } }, frameId: 0 });
  });
});
