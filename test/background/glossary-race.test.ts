/**
 * The reader's own entries are part of the glossary from the worker's first event, whatever
 * that event is. A context-menu look-up used to read the glossary synchronously before anything
 * had loaded it, which pinned the built-in entries alone until the worker restarted.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { UserGlossary } from '../../src/core/glossary/user-entries.ts';
import { createFakeBrowser, pageSender } from './fake-browser.ts';

const fake = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('webextension-polyfill', () => ({ default: (fake.current as { browser: unknown }).browser }));

const mine: UserGlossary = {
  version: 1,
  hidden: [],
  entries: [
    { id: 'zorblax-hall', type: 'place', names: { fr: 'Zorblax Hall', en: 'Zorblax Hall' }, descriptions: { fr: 'Ma note.', en: 'My note.' }, source: 'moi', origin: 'user' },
  ],
};

describe('the background on a fresh worker', () => {
  let browser: ReturnType<typeof createFakeBrowser>['browser'];

  beforeAll(async () => {
    const made = createFakeBrowser();
    fake.current = made;
    browser = made.browser;
    (globalThis as { chrome?: unknown }).chrome = browser;
    browser.storage.local.data.set('userGlossary', mine);
    await import('../../src/background/index.ts');
  });

  it('keeps the reader’s entries after a context-menu look-up came first', async () => {
    const [onClicked] = browser.contextMenus.onClicked.listeners as Array<(info: unknown, tab: unknown) => void>;
    onClicked!({ menuItemId: 'glose-look-up', selectionText: 'Zorblax Hall' }, { id: 1, windowId: 1 });
    await new Promise((r) => setTimeout(r, 50));
    const [onMessage] = browser.runtime.onMessage.listeners as Array<(m: unknown, s: unknown) => Promise<unknown>>;
    const setup = (await onMessage!({ type: 'page/setup', payload: { url: 'https://news.example/a' } }, pageSender('https://news.example/a'))) as {
      enabled: boolean;
      types: Record<string, string>;
    };
    expect(setup.enabled).toBe(true);
    expect(setup.types['zorblax-hall']).toBe('place');
    // And the look-up found the reader's entry, which needs the merged glossary too.
    expect(browser.storage.session.data.get('panel:pending-entry')).toBe('zorblax-hall');
  });
});
