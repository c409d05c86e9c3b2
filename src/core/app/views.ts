/**
 * What the product shows of an entry, as every extension context receives it: the name in the
 * reader's style (the card, lists), and the full view of the side panel (every romanisation,
 * every spelling with its origin, related entries), and search hits.
 */
import type { Bilingual, EntryType, GlossaryEntry, RelationKind } from '../glossary/types.ts';
import type { HeldOffice } from '../glossary/roles.ts';

export interface EntryDetails {
  entry: GlossaryEntry;
  /** The name in the reader's chosen style and UI language. */
  display: string;
  /** The offices it held on the page's date (today's without one), for the card. */
  offices?: HeldOffice[];
}

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
