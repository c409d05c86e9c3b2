/**
 * The corpus in IndexedDB: the background's `CorpusStore` (src/core/corpus/types.ts).
 *
 * Schema (version 1):
 * - `sources`, the metadata of each source, keyed by id, indexed by canonical URL and by content
 *   hash; `texts`, its paragraphs, apart, so that lists never load the articles;
 * - `mentions`, one row per (entry, source) holding every mention of that entry in that source
 *   as packed numbers, keyed [entryId, sourceId] so that an entry's cross-references are one
 *   key-range read, never a scan; indexed by source for deletion;
 * - `meta`, small key-value facts (the default corpus was seeded, the glossary version indexed).
 * A source and its mentions are written in one transaction, and so is a whole import: a worker
 * stopped mid-way, a full disk or a bad value leaves all of it or nothing. The connection is
 * reopened when the browser closes it (reconnect.ts). Migrations go in `upgrade`, one step per
 * version.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { CorpusMention, CorpusSource, CorpusStore, EntryDigest, EntrySourceRow } from '../../core/corpus/types.ts';
import type { MatchKind } from '../../core/match/index.ts';
import { Reconnecting } from './reconnect.ts';

interface MentionRow {
  entryId: string;
  sourceId: string;
  /** Copied from the source, so that cross-references sort and count without reading sources. */
  /** The publication date for ordering ('' when undated, so that undated sources come last, newest first). */
  dateKey: string;
  ingestedAt: string;
  outlet: string | null;
  /** The other entries the source mentions (co-occurrence), space-separated. */
  with: string;
  /** paragraph, start, end for each mention, in order. */
  spans: Int32Array;
  /** Surfaces and match kinds, joined by SEP: a row is a handful of flat values, quick to read back. */
  surfaces: string;
  matches: string;
}

const SEP = '\u001f';

/** A source without its text: what lists, sorting and staleness checks read. */
export type SourceMeta = Omit<CorpusSource, 'paragraphs'> & { mentionCount?: number };

/**
 * Running totals per entry, kept up to date in the same transaction as every write, so that
 * cross-references never read all the rows of a frequent entry: number of sources, the other
 * entries met in them, and spellings by outlet.
 */
interface EntryStats {
  entryId: string;
  sources: number;
  with: Record<string, number>;
  /** surface → outlet ('' for none) → mentions */
  spellings: Record<string, Record<string, number>>;
}

interface CorpusDb extends DBSchema {
  stats: { key: string; value: EntryStats };
  sources: { key: string; value: SourceMeta; indexes: { byUrl: string; byHash: string } };
  texts: { key: string; value: { id: string; paragraphs: string[] } };
  mentions: { key: [string, string]; value: MentionRow; indexes: { bySource: string; byEntryNewest: [string, string, string] } };
  meta: { key: string; value: { key: string; value: unknown } };
}

export const CORPUS_DB_NAME = 'glose-corpus';
export const CORPUS_DB_VERSION = 1;

function metaOf(source: CorpusSource): SourceMeta {
  const { paragraphs: _text, ...meta } = source as CorpusSource & { mentionCount?: number };
  delete meta.mentionCount;
  return meta;
}

function pack(entryId: string, source: CorpusSource, ms: readonly CorpusMention[], all: readonly string[]): MentionRow {
  return {
    entryId,
    sourceId: source.id,
    dateKey: source.date ?? '',
    ingestedAt: source.ingestedAt,
    // The declared outlet only: a host is not an outlet's name (spelling statistics group by outlet).
    outlet: source.outlet,
    with: all.filter((e) => e !== entryId).join(' '),
    spans: Int32Array.from(ms.flatMap((m) => [m.paragraph, m.start, m.end])), surfaces: ms.map((m) => m.surface).join(SEP), matches: ms.map((m) => m.match).join(SEP) };
}

function unpack(row: MentionRow): CorpusMention[] {
  const matches = row.matches.split(SEP) as MatchKind[];
  return row.surfaces.split(SEP).map((surface, i) => ({
    sourceId: row.sourceId,
    entryId: row.entryId,
    paragraph: row.spans[i * 3]!,
    start: row.spans[i * 3 + 1]!,
    end: row.spans[i * 3 + 2]!,
    surface,
    match: matches[i]!,
  }));
}

