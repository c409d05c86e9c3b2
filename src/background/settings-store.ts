/**
 * Settings in browser.storage.local under one key, holding only what the reader changed.
 * Extension pages redraw on storage.onChanged, so writing here is their broadcast; content
 * scripts have no storage access (lockStorageToExtension) and are told by message instead.
 */
import browser from 'webextension-polyfill';
import { diffFromDefaults, normalizeSettings, type Settings } from '../core/settings.ts';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = normalizeSettings({ ...current, ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: diffFromDefaults(next) });
  return next;
}

/**
 * Keeps storage to the extension's own pages and worker: a page's content script world could
 * otherwise read the reader's entries and settings, or write them, without asking the
 * background. Chromium supports this for every area; where a browser does not (Firefox), the
 * call fails and the README's privacy section says what that leaves.
 */
export async function lockStorageToExtension(): Promise<void> {
  for (const area of [browser.storage.local, browser.storage.session] as Array<{ setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } | undefined>) {
    await area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  }
}

/** Every frame of every tab: "settings changed"; each content script asks for its own view. */
export async function notifyTabsOfSettings(): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'content/settings-changed', payload: {} }).catch(() => undefined),
    ),
  );
}
