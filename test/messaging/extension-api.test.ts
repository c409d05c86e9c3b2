/**
 * The messaging layer without webextension-polyfill: Chrome's callback-style listeners and the
 * polyfill's rejection envelope, both ways, and Firefox's promise-based `browser` as it is.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMessageListener, sendRuntimeMessage, sendTabMessage } from '../../src/messaging/extension-api.ts';

type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => unknown;

function fakeApi(answer: () => Promise<unknown>) {
  const listeners: Listener[] = [];
  return {
    listeners,
    api: {
      runtime: { id: 'glose-id', sendMessage: vi.fn(answer), onMessage: { addListener: (l: Listener) => listeners.push(l), removeListener: () => undefined } },
      tabs: { sendMessage: vi.fn(answer) },
      storage: { onChanged: { addListener: () => undefined, removeListener: () => undefined } },
      i18n: { getUILanguage: () => 'fr' },
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('messages in Chrome (no polyfill on this side)', () => {
  it('passes answers through and turns the polyfill’s rejection envelope back into an Error', async () => {
    const { api } = fakeApi(async () => ({ ok: true }));
    vi.stubGlobal('chrome', api);
    await expect(sendRuntimeMessage({ type: 'x', payload: {} })).resolves.toEqual({ ok: true });
    api.runtime.sendMessage.mockImplementationOnce(async () => ({ __mozWebExtensionPolyfillReject__: true, message: 'refused: page/report' }));
    await expect(sendRuntimeMessage({ type: 'x', payload: {} })).rejects.toThrow('refused: page/report');
    api.tabs.sendMessage.mockImplementationOnce(async () => ({ __mozWebExtensionPolyfillReject__: true, message: 'no article' }));
    await expect(sendTabMessage(3, { type: 'x', payload: {} }, 0)).rejects.toThrow('no article');
    expect(api.tabs.sendMessage).toHaveBeenLastCalledWith(3, { type: 'x', payload: {} }, { frameId: 0 });
  });

  it('reads a message nobody answered as undefined, as the polyfill does, and keeps other failures', async () => {
    const { api } = fakeApi(async () => {
      throw new Error('The message port closed before a response was received.');
    });
    vi.stubGlobal('chrome', api);
    await expect(sendRuntimeMessage({})).resolves.toBeUndefined();
    api.runtime.sendMessage.mockImplementationOnce(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(sendRuntimeMessage({})).rejects.toThrow(/Receiving end does not exist/);
  });

  it('answers through sendResponse, the envelope for a rejection, and stays silent for what it does not handle', async () => {
    const { api, listeners } = fakeApi(async () => undefined);
    vi.stubGlobal('chrome', api);
    addMessageListener((message) => (message === 'ignored' ? undefined : message === 'fail' ? Promise.reject(new Error('boom')) : Promise.resolve({ got: message })));
    const listener = listeners[0]!;
    const responses: unknown[] = [];
    expect(listener('ignored', {}, (r) => responses.push(r))).toBe(false);
    expect(listener('hello', {}, (r) => responses.push(r))).toBe(true);
    expect(listener('fail', {}, (r) => responses.push(r))).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(responses).toEqual([{ got: 'hello' }, { __mozWebExtensionPolyfillReject__: true, message: 'boom' }]);
  });
});

describe('messages in Firefox (native browser)', () => {
  it('returns the listener’s promise itself, so a rejection travels natively', async () => {
    const chromeApi = fakeApi(async () => undefined);
    const { api, listeners } = fakeApi(async () => ({ lang: 'fr' }));
    vi.stubGlobal('chrome', chromeApi.api);
    vi.stubGlobal('browser', api);
    const failing = Promise.reject(new Error('boom'));
    failing.catch(() => undefined);
    addMessageListener(() => failing);
    expect(chromeApi.listeners).toHaveLength(0);
    expect(listeners[0]!('m', {}, () => undefined)).toBe(failing);
    await expect(sendRuntimeMessage({})).resolves.toEqual({ lang: 'fr' });
    expect(api.runtime.sendMessage).toHaveBeenCalledTimes(1);
    expect(chromeApi.api.runtime.sendMessage).not.toHaveBeenCalled();
  });
});
