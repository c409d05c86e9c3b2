/**
 * The corpus file format: a round trip keeps every field; every kind of malformed line is
 * refused with its line number and reason, and a file with any error imports nothing.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../../../src/core/match/index.ts';
import { ingestText } from '../../../src/core/corpus/ingest.ts';
import { parseCorpus, serializeCorpus, type CorpusFileError } from '../../../src/core/corpus/jsonl.ts';
import type { ProblemCode } from '../../../src/core/problems.ts';
import { englishProblem } from '../../../src/cli/english.ts';
import type { CorpusItem } from '../../../src/core/corpus/types.ts';

const MATCHER = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
const CTX = { matcher: MATCHER, glossaryVersion: 'test', now: '2024-03-01T10:00:00.000Z' };
const ITEMS: CorpusItem[] = [
  ingestText({ text: 'Vladimir Poutine a offert une Aurus à Kim Jong-un.\n\nSéoul proteste contre ce cadeau.', url: 'https://example.com/a', title: 'Une Aurus', outlet: 'Exemple', author: 'A. B.', date: '2024-02-20', lang: 'fr' }, CTX),
  ingestText({ text: 'Kim Yo-jong a remercié Moscou.', title: 'Remerciements', lang: 'fr' }, CTX),
];

const HEADER = '{"glose":"corpus","version":1}';
type Json = Record<string, unknown>;

/** The valid file, with the first source's line (line 2) passed through `edit`. */
function fileWith(edit: (line: { source: Json; mentions: Json[] }) => unknown): string {
  const [, first, second] = serializeCorpus(ITEMS).trimEnd().split('\n');
  const edited = edit(JSON.parse(first!) as { source: Json; mentions: Json[] });
  return [HEADER, typeof edited === 'string' ? edited : JSON.stringify(edited), second].join('\n');
}

function errorsOf(text: string): CorpusFileError[] {
  const result = parseCorpus(text);
  expect(result.ok).toBe(false);
  expect('items' in result).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('serializeCorpus and parseCorpus', () => {
  it('round-trips every field', () => {
    const text = serializeCorpus(ITEMS);
    expect(text.split('\n')[0]).toBe(HEADER);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd().split('\n')).toHaveLength(3);
    expect(parseCorpus(text)).toEqual({ ok: true, items: ITEMS });
    expect(ITEMS[0]!.mentions.length).toBeGreaterThan(2);
  });

  it('writes the same bytes for the same corpus', () => {
    const reordered = ITEMS.map(({ source, mentions }) => ({ source: Object.fromEntries(Object.entries(source).reverse()) as typeof source, mentions }));
    expect(serializeCorpus(reordered)).toBe(serializeCorpus(ITEMS));
  });

  it('accepts an empty corpus, a byte-order mark, CRLF and blank lines', () => {
    expect(parseCorpus(`${HEADER}\n`)).toEqual({ ok: true, items: [] });
    const crlf = `\uFEFF${serializeCorpus(ITEMS).split('\n').join('\r\n')}\r\n\r\n`;
    expect(parseCorpus(crlf)).toEqual({ ok: true, items: ITEMS });
  });
});

