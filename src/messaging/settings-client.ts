/**
 * Settings for extension pages and content scripts: read through the background, and
 * followed live through storage.onChanged (the background's write is the broadcast).
 */
import browser from 'webextension-polyfill';
import { normalizeSettings, type Settings } from '../core/settings.ts';
import { sendToBackground } from './client.ts';

export const getSettings = (): Promise<Settings> => sendToBackground('settings/get', {});
export const updateSettings = (patch: Partial<Settings>): Promise<Settings> => sendToBackground('settings/update', { patch });

/** Calls `listener` with the new settings whenever they change; returns the unsubscribe function. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area === 'local' && changes.settings) listener(normalizeSettings(changes.settings.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
