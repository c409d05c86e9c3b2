/**
 * A CorpusStore in memory, for the CLI (loaded from and saved to a JSONL file) and tests.
 * Mentions are indexed by entry as IndexedDB indexes them, so queries cost the same shape of
 * work; everything handed out is a copy, so callers cannot corrupt the store.
 */
import { compareNewest, spellingTotals } from './xref.ts';
import type { CorpusItem, CorpusMention, CorpusSource, CorpusStore } from './types.ts';

export interface MemoryCorpusStore extends CorpusStore {
  /** Every source with its mentions, in the order sources were first stored. */
  exportItems(): CorpusItem[];
}

function copySource(s: CorpusSource): CorpusSource {
  return { ...s, paragraphs: [...s.paragraphs] };
}

function copyMentions(list: readonly CorpusMention[]): CorpusMention[] {
  return list.map((m) => ({ ...m }));
}

export function createMemoryStore(items: readonly CorpusItem[] = []): MemoryCorpusStore {
  const sources = new Map<string, CorpusSource>();
  const bySource = new Map<string, CorpusMention[]>();
  /** entryId → sourceId → mentions, in paragraph order. */
  const byEntry = new Map<string, Map<string, CorpusMention[]>>();
  const byUrl = new Map<string, string>();
  const byHash = new Map<string, string>();

  function remove(id: string): void {
    const old = sources.get(id);
    if (!old) return;
    for (const m of bySource.get(id) ?? []) {
      const perSource = byEntry.get(m.entryId);
      perSource?.delete(id);
      if (perSource && perSource.size === 0) byEntry.delete(m.entryId);
    }
    bySource.delete(id);
    sources.delete(id);
    // Another source may hold the same URL or text (stored by a caller that does not
    // deduplicate): it takes over the lookup.
    for (const [index, key] of [[byUrl, old.url], [byHash, old.contentHash]] as const) {
      if (key === null || index.get(key) !== id) continue;
      index.delete(key);
      const other = [...sources.values()].find((s) => (index === byUrl ? s.url : s.contentHash) === key);
      if (other) index.set(key, other.id);
    }
  }

  function put(source: CorpusSource, mentions: readonly CorpusMention[]): void {
    if (mentions.some((m) => m.sourceId !== source.id)) throw new Error(`mentions of ${source.id} name another source`);
    const had = sources.has(source.id);
    const order = had ? [...sources.keys()] : null;
    remove(source.id);
    const stored = copySource(source);
    const list = copyMentions(mentions);
    if (order) {
      // Re-insert in the previous position: a Map only appends.
      const rest = new Map(sources);
      sources.clear();
      for (const id of order) {
        if (id === source.id) sources.set(id, stored);
        else sources.set(id, rest.get(id)!);
      }
    } else sources.set(source.id, stored);
    bySource.set(source.id, list);
    for (const m of list) {
      let perSource = byEntry.get(m.entryId);
      if (!perSource) byEntry.set(m.entryId, (perSource = new Map()));
      let l = perSource.get(source.id);
      if (!l) perSource.set(source.id, (l = []));
      l.push(m);
    }
    if (stored.url) byUrl.set(stored.url, stored.id);
    byHash.set(stored.contentHash, stored.id);
  }

  for (const item of items) put(item.source, item.mentions);

  return {
    putSource: async (source, mentions) => put(source, mentions),
    getSource: async (id) => {
      const s = sources.get(id);
      return s ? copySource(s) : undefined;
    },
    deleteSource: async (id) => remove(id),
    listSources: async () => [...sources.values()].map(copySource),
    mentionsForEntry: async (entryId) => copyMentions([...(byEntry.get(entryId)?.values() ?? [])].flat()),
    mentionsForSource: async (id) => copyMentions(bySource.get(id) ?? []),
    findByUrlOrHash: async (url, hash) => {
      const id = (url ? byUrl.get(url) : undefined) ?? byHash.get(hash);
      const s = id ? sources.get(id) : undefined;
      return s ? copySource(s) : undefined;
    },
    count: async () => sources.size,
    entryDigest: async (entryId, limit) => {
      const perSource = [...(byEntry.get(entryId) ?? new Map<string, CorpusMention[]>())].flatMap(([sourceId, ms]) => {
        const source = sources.get(sourceId);
        return source ? [{ source, mentions: ms }] : [];
      });
      perSource.sort((a, b) => compareNewest(a.source, b.source));
      const shared = new Map<string, number>();
      for (const { source } of perSource) for (const other of new Set((bySource.get(source.id) ?? []).map((m) => m.entryId))) shared.set(other, (shared.get(other) ?? 0) + 1);
      return {
        rows: perSource.slice(0, limit).map(({ source, mentions }) => ({ sourceId: source.id, mentions: copyMentions(mentions) })),
        with: [...shared].map(([id, n]) => ({ entryId: id, sources: n })),
        spellings: spellingTotals(perSource.map(({ source, mentions }) => ({ outlet: source.outlet, mentions }))),
      };
    },
    exportItems: () => [...sources.values()].map((s) => ({ source: copySource(s), mentions: copyMentions(bySource.get(s.id) ?? []) })),
  };
}
