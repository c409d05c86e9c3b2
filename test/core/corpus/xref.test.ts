/**
 * Cross-references over the in-memory store: the default sources quoted for Aurus, newest
 * first; entries that share sources; spellings with their outlets; the count for the hover
 * card; and the memory store's own guarantees (atomic replace, delete, lookups, copies).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../../../src/core/match/index.ts';
import { defaultSourceInputs } from '../../../src/core/corpus/default-sources.ts';
import { ingestText, type IngestContext, type IngestInput } from '../../../src/core/corpus/ingest.ts';
import { createMemoryStore } from '../../../src/core/corpus/memory-store.ts';
import { countSources, crossReferences } from '../../../src/core/corpus/xref.ts';
import type { CorpusCrossReferences } from '../../../src/core/corpus/types.ts';
import type { CrossReferences } from '../../../src/messaging/shapes.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SOURCES = join(ROOT, 'src/data/sources');
const META = JSON.parse(readFileSync(join(SOURCES, 'sources.json'), 'utf8')) as Array<{ file: string }>;
const FILES = META.map((m) => ({ file: m.file, text: readFileSync(join(SOURCES, m.file), 'utf8') }));
const MATCHER = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
const ctx = (now: string): IngestContext => ({ matcher: MATCHER, glossaryVersion: 'test', now });

const [INPUT_0, INPUT_2] = defaultSourceInputs(FILES, META) as [IngestInput, IngestInput];
const LATER: IngestInput = {
  text: 'Le Monde revient sur la limousine Aurus offerte à Kim Jong-un par Vladimir Poutine, et sur les sanctions de l’ONU.',
  url: 'https://www.lemonde.example/international/aurus',
  title: 'Retour sur la limousine',
  outlet: 'Le Monde',
  date: '2024-02-22',
  lang: 'fr',
};

/** The two default sources (the second ingested later) and one article published later still. */
async function filledStore() {
  const store = createMemoryStore();
  const a = ingestText(INPUT_0, ctx('2024-03-01T10:00:00.000Z'));
  const b = ingestText(INPUT_2, ctx('2024-03-02T10:00:00.000Z'));
  const c = ingestText(LATER, ctx('2024-03-01T09:00:00.000Z'));
  for (const r of [a, b, c]) await store.putSource(r.source, r.mentions);
  return { store, a, b, c };
}

