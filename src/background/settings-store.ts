/**
 * Settings in browser.storage.local under one key, holding only what the reader changed.
 * Every extension context redraws on storage.onChanged, so writing here is the broadcast.
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
