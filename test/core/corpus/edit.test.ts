/**
 * The reader's corrections to a source's record: each field changed alone, empty text meaning
 * unknown, refusals with their reason, and an edited source that the corpus file still accepts.
 */
import { describe, expect, it } from 'vitest';
import { editSource, fieldsOf } from '../../../src/core/corpus/edit.ts';
import { parseCorpus, serializeCorpus } from '../../../src/core/corpus/jsonl.ts';
import { CORPUS_LIMITS, type CorpusSource } from '../../../src/core/corpus/types.ts';
import { contentHash } from '../../../src/core/corpus/hash.ts';

const PARAGRAPHS = ['Un paragraphe écrit pour ce test.'];
const SOURCE: CorpusSource = {
  id: `h-${contentHash(PARAGRAPHS)}`,
  url: null,
  title: 'Titre lu sur la page',
  outlet: '127.0.0.1',
  author: null,
  date: null,
  lang: 'fr',
  paragraphs: PARAGRAPHS,
  contentHash: contentHash(PARAGRAPHS),
  ingestedAt: '2024-03-06T10:00:00.000Z',
  glossaryVersion: 'v',
};

describe('editSource', () => {
  it('changes the given fields only, and an emptied outlet or author becomes unknown', () => {
    const r = editSource(SOURCE, { title: '  Le vrai   titre ', outlet: '  ', author: 'Jeanne Martin', date: '2024-03-06' });
    expect(r.ok && fieldsOf(r.source)).toEqual({ title: 'Le vrai titre', outlet: null, author: 'Jeanne Martin', date: '2024-03-06', lang: 'fr' });
    expect(r.ok && r.source.paragraphs).toBe(SOURCE.paragraphs);
    expect(SOURCE.title).toBe('Titre lu sur la page');
    const cleared = editSource({ ...SOURCE, date: '2024-03-06' }, { date: null, lang: 'en' });
    expect(cleared.ok && [cleared.source.date, cleared.source.lang]).toEqual([null, 'en']);
  });

  it.each([
    [{ title: '   ' }, 'title-empty'],
    [{ title: 'x'.repeat(CORPUS_LIMITS.titleChars + 1) }, 'too-long'],
    [{ author: 'x'.repeat(CORPUS_LIMITS.fieldChars + 1) }, 'too-long'],
    [{ date: '2024-02-30' }, 'date-invalid'],
    [{ date: '06/03/2024' }, 'date-invalid'],
    [{ lang: 'de' as 'fr' }, 'lang-invalid'],
  ])('refuses %o: %s', (edit, error) => {
    expect(editSource(SOURCE, edit)).toEqual({ ok: false, error });
  });

  it('gives a source the corpus file still reads', () => {
    const r = editSource(SOURCE, { title: 'Nouveau', outlet: 'Le Journal', author: 'A. B.', date: '2024-03-06', lang: 'other' });
    if (!r.ok) throw new Error(r.error);
    const parsed = parseCorpus(serializeCorpus([{ source: r.source, mentions: [] }]));
    expect(parsed.ok && parsed.items[0]!.source).toEqual(r.source);
  });
});