describe('crossReferences', () => {
  it('has exactly the shape of the messaging protocol', () => {
    expectTypeOf<CorpusCrossReferences>().toEqualTypeOf<CrossReferences>();
  });

  it('quotes Aurus in both default sources, newest first (by date, then by ingestion time)', async () => {
    const { store, a, b, c } = await filledStore();
    const refs = await crossReferences(store, 'aurus');
    expect(refs.entryId).toBe('aurus');
    expect(refs.sources.map((s) => s.id)).toEqual([c.source.id, b.source.id, a.source.id]);
    const [, second, third] = refs.sources;
    expect(second).toMatchObject({ title: 'Le Kremlin confirme : une Aurus pour Kim Jong-un', date: '2024-02-20', outlet: null, url: null, lang: 'fr' });
    expect(third!.title).toBe('Poutine offre à Kim Jong Un une voiture de fabrication russe');
    for (const s of refs.sources) {
      expect(s.mentions.length).toBeGreaterThan(0);
      for (const m of s.mentions) {
        expect(m.quote.slice(m.quoteStart, m.quoteEnd)).toBe(m.surface);
        expect(m.quote.length).toBeLessThanOrEqual(300);
      }
    }
    expect(second!.mentions.find((m) => m.surface === 'Aurus')!.quote).toContain('C\'est une voiture Aurus');
    expect(third!.mentions.find((m) => m.surface === 'Aurus')!.quote).toMatch(/^Selon l’agence de presse russe Tass, Aurus a été la première marque russe/);
  });

  it('lists the entries that share sources, most shared first', async () => {
    const { store } = await filledStore();
    const { cooccurring } = await crossReferences(store, 'aurus');
    expect(cooccurring.slice(0, 2).map((c) => c.sources)).toEqual([3, 3]);
    expect(cooccurring.find((c) => c.entryId === 'vladimir-putin')).toEqual({ entryId: 'vladimir-putin', sources: 3 });
    expect(cooccurring.find((c) => c.entryId === 'kim-jong-un')).toEqual({ entryId: 'kim-jong-un', sources: 3 });
    expect(cooccurring.find((c) => c.entryId === 'aurus')).toBeUndefined();
    for (let i = 1; i < cooccurring.length; i++) expect(cooccurring[i - 1]!.sources).toBeGreaterThanOrEqual(cooccurring[i]!.sources);
  });

  it('counts spellings with the outlets that use them', async () => {
    const { store } = await filledStore();
    const { spellings } = await crossReferences(store, 'kim-jong-un');
    const un = spellings.find((s) => s.surface === 'Kim Jong Un');
    const hyphen = spellings.find((s) => s.surface === 'Kim Jong-un');
    expect(un!.count).toBeGreaterThanOrEqual(4);
    expect(un!.outlets).toEqual([]);
    expect(hyphen!.count).toBeGreaterThanOrEqual(2);
    expect(hyphen!.outlets).toEqual([{ outlet: 'Le Monde', count: 1 }]);
    for (let i = 1; i < spellings.length; i++) expect(spellings[i - 1]!.count).toBeGreaterThanOrEqual(spellings[i]!.count);
  });

  it('limits the sources but not the statistics', async () => {
    const { store, c } = await filledStore();
    const refs = await crossReferences(store, 'aurus', { limit: 1, mentionsPerSource: 1 });
    expect(refs.sources.map((s) => s.id)).toEqual([c.source.id]);
    expect(refs.sources[0]!.mentions).toHaveLength(1);
    expect(refs.cooccurring.find((x) => x.entryId === 'vladimir-putin')!.sources).toBe(3);
  });

  it('flags the shipped articles and gives each source its author', async () => {
    const { store, a, b, c } = await filledStore();
    const refs = await crossReferences(store, 'aurus', { shippedIds: new Set([a.source.id, b.source.id]) });
    expect(refs.sources.map((s) => [s.id, s.shipped, s.outlet])).toEqual([
      [c.source.id, false, 'Le Monde'],
      [b.source.id, true, null],
      [a.source.id, true, null],
    ]);
    expect(refs.sources.every((s) => s.author === null)).toBe(true);
    expect((await crossReferences(store, 'aurus')).sources.every((s) => !s.shipped)).toBe(true);
  });

  it('never shows a host as an outlet, not even one an older version stored', async () => {
    const store = createMemoryStore();
    const r = ingestText({ text: 'Kim Jong-un a reçu une Aurus.', url: 'http://127.0.0.1:8080/a', title: 'A', outlet: '127.0.0.1', lang: 'fr' }, ctx('2024-03-01T10:00:00.000Z'));
    const s = ingestText({ text: 'Kim Jong-un a reçu une autre Aurus.', url: 'https://www.lequotidien.example/b', title: 'B', outlet: 'lequotidien.example', lang: 'fr' }, ctx('2024-03-01T10:00:00.000Z'));
    for (const x of [r, s]) await store.putSource(x.source, x.mentions);
    const refs = await crossReferences(store, 'kim-jong-un');
    expect(refs.sources.map((x) => x.outlet)).toEqual([null, null]);
    expect(refs.spellings.flatMap((x) => x.outlets)).toEqual([]);
  });

  it('quotes a sentence once when it names the entry twice, marking both', async () => {
    const store = createMemoryStore();
    const text = [
      'Vladimir Poutine a offert une Aurus, et Poutine l’a conduite lui-même. Une autre phrase suit, sans nom.',
      `Poutine ouvre ce paragraphe. ${'Une phrase très longue sans aucun nom propre, qui continue encore et encore, '.repeat(6)}et Poutine la finit.`,
    ].join('\n\n');
    const r = ingestText({ text, title: 'Deux fois', lang: 'fr', url: 'https://x.example/deux' }, ctx('2024-03-01T10:00:00.000Z'));
    expect(r.mentions.filter((m) => m.entryId === 'vladimir-putin')).toHaveLength(4);
    await store.putSource(r.source, r.mentions);
    const [source] = (await crossReferences(store, 'vladimir-putin')).sources;
    // The first sentence is quoted once with both names marked; the long paragraph's names are far apart: two quotes.
    expect(source!.mentions).toHaveLength(3);
    const [first, second, third] = source!.mentions;
    expect(first!.also).toEqual([expect.objectContaining({ surface: 'Poutine' })]);
    expect(new Set(source!.mentions.map((m) => m.quote)).size).toBe(3);
    for (const m of [first!, second!, third!]) {
      expect(m.quote.slice(m.quoteStart, m.quoteEnd)).toBe(m.surface);
      for (const x of m.also ?? []) expect(m.quote.slice(x.quoteStart, x.quoteEnd)).toBe(x.surface);
    }
    expect(second!.also).toBeUndefined();
    // The spelling statistics still count every mention.
    expect((await crossReferences(store, 'vladimir-putin')).spellings.reduce((n, s) => n + s.count, 0)).toBe(4);
  });

  it('answers with empty lists for an entry nobody mentions', async () => {
    const { store } = await filledStore();
    expect(await crossReferences(store, 'no-such-entry')).toEqual({ entryId: 'no-such-entry', sources: [], cooccurring: [], spellings: [] });
    expect(await countSources(store, 'no-such-entry')).toBe(0);
  });

  it('counts the sources of an entry', async () => {
    const { store } = await filledStore();
    expect(await countSources(store, 'aurus')).toBe(3);
    expect(await countSources(store, 'aurus-senat')).toBe(1);
  });
});

