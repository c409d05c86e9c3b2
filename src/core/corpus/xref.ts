/**
 * Cross-references of one glossary entry over the reader's corpus, for the side panel (through
 * the background) and `glose xref`: the sources that mention it, newest first, each mention
 * with a quote; the entries that appear in the same sources; and which spellings are used
 * where. Runs over any CorpusStore; the output has the shape of the messaging protocol's CrossReferences.
 */
import { isHostLike } from './metadata.ts';
import { quoteAround } from './segment.ts';
import type { CorpusCrossReferences, CorpusMention, CorpusSource, CorpusStore, CorpusXrefMention, CorpusXrefSource } from './types.ts';

export interface XrefOptions {
  /** Most sources returned (the statistics still cover all of them). */
  limit?: number;
  /** Most mentions quoted per source. */
  mentionsPerSource?: number;
  /** Ids of the articles shipped with Glose (default-sources.ts), flagged as such. */
  shippedIds?: ReadonlySet<string>;
}

const DEFAULT_LIMIT = 20;
const DEFAULT_MENTIONS_PER_SOURCE = 20;
const MAX_COOCCURRING = 30;
const MAX_SPELLINGS = 30;

function groupBySource(mentions: readonly CorpusMention[]): Map<string, CorpusMention[]> {
  const groups = new Map<string, CorpusMention[]>();
  for (const m of mentions) {
    let list = groups.get(m.sourceId);
    if (!list) groups.set(m.sourceId, (list = []));
    list.push(m);
  }
  return groups;
}

/** Newest first: by publication date (undated last), then by when it was ingested. */
export function compareNewest(a: CorpusSource, b: CorpusSource): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  if (a.ingestedAt !== b.ingestedAt) return a.ingestedAt < b.ingestedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}


function toXrefMention(source: CorpusSource, m: CorpusMention): CorpusXrefMention | null {
  const paragraph = source.paragraphs[m.paragraph];
  if (paragraph === undefined || m.end > paragraph.length || m.start >= m.end) return null;
  const q = quoteAround(paragraph, m.start, m.end, source.lang);
  return { start: m.start, end: m.end, surface: m.surface, match: m.match, quote: q.quote, quoteStart: q.quoteStart, quoteEnd: q.quoteEnd };
}

type Spellings = CorpusCrossReferences['spellings'];

/**
 * The outlet to show: a host name is none (sources ingested before issue 29 stored the page's
 * host when the page named no outlet, and a store's running totals may still hold it).
 */
function outletOf(outlet: string | null): string | null {
  return outlet && !isHostLike(outlet) ? outlet : null;
}

/** Most used spellings first, each with its outlets most using it first; capped. */
function sortSpellings(list: Spellings): Spellings {
  return list
    .map((sp) => ({ ...sp, outlets: sp.outlets.filter((o) => outletOf(o.outlet) !== null).sort((a, b) => b.count - a.count || (a.outlet < b.outlet ? -1 : 1)) }))
    .sort((a, b) => b.count - a.count || (a.surface < b.surface ? -1 : 1))
    .slice(0, MAX_SPELLINGS);
}

/** Spelling statistics of mentions grouped by outlet. */
export function spellingTotals(groups: Iterable<{ outlet: string | null; mentions: readonly CorpusMention[] }>): Spellings {
  const stats = new Map<string, { count: number; outlets: Map<string, number> }>();
  for (const { outlet, mentions } of groups) {
    for (const m of mentions) {
      // No-break and ordinary spaces are the same spelling to a reader.
      const surface = m.surface.replace(/\s+/g, ' ');
      let stat = stats.get(surface);
      if (!stat) stats.set(surface, (stat = { count: 0, outlets: new Map() }));
      stat.count++;
      if (outlet) stat.outlets.set(outlet, (stat.outlets.get(outlet) ?? 0) + 1);
    }
  }
  return [...stats].map(([surface, st]) => ({ surface, count: st.count, outlets: [...st.outlets].map(([outlet, count]) => ({ outlet, count })) }));
}

/** Entries most shared first, the entry itself left out; capped. */
function sortCooccurring(list: Array<{ entryId: string; sources: number }>, entryId: string): CorpusCrossReferences['cooccurring'] {
  return list
    .filter((c) => c.entryId !== entryId)
    .sort((a, b) => b.sources - a.sources || (a.entryId < b.entryId ? -1 : 1))
    .slice(0, MAX_COOCCURRING);
}

