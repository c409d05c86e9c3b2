/**
 * Requests the side panel makes of the background beyond the base ones: full entry views,
 * search, scrolling the page to a mention. Answered by src/background/panel-handlers.ts.
 */
import type { RelationKind, EntryType, UiLang, Bilingual } from '../core/glossary/types.ts';
import type { EntryDetails } from './protocol.ts';

export type PanelRequests = {
  'panel/entry': { req: { id: string; uiLang?: UiLang }; res: EntryFull | null };
  'panel/search': { req: { query: string; uiLang?: UiLang; limit?: number }; res: SearchHit[] };
  'panel/scroll-to': { req: { tabId: number; entryId: string }; res: { ok: boolean } };
};

export interface EntryFull extends EntryDetails {
  /** The name in every romanisation system, the reader's style marked. */
  romanizations: Array<{ system: string; label: Bilingual; text: string; selected: boolean }>;
  /** Every known spelling with where it comes from. */
  spellings: Array<{ text: string; kind: string; system?: string }>;
  related: Array<{ id: string; rel: RelationKind; note?: Bilingual; display: string; type: EntryType }>;
}

export interface SearchHit {
  id: string;
  display: string;
  type: EntryType;
  /** The spelling that matched the query. */
  matched: string;
  score: number;
}
