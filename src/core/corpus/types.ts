/**
 * The reader's corpus: sources they ingested (article text split in paragraphs, with its
 * metadata) and the glossary mentions found in them. The same shapes live in IndexedDB (the
 * extension), in memory (CLI, tests) and in the JSONL export, so the query code in xref.ts
 * runs unchanged over any of them through `CorpusStore`.
 */
import type { MatchKind } from '../match/index.ts';

export type CorpusLang = 'fr' | 'en' | 'other';

export interface CorpusSource {
  /** Stable: 'u-' + hash of the canonical URL, or 'h-' + content hash when there is no URL. */
  id: string;
  /** Canonical URL (see canonicalizeUrl), or null for local files and pasted text. */
  url: string | null;
  title: string;
  outlet: string | null;
  author: string | null;
  /** Publication date, ISO (YYYY-MM-DD, as the publisher dated it). */
  date: string | null;
  lang: CorpusLang;
  /** The article text, one paragraph per item, white space collapsed, never empty. */
  paragraphs: string[];
  /** hash.ts contentHash of the paragraphs: finds the same text ingested twice. */
  contentHash: string;
  /** When it was ingested, ISO date-time. */
  ingestedAt: string;
  /** The glossary the mentions were found with; another version calls for reindex(). */
  glossaryVersion: string;
  /**
   * The fields the reader corrected in the panel (edit.ts): adding the same article again keeps
   * their values rather than what the page says (app/sources.ts). Absent when none was.
   */
  edited?: EditableField[];
}

/** The fields of a source's record the reader may correct and that re-adding the page keeps. */
export const EDITABLE_FIELDS = ['title', 'outlet', 'author', 'date'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export interface CorpusMention {
  sourceId: string;
  entryId: string;
  /** Index into the source's paragraphs. */
  paragraph: number;
  /** UTF-16 offsets inside that paragraph: paragraphs[paragraph].slice(start, end) === surface. */
  start: number;
  end: number;
  surface: string;
  match: MatchKind;
}

/** One source with its mentions: the unit of storage, export and import. */
export interface CorpusItem {
  source: CorpusSource;
  mentions: CorpusMention[];
}

/**
 * What the query code needs of a store. Implementations return copies or immutable data:
 * callers may not mutate what they get.
 */
export interface CorpusStore {
  /** Stores a source and replaces all its mentions in one step (a reader never sees a half-written source). */
  putSource(source: CorpusSource, mentions: readonly CorpusMention[]): Promise<void>;
  getSource(id: string): Promise<CorpusSource | undefined>;
  /** Removes a source and its mentions; a missing id is not an error. */
  deleteSource(id: string): Promise<void>;
  listSources(): Promise<CorpusSource[]>;
  mentionsForEntry(entryId: string): Promise<CorpusMention[]>;
  mentionsForSource(id: string): Promise<CorpusMention[]>;
  /** The source already holding this canonical URL (checked first) or this content hash. */
  findByUrlOrHash(url: string | null, contentHash: string): Promise<CorpusSource | undefined>;
  /** Number of sources. */
  count(): Promise<number>;
  /**
   * Optional fast path for cross-references: the `limit` newest rows of an entry, with
   * co-occurrence and spelling totals kept by the store (unsorted, uncapped: xref sorts and
   * caps them), so that a large corpus is never read source by source.
   */
  entryDigest?(entryId: string, limit: number): Promise<EntryDigest>;
  /** Optional: several sources in one read (same order, undefined where missing). */
  getSources?(ids: readonly string[]): Promise<Array<CorpusSource | undefined>>;
}

export interface EntryDigest {
  /** Newest first. */
  rows: EntrySourceRow[];
  with: Array<{ entryId: string; sources: number }>;
  spellings: Array<{ surface: string; count: number; outlets: Array<{ outlet: string; count: number }> }>;
}

/** One source's mentions of one entry. */
export interface EntrySourceRow {
  sourceId: string;
  mentions: CorpusMention[];
}

/**
 * Cross-references as the side panel receives them: src/messaging/shapes.ts
 * re-exports these shapes (as XrefMention, XrefSource, CrossReferences), so the background
 * returns crossReferences()' result as is.
 */
export interface CorpusXrefMention {
  start: number;
  end: number;
  surface: string;
  match: string;
  /** One or two sentences around the mention. */
  quote: string;
  /** Where the name lies inside `quote`. */
  quoteStart: number;
  quoteEnd: number;
  /**
   * The entry's other mentions inside the same quote (a name and its description in one
   * sentence): marked in this quote rather than quoted again.
   */
  also?: Array<{ surface: string; quoteStart: number; quoteEnd: number }>;
}

export interface CorpusXrefSource {
  id: string;
  title: string;
  url: string | null;
  outlet: string | null;
  author: string | null;
  date: string | null;
  lang: string;
  /** One of the articles shipped with Glose (src/data/sources): no outlet is claimed for them. */
  shipped: boolean;
  mentions: CorpusXrefMention[];
}

export interface CorpusCrossReferences {
  entryId: string;
  /** Sources that mention the entry, newest first. */
  sources: CorpusXrefSource[];
  /** Entries that appear in the same sources, most shared first. */
  cooccurring: Array<{ entryId: string; sources: number }>;
  /** Which spellings are used, by how many mentions and in which outlets. */
  spellings: Array<{ surface: string; count: number; outlets: Array<{ outlet: string; count: number }> }>;
}

/**
 * Bounds on what a source may hold, enforced at ingestion and at import, so that one huge or
 * hostile file cannot exhaust the extension's storage or the side panel's memory.
 */
export const CORPUS_LIMITS = {
  titleChars: 1_000,
  /** Outlet, author. */
  fieldChars: 300,
  urlChars: 2_048,
  paragraphs: 5_000,
  paragraphChars: 100_000,
  textChars: 2_000_000,
  mentionsPerSource: 50_000,
  entryIdChars: 80,
  glossaryVersionChars: 100,
  sources: 50_000,
  /** A JSONL line holds one source: its text plus its mentions. */
  lineChars: 16_000_000,
  fileChars: 200_000_000,
} as const;