/**
 * Mentions in reading order, one quote each: a mention that falls inside the previous quote of
 * its paragraph (« Kim Jong-un, le dirigeant nord-coréen, … » names the entry twice in one
 * sentence) is marked in that quote instead of repeating it.
 */
function quotedOnce(source: CorpusSource, mentions: readonly CorpusMention[], perSource: number): CorpusXrefMention[] {
  const out: CorpusXrefMention[] = [];
  let last: { paragraph: number; from: number; to: number; head: number; quote: CorpusXrefMention } | null = null;
  for (const m of [...mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)) {
    if (last && last.paragraph === m.paragraph && m.start >= last.from && m.end <= last.to) {
      const at = last.head + m.start - last.from;
      (last.quote.also ??= []).push({ surface: m.surface, quoteStart: at, quoteEnd: at + (m.end - m.start) });
      continue;
    }
    if (out.length >= perSource) break;
    const x = toXrefMention(source, m);
    if (!x) continue;
    const paragraph = source.paragraphs[m.paragraph]!;
    // A quote cut to length carries an ellipsis at either end that is not paragraph text.
    const whole = paragraph.slice(m.start - x.quoteStart, m.start - x.quoteStart + x.quote.length) === x.quote;
    const head = !whole && x.quote.startsWith('…') ? 1 : 0;
    const tail = !whole && x.quote.endsWith('…') ? 1 : 0;
    const from = m.start - (x.quoteStart - head);
    last = { paragraph: m.paragraph, from, to: from + x.quote.length - head - tail, head, quote: x };
    out.push(x);
  }
  return out;
}

function xrefSource(source: CorpusSource, mentions: readonly CorpusMention[], perSource: number, shipped: ReadonlySet<string> | undefined): CorpusXrefSource {
  return {
    id: source.id,
    title: source.title,
    url: source.url,
    outlet: outletOf(source.outlet),
    author: source.author,
    date: source.date,
    lang: source.lang,
    shipped: shipped?.has(source.id) ?? false,
    mentions: quotedOnce(source, mentions, perSource),
  };
}

export async function crossReferences(store: CorpusStore, entryId: string, options: XrefOptions = {}): Promise<CorpusCrossReferences> {
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  const perSource = Math.max(1, options.mentionsPerSource ?? DEFAULT_MENTIONS_PER_SOURCE);

  // Fast path: a store that keeps per-entry totals and a newest-first index reads only the
  // `limit` newest sources, whatever the size of the corpus.
  if (store.entryDigest) {
    const digest = await store.entryDigest(entryId, limit);
    const read = store.getSources ? await store.getSources(digest.rows.map((r) => r.sourceId)) : await Promise.all(digest.rows.map((r) => store.getSource(r.sourceId)));
    const sources: CorpusXrefSource[] = [];
    digest.rows.forEach((row, i) => {
      const source = read[i];
      if (source) sources.push(xrefSource(source, row.mentions, perSource, options.shippedIds));
    });
    return { entryId, sources, cooccurring: sortCooccurring(digest.with, entryId), spellings: sortSpellings(digest.spellings) };
  }

  const groups = groupBySource(await store.mentionsForEntry(entryId));
  const found: Array<{ source: CorpusSource; mentions: CorpusMention[] }> = [];
  for (const [id, mentions] of groups) {
    const source = await store.getSource(id);
    // A mention whose source is gone (a store written half-way by an older version) is ignored.
    if (source) found.push({ source, mentions });
  }
  found.sort((a, b) => compareNewest(a.source, b.source));

  const shared = new Map<string, number>();
  for (const { source } of found) {
    const others = new Set((await store.mentionsForSource(source.id)).map((m) => m.entryId));
    for (const other of others) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  return {
    entryId,
    sources: found.slice(0, limit).map(({ source, mentions }) => xrefSource(source, mentions, perSource, options.shippedIds)),
    cooccurring: sortCooccurring([...shared].map(([id, n]) => ({ entryId: id, sources: n })), entryId),
    spellings: sortSpellings(spellingTotals(found.map(({ source, mentions }) => ({ outlet: source.outlet, mentions })))),
  };
}

/** How many sources mention an entry (the hover card's count). */
export async function countSources(store: CorpusStore, entryId: string): Promise<number> {
  return new Set((await store.mentionsForEntry(entryId)).map((m) => m.sourceId)).size;
}
