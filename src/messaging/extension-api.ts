/**
 * The few WebExtension calls that the messaging layer needs, without webextension-polyfill.
 * The polyfill is 19 KB of minified code, which the content script would otherwise load into
 * every page. The background keeps it for the rest of the API.
 *
 * Firefox's `browser` returns promises natively. In Chrome's MV3 `chrome`, `runtime.sendMessage`
 * and `tabs.sendMessage` return promises too. Only two things need care:
 * - A Chrome listener answers through `sendResponse` (return `true` to keep the channel open).
 * - A rejection has to be carried across. Where the polyfill is in use (Chrome), a listener it
 *   wraps answers a rejected promise with `{ __mozWebExtensionPolyfillReject__: true, message }`,
 *   and the sender turns that back into an Error. This layer speaks the same envelope in both
 *   directions, so it works both with the polyfill-wrapped background and with itself.
 */

export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string; windowId?: number };
  frameId?: number;
  documentId?: string;
}

/** A listener as this layer takes it: a promise to answer, or undefined to stay silent. */
export type MessageListener = (message: unknown, sender: MessageSenderLike) => Promise<unknown> | undefined;

export interface StorageChangeLike {
  oldValue?: unknown;
  newValue?: unknown;
}

type StorageListener = (changes: Record<string, StorageChangeLike>, area: string) => void;

interface RawEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

interface RawApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: RawEvent<(message: unknown, sender: MessageSenderLike, sendResponse: (response: unknown) => void) => unknown>;
  };
  tabs?: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
  storage: { onChanged: RawEvent<StorageListener> };
  i18n: { getUILanguage(): string };
}

const REJECT_MARK = '__mozWebExtensionPolyfillReject__';

interface Globals {
  browser?: RawApi;
  chrome?: RawApi;
}

/** Firefox's native `browser` (promise-based, rejections carried natively), or null in Chrome. */
function nativeBrowser(): RawApi | null {
  const g = globalThis as Globals;
  return g.browser?.runtime?.id ? g.browser : null;
}

function raw(): RawApi {
  const api = nativeBrowser() ?? (globalThis as Globals).chrome;
  if (!api?.runtime) throw new Error('Glose must run as a browser extension');
  return api;
}

/** Turns the rejection envelope of a Chrome answer back into an Error. */
function unwrap(response: unknown): unknown {
  if (typeof response === 'object' && response !== null && (response as Record<string, unknown>)[REJECT_MARK] === true) {
    const message = (response as { message?: unknown }).message;
    throw new Error(typeof message === 'string' ? message : 'An unexpected error occurred');
  }
  return response;
}

/**
 * Chrome rejects when every listener stayed silent; the polyfill (and Firefox) resolve to
 * undefined then, which is what callers expect.
 */
const PORT_CLOSED = 'The message port closed before a response was received.';

async function settle(sent: Promise<unknown>): Promise<unknown> {
  let response: unknown;
  try {
    response = await sent;
  } catch (error) {
    if (error instanceof Error && error.message === PORT_CLOSED) return undefined;
    throw error;
  }
  return unwrap(response);
}

export function sendRuntimeMessage(message: unknown): Promise<unknown> {
  return settle(raw().runtime.sendMessage(message));
}

export function sendTabMessage(tabId: number, message: unknown, frameId: number): Promise<unknown> {
  const tabs = raw().tabs;
  if (!tabs) return Promise.reject(new Error('tabs.sendMessage is not available here'));
  return settle(tabs.sendMessage(tabId, message, { frameId }));
}

/** This extension's id, to check that a message comes from Glose itself. */
export function extensionId(): string | undefined {
  return raw().runtime.id;
}

/** Listens to runtime messages; returns the function that stops listening. */
export function addMessageListener(listener: MessageListener): () => void {
  const api = raw();
  const event = api.runtime.onMessage;
  // Firefox: a returned promise is the answer, its rejection reaches the sender as one.
  const wrapped =
    api === nativeBrowser()
      ? (message: unknown, sender: MessageSenderLike) => listener(message, sender)
      : (message: unknown, sender: MessageSenderLike, sendResponse: (response: unknown) => void) => {
          const answer = listener(message, sender);
          if (!answer) return false;
          answer.then(
            (value) => sendResponse(value),
            (error: unknown) => sendResponse({ [REJECT_MARK]: true, message: error instanceof Error ? error.message : String(error) }),
          );
          return true;
        };
  event.addListener(wrapped);
  return () => event.removeListener(wrapped);
}

export function addStorageListener(listener: StorageListener): () => void {
  const event = raw().storage.onChanged;
  event.addListener(listener);
  return () => event.removeListener(listener);
}

/**
 * The reader's language as the browser knows it: the first language they accept for content
 * (navigator.language), which a French reader sets even in an English build of the browser;
 * the browser's own UI language otherwise.
 */
export function browserLanguage(): string {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return nav?.language || raw().i18n.getUILanguage();
}
