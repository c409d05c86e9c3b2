/**
 * A card's « add » for a name without an entry: the draft entry (core/unknown/draft.ts) is left
 * in session storage for the options page, which is opened (or brought forward) to finish it.
 */
import browser from 'webextension-polyfill';
import { unknownDraft } from '../core/unknown/draft.ts';
import { PENDING_DRAFT_KEY } from '../messaging/draft-keys.ts';

export async function openEntryDraft(name: string, origin: 'ko' | 'ru', original: string): Promise<{ ok: boolean }> {
  await browser.storage.session.set({ [PENDING_DRAFT_KEY]: unknownDraft(name, origin, original) });
  await browser.runtime.openOptionsPage();
  return { ok: true };
}
