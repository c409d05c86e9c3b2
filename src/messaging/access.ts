/**
 * Who may send each request to the background.
 *
 * A content script runs inside web pages: a compromised renderer (or a page exploit that
 * reaches the content script's world) can send any message the content script can. So the
 * content script may ask only for what a page needs — the match table, an entry's card data,
 * the settings as its own page sees them, the style switch and "off for this site" for its
 * own site, its own tab's report — and everything else (the corpus, the reader's own
 * entries, imports and exports, other tabs) answers extension pages only.
 *
 * The browser, not the sender, fills `sender.url`: a content script's is the page's URL, an
 * extension page's (side panel, options — also when the options page is open in a tab) is
 * under the extension's own origin. That origin is what tells them apart.
 */
import type { ToBackground } from './protocol.ts';
import { isSiteDisabled, isSiteForced, normalizeSite, type Settings } from '../core/settings.ts';
import { pageKey } from '../core/link-choices.ts';

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

/**
 * - `extension`: extension pages only;
 * - `content`: content scripts too;
 * - a function: content scripts too, when it accepts the payload for that caller.
 */
export type AccessRule<P> = 'extension' | 'content' | ((payload: P, caller: ContentCaller) => boolean);
export type AccessPolicy<M extends Record<string, { req: unknown }>> = { [K in keyof M]: AccessRule<M[K]['req']> };

/** The host a content script's page stands for, as settings name sites (file pages: "file"). */
export function hostOfPage(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' ? 'file' : normalizeSite(u.hostname);
  } catch {
    return '';
  }
}

/** Tells extension pages from content scripts from anything else (another extension). */
export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): Caller {
  if (sender.id !== extensionId) return { kind: 'stranger' };
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension' };
  if (!url) return { kind: 'stranger' };
  return { kind: 'content', url, host: hostOfPage(url), tabId: sender.tab?.id ?? null, frameId: sender.frameId ?? 0 };
}

/** The settings keys a content script may change: the card's style switch. */
const CONTENT_SETTINGS_KEYS = new Set(['koreanStyle', 'russianStyle']);


export const BACKGROUND_ACCESS: AccessPolicy<ToBackground> = {
  'page/setup': 'content',
  'page/report': 'content',
  'page/language': 'content',
  'entry/get': 'content',
  'entries/get': 'content',
  'settings/get': 'content',
  'settings/update': ({ patch }) => Object.keys(patch).every((k) => CONTENT_SETTINGS_KEYS.has(k)),
  // "Off for this site" from the card, Alt+Shift+G: the page's own site, never another.
  'site/set-enabled': ({ host }, caller) => caller.host !== '' && normalizeSite(host) === caller.host,
  'tab/report': ({ tabId }, caller) => caller.tabId !== null && tabId === caller.tabId,
  'tab/active': 'extension',
  'panel/open': 'content',
  'frame/card': 'content',
  'part/load': 'content',
  // A page's corrected links: its own page only, never another's (they say what the reader read).
  'page/link-choices': ({ url }, caller) => pageKey(url) === pageKey(caller.url),
  'page/choose-link': ({ url }, caller) => pageKey(url) === pageKey(caller.url),
  'panel/entry': 'extension',
  'panel/search': 'extension',
  'panel/scroll-to': 'extension',
  // The card's "cited by N sources".
  'corpus/count': 'content',
  'corpus/xref': 'extension',
  'corpus/ingest-tab': 'extension',
  'corpus/list': 'extension',
  'corpus/delete': 'extension',
  'corpus/update': 'extension',
  'corpus/export': 'extension',
  'corpus/import': 'extension',
  'corpus/import-part': 'extension',
  'glossary/user': 'extension',
  'glossary/save-entry': 'extension',
  'glossary/delete-entry': 'extension',
  'glossary/set-hidden': 'extension',
  'glossary/import': 'extension',
  'glossary/export': 'extension',
};

export function isAllowed<M extends Record<string, { req: unknown }>, K extends keyof M>(
  policy: AccessPolicy<M>,
  type: K,
  payload: M[K]['req'],
  caller: Caller,
): boolean {
  if (caller.kind === 'extension') return true;
  if (caller.kind === 'stranger') return false;
  const rule = policy[type];
  if (rule === 'extension') return false;
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

export const isRefusal = (error: unknown): boolean =>
  error instanceof Error && error.message.includes(REFUSED_PREFIX);

/**
 * Settings as a page's content script sees them: the reader's lists of sites turned off or
 * forced on say where they read, so a page learns only whether its own site is on them.
 */
export function settingsForPage(settings: Settings, host: string): Settings {
  return {
    ...settings,
    disabledSites: isSiteDisabled(settings, host) ? [host] : [],
    forcedSites: isSiteForced(settings, host) ? [host] : [],
  };
}
