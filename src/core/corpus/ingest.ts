/**
 * Ingestion: an article's text and metadata in, a corpus source and its glossary mentions out.
 * Pure and synchronous: the caller stores the result (IndexedDB in the extension, a JSONL file
 * in the CLI) and decides what to do with an existing source of the same URL or text.
 *
 * Guarantees: the id is stable (same canonical URL, or same text when there is no URL, gives
 * the same id); every mention's offsets slice its paragraph to its surface; the source stays
 * within CORPUS_LIMITS, so whatever ingestText returns can be exported and imported again.
 */
import type { Matcher, Mention } from '../match/index.ts';
import { detectLanguage } from '../text/language.ts';
import { contentHash, hashText } from './hash.ts';
import { canonicalizeUrl, normalizeDate } from './metadata.ts';
import { splitParagraphs } from './segment.ts';
import { CORPUS_LIMITS, type CorpusLang, type CorpusMention, type CorpusSource } from './types.ts';
import { problem, type Problem } from '../problems.ts';

export interface IngestInput {
  /** The article text; line breaks separate paragraphs. Ignored when `paragraphs` is given. */
  text?: string;
  paragraphs?: readonly string[];
  url?: string | null;
  title: string;
  outlet?: string | null;
  author?: string | null;
  /** Any form normalizeDate reads; stored as YYYY-MM-DD. */
  date?: string | null;
  /** The language when known for sure; otherwise it is detected from the text. */
  lang?: CorpusLang;
  /** What the page or file declares (<html lang>), weighed against the text by detectLanguage. */
  declaredLang?: string;
}

export interface IngestContext {
  matcher: Matcher;
  glossaryVersion: string;
  /** The ingestion time (passed in so that results are reproducible). */
  now: Date | number | string;
}

export interface IngestResult {
  source: CorpusSource;
  mentions: CorpusMention[];
}

/** Thrown for input that cannot become a source (no text, over the limits): its problem is worded by the page or the CLI. */
export class IngestError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
    this.name = 'IngestError';
  }
}

/** The id of a source: by canonical URL when there is one, so a re-read article replaces itself. */
export function sourceIdFor(url: string | null, hash: string): string {
  return url ? `u-${hashText(url)}` : `h-${hash}`;
}

function oneLine(value: string | null | undefined, max: number): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function toIso(now: Date | number | string): string {
  const d = now instanceof Date ? now : new Date(now);
  if (Number.isNaN(d.getTime())) throw new IngestError(problem('badIngestTime'));
  return d.toISOString();
}

function checkLimits(paragraphs: readonly string[]): void {
  if (paragraphs.length === 0) throw new IngestError(problem('noText'));
  if (paragraphs.length > CORPUS_LIMITS.paragraphs) throw new IngestError(problem('tooManyParagraphs', [paragraphs.length, CORPUS_LIMITS.paragraphs]));
  let total = 0;
  for (const p of paragraphs) {
    if (p.length > CORPUS_LIMITS.paragraphChars) throw new IngestError(problem('paragraphTooLong', [p.length, CORPUS_LIMITS.paragraphChars]));
    total += p.length;
  }
  if (total > CORPUS_LIMITS.textChars) throw new IngestError(problem('articleTooLong', [total, CORPUS_LIMITS.textChars]));
}

/**
 * Mentions of every paragraph, in order, with one matcher session for the whole source: a short
 * form (Poutine, Kim) in paragraph 5 resolves to the person named in full in paragraph 1.
 */
function findMentions(source: CorpusSource, matcher: Matcher): CorpusMention[] {
  if (source.lang === 'other') return [];
  const session = matcher.createSession({ lang: source.lang });
  const mentions: CorpusMention[] = [];
  const add = (m: Mention, index: number): void => {
    // An unresolved short form or shared spelling (a bare « Kim ») could be any of several
    // people: filing it under one of them would make cross-references claim what the text does not.
    if (m.candidates && m.candidates.length > 1) return;
    mentions.push({ sourceId: source.id, entryId: m.entry, paragraph: index, start: m.start, end: m.end, surface: m.surface, match: m.match });
  };
  for (let index = 0; index < source.paragraphs.length; index++) {
    for (const m of session.scan(source.paragraphs[index]!, index)) add(m, index);
  }
  // Short forms settled by a full name further on (a headline's « Kim »), in reading order.
  for (const { tag, mention } of session.finish()) add(mention, tag);
  mentions.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
  return mentions.slice(0, CORPUS_LIMITS.mentionsPerSource);
}

function paragraphsOf(input: IngestInput): string[] {
  return input.paragraphs ? input.paragraphs.flatMap((p) => splitParagraphs(p)) : splitParagraphs(input.text ?? '');
}

/** The id ingestText gives an input, without matching it (to know the shipped sources by id). */
export function sourceIdOfInput(input: IngestInput): string {
  return sourceIdFor(canonicalizeUrl(input.url), contentHash(paragraphsOf(input)));
}

export function ingestText(input: IngestInput, context: IngestContext): IngestResult {
  const paragraphs = paragraphsOf(input);
  checkLimits(paragraphs);
  const url = canonicalizeUrl(input.url);
  const hash = contentHash(paragraphs);
  const lang = input.lang ?? detectLanguage(paragraphs.join('\n\n'), input.declaredLang);
  const title = oneLine(input.title, CORPUS_LIMITS.titleChars) ?? oneLine(paragraphs[0], 120) ?? url ?? hash;
  const source: CorpusSource = {
    id: sourceIdFor(url, hash),
    url,
    title,
    outlet: oneLine(input.outlet, CORPUS_LIMITS.fieldChars),
    author: oneLine(input.author, CORPUS_LIMITS.fieldChars),
    date: input.date ? normalizeDate(input.date) : null,
    lang,
    paragraphs,
    contentHash: hash,
    ingestedAt: toIso(context.now),
    glossaryVersion: oneLine(context.glossaryVersion, CORPUS_LIMITS.glossaryVersionChars) ?? 'unknown',
  };
  return { source, mentions: findMentions(source, context.matcher) };
}

/**
 * Mentions found again with another glossary (the reader added entries, or an update came):
 * the text is kept, the mentions and glossaryVersion are replaced. Store both with putSource.
 */
export function reindex(source: CorpusSource, matcher: Matcher, glossaryVersion: string): IngestResult {
  const updated: CorpusSource = { ...source, paragraphs: [...source.paragraphs], glossaryVersion: oneLine(glossaryVersion, CORPUS_LIMITS.glossaryVersionChars) ?? 'unknown' };
  return { source: updated, mentions: findMentions(updated, matcher) };
}
