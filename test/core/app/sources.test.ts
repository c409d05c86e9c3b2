/**
 * Adding an article that is already stored (src/core/app/sources.ts): the fields the reader
 * corrected in the panel stay as they set them; the others follow the page as read again; the
 * corpus file keeps which fields were corrected, and refuses a list of anything else.
 */
import { describe, expect, it } from 'vitest';
import { addOrUpdateSource } from '../../../src/core/app/sources.ts';
import { editSource } from '../../../src/core/corpus/edit.ts';
import { createMemoryStore } from '../../../src/core/corpus/memory-store.ts';
import { parseCorpus, serializeCorpus } from '../../../src/core/corpus/jsonl.ts';
import { contentHash, hashText } from '../../../src/core/corpus/hash.ts';
import type { CorpusSource } from '../../../src/core/corpus/types.ts';

const PARAGRAPHS = ['Un paragraphe écrit pour ce test, sur une page qui change de titre.'];
const READ: CorpusSource = {
  id: `u-${hashText('https://example.com/article')}`,
  url: 'https://example.com/article',
  title: 'Titre lu la première fois – Le Quotidien',
  outlet: null,
  author: null,
  date: '2024-03-05',
  lang: 'fr',
  paragraphs: PARAGRAPHS,
  contentHash: contentHash(PARAGRAPHS),
  ingestedAt: '2024-03-06T10:00:00.000Z',
  glossaryVersion: 'v',
};

describe('adding again an article the reader corrected', () => {
  it('keeps the corrected fields and takes the rest from the page as read again', async () => {
    const store = createMemoryStore();
    await addOrUpdateSource(store, READ, []);
    const edited = editSource((await store.getSource(READ.id))!, { title: 'Le vrai titre', author: 'Jeanne Martin' });
    expect(edited.ok && edited.source.edited).toEqual(['title', 'author']);
    if (edited.ok) await store.putSource(edited.source, []);

    const again = await addOrUpdateSource(store, { ...READ, title: 'Titre lu la seconde fois', author: 'Rédaction', date: '2024-03-06' }, []);
    expect(again.updated).toBe(true);
    const stored = (await store.getSource(READ.id))!;
    expect([stored.title, stored.author, stored.date, stored.edited]).toEqual(['Le vrai titre', 'Jeanne Martin', '2024-03-06', ['title', 'author']]);
  });

  it('an article never corrected follows the page', async () => {
    const store = createMemoryStore();
    await addOrUpdateSource(store, READ, []);
    await addOrUpdateSource(store, { ...READ, title: 'Nouveau titre' }, []);
    const stored = (await store.getSource(READ.id))!;
    expect([stored.title, stored.edited]).toEqual(['Nouveau titre', undefined]);
  });

  it('the corpus file keeps the corrected fields, and refuses a list of anything else', () => {
    const text = serializeCorpus([{ source: { ...READ, edited: ['title'] }, mentions: [] }]);
    const parsed = parseCorpus(text);
    expect(parsed.ok && parsed.items[0]!.source.edited).toEqual(['title']);
    expect(parseCorpus(serializeCorpus([{ source: READ, mentions: [] }])).ok).toBe(true);
    expect(parseCorpus(text.replace('"edited":["title"]', '"edited":["paragraphs"]')).ok).toBe(false);
    expect(parseCorpus(text.replace('"edited":["title"]', '"edited":["title","title"]')).ok).toBe(false);
  });
});