type StatsStore = { get(key: string): Promise<EntryStats | undefined>; put(value: EntryStats): Promise<unknown>; delete(key: string): Promise<unknown> };

/** Applies the rows removed and added by one write to the running totals of their entries. */
async function updateStats(stats: StatsStore, removed: readonly MentionRow[], added: readonly MentionRow[]): Promise<void> {
  const deltas = new Map<string, Array<{ row: MentionRow; sign: 1 | -1 }>>();
  for (const row of removed) deltas.set(row.entryId, [...(deltas.get(row.entryId) ?? []), { row, sign: -1 }]);
  for (const row of added) deltas.set(row.entryId, [...(deltas.get(row.entryId) ?? []), { row, sign: 1 }]);
  await Promise.all(
    [...deltas].map(async ([entryId, changes]) => {
      const st = (await stats.get(entryId)) ?? { entryId, sources: 0, with: {}, spellings: {} };
      for (const { row, sign } of changes) {
        st.sources += sign;
        for (const other of row.with ? row.with.split(' ') : []) {
          const n = (st.with[other] ?? 0) + sign;
          if (n > 0) st.with[other] = n;
          else delete st.with[other];
        }
        const outlet = row.outlet ?? '';
        for (const raw of row.surfaces.split(SEP)) {
          const surface = raw.replace(/\s+/g, ' ');
          const byOutlet = (st.spellings[surface] ??= {});
          const n = (byOutlet[outlet] ?? 0) + sign;
          if (n > 0) byOutlet[outlet] = n;
          else delete byOutlet[outlet];
          if (Object.keys(byOutlet).length === 0) delete st.spellings[surface];
        }
      }
      await (st.sources > 0 ? stats.put(st) : stats.delete(entryId));
    }),
  );
}

const WRITE_STORES = ['sources', 'texts', 'mentions', 'stats'] as const;
type WriteTx = IDBPTransaction<CorpusDb, typeof WRITE_STORES extends readonly (infer T)[] ? T[] : never, 'readwrite'>;

/** Writes a source, its text and its mentions, replacing what it had, inside the caller's transaction. */
async function writeSource(tx: WriteTx, source: CorpusSource, mentions: readonly CorpusMention[]): Promise<void> {
  const byEntry = new Map<string, CorpusMention[]>();
  for (const m of mentions) {
    const list = byEntry.get(m.entryId);
    if (list) list.push(m);
    else byEntry.set(m.entryId, [m]);
  }
  const mentionStore = tx.objectStore('mentions');
  const old = await mentionStore.index('bySource').getAll(source.id);
  const rows = [...byEntry].map(([entryId, ms]) => pack(entryId, source, ms, [...byEntry.keys()]));
  await Promise.all([
    ...old.map((r) => mentionStore.delete([r.entryId, r.sourceId])),
    tx.objectStore('sources').put({ ...metaOf(source), mentionCount: mentions.length }),
    tx.objectStore('texts').put({ id: source.id, paragraphs: source.paragraphs }),
    ...rows.map((r) => mentionStore.put(r)),
    updateStats(tx.objectStore('stats'), old, rows),
  ]);
}

/**
 * Runs `write` in one read-write transaction and commits it; if `write` throws (a value that
 * cannot be stored throws at once, without aborting anything), the transaction is aborted, so
 * that what `write` did before the error is not committed on its own.
 */
async function inWriteTx<T>(db: IDBPDatabase<CorpusDb>, write: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  let result: T;
  try {
    result = await write(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser (quota, disk): nothing was kept either way.
    }
    await tx.done.catch(() => undefined);
    // A request failed because the browser aborted the transaction: its reason (the quota, the
    // disk) is the transaction's error, not the request's "The transaction was aborted".
    throw tx.error ?? error;
  }
  await tx.done;
  return result;
}

export class IdbCorpusStore implements CorpusStore {
  private readonly conn: Reconnecting<IDBPDatabase<CorpusDb>>;

