/**
 * The data that messages carry, shared by several of them: a page's report of its names, its
 * set-up, a card relayed from an iframe, an article extracted for the corpus, a source as the
 * options page lists it. Payloads that a receiver checks are schemas (their type follows);
 * answers, which come from Glose's own background, are types.
 */
import type { EntryType, UiLang } from '../core/glossary/types.ts';
import type { MatchKind, MatchTable } from '../core/match/index.ts';
import type { Settings } from '../core/settings.ts';
import type { CorpusCrossReferences, CorpusXrefMention, CorpusXrefSource } from '../core/corpus/types.ts';
import type { ImportError, UserGlossary } from '../core/glossary/user-entries.ts';
import type { VisibleHints } from '../core/corpus/visible-metadata.ts';
import type { SourceFields } from '../core/corpus/edit.ts';
import { array, literal, number, object, optional, string, typed, type Infer } from './schema.ts';

export type { EntryDetails, EntryFull, SearchHit } from '../core/app/views.ts';

/** An entry id (and anything standing for one: a source id, an entry to show). */
export const id = string(200, 1);
export const uiLang = optional(literal('fr', 'en'));
export const tabId = number({ integer: true, min: 0 });

/** What a page reports about its names: one row per entry, for the side panel and the badge. */
export interface PageEntryReport {
  entry: string;
  type: EntryType;
  count: number;
  /** Spellings the page uses, with how each was matched (misspellings flagged). */
  surfaces: Array<{ text: string; count: number; match: MatchKind }>;
}

/** A name without an entry on the page (Korean- or Russian-shaped): its first spelling, and how often it appears. */
export interface UnknownNameReport {
  name: string;
  origin: 'ko' | 'ru';
  count: number;
}

export interface PageReport {
  url: string;
  title: string;
  lang: UiLang;
  entries: PageEntryReport[];
  /** The names without an entry, apart from the entries (absent in a report from before them). */
  unknown?: UnknownNameReport[];
  total: number;
  /** ms since epoch, so the panel can tell a fresh report from a stale one. */
  at: number;
}

export type PageSetup =
  | { enabled: true; settings: Settings; table: MatchTable; types: Record<string, EntryType>; glossaryVersion: string }
  | { enabled: false; settings: Settings; reason: 'site-disabled' | 'unsupported' };

const rect = object({ x: number(), y: number(), width: number(), height: number() });

/** A card an iframe asks the top frame to draw: the mention, and its box in the top viewport. */
export const remoteCardTarget = object({
  entry: string(200),
  // The card only shows it; any string a frame of this tab sends is harmless text.
  match: typed<MatchKind>(string(50)),
  surface: string(500),
  candidates: optional(array(string(), 50)),
  alternatives: optional(array(string(), 50)),
  intended: optional(string()),
  rect,
});
export type RemoteCardTarget = Infer<typeof remoteCardTarget>;

/** The longest text one import message carries (characters): well under 64 MiB even as UTF-8 or escaped. */
export const IMPORT_PART_CHARS = 8_000_000;

/** The largest page sent whole to the background for Readability (characters of HTML). */
export const MAX_PAGE_HTML = 8_000_000;

/** What a content script hands over for ingestion: the article's paragraphs and the raw metadata. */
export interface ExtractedPage {
  url: string;
  canonical: string | null;
  title: string;
  /** The document's <title>, when `title` is the article's <h1>. */
  documentTitle?: string;
  paragraphs: string[];
  /**
   * The page's DOM as HTML when the content script found no article of its own (`paragraphs`
   * is then empty): the background reads it with Readability. Absent on pages over MAX_PAGE_HTML.
   */
  html?: string;
  htmlLang: string;
  metaTags: Array<{ name?: string; property?: string; itemprop?: string; content: string }>;
  jsonLd: string[];
  /** What the article shows of its author and date (core/corpus/visible-metadata.ts); bounded again by the background. */
  visible?: VisibleHints;
}

export type IngestResult = { ok: true; sourceId: string; title: string; mentions: number; updated: boolean; fields: SourceFields } | { ok: false; error: string };

/** A source as the options page lists it. */
export interface SourceSummary {
  id: string;
  title: string;
  url: string | null;
  outlet: string | null;
  date: string | null;
  lang: string;
  mentions: number;
  ingestedAt: string;
}

/** Cross-references as the side panel receives them: exactly what core's crossReferences() returns. */
export type XrefMention = CorpusXrefMention;
export type XrefSource = CorpusXrefSource;
export type CrossReferences = CorpusCrossReferences;

export type GlossaryFormat = 'json' | 'csv';
export type SaveResult = { ok: true; glossary: UserGlossary } | { ok: false; errors: ImportError[] };
