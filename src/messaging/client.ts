/**
 * Typed senders: `sendToBackground('entry/get', { id })` is checked against the direction's
 * table at compile time, request and response alike.
 */
import { sendRuntimeMessage, sendTabMessage } from './extension-api.ts';
import type { ToBackground } from './to-background.ts';
import type { BackgroundToContent } from './background-to-content.ts';
import type { BackgroundToPanel } from './background-to-panel.ts';

export async function sendToBackground<K extends keyof ToBackground>(type: K, payload: ToBackground[K]['req']): Promise<ToBackground[K]['res']> {
  return (await sendRuntimeMessage({ type, payload })) as ToBackground[K]['res'];
}

export async function sendToTab<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  payload: BackgroundToContent[K]['req'],
  frameId = 0,
): Promise<BackgroundToContent[K]['res']> {
  return (await sendTabMessage(tabId, { type, payload }, frameId)) as BackgroundToContent[K]['res'];
}

/** Broadcast to extension pages; nobody listening (no panel open) is not an error. */
export async function broadcastToPanels<K extends keyof BackgroundToPanel>(type: K, payload: BackgroundToPanel[K]['req']): Promise<void> {
  try {
    await sendRuntimeMessage({ type, payload });
  } catch {
    // "Receiving end does not exist": no side panel or options page is open.
  }
}
