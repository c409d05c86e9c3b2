/**
 * Requests about the reader's corpus of ingested sources (answered by the background's
 * corpus layer, src/background/corpus/), and the ones the background makes of a content
 * script to extract a page's article for ingestion.
 */

/**
 * Cross-references as the side panel receives them: exactly what core's crossReferences()
 * returns (src/core/corpus/types.ts), so the background passes its result through as is.
 */
import type { CorpusCrossReferences, CorpusXrefMention, CorpusXrefSource } from '../core/corpus/types.ts';
import type { CorpusFileError } from '../core/corpus/jsonl.ts';
import type { VisibleHints } from '../core/corpus/visible-metadata.ts';
import type { SourceEdit, SourceEditError, SourceFields } from '../core/corpus/edit.ts';

export type XrefMention = CorpusXrefMention;
export type XrefSource = CorpusXrefSource;
export type CrossReferences = CorpusCrossReferences;

/** The longest text one import message carries (characters): well under 64 MiB even as UTF-8 or escaped. */
export const IMPORT_PART_CHARS = 8_000_000;

export type IngestResult =
  | { ok: true; sourceId: string; title: string; mentions: number; updated: boolean; fields: SourceFields }
  | { ok: false; error: string };

export type CorpusRequests = {
  /** How many ingested sources mention an entry (the hover card's count). */
  'corpus/count': { req: { entryId: string }; res: { sources: number } };
  /** Cross-references of one entry. */
  'corpus/xref': { req: { entryId: string; limit?: number }; res: CrossReferences };
  /** Ingest the article shown in a tab. */
  'corpus/ingest-tab': { req: { tabId: number }; res: IngestResult };
  'corpus/list': { req: Record<string, never>; res: { sources: SourceSummary[]; bytes: number | null; quota: number | null } };
  'corpus/delete': { req: { id: string }; res: { ok: boolean } };
  /** The reader's corrections to a source's record; the answer is the record as stored, or why not (a code the panel words). */
  'corpus/update': { req: { id: string; fields: SourceEdit }; res: { ok: true; fields: SourceFields } | { ok: false; error: SourceEditError | 'missing' } };
  /**
   * The corpus as a file, in parts of at most IMPORT_PART_CHARS: the first request (no exportId)
   * makes the file and answers its first part; the others name the export and the part.
   */
  'corpus/export': { req: { exportId?: string; part?: number }; res: { text: string; filename: string; exportId: string; part: number; parts: number } };
  /**
   * Imports a corpus file, all or nothing. A large file comes in parts (corpus/import-part, then
   * this with the last part): no single message nears the browsers' 64 MiB message limit.
   */
  'corpus/import': {
    req: { text: string; importId?: string; parts?: number };
    res: { ok: true; added: number; updated: number } | { ok: false; errors: CorpusFileError[] };
  };
  /** One part of a large import, held by the background until corpus/import names it. */
  'corpus/import-part': { req: { importId: string; index: number; text: string }; res: { ok: boolean } };
};

/** What a content script hands over for ingestion: the article's paragraphs and the raw metadata. */
/** The largest page sent whole to the background for Readability (characters of HTML). */
export const MAX_PAGE_HTML = 8_000_000;

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

export type CorpusContentRequests = {
  'content/extract-article': { req: Record<string, never>; res: ExtractedPage };
};
