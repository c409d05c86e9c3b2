/**
 * The message tables: each entry's schema checks its payload as the old hand-written validators
 * did, the access rule comes from the same entry, and extension pages receive the background's
 * broadcasts through the same router (checked, silent, only from Glose itself).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TO_BACKGROUND } from '../../src/messaging/to-background.ts';
import { BACKGROUND_TO_CONTENT } from '../../src/messaging/background-to-content.ts';
import { onPanelMessages } from '../../src/messaging/panel-receiver.ts';
import { array, literal, number, object, optional, string } from '../../src/messaging/schema.ts';

const ok = (type: keyof typeof TO_BACKGROUND, payload: unknown): boolean => TO_BACKGROUND[type].req(payload);

describe('schemas', () => {
  it('check strings, numbers, literals, optional fields and arrays by their bounds', () => {
    const s = object({ id: string(5, 1), n: optional(number({ integer: true, min: 0, max: 3 })), k: literal('a', 'b'), list: array(string(), 2) });
    expect(s({ id: 'abc', k: 'a', list: [] })).toBe(true);
    expect(s({ id: 'abc', k: 'a', list: [], extra: 'kept' })).toBe(true);
    expect(s({ id: '', k: 'a', list: [] })).toBe(false);
    expect(s({ id: 'abcdef', k: 'a', list: [] })).toBe(false);
    expect(s({ id: 'a', n: 1.5, k: 'a', list: [] })).toBe(false);
    expect(s({ id: 'a', n: 4, k: 'a', list: [] })).toBe(false);
    expect(s({ id: 'a', k: 'c', list: [] })).toBe(false);
    expect(s({ id: 'a', k: 'b', list: ['x', 'y', 'z'] })).toBe(false);
    expect(s([])).toBe(false);
    expect(s(null)).toBe(false);
    expect(number()(Number.NaN)).toBe(false);
  });
});

describe('the background’s table', () => {
  it('checks payloads as the validators it replaces did', () => {
    expect(ok('entry/get', { id: 'kim-jong-un', uiLang: 'fr', date: '2024-06' })).toBe(true);
    expect(ok('entry/get', { id: 'kim-jong-un', date: 'June 2024' })).toBe(false);
    expect(ok('entry/get', { id: 'kim-jong-un', uiLang: 'de' })).toBe(false);
    expect(ok('entry/get', { id: 'x', also: Array.from({ length: 51 }, () => 'y') })).toBe(false);
    expect(ok('settings/update', { patch: { koreanStyle: 'mr' } })).toBe(true);
    expect(ok('settings/update', { patch: 'mr' })).toBe(false);
    expect(ok('part/load', { part: 'card' })).toBe(true);
    expect(ok('part/load', { part: 'toString' })).toBe(false);
    expect(ok('corpus/export', {})).toBe(true);
    expect(ok('corpus/export', { exportId: 'abcdefgh-1234', part: 1 })).toBe(true);
    expect(ok('corpus/export', { exportId: 'abcdefgh-1234' })).toBe(false);
    expect(ok('corpus/import', { text: '', importId: 'abcdefgh', parts: 2 })).toBe(true);
    expect(ok('corpus/import', { text: '', parts: 2 })).toBe(false);
    expect(ok('corpus/import-part', { importId: 'short', index: 0, text: '' })).toBe(false);
    expect(ok('glossary/import', { format: 'xml', text: '' })).toBe(false);
    expect(ok('panel/search', { query: 'Kim', limit: 201 })).toBe(false);
    expect(ok('page/report', { url: 'u', title: 't', lang: 'fr', entries: [], total: 0 })).toBe(true);
    expect(ok('frame/card', { target: null })).toBe(true);
    expect(ok('frame/card', { target: { entry: 'x', match: 'name', surface: 's', rect: { x: 0, y: 0, width: 1, height: Infinity } } })).toBe(false);
  });

  it('says who may send each message in the same entry: content-script messages say so, the rest are for extension pages', () => {
    expect(TO_BACKGROUND['page/setup'].access).toBe('content');
    expect(TO_BACKGROUND['corpus/list'].access).toBeUndefined();
    expect(typeof TO_BACKGROUND['site/set-enabled'].access).toBe('function');
  });

  it('the content script’s table checks a style switch’s values and a bare "changed"', () => {
    expect(BACKGROUND_TO_CONTENT['content/settings-changed'].req({ changes: { koreanStyle: 'mr' } })).toBe(true);
    expect(BACKGROUND_TO_CONTENT['content/settings-changed'].req({})).toBe(true);
    expect(BACKGROUND_TO_CONTENT['content/settings-changed'].req({ changes: 'all' })).toBe(false);
    expect(BACKGROUND_TO_CONTENT['content/next-mention'].req({ step: 2 })).toBe(false);
  });
});

describe('the panel’s receiver', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('routes the background’s broadcasts to their handlers, checked, silently, and stops when asked', async () => {
    const listeners: Array<(m: unknown, s: unknown, r: (x: unknown) => void) => unknown> = [];
    vi.stubGlobal('chrome', {
      runtime: { id: 'glose-id', sendMessage: vi.fn(), onMessage: { addListener: (l: never) => listeners.push(l), removeListener: (l: never) => listeners.splice(listeners.indexOf(l), 1) } },
      storage: { onChanged: { addListener: () => undefined, removeListener: () => undefined } },
      i18n: { getUILanguage: () => 'fr' },
    });
    const shown: string[] = [];
    const stop = onPanelMessages({ 'panel/show-entry': ({ entryId }) => void shown.push(entryId) });
    const deliver = (message: unknown, sender = { id: 'glose-id' }) => listeners[0]!(message, sender, () => undefined);
    expect(deliver({ type: 'panel/show-entry', payload: { entryId: 'aurus' } })).toBe(false);
    deliver({ type: 'panel/show-entry', payload: { entryId: 42 } });
    deliver({ type: 'panel/show-entry', payload: { entryId: 'evil' } }, { id: 'another-extension' });
    deliver({ type: 'panel/tab-updated', payload: { tabId: 1 } });
    // Another page's request to the background reaches this page too: left to the background.
    expect(deliver({ type: 'corpus/list', payload: {} })).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(shown).toEqual(['aurus']);
    stop();
    expect(listeners).toHaveLength(0);
  });
});
