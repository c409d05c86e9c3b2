/**
 * A WebExtension API in memory, enough for the background to start and be driven through its
 * listeners: storage (local, session, onChanged), runtime messages, tabs, context menus,
 * commands, the action button. Every listener added is kept so a test can fire the event.
 */
type Listener = (...args: never[]) => unknown;

export interface FakeEvent {
  listeners: Listener[];
  addListener(l: Listener): void;
  removeListener(l: Listener): void;
  fire(...args: unknown[]): unknown[];
}

export function fakeEvent(): FakeEvent {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (l) => void listeners.push(l),
    removeListener: (l) => void listeners.splice(listeners.indexOf(l), 1),
    fire: (...args) => listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args)),
  };
}

function fakeArea(onChanged: FakeEvent | null, name: string) {
  const data = new Map<string, unknown>();
  const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  return {
    data,
    async get(key?: string | string[] | null) {
      const keys = key == null ? [...data.keys()] : Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, clone(data.get(k))]));
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: clone(v) };
        data.set(k, clone(v));
      }
      onChanged?.fire(changes, name);
    },
    async remove(key: string | string[]) {
      for (const k of Array.isArray(key) ? key : [key]) data.delete(k);
    },
  };
}

export const EXTENSION_ID = 'glose-test-id';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

export function createFakeBrowser() {
  const storageChanged = fakeEvent();
  const sentToTabs: Array<{ tabId: number; message: unknown; frameId?: number }> = [];
  const sentToRuntime: unknown[] = [];
  const browser = {
    storage: { local: fakeArea(storageChanged, 'local'), session: fakeArea(null, 'session'), onChanged: storageChanged },
    runtime: {
      id: EXTENSION_ID,
      getURL: (path: string) => EXTENSION_ORIGIN + path.replace(/^\//, ''),
      onMessage: fakeEvent(),
      onInstalled: fakeEvent(),
      async sendMessage(message: unknown) {
        sentToRuntime.push(message);
        return undefined;
      },
    },
    tabs: {
      tabs: [] as Array<{ id: number; url: string; windowId: number }>,
      async query() {
        return browser.tabs.tabs;
      },
      async sendMessage(tabId: number, message: unknown, options?: { frameId?: number }) {
        sentToTabs.push({ tabId, message, frameId: options?.frameId });
        return { ok: true };
      },
      async create() {
        return {};
      },
      onRemoved: fakeEvent(),
      onUpdated: fakeEvent(),
    },
    contextMenus: { create: () => 0, removeAll: async () => undefined, onClicked: fakeEvent() },
    commands: { onCommand: fakeEvent() },
    action: {
      onClicked: fakeEvent(),
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'fr' },
    scripting: { executeScript: async () => [] },
  };
  return { browser, sentToTabs, sentToRuntime };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** What a tab's content script sends, as the browser fills the sender. */
export const pageSender = (url: string, tabId = 1, frameId = 0) => ({ id: EXTENSION_ID, url, tab: { id: tabId, windowId: 1 }, frameId });
export const extensionSender = () => ({ id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/sidepanel/index.html` });