describe('parseCorpus refuses', () => {
  it.each<[string, (l: { source: Json; mentions: Json[] }) => unknown, string | undefined, ProblemCode]>([
    ['a line that is not JSON', () => '{"source": {', undefined, 'notJson'],
    ['a line that is not an object', () => [1, 2], undefined, 'lineNotObject'],
    ['an unknown top-level field', (l) => ({ ...l, extra: 1 }), 'extra', 'unknownField'],
    ['a missing "mentions"', (l) => ({ source: l.source }), 'mentions', 'missing'],
    ['a source that is not an object', (l) => ({ ...l, source: 'x' }), 'source', 'notObject'],
    ['an unknown source field', (l) => ({ ...l, source: { ...l.source, body: 'x' } }), 'source.body', 'unknownField'],
    ['a missing source field', (l) => ({ ...l, source: { ...l.source, title: undefined } }), 'source.title', 'missing'],
    ['a title of the wrong type', (l) => ({ ...l, source: { ...l.source, title: 42 } }), 'source.title', 'notText'],
    ['an empty title', (l) => ({ ...l, source: { ...l.source, title: '  ' } }), 'source.title', 'empty'],
    ['an overlong outlet', (l) => ({ ...l, source: { ...l.source, outlet: 'x'.repeat(301) } }), 'source.outlet', 'tooLong'],
    ['a bad date', (l) => ({ ...l, source: { ...l.source, date: '2024-02-30' } }), 'source.date', 'badDay'],
    ['a bad language', (l) => ({ ...l, source: { ...l.source, lang: 'de' } }), 'source.lang', 'oneOf'],
    ['a bad ingestion time', (l) => ({ ...l, source: { ...l.source, ingestedAt: 'yesterday' } }), 'source.ingestedAt', 'badDateTime'],
    ['a URL that is not canonical', (l) => ({ ...l, source: { ...l.source, url: 'javascript:alert(1)' } }), 'source.url', 'badUrl'],
    ['empty paragraphs', (l) => ({ ...l, source: { ...l.source, paragraphs: [] } }), 'source.paragraphs', 'empty'],
    ['a paragraph that is not a string', (l) => ({ ...l, source: { ...l.source, paragraphs: [(l.source.paragraphs as string[])[0], 7] } }), 'source.paragraphs[1]', 'badParagraph'],
    ['an edited text under the old hash', (l) => ({ ...l, source: { ...l.source, paragraphs: ['Texte modifié.', 'Séoul proteste contre ce cadeau.'] } }), 'source.contentHash', 'hashMismatch'],
    ['a malformed id', (l) => ({ ...l, source: { ...l.source, id: 'x-1' } }), 'source.id', 'badSourceId'],
    ['an id that does not match the URL', (l) => ({ ...l, source: { ...l.source, url: 'https://example.com/b' } }), 'source.id', 'idMismatch'],
    ['mentions that are not a list', (l) => ({ ...l, mentions: {} }), 'mentions', 'notList'],
    ['a mention that is not an object', (l) => ({ ...l, mentions: [null] }), 'mentions[0]', 'notObject'],
    ['an unknown mention field', (l) => ({ ...l, mentions: [{ ...l.mentions[0], note: 1 }] }), 'mentions[0].note', 'unknownField'],
    ['a mention of another source', (l) => ({ ...l, mentions: [{ ...l.mentions[0], sourceId: 'h-0000000000000000' }] }), 'mentions[0].sourceId', 'sourceIdMismatch'],
    ['a bad entry id', (l) => ({ ...l, mentions: [{ ...l.mentions[0], entryId: 'Kim Jong Un' }] }), 'mentions[0].entryId', 'badId'],
    ['an unknown match kind', (l) => ({ ...l, mentions: [{ ...l.mentions[0], match: 'guess' }] }), 'mentions[0].match', 'oneOf'],
    ['a paragraph index out of range', (l) => ({ ...l, mentions: [{ ...l.mentions[0], paragraph: 9 }] }), 'mentions[0].paragraph', 'badParagraphIndex'],
    ['offsets out of range', (l) => ({ ...l, mentions: [{ ...l.mentions[0], start: 5, end: 999 }] }), 'mentions[0].start', 'badOffsets'],
    ['a surface that is not the text at its offsets', (l) => ({ ...l, mentions: [{ ...l.mentions[0], surface: 'Poutine' }] }), 'mentions[0].surface', 'surfaceMismatch'],
  ])('%s, on its line, with its field and code, importing nothing', (_name, edit, field, code) => {
    const errors = errorsOf(fileWith(edit));
    expect(errors[0]).toMatchObject({ line: 2 });
    expect(errors.map((e) => [e.field, e.code])).toContainEqual([field, code]);
    expect(errors.every((e) => e.line === 2)).toBe(true);
  });

  it('a source that appears twice, naming the first line', () => {
    const [, first] = serializeCorpus(ITEMS).split('\n');
    expect(errorsOf([HEADER, first, '', first].join('\n'))).toEqual([{ line: 4, code: 'sourceTwice', values: [ITEMS[0]!.source.id, 2] }]);
  });

  it('a missing, foreign or newer header', () => {
    const body = serializeCorpus(ITEMS).split('\n').slice(1).join('\n');
    expect(errorsOf(body)[0]).toEqual({ line: 1, code: 'noHeader', values: ['{"glose":"corpus","version":1}'] });
    expect(errorsOf(`{"glose":"corpus","version":2}\n${body}`)[0]).toEqual({ line: 1, field: 'version', code: 'badVersion', values: ['2', 1] });
    expect(englishProblem(errorsOf(`{"glose":"corpus","version":2}\n${body}`)[0]!)).toBe('version 2 is not supported (this Glose reads version 1)');
    expect(errorsOf(`{"glose":"corpus","version":1,"x":1}\n${body}`)[0]).toMatchObject({ field: 'x', code: 'unknownField' });
    expect(errorsOf('not json\n')[0]).toEqual({ line: 1, column: 1, code: 'notJson' });
  });

  it('an empty file', () => {
    expect(errorsOf('')).toEqual([{ line: 0, code: 'emptyFile' }]);
    expect(errorsOf('\n \n')).toHaveLength(1);
  });

  it('reports errors on several lines at once', () => {
    const [, first, second] = serializeCorpus(ITEMS).split('\n');
    const errors = errorsOf([HEADER, first, '{oops', second!.replace('"lang":"fr"', '"lang":"xx"')].join('\n'));
    expect(errors.map((e) => e.line)).toEqual([3, 4]);
  });
});
