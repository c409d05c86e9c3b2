/**
 * The corpus in IndexedDB: the background's `CorpusStore` (src/core/corpus/types.ts).
 *
 * Schema (version 1):
 * - `sources`, keyed by id, indexed by canonical URL and by content hash;
 * - `mentions`, one row per (entry, source) holding every mention of that entry in that source
 *   as packed numbers, keyed [entryId, sourceId] so that an entry's cross-references are one
 *   key-range read, never a scan; indexed by source for deletion;
 * - `meta`, small key-value facts (the default corpus was seeded, the glossary version indexed).
 * A source and its mentions are written in one transaction: a worker stopped mid-way leaves
 * the whole source or nothing. Migrations go in `upgrade`, one step per version.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CorpusMention, CorpusSource, CorpusStore } from '../../core/corpus/types.ts';
import type { MatchKind } from '../../core/match/index.ts';

interface MentionRow {
  entryId: string;
  sourceId: string;
  /** paragraph, start, end for each mention, in order. */
  spans: number[];
  surfaces: string[];
  matches: MatchKind[];
}

interface CorpusDb extends DBSchema {
  sources: { key: string; value: CorpusSource; indexes: { byUrl: string; byHash: string } };
  mentions: { key: [string, string]; value: MentionRow; indexes: { bySource: string } };
  meta: { key: string; value: { key: string; value: unknown } };
}

export const CORPUS_DB_NAME = 'glose-corpus';
export const CORPUS_DB_VERSION = 1;

function pack(entryId: string, sourceId: string, ms: readonly CorpusMention[]): MentionRow {
  return { entryId, sourceId, spans: ms.flatMap((m) => [m.paragraph, m.start, m.end]), surfaces: ms.map((m) => m.surface), matches: ms.map((m) => m.match) };
}

function unpack(row: MentionRow): CorpusMention[] {
  return row.surfaces.map((surface, i) => ({
    sourceId: row.sourceId,
    entryId: row.entryId,
    paragraph: row.spans[i * 3]!,
    start: row.spans[i * 3 + 1]!,
    end: row.spans[i * 3 + 2]!,
    surface,
    match: row.matches[i]!,
  }));
}

export class IdbCorpusStore implements CorpusStore {
  private db: Promise<IDBPDatabase<CorpusDb>> | null = null;

  constructor(private readonly name = CORPUS_DB_NAME) {}

  private open(): Promise<IDBPDatabase<CorpusDb>> {
    this.db ??= openDB<CorpusDb>(this.name, CORPUS_DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          const sources = db.createObjectStore('sources', { keyPath: 'id' });
          sources.createIndex('byUrl', 'url');
          sources.createIndex('byHash', 'contentHash');
          const mentions = db.createObjectStore('mentions', { keyPath: ['entryId', 'sourceId'] });
          mentions.createIndex('bySource', 'sourceId');
          db.createObjectStore('meta', { keyPath: 'key' });
        }
      },
      blocking: () => {
        // Another context upgrades the schema: let it, and reopen on next use.
        void this.db?.then((d) => d.close());
        this.db = null;
      },
    });
    return this.db;
  }

  async putSource(source: CorpusSource, mentions: readonly CorpusMention[]): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(['sources', 'mentions'], 'readwrite');
    const byEntry = new Map<string, CorpusMention[]>();
    for (const m of mentions) {
      const list = byEntry.get(m.entryId);
      if (list) list.push(m);
      else byEntry.set(m.entryId, [m]);
    }
    const mentionStore = tx.objectStore('mentions');
    const old = await mentionStore.index('bySource').getAllKeys(source.id);
    await Promise.all([
      ...old.map((k) => mentionStore.delete(k)),
      tx.objectStore('sources').put(source),
      ...[...byEntry].map(([entryId, ms]) => mentionStore.put(pack(entryId, source.id, ms))),
    ]);
    await tx.done;
  }

  async getSource(id: string): Promise<CorpusSource | undefined> {
    return (await this.open()).get('sources', id);
  }

  async deleteSource(id: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(['sources', 'mentions'], 'readwrite');
    const mentionStore = tx.objectStore('mentions');
    const keys = await mentionStore.index('bySource').getAllKeys(id);
    await Promise.all([...keys.map((k) => mentionStore.delete(k)), tx.objectStore('sources').delete(id)]);
    await tx.done;
  }

  async listSources(): Promise<CorpusSource[]> {
    return (await this.open()).getAll('sources');
  }

  async mentionsForEntry(entryId: string): Promise<CorpusMention[]> {
    const rows = await (await this.open()).getAll('mentions', IDBKeyRange.bound([entryId, ''], [entryId, '\uffff']));
    return rows.flatMap(unpack);
  }

  async mentionsForSource(id: string): Promise<CorpusMention[]> {
    const rows = await (await this.open()).getAllFromIndex('mentions', 'bySource', id);
    return rows.flatMap(unpack);
  }

  /** Number of mention rows per source, without unpacking them (the options list). */
  async mentionCounts(): Promise<Map<string, number>> {
    const db = await this.open();
    const counts = new Map<string, number>();
    let cursor = await db.transaction('mentions').store.openCursor();
    while (cursor) {
      counts.set(cursor.value.sourceId, (counts.get(cursor.value.sourceId) ?? 0) + cursor.value.surfaces.length);
      cursor = await cursor.continue();
    }
    return counts;
  }

  async findByUrlOrHash(url: string | null, contentHash: string): Promise<CorpusSource | undefined> {
    const db = await this.open();
    if (url) {
      const byUrl = await db.getFromIndex('sources', 'byUrl', url);
      if (byUrl) return byUrl;
    }
    return db.getFromIndex('sources', 'byHash', contentHash);
  }

  async count(): Promise<number> {
    return (await this.open()).count('sources');
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await (await this.open()).get('meta', key))?.value as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await (await this.open()).put('meta', { key, value });
  }

  /** Sources counting an entry, from the keys alone. */
  async countSourcesFor(entryId: string): Promise<number> {
    return (await this.open()).count('mentions', IDBKeyRange.bound([entryId, ''], [entryId, '\uffff']));
  }
}
