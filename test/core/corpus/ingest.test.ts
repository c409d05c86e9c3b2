/**
 * Ingestion of the two default articles and of small texts: language, paragraphs, mentions
 * whose offsets slice their paragraph to the surface, short forms resolved across paragraphs,
 * stable ids (by canonical URL, else by text), limits, reindexing; and the content hash.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../../../src/core/match/index.ts';
import { defaultSourceInputs } from '../../../src/core/corpus/default-sources.ts';
import { contentHash, hashText } from '../../../src/core/corpus/hash.ts';
import { IngestError, ingestText, reindex, type IngestContext } from '../../../src/core/corpus/ingest.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SOURCES = join(ROOT, 'src/data/sources');
const META = JSON.parse(readFileSync(join(SOURCES, 'sources.json'), 'utf8')) as Array<{ file: string }>;
const FILES = META.map((m) => ({ file: m.file, text: readFileSync(join(SOURCES, m.file), 'utf8') }));
const CONTEXT: IngestContext = { matcher: createMatcher(compileMatchTable(BUILTIN_ENTRIES)), glossaryVersion: 'test-1', now: '2024-03-01T10:00:00.000Z' };

const ingestDefaults = () => defaultSourceInputs(FILES, META).map((input) => ingestText(input, CONTEXT));

describe('hash', () => {
  it('is FNV-1a 64-bit over UTF-8 (published test vectors)', () => {
    expect(hashText('')).toBe('cbf29ce484222325');
    expect(hashText('a')).toBe('af63dc4c8601ec8c');
    expect(hashText('foobar')).toBe('85944171f73967e8');
    expect(hashText('Poutine à Séoul 😀')).toMatch(/^[0-9a-f]{16}$/);
  });
  it('hashes content the same whatever its spacing, line breaks or Unicode composition', () => {
    expect(contentHash('Kim  Jong-un\n\na dit.')).toBe(contentHash(['Kim Jong-un', 'a dit.']));
    expect(contentHash('Séoul')).toBe(contentHash('Se\u0301oul'));
    expect(contentHash('Kim Jong-un')).not.toBe(contentHash('Kim Jong-il'));
  });
});

describe('ingesting the default sources', () => {
  it('keeps their metadata and finds Aurus in both', () => {
    const results = ingestDefaults();
    expect(results).toHaveLength(2);
    for (const { source, mentions } of results) {
      expect(source.lang).toBe('fr');
      expect(source.date).toBe('2024-02-20');
      expect(source.url).toBeNull();
      expect(source.id).toBe(`h-${source.contentHash}`);
      expect(source.ingestedAt).toBe('2024-03-01T10:00:00.000Z');
      expect(source.glossaryVersion).toBe('test-1');
      expect(source.paragraphs.length).toBeGreaterThan(3);
      expect(mentions.filter((m) => m.entryId === 'aurus').length).toBeGreaterThan(0);
      expect(mentions.some((m) => m.entryId === 'vladimir-putin')).toBe(true);
      expect(mentions.some((m) => m.entryId === 'kim-jong-un')).toBe(true);
    }
    expect(results[0]!.source.title).toBe('Poutine offre à Kim Jong Un une voiture de fabrication russe');
    expect(results[0]!.source.id).not.toBe(results[1]!.source.id);
  });

  it('gives mentions whose offsets slice their paragraph to the surface', () => {
    for (const { source, mentions } of ingestDefaults()) {
      expect(mentions.length).toBeGreaterThan(10);
      for (const m of mentions) {
        expect(m.sourceId).toBe(source.id);
        expect(source.paragraphs[m.paragraph]!.slice(m.start, m.end)).toBe(m.surface);
      }
    }
  });

  it('records the typo « Anrus Senat » as a misspelling of the Aurus Senat', () => {
    const [first] = ingestDefaults();
    expect(first!.mentions.find((m) => m.surface === 'Anrus Senat')).toMatchObject({ entryId: 'aurus-senat', match: 'misspelling' });
  });

  it('refuses default-source metadata without its text', () => {
    expect(() => defaultSourceInputs([], META)).toThrow(/was not given/);
    expect(() => defaultSourceInputs(FILES, [{ file: 'x.txt' }])).toThrow(/not \{file/);
  });
});

describe('ingestText', () => {
  it('resolves a short form to the person named in full in an earlier paragraph', () => {
    const { mentions } = ingestText({ text: 'Vladimir Poutine est arrivé à Pyongyang mardi.\n\nPoutine a ensuite rencontré les dirigeants.', title: 't', lang: 'fr' }, CONTEXT);
    const second = mentions.filter((m) => m.paragraph === 1);
    expect(second).toEqual([expect.objectContaining({ entryId: 'vladimir-putin', surface: 'Poutine', start: 0, end: 7 })]);
  });

  it('detects the language, weighing the declared one', () => {
    const en = ingestText({ text: 'North Korean leader Kim Jong Un has received a Russian-made car from President Vladimir Putin for his personal use, the state media of the North reported on Tuesday. Observers said that the gift could violate the sanctions of the United Nations, which ban the export of luxury goods to the country.', title: 't', declaredLang: 'fr' }, CONTEXT);
    expect(en.source.lang).toBe('en');
    expect(en.mentions.map((m) => m.entryId)).toContain('kim-jong-un');
  });

  it('finds nothing in a text in another language', () => {
    const { source, mentions } = ingestText({ text: 'Kim Jong Un hat von Wladimir Putin ein Auto bekommen.', title: 't', lang: 'other' }, CONTEXT);
    expect(source.lang).toBe('other');
    expect(mentions).toEqual([]);
  });

  it('gives the same id to the same URL, whatever its tracking parameters or text', () => {
    const a = ingestText({ text: 'Kim Jong-un a reçu une Aurus.', url: 'https://example.com/a?utm_source=x#top', title: 'A' }, CONTEXT);
    const b = ingestText({ text: 'Kim Jong-un a reçu une Aurus Senat, une limousine.', url: 'https://EXAMPLE.com/a', title: 'A (mis à jour)' }, CONTEXT);
    expect(a.source.id).toMatch(/^u-[0-9a-f]{16}$/);
    expect(b.source.id).toBe(a.source.id);
    expect(a.source.url).toBe('https://example.com/a');
    expect(b.source.contentHash).not.toBe(a.source.contentHash);
  });

  it('gives the same id to the same text without URL, whatever its spacing', () => {
    const a = ingestText({ text: 'Kim Jong-un a reçu une Aurus.\n\nSéoul proteste.', title: 'A' }, CONTEXT);
    const b = ingestText({ paragraphs: ['  Kim Jong-un a reçu   une Aurus.', 'Séoul proteste.'], title: 'B' }, CONTEXT);
    expect(b.source.id).toBe(a.source.id);
    expect(b.source.paragraphs).toEqual(['Kim Jong-un a reçu une Aurus.', 'Séoul proteste.']);
  });

  it('cleans the metadata and falls back to the first paragraph for a missing title', () => {
    const { source } = ingestText({ text: 'Séoul proteste contre le cadeau.', title: '  ', outlet: ' Le  Quotidien ', author: '', date: '20 février 2024' }, CONTEXT);
    expect(source).toMatchObject({ title: 'Séoul proteste contre le cadeau.', outlet: 'Le Quotidien', author: null, date: '2024-02-20' });
  });

  it('refuses an empty text and texts over the limits', () => {
    expect(() => ingestText({ text: ' \n ', title: 't' }, CONTEXT)).toThrow(IngestError);
    expect(() => ingestText({ text: 'x'.repeat(100_001), title: 't' }, CONTEXT)).toThrow(expect.objectContaining({ problem: { code: 'paragraphTooLong', values: [100_001, 100_000] } }));
    expect(() => ingestText({ text: 'a', title: 't' }, { ...CONTEXT, now: 'not a date' })).toThrow(IngestError);
  });
});

describe('reindex', () => {
  it('finds the mentions again with another glossary and records its version', () => {
    const [first] = ingestDefaults();
    const few = createMatcher(compileMatchTable(BUILTIN_ENTRIES.filter((e) => e.id === 'aurus' || e.id === 'vladimir-putin')));
    const again = reindex(first!.source, few, 'test-2');
    expect(again.source.glossaryVersion).toBe('test-2');
    expect(again.source.id).toBe(first!.source.id);
    expect(new Set(again.mentions.map((m) => m.entryId))).toEqual(new Set(['aurus', 'vladimir-putin']));
    expect(reindex(first!.source, CONTEXT.matcher, 'test-1').mentions).toEqual(first!.mentions);
  });
});
