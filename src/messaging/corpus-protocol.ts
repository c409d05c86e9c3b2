/**
 * Requests about the reader's corpus of ingested sources (answered by the background's
 * corpus layer, src/background/corpus/), and the ones the background makes of a content
 * script to extract a page's article for ingestion.
 */

export interface XrefMention {
  start: number;
  end: number;
  surface: string;
  match: string;
  /** One or two sentences around the mention. */
  quote: string;
  /** Where the name lies inside `quote`, to mark it. */
  quoteStart: number;
  quoteEnd: number;
}

export interface XrefSource {
  id: string;
  title: string;
  url: string | null;
  outlet: string | null;
  date: string | null;
  lang: string;
  mentions: XrefMention[];
}

export interface CrossReferences {
  entryId: string;
  /** Sources that mention the entry, newest first. */
  sources: XrefSource[];
  /** Entries that appear in the same sources, most shared first. */
  cooccurring: Array<{ entryId: string; sources: number }>;
  /** Which spellings are used, by how many mentions and in which outlets. */
  spellings: Array<{ surface: string; count: number; outlets: Array<{ outlet: string; count: number }> }>;
}

export type IngestResult =
  | { ok: true; sourceId: string; title: string; mentions: number; updated: boolean }
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
  'corpus/export': { req: Record<string, never>; res: { text: string; filename: string } };
  'corpus/import': { req: { text: string }; res: { ok: true; added: number; updated: number } | { ok: false; errors: Array<{ line: number; message: string }> } };
};

/** What a content script hands over for ingestion: the article's paragraphs and the raw metadata. */
export interface ExtractedPage {
  url: string;
  canonical: string | null;
  title: string;
  paragraphs: string[];
  htmlLang: string;
  metaTags: Array<{ name?: string; property?: string; itemprop?: string; content: string }>;
  jsonLd: string[];
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
