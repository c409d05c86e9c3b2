/**
 * Talking to the extension from a test as its own pages would: messages sent from the
 * service worker's context (settings changes, tab messages standing in for keyboard commands).
 */
import type { Worker } from 'playwright-core';

export async function updateSettings(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (p) => {
    const g = globalThis as unknown as { chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>>; set: (v: object) => Promise<void> } } } };
    const current = ((await g.chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await g.chrome.storage.local.set({ settings: { ...current, ...p } });
  }, patch);
}

export async function resetSettings(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const g = globalThis as unknown as { chrome: { storage: { local: { remove: (k: string) => Promise<void> } } } };
    await g.chrome.storage.local.remove('settings');
  });
}

/**
 * The id of the tab showing `url`, from the reports content scripts send (the extension has no
 * "tabs" permission, so tabs.query does not reveal URLs). Waits for the report.
 */
export async function tabIdFor(worker: Worker, url: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const id = await worker.evaluate(async (u) => {
      const g = globalThis as unknown as { chrome: { storage: { session: { get: (k: null) => Promise<Record<string, unknown>> } } } };
      const all = await g.chrome.storage.session.get(null);
      for (const [key, value] of Object.entries(all)) {
        if (key.startsWith('report:') && (value as { url: string }).url === u) return Number(key.slice(7));
      }
      return -1;
    }, url);
    if (id >= 0) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab reported ${url}`);
}

export async function sendToTab(worker: Worker, tabId: number, message: { type: string; payload: unknown }): Promise<unknown> {
  return worker.evaluate(
    async ([id, m]) => {
      const g = globalThis as unknown as { chrome: { tabs: { sendMessage: (id: number, m: unknown, o: object) => Promise<unknown> } } };
      return g.chrome.tabs.sendMessage(id, m, { frameId: 0 });
    },
    [tabId, message] as const,
  );
}