  constructor(private readonly name = CORPUS_DB_NAME) {
    this.conn = new Reconnecting((lost) =>
      openDB<CorpusDb>(this.name, CORPUS_DB_VERSION, {
        upgrade(db, oldVersion) {
          if (oldVersion < 1) {
            const sources = db.createObjectStore('sources', { keyPath: 'id' });
            sources.createIndex('byUrl', 'url');
            sources.createIndex('byHash', 'contentHash');
            const mentions = db.createObjectStore('mentions', { keyPath: ['entryId', 'sourceId'] });
            mentions.createIndex('bySource', 'sourceId');
            db.createObjectStore('meta', { keyPath: 'key' });
            db.createObjectStore('texts', { keyPath: 'id' });
            mentions.createIndex('byEntryNewest', ['entryId', 'dateKey', 'ingestedAt']);
            db.createObjectStore('stats', { keyPath: 'entryId' });
          }
        },
        // Another context upgrades the schema: let it, and reopen on next use.
        blocking: lost,
        // The browser closed the connection (disk error, storage cleared): reopen on next use.
        terminated: lost,
      }),
    );
  }

  /** Closes the connection (tests; the next request reopens it). */
  close(): void {
    this.conn.drop();
  }

  putSource(source: CorpusSource, mentions: readonly CorpusMention[]): Promise<void> {
    return this.conn.run((db) => inWriteTx(db, (tx) => writeSource(tx, source, mentions)));
  }

  /**
   * Stores many sources in one transaction: all of them or, if anything fails (the disk, the
   * quota, a worker stopped mid-way), none. A source with the id, canonical URL or text of a
   * stored one (or of one earlier in the same batch) takes its place.
   */
  importSources(items: ReadonlyArray<{ source: CorpusSource; mentions: readonly CorpusMention[] }>): Promise<{ added: number; updated: number }> {
    return this.conn.run((db) => inWriteTx(db, async (tx) => {
      let added = 0;
      let updated = 0;
      for (const { source, mentions } of items) {
        const sources = tx.objectStore('sources');
        const existing =
          (await sources.getKey(source.id)) ??
          (source.url ? await sources.index('byUrl').getKey(source.url) : undefined) ??
          (await sources.index('byHash').getKey(source.contentHash));
        if (existing === undefined) {
          added++;
          await writeSource(tx, source, mentions);
        } else {
          updated++;
          await writeSource(tx, { ...source, id: existing }, existing === source.id ? mentions : mentions.map((m) => ({ ...m, sourceId: existing })));
        }
      }
      return { added, updated };
    }));
  }

  getSource(id: string): Promise<CorpusSource | undefined> {
    return this.conn.run(async (db) => {
      const tx = db.transaction(['sources', 'texts']);
      const [meta, text] = await Promise.all([tx.objectStore('sources').get(id), tx.objectStore('texts').get(id)]);
      if (!meta || !text) return undefined;
      const { mentionCount: _count, ...rest } = meta;
      return { ...rest, paragraphs: text.paragraphs };
    });
  }

  deleteSource(id: string): Promise<void> {
    return this.conn.run((db) =>
      inWriteTx(db, async (tx) => {
        const mentionStore = tx.objectStore('mentions');
        const old = await mentionStore.index('bySource').getAll(id);
        await Promise.all([
          ...old.map((r) => mentionStore.delete([r.entryId, r.sourceId])),
          tx.objectStore('sources').delete(id),
          tx.objectStore('texts').delete(id),
          updateStats(tx.objectStore('stats'), old, []),
        ]);
      }),
    );
  }

  getSources(ids: readonly string[]): Promise<Array<CorpusSource | undefined>> {
    return this.conn.run(async (db) => {
      const tx = db.transaction(['sources', 'texts']);
      const metas = tx.objectStore('sources');
      const texts = tx.objectStore('texts');
      return Promise.all(
        ids.map(async (id) => {
          const [meta, text] = await Promise.all([metas.get(id), texts.get(id)]);
          if (!meta || !text) return undefined;
          const { mentionCount: _count, ...rest } = meta;
          return { ...rest, paragraphs: text.paragraphs };
        }),
      );
    });
  }

