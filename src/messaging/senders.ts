/**
 * Who sent a message, and the refusal a request gets when its table entry does not allow them.
 *
 * A content script runs inside web pages: a compromised renderer (or a page exploit that
 * reaches the content script's world) can send any message the content script can. So the
 * content script may ask only for what a page needs, and everything else (the corpus, the
 * reader's own entries, imports and exports, other tabs) answers extension pages only: each
 * table entry says which (message-table.ts).
 *
 * The browser, not the sender, fills `sender.url`: a content script's is the page's URL, an
 * extension page's (side panel, options — also when the options page is open in a tab) is
 * under the extension's own origin. That origin is what tells them apart.
 */
import { siteOf } from '../core/app/sites.ts';
import type { MessageTable } from './message-table.ts';

export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type Caller =
  | { kind: 'extension' }
  | { kind: 'content'; url: string; host: string; tabId: number | null; frameId: number }
  | { kind: 'stranger' };

export type ContentCaller = Extract<Caller, { kind: 'content' }>;

/** Tells extension pages from content scripts from anything else (another extension). */
export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): Caller {
  if (sender.id !== extensionId) return { kind: 'stranger' };
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension' };
  if (!url) return { kind: 'stranger' };
  return { kind: 'content', url, host: siteOf(url) ?? '', tabId: sender.tab?.id ?? null, frameId: sender.frameId ?? 0 };
}

/** May this caller make this (well-formed) request, by the table's entry for it? */
export function isAllowed<T extends MessageTable>(table: T, type: keyof T, payload: unknown, caller: Caller): boolean {
  if (caller.kind === 'extension') return true;
  if (caller.kind === 'stranger') return false;
  const rule = table[type]!.access;
  if (rule === undefined || rule === 'extension') return false;
  if (rule === 'content') return true;
  return rule(payload, caller);
}

/** The error a refused request rejects with; its message starts with this prefix. */
export const REFUSED_PREFIX = 'glose:refused';

export class RequestRefused extends Error {
  readonly code = 'refused';
  constructor(readonly type: string, readonly callerKind: Caller['kind']) {
    super(`${REFUSED_PREFIX}: "${type}" is not answered to a ${callerKind === 'content' ? 'content script' : 'sender outside Glose'}`);
    this.name = 'RequestRefused';
  }
}

export const isRefusal = (error: unknown): boolean => error instanceof Error && error.message.includes(REFUSED_PREFIX);
