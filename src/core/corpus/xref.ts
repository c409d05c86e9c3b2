/**
 * Cross-references of one glossary entry over the reader's corpus, for the side panel (through
 * the background) and `glose xref`: the sources that mention it, newest first, each mention
 * with a quote; the entries that appear in the same sources; and which spellings are used
 * where. Runs over any CorpusStore; the output has the shape of the messaging protocol's CrossReferences.
 */
import { hostOf } from './metadata.ts';
import { quoteAround } from './segment.ts';
import type { CorpusCrossReferences, CorpusMention, CorpusSource, CorpusStore, CorpusXrefMention, CorpusXrefSource, EntrySourceRow } from './types.ts';

export interface XrefOptions {
  /** Most sources returned (the statistics still cover all of them). */
  limit?: number;
  /** Most mentions quoted per source. */
  mentionsPerSource?: number;
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
function compareNewest(a: CorpusSource, b: CorpusSource): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  if (a.ingestedAt !== b.ingestedAt) return a.ingestedAt < b.ingestedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** What to call a source's outlet in statistics: its declared outlet, else its site. */
function outletName(source: CorpusSource): string | null {
  return source.outlet ?? hostOf(source.url);
}

function toXrefMention(source: CorpusSource, m: CorpusMention): CorpusXrefMention | null {
  const paragraph = source.paragraphs[m.paragraph];
  if (paragraph === undefined || m.end > paragraph.length || m.start >= m.end) return null;
  const q = quoteAround(paragraph, m.start, m.end, source.lang);
  return { start: m.start, end: m.end, surface: m.surface, match: m.match, quote: q.quote, quoteStart: q.quoteStart, quoteEnd: q.quoteEnd };
}

/** Newest first, on the facts a row carries (same order as compareNewest). */
function compareRows(a: EntrySourceRow, b: EntrySourceRow): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  if (a.ingestedAt !== b.ingestedAt) return a.ingestedAt < b.ingestedAt ? 1 : -1;
  return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0;
}

function spellingsOf(rows: Iterable<{ outlet: string | null; mentions: readonly CorpusMention[] }>): CorpusCrossReferences['spellings'] {
  const stats = new Map<string, { count: number; outlets: Map<string, number> }>();
  for (const { outlet, mentions } of rows) {
    for (const m of mentions) {
      const surface = m.surface.replace(/\s+/g, ' ');
      let stat = stats.get(surface);
      if (!stat) stats.set(surface, (stat = { count: 0, outlets: new Map() }));
      stat.count++;
      if (outlet) stat.outlets.set(outlet, (stat.outlets.get(outlet) ?? 0) + 1);
    }
  }
  return [...stats]
    .map(([surface, st]) => ({
      surface,
      count: st.count,
      outlets: [...st.outlets].map(([outlet, count]) => ({ outlet, count })).sort((a, b) => b.count - a.count || (a.outlet < b.outlet ? -1 : 1)),
    }))
    .sort((a, b) => b.count - a.count || (a.surface < b.surface ? -1 : 1))
    .slice(0, MAX_SPELLINGS);
}

function xrefSource(source: CorpusSource, mentions: readonly CorpusMention[], perSource: number): CorpusXrefSource {
  return {
    id: source.id,
    title: source.title,
    url: source.url,
    outlet: source.outlet,
    date: source.date,
    lang: source.lang,
    mentions: [...mentions]
      .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
      .slice(0, perSource)
      .map((m) => toXrefMention(source, m))
      .filter((m): m is CorpusXrefMention => m !== null),
  };
}

/**
 * The fast path over a store that keeps per-entry rows: sorting, co-occurrence and spelling
 * statistics come from the rows; only the `limit` newest sources are read, for their quotes.
 */
async function crossReferencesFromRows(store: CorpusStore & Required<Pick<CorpusStore, 'entrySources'>>, entryId: string, limit: number, perSource: number): Promise<CorpusCrossReferences> {
  const rows = (await store.entrySources(entryId)).sort(compareRows);
  const top = rows.slice(0, limit);
  const read = store.getSources ? await store.getSources(top.map((r) => r.sourceId)) : await Promise.all(top.map((r) => store.getSource(r.sourceId)));
  const sources: CorpusXrefSource[] = [];
  top.forEach((row, i) => {
    const source = read[i];
    if (source) sources.push(xrefSource(source, row.mentions, perSource));
  });
  const shared = new Map<string, number>();
  for (const row of rows) for (const other of row.cooccurring) if (other !== entryId) shared.set(other, (shared.get(other) ?? 0) + 1);
  const cooccurring = [...shared]
    .map(([id, n]) => ({ entryId: id, sources: n }))
    .sort((a, b) => b.sources - a.sources || (a.entryId < b.entryId ? -1 : 1))
    .slice(0, MAX_COOCCURRING);
  return { entryId, sources, cooccurring, spellings: spellingsOf(rows) };
}

