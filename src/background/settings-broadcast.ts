/**
 * Telling content scripts that the settings (or the reader's entries) changed: they cannot read storage (browser-ports.ts
 * locks it to the extension), while extension pages follow storage.onChanged themselves.
 */
import browser from 'webextension-polyfill';
import { settingsNews } from '../core/app/settings-news.ts';

/** Every frame of every tab: the reader's entries changed, read the page again. */
export async function notifyTabsOfGlossary(): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'content/glossary-changed', payload: {} }).catch(() => undefined))));
}

/** Every frame of every tab, one message each (core/app/settings-news.ts says with what). */
export async function notifyTabsOfSettings(change: { oldValue?: unknown; newValue?: unknown }): Promise<void> {
  const payload = settingsNews(change.oldValue, change.newValue);
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'content/settings-changed', payload }).catch(() => undefined))),
  );
}
