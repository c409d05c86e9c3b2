/**
 * Settings for extension pages and content scripts: read through the background, and
 * followed live through storage.onChanged (the background's write is the broadcast).
 */
import { addStorageListener, type StorageChangeLike } from './extension-api.ts';
import { normalizeSettings, type Settings } from '../core/settings.ts';
import { sendToBackground } from './client.ts';

export const getSettings = (): Promise<Settings> => sendToBackground('settings/get', {});
export const updateSettings = (patch: Partial<Settings>): Promise<Settings> => sendToBackground('settings/update', { patch });

/** Calls `listener` with the new settings whenever they change; returns the unsubscribe function. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return addStorageListener((changes: Record<string, StorageChangeLike>, area: string): void => {
    if (area === 'local' && changes.settings) listener(normalizeSettings(changes.settings.newValue));
  });
}

/**
 * The settings now and whenever they change: a first read through the background, then every
 * change (`isChange` tells them apart). A change that arrives before the first read's answer wins over that (older) answer.
 * Returns the unsubscribe function.
 */
export function watchSettings(listener: (settings: Settings, isChange: boolean) => void): () => void {
  let changed = false;
  void getSettings().then((s) => {
    if (!changed) listener(s, false);
  });
  return onSettingsChanged((s) => {
    changed = true;
    listener(s, true);
  });
}
