/**
 * Settings are stored in browser.storage.local under one key (browser-ports.ts), holding only
 * what the reader changed. Extension pages redraw on storage.onChanged, so writing there is
 * their broadcast; content scripts have no storage access (lockStorageToExtension) and are
 * told by message instead.
 */
import browser from 'webextension-polyfill';
import { normalizeSettings, type Settings } from '../core/settings.ts';

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

/**
 * Every frame of every tab: "settings changed", with the new values when no list of sites
 * changed (a style switch: one message per frame, no request back). A change of sites comes
 * without them: each frame then asks for its own view (a page sees only its own site).
 */
export async function notifyTabsOfSettings(change: { oldValue?: unknown; newValue?: unknown }): Promise<void> {
  const before = normalizeSettings(change.oldValue);
  const after = normalizeSettings(change.newValue);
  const changed = (Object.keys(after) as Array<keyof Settings>).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  const sitesChanged = changed.includes('disabledSites') || changed.includes('forcedSites');
  const payload = sitesChanged ? {} : { changes: Object.fromEntries(changed.map((k) => [k, after[k]])) };
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'content/settings-changed', payload }).catch(() => undefined))),
  );
}