  /** Every source with its text (export). */
  listSources(): Promise<CorpusSource[]> {
    return this.conn.run(async (db) => {
      const tx = db.transaction(['sources', 'texts']);
      const [metas, texts] = await Promise.all([tx.objectStore('sources').getAll(), tx.objectStore('texts').getAll()]);
      const byId = new Map(texts.map((t) => [t.id, t.paragraphs]));
      return metas.flatMap(({ mentionCount: _count, ...m }) => (byId.has(m.id) ? [{ ...m, paragraphs: byId.get(m.id)! }] : []));
    });
  }

  /** Every source without its text (lists, staleness checks). */
  async listSourceMeta(): Promise<SourceMeta[]> {
    return this.conn.run((db) => db.getAll('sources'));
  }

  async mentionsForEntry(entryId: string): Promise<CorpusMention[]> {
    const rows = await this.conn.run((db) => db.getAll('mentions', IDBKeyRange.bound([entryId, ''], [entryId, '\uffff'])));
    return rows.flatMap(unpack);
  }

  /**
   * Cross-references without reading every row: the newest `limit` rows through the
   * [entry, date, ingestion] index, walked backwards, and the running totals.
   */
  entryDigest(entryId: string, limit: number): Promise<EntryDigest> {
    return this.conn.run(async (db) => {
      const tx = db.transaction(['mentions', 'stats']);
      const rows: EntrySourceRow[] = [];
      let cursor = await tx.objectStore('mentions').index('byEntryNewest').openCursor(IDBKeyRange.bound([entryId, '', ''], [entryId, '\uffff', '\uffff']), 'prev');
      while (cursor && rows.length < limit) {
        const row = cursor.value;
        rows.push({ sourceId: row.sourceId, mentions: unpack(row) });
        cursor = await cursor.continue();
      }
      const st = await tx.objectStore('stats').get(entryId);
      return {
        rows,
        with: st ? Object.entries(st.with).map(([id, sources]) => ({ entryId: id, sources })) : [],
        spellings: st
          ? Object.entries(st.spellings).map(([surface, outlets]) => ({
              surface,
              count: Object.values(outlets).reduce((a, b) => a + b, 0),
              outlets: Object.entries(outlets).filter(([o]) => o !== '').map(([outlet, count]) => ({ outlet, count })),
            }))
          : [],
      };
    });
  }

  async mentionsForSource(id: string): Promise<CorpusMention[]> {
    const rows = await this.conn.run((db) => db.getAllFromIndex('mentions', 'bySource', id));
    return rows.flatMap(unpack);
  }

  findByUrlOrHash(url: string | null, contentHash: string): Promise<CorpusSource | undefined> {
    return this.conn.run(async (db) => {
      const found = (url ? await db.getFromIndex('sources', 'byUrl', url) : undefined) ?? (await db.getFromIndex('sources', 'byHash', contentHash));
      return found ? this.getSource(found.id) : undefined;
    });
  }

  /** The id of the stored source with this id, canonical URL or content, reading metadata only. */
  findExistingId(id: string, url: string | null, contentHash: string): Promise<string | undefined> {
    return this.conn.run(async (db) => {
      const tx = db.transaction('sources');
      const byId = await tx.store.getKey(id);
      if (byId !== undefined) return byId;
      const byUrl = url ? await tx.store.index('byUrl').getKey(url) : undefined;
      return byUrl ?? (await tx.store.index('byHash').getKey(contentHash));
    });
  }

  async count(): Promise<number> {
    return this.conn.run((db) => db.count('sources'));
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.conn.run((db) => db.get('meta', key)))?.value as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.conn.run((db) => db.put('meta', { key, value }));
  }

  /** Sources counting an entry, from the keys alone. */
  async countSourcesFor(entryId: string): Promise<number> {
    return this.conn.run((db) => db.count('mentions', IDBKeyRange.bound([entryId, ''], [entryId, '\uffff'])));
  }
}
