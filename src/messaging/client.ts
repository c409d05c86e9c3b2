/**
 * Typed senders: `sendToBackground('entry/get', { id })` is checked against the map in
 * protocol.ts at compile time, request and response alike.
 */
import { sendRuntimeMessage, sendTabMessage } from './extension-api.ts';
import type { ToBackground, ToContent, ToPanel } from './protocol.ts';

export async function sendToBackground<K extends keyof ToBackground>(
  type: K,
  payload: ToBackground[K]['req'],
): Promise<ToBackground[K]['res']> {
  return (await sendRuntimeMessage({ type, payload })) as ToBackground[K]['res'];
}

export async function sendToTab<K extends keyof ToContent>(
  tabId: number,
  type: K,
  payload: ToContent[K]['req'],
  frameId = 0,
): Promise<ToContent[K]['res']> {
  return (await sendTabMessage(tabId, { type, payload }, frameId)) as ToContent[K]['res'];
}

/** Broadcast to extension pages; nobody listening (no panel open) is not an error. */
export async function broadcastToPanels<K extends keyof ToPanel>(type: K, payload: ToPanel[K]['req']): Promise<void> {
  try {
    await sendRuntimeMessage({ type, payload });
  } catch {
    // "Receiving end does not exist": no side panel or options page is open.
  }
}
