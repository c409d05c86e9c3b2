/**
 * Every message Glose sends, one typed map per direction: request payload and response.
 * Adding a message means adding it here; the router drops anything not listed.
 */
import type { EntryType, UiLang } from '../core/glossary/types.ts';
import type { MatchKind, MatchTable } from '../core/match/index.ts';
import type { Settings } from '../core/settings.ts';
import type { PanelRequests } from './panel-protocol.ts';
import type { GlossaryRequests } from './glossary-protocol.ts';
import type { CorpusContentRequests, CorpusRequests } from './corpus-protocol.ts';
import type { ContentPart } from './content-parts.ts';
import type { PageChoices } from '../core/link-choices.ts';
import type { EntryDetails } from '../core/app/views.ts';

export type { EntryDetails };

/** What a page reports about its names: one row per entry, for the side panel and the badge. */
export interface PageEntryReport {
  entry: string;
  type: EntryType;
  count: number;
  /** Spellings the page uses, with how each was matched (misspellings flagged). */
  surfaces: Array<{ text: string; count: number; match: MatchKind }>;
}

export interface PageReport {
  url: string;
  title: string;
  lang: UiLang;
  entries: PageEntryReport[];
  total: number;
  /** ms since epoch, so the panel can tell a fresh report from a stale one. */
  at: number;
}

export type PageSetup =
  | { enabled: true; settings: Settings; table: MatchTable; types: Record<string, EntryType>; glossaryVersion: string }
  | { enabled: false; settings: Settings; reason: 'site-disabled' | 'unsupported' };

/** A card an iframe asks the top frame to draw: the mention, and its box in the top viewport. */
export interface RemoteCardTarget {
  entry: string;
  match: MatchKind;
  surface: string;
  candidates?: string[];
  alternatives?: string[];
  intended?: string;
  rect: { x: number; y: number; width: number; height: number };
}

/** Requests to the background, from content scripts, the side panel and the options page. */
export type ToBackground = BaseRequests & PanelRequests & CorpusRequests & GlossaryRequests;

/** Messages from the background to a tab's content script. */
export type ToContent = BaseContentRequests & CorpusContentRequests;

/** The core requests: page set-up, entries, settings, tabs. */
export type BaseRequests = {
  'page/setup': { req: { url: string }; res: PageSetup };
  'page/report': { req: PageReport; res: { ok: true } };
  /** franc's verdict on a text sample (it runs in the background, too heavy for every page). */
  'page/language': { req: { sample: string; declared: string }; res: { lang: 'fr' | 'en' | 'other' } };
  /** `date`: the page's, so that the card says the offices held then. */
  'entry/get': { req: { id: string; uiLang?: UiLang; date?: string }; res: EntryDetails | null };
  'entries/get': { req: { ids: string[]; uiLang?: UiLang }; res: EntryDetails[] };
  'settings/get': { req: Record<string, never>; res: Settings };
  'settings/update': { req: { patch: Partial<Settings> }; res: Settings };
  'site/set-enabled': { req: { host: string; enabled: boolean }; res: Settings };
  'tab/report': { req: { tabId: number }; res: PageReport | null };
  'tab/active': { req: Record<string, never>; res: { tabId: number | null } };
  'panel/open': { req: { entryId?: string }; res: { ok: boolean } };
  /** From an iframe's content script: show (or hide, with null) the card in the top frame. */
  'frame/card': { req: { target: RemoteCardTarget | null }; res: { ok: boolean } };
  /** Injects a part of the content script (messaging/content-parts.ts) into the asking frame. */
  'part/load': { req: { part: ContentPart }; res: { ok: boolean } };
  /** The links the reader corrected on this page (spelling key → entry id). */
  'page/link-choices': { req: { url: string }; res: { choices: PageChoices } };
  /** The reader picked another entry for a name on the card: remember it for this page. */
  'page/choose-link': { req: { url: string; surface: string; entry: string }; res: { ok: boolean } };
};

export type BaseContentRequests = {
  'content/scroll-to': { req: { entryId: string }; res: { ok: boolean } };
  'content/report-again': { req: Record<string, never>; res: { ok: true } };
  /** Keyboard navigation: move to the next (1) or previous (-1) name and open its card. */
  'content/next-mention': { req: { step: 1 | -1 }; res: { ok: boolean } };
  /** Draw (or hide) a card relayed from an iframe of this tab. */
  'content/remote-card': { req: { target: RemoteCardTarget | null }; res: { ok: true } };
  /** The reader's settings changed: ask for them again (content scripts cannot read storage). */
  'content/settings-changed': { req: Record<string, never>; res: { ok: true } };
  /** Turn Glose on or off for this page's site. */
  'content/toggle': { req: Record<string, never>; res: { ok: true } };
};

/** Broadcasts from the background to extension pages (side panel, options). */
export type ToPanel = {
  'panel/tab-updated': { req: { tabId: number }; res: void };
  'panel/show-entry': { req: { entryId: string }; res: void };
  /** A source was ingested, updated or deleted, or the corpus re-indexed. */
  'panel/corpus-changed': { req: Record<string, never>; res: void };
};

export type MessageMap = Record<string, { req: unknown; res: unknown }>;
export type Message<M extends MessageMap, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K; payload: M[K]['req'] }
  : never;
export type Handler<E extends { req: unknown; res: unknown }, Sender> = (
  payload: E['req'],
  sender: Sender,
) => Promise<E['res']> | E['res'];
export type Handlers<M extends MessageMap, Sender> = { [K in keyof M]: Handler<M[K], Sender> };
