/**
 * Adding an article to a corpus, one rule for the extension and the CLI: the same article
 * already stored — under the same id, the same canonical URL, or the same text — is updated
 * under the id it already has (so the reader's links to it hold), keeping the fields the reader
 * corrected in its record, and any other copy of it is removed rather than kept as a duplicate.
 */
import type { CorpusMention, CorpusSource, CorpusStore } from '../corpus/types.ts';

export interface SavedSource {
  source: CorpusSource;
  updated: boolean;
}

export async function addOrUpdateSource(store: CorpusStore, source: CorpusSource, mentions: readonly CorpusMention[]): Promise<SavedSource> {
  const found = [
    await store.getSource(source.id),
    await store.findByUrlOrHash(source.url, source.contentHash),
    await store.findByUrlOrHash(null, source.contentHash),
  ].flatMap((s) => (s ? [s.id] : []));
  const previous = [...new Set(found)];
  const id = previous[0] ?? source.id;
  // What the reader corrected in the stored record wins over what the page says now.
  const stored = previous.length ? await store.getSource(id) : null;
  const corrected: Partial<CorpusSource> = {};
  for (const field of stored?.edited ?? []) Object.assign(corrected, { [field]: stored![field] });
  for (const other of previous.slice(1)) await store.deleteSource(other);
  const kept: CorpusSource = { ...source, id, ...corrected, ...(stored?.edited?.length ? { edited: stored.edited } : {}) };
  await store.putSource(
    kept,
    id === source.id ? mentions : mentions.map((m) => ({ ...m, sourceId: id })),
  );
  return { source: kept, updated: previous.length > 0 };
}
