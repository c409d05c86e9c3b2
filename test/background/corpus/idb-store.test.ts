import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IdbCorpusStore } from '../../../src/background/corpus/idb-store.ts';
import type { CorpusMention, CorpusSource } from '../../../src/core/corpus/types.ts';

let counter = 0;
function item(i: number, extra: Partial<CorpusSource> = {}): { source: CorpusSource; mentions: CorpusMention[] } {
  const id = `s${i}`;
  const source = {
    id,
    url: `https://news.example/${i}`,
    title: `Article ${i}`,
    outlet: 'news.example',
    author: null,
    date: '2026-01-01',
    lang: 'fr',
    ingestedAt: '2026-02-01T00:00:00.000Z',
    glossaryVersion: 'v1',
    contentHash: `hash${i}`,
    paragraphs: [`Kim Jong-un à Pyongyang, article ${i}.`],
    ...extra,
  } as CorpusSource;
  const mentions: CorpusMention[] = [{ sourceId: id, entryId: 'kim-jong-un', paragraph: 0, start: 0, end: 11, surface: 'Kim Jong-un', match: 'name' } as CorpusMention];
  return { source, mentions };
}

const fresh = () => new IdbCorpusStore(`test-corpus-${++counter}`);

describe('the IndexedDB corpus: imports', () => {
  it('stores a whole batch in one go and counts what was added and replaced', async () => {
    const store = fresh();
    await store.putSource(item(1).source, item(1).mentions);
    const batch = [item(1, { title: 'Article 1, updated' }), ...Array.from({ length: 39 }, (_, k) => item(k + 2))];
    expect(await store.importSources(batch)).toEqual({ added: 39, updated: 1 });
    expect(await store.count()).toBe(40);
    expect((await store.getSource('s1'))?.title).toBe('Article 1, updated');
    expect(await store.countSourcesFor('kim-jong-un')).toBe(40);
  });

  it('keeps nothing of a batch that fails part-way, and what was there stays', async () => {
    const store = fresh();
    await store.putSource(item(100).source, item(100).mentions);
    // Source 30 cannot be stored (a value IndexedDB cannot copy): the whole batch must go.
    const batch = Array.from({ length: 40 }, (_, k) => (k === 29 ? item(k, { outlet: (() => 'x') as unknown as string }) : item(k)));
    await expect(store.importSources(batch)).rejects.toThrow();
    expect(await store.count()).toBe(1);
    expect(await store.countSourcesFor('kim-jong-un')).toBe(1);
    expect((await store.listSourceMeta()).map((s) => s.id)).toEqual(['s100']);
  });

  it('merges a batch entry with one earlier in the same batch (same URL)', async () => {
    const store = fresh();
    const twin = item(2, { id: 'other', contentHash: 'other-hash', url: 'https://news.example/1' });
    expect(await store.importSources([item(1), twin])).toEqual({ added: 1, updated: 1 });
    expect(await store.count()).toBe(1);
  });
});

describe('the IndexedDB corpus: a connection that closes', () => {
  it('answers again after its connection was closed under it', async () => {
    const store = fresh();
    await store.putSource(item(1).source, item(1).mentions);
    // The browser closing the connection (disk error, storage cleared) looks like this.
    const db = await (store as unknown as { conn: { get(): Promise<IDBDatabase> } }).conn.get();
    db.close();
    expect(await store.count()).toBe(1);
    await store.importSources([item(2)]);
    expect(await store.count()).toBe(2);
  });
});