describe('the memory store', () => {
  it('replaces a source and all its mentions at once, keeping its place', async () => {
    const { store, a, b } = await filledStore();
    const few = { ...a.source, title: 'Remplacé' };
    await store.putSource(few, a.mentions.filter((m) => m.entryId === 'vladimir-putin'));
    expect((await store.getSource(a.source.id))!.title).toBe('Remplacé');
    expect(await store.mentionsForEntry('aurus').then((ms) => ms.some((m) => m.sourceId === a.source.id))).toBe(false);
    expect((await store.listSources()).map((s) => s.id)[0]).toBe(a.source.id);
    expect(await store.count()).toBe(3);
    expect(await countSources(store, 'aurus')).toBe(2);
    await expect(store.putSource(few, b.mentions)).rejects.toThrow(/another source/);
  });

  it('deletes a source with its mentions', async () => {
    const { store, a } = await filledStore();
    await store.deleteSource(a.source.id);
    await store.deleteSource('h-0000000000000000');
    expect(await store.getSource(a.source.id)).toBeUndefined();
    expect(await store.mentionsForSource(a.source.id)).toEqual([]);
    expect(await store.findByUrlOrHash(null, a.source.contentHash)).toBeUndefined();
    expect(await store.count()).toBe(2);
  });

  it('finds a source by URL first, then by content hash', async () => {
    const { store, a, c } = await filledStore();
    expect((await store.findByUrlOrHash(c.source.url, 'ffffffffffffffff'))!.id).toBe(c.source.id);
    expect((await store.findByUrlOrHash('https://other.example/', a.source.contentHash))!.id).toBe(a.source.id);
    expect((await store.findByUrlOrHash(c.source.url, a.source.contentHash))!.id).toBe(c.source.id);
    expect(await store.findByUrlOrHash(null, 'ffffffffffffffff')).toBeUndefined();
  });

  it('keeps finding a text stored twice when one copy is deleted', async () => {
    const store = createMemoryStore();
    const byHash = ingestText({ text: 'Kim Jong-un a reçu une Aurus.', title: 'A', lang: 'fr' }, ctx('2024-03-01T10:00:00.000Z'));
    const byUrl = ingestText({ text: 'Kim Jong-un a reçu une Aurus.', url: 'https://example.com/a', title: 'A', lang: 'fr' }, ctx('2024-03-01T10:00:00.000Z'));
    await store.putSource(byHash.source, byHash.mentions);
    await store.putSource(byUrl.source, byUrl.mentions);
    await store.deleteSource(byUrl.source.id);
    expect((await store.findByUrlOrHash(null, byHash.source.contentHash))!.id).toBe(byHash.source.id);
  });

  it('hands out copies', async () => {
    const { store, a } = await filledStore();
    const got = (await store.getSource(a.source.id))!;
    got.paragraphs.push('ajout');
    (await store.mentionsForSource(a.source.id))[0]!.surface = 'x';
    expect((await store.getSource(a.source.id))!.paragraphs).toEqual(a.source.paragraphs);
    expect((await store.mentionsForSource(a.source.id))[0]!.surface).toBe(a.mentions[0]!.surface);
  });
});

describe('the fast path over per-entry totals', () => {
  it('gives exactly what reading source by source gives', async () => {
    const store = createMemoryStore();
    const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
    const texts = ['Kim Jong-un a reçu une Aurus de Vladimir Poutine.', 'Une Aurus Senat pour Kim Jong-un, dit Tass.', 'Vladimir Poutine parle à Moscou.'];
    for (const [i, text] of texts.entries()) {
      const { source, mentions } = ingestText({ text, title: `T${i}`, outlet: i === 1 ? null : 'Le Fil', url: `https://x.example/${i}`, date: `2024-01-0${i + 1}` }, { matcher, glossaryVersion: 'v', now: 0 });
      await store.putSource(source, mentions);
    }
    // The same store without its fast path: the generic code reads every source.
    const { entryDigest: _, ...slow } = store;
    for (const id of ['kim-jong-un', 'vladimir-putin', 'aurus']) {
      expect(await crossReferences(store, id, { limit: 2 })).toEqual(await crossReferences(slow as typeof store, id, { limit: 2 }));
    }
  });
});