export async function crossReferences(store: CorpusStore, entryId: string, options: XrefOptions = {}): Promise<CorpusCrossReferences> {
  if (store.entryDigest) {
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    const perSource = Math.max(1, options.mentionsPerSource ?? DEFAULT_MENTIONS_PER_SOURCE);
    const digest = await store.entryDigest(entryId, limit);
    const read = store.getSources ? await store.getSources(digest.rows.map((r) => r.sourceId)) : await Promise.all(digest.rows.map((r) => store.getSource(r.sourceId)));
    const sources: CorpusXrefSource[] = [];
    digest.rows.forEach((row, i) => {
      const source = read[i];
      if (source) sources.push(xrefSource(source, row.mentions, perSource));
    });
    return {
      entryId,
      sources,
      cooccurring: digest.with
        .filter((c) => c.entryId !== entryId)
        .sort((a, b) => b.sources - a.sources || (a.entryId < b.entryId ? -1 : 1))
        .slice(0, MAX_COOCCURRING),
      spellings: digest.spellings
        .map((sp) => ({ ...sp, outlets: [...sp.outlets].sort((a, b) => b.count - a.count || (a.outlet < b.outlet ? -1 : 1)) }))
        .sort((a, b) => b.count - a.count || (a.surface < b.surface ? -1 : 1))
        .slice(0, MAX_SPELLINGS),
    };
  }
  if (store.entrySources) {
    return crossReferencesFromRows(store as CorpusStore & Required<Pick<CorpusStore, 'entrySources'>>, entryId, Math.max(0, options.limit ?? DEFAULT_LIMIT), Math.max(1, options.mentionsPerSource ?? DEFAULT_MENTIONS_PER_SOURCE));
  }
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  const perSource = Math.max(1, options.mentionsPerSource ?? DEFAULT_MENTIONS_PER_SOURCE);
  const groups = groupBySource(await store.mentionsForEntry(entryId));
  const found: Array<{ source: CorpusSource; mentions: CorpusMention[] }> = [];
  for (const [id, mentions] of groups) {
    const source = await store.getSource(id);
    // A mention whose source is gone (a store written half-way by an older version) is ignored.
    if (source) found.push({ source, mentions });
  }
  found.sort((a, b) => compareNewest(a.source, b.source));

  const sources: CorpusXrefSource[] = found.slice(0, limit).map(({ source, mentions }) => ({
    id: source.id,
    title: source.title,
    url: source.url,
    outlet: source.outlet,
    date: source.date,
    lang: source.lang,
    mentions: [...mentions]
      .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
      .slice(0, perSource)
      .map((m) => toXrefMention(source, m))
      .filter((m): m is CorpusXrefMention => m !== null),
  }));

  const shared = new Map<string, number>();
  for (const { source } of found) {
    const others = new Set((await store.mentionsForSource(source.id)).map((m) => m.entryId));
    others.delete(entryId);
    for (const other of others) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const cooccurring = [...shared]
    .map(([id, n]) => ({ entryId: id, sources: n }))
    .sort((a, b) => b.sources - a.sources || (a.entryId < b.entryId ? -1 : 1))
    .slice(0, MAX_COOCCURRING);

  const spellingStats = new Map<string, { count: number; outlets: Map<string, number> }>();
  for (const { source, mentions } of found) {
    const outlet = outletName(source);
    for (const m of mentions) {
      // No-break and ordinary spaces are the same spelling to a reader.
      const surface = m.surface.replace(/\s+/g, ' ');
      let stat = spellingStats.get(surface);
      if (!stat) spellingStats.set(surface, (stat = { count: 0, outlets: new Map() }));
      stat.count++;
      if (outlet) stat.outlets.set(outlet, (stat.outlets.get(outlet) ?? 0) + 1);
    }
  }
  const spellings = [...spellingStats]
    .map(([surface, s]) => ({
      surface,
      count: s.count,
      outlets: [...s.outlets].map(([outlet, count]) => ({ outlet, count })).sort((a, b) => b.count - a.count || (a.outlet < b.outlet ? -1 : 1)),
    }))
    .sort((a, b) => b.count - a.count || (a.surface < b.surface ? -1 : 1))
    .slice(0, MAX_SPELLINGS);

  return { entryId, sources, cooccurring, spellings };
}

/** How many sources mention an entry (the hover card's count). */
export async function countSources(store: CorpusStore, entryId: string): Promise<number> {
  return new Set((await store.mentionsForEntry(entryId)).map((m) => m.sourceId)).size;
}
