/**
 * The corpus file: JSON Lines shared by `glose ingest` and the extension's export and import.
 *
 *   {"glose":"corpus","version":1}
 *   {"source":{…CorpusSource},"mentions":[{…CorpusMention},…]}
 *   …
 *
 * Reading is strict and all or nothing: every field of every line is checked (types, lengths,
 * ids, dates, hashes that match the text, offsets that slice each paragraph to the surface),
 * every problem is reported with its line number, and a file with any problem yields no items,
 * so an import never leaves half a corpus or a corpus that queries would trip over.
 */
import { jsonErrorOffset } from '../glossary/json-error.ts';
import { MATCH_KINDS } from '../match/index.ts';
import { contentHash, hashText } from './hash.ts';
import { canonicalizeUrl } from './metadata.ts';
import { CORPUS_LIMITS, EDITABLE_FIELDS, type CorpusItem, type CorpusMention, type CorpusSource } from './types.ts';
import { problem, type Problem, type ProblemCode, type ProblemValue } from '../problems.ts';

export const CORPUS_FORMAT = 'corpus';
export const CORPUS_VERSION = 1;

/** A problem of a corpus file, worded by each page (core/problems.ts). */
export interface CorpusFileError extends Problem {
  /** 1-based line number; 0 for the file as a whole. */
  line: number;
}

/** Problems of one line, before the line number is known. */
type LineProblems = Problem[];

export type ParseCorpusResult = { ok: true; items: CorpusItem[] } | { ok: false; errors: CorpusFileError[] };

/** Reporting stops here: past this many, the file is plainly not a corpus. */
const MAX_ERRORS = 50;

const SOURCE_KEYS = ['id', 'url', 'title', 'outlet', 'author', 'date', 'lang', 'paragraphs', 'contentHash', 'ingestedAt', 'glossaryVersion'] as const;
const MENTION_KEYS = ['sourceId', 'entryId', 'paragraph', 'start', 'end', 'surface', 'match'] as const;
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE_ID = /^[uh]-[0-9a-f]{16}$/;
const HASH = /^[0-9a-f]{16}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function serializeSource(s: CorpusSource): CorpusSource {
  // Fixed key order, so that the same corpus always writes the same bytes.
  return {
    id: s.id, url: s.url, title: s.title, outlet: s.outlet, author: s.author, date: s.date, lang: s.lang,
    paragraphs: s.paragraphs, contentHash: s.contentHash, ingestedAt: s.ingestedAt, glossaryVersion: s.glossaryVersion,
    ...(s.edited?.length ? { edited: [...s.edited] } : {}),
  };
}

function serializeMention(m: CorpusMention): CorpusMention {
  return { sourceId: m.sourceId, entryId: m.entryId, paragraph: m.paragraph, start: m.start, end: m.end, surface: m.surface, match: m.match };
}

export function serializeCorpus(items: readonly CorpusItem[]): string {
  const lines = [JSON.stringify({ glose: CORPUS_FORMAT, version: CORPUS_VERSION })];
  for (const item of items) lines.push(JSON.stringify({ source: serializeSource(item.source), mentions: item.mentions.map(serializeMention) }));
  return `${lines.join('\n')}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as the file wrote it, short and in no language: null, […], {…}, "text…", 12. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value);
  if (typeof value === 'object') return '{…}';
  return String(value);
}

function isValidDate(text: string): boolean {
  const m = DATE.exec(text.slice(0, 10));
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** Checks one source object; pushes problems with their field. */
function checkSource(raw: unknown, problems: LineProblems): raw is CorpusSource {
  if (!isRecord(raw)) {
    problems.push(problem('notObject', [], { field: 'source' }));
    return false;
  }
  const before = problems.length;
  const bad = (field: string, code: ProblemCode, values?: readonly ProblemValue[]): void => void problems.push(problem(code, values, { field: `source.${field}` }));
  for (const key of Object.keys(raw)) if (!(SOURCE_KEYS as readonly string[]).includes(key) && key !== 'edited') bad(key, 'unknownField');
  // Optional: the fields the reader corrected, each once.
  if ('edited' in raw && (!Array.isArray(raw.edited) || raw.edited.length > EDITABLE_FIELDS.length || new Set(raw.edited).size !== raw.edited.length || raw.edited.some((f) => !(EDITABLE_FIELDS as readonly unknown[]).includes(f)))) bad('edited', 'oneOf', [EDITABLE_FIELDS.join(', ')]);
  for (const key of SOURCE_KEYS) if (!(key in raw)) bad(key, 'missing');
  if (problems.length > before) return false;

  const text = (field: string, value: unknown, max: number, nullable: boolean): void => {
    if (value === null && nullable) return;
    if (typeof value !== 'string') bad(field, nullable ? 'textOrNull' : 'notText');
    else if (!value.trim()) bad(field, 'empty');
    else if (value.length > max) bad(field, 'tooLong', [max]);
  };
  text('id', raw.id, 20, false);
  if (typeof raw.id === 'string' && !SOURCE_ID.test(raw.id)) bad('id', 'badSourceId', [describe(raw.id)]);
  text('url', raw.url, CORPUS_LIMITS.urlChars, true);
  if (typeof raw.url === 'string' && canonicalizeUrl(raw.url) !== raw.url) bad('url', 'badUrl', [describe(raw.url)]);
  text('title', raw.title, CORPUS_LIMITS.titleChars, false);
  text('outlet', raw.outlet, CORPUS_LIMITS.fieldChars, true);
  text('author', raw.author, CORPUS_LIMITS.fieldChars, true);
  if (raw.date !== null && (typeof raw.date !== 'string' || !DATE.test(raw.date) || !isValidDate(raw.date))) bad('date', 'badDay', [describe(raw.date)]);
  if (raw.lang !== 'fr' && raw.lang !== 'en' && raw.lang !== 'other') bad('lang', 'oneOf', ['fr, en, other']);
  if (typeof raw.ingestedAt !== 'string' || !DATE_TIME.test(raw.ingestedAt) || !isValidDate(raw.ingestedAt)) bad('ingestedAt', 'badDateTime', [describe(raw.ingestedAt)]);
  text('glossaryVersion', raw.glossaryVersion, CORPUS_LIMITS.glossaryVersionChars, false);
  if (typeof raw.contentHash !== 'string' || !HASH.test(raw.contentHash)) bad('contentHash', 'badHash', [describe(raw.contentHash)]);

  const paragraphs = raw.paragraphs;
  let paragraphsOk = false;
  if (!Array.isArray(paragraphs)) bad('paragraphs', 'notTextList');
  else if (paragraphs.length === 0) bad('paragraphs', 'empty');
  else if (paragraphs.length > CORPUS_LIMITS.paragraphs) bad('paragraphs', 'tooManyItems', [CORPUS_LIMITS.paragraphs]);
  else {
    let total = 0;
    const at = paragraphs.findIndex((p) => {
      if (typeof p !== 'string' || !p.trim() || p.length > CORPUS_LIMITS.paragraphChars) return true;
      total += p.length;
      return false;
    });
    if (at >= 0) bad(`paragraphs[${at}]`, 'badParagraph', [CORPUS_LIMITS.paragraphChars]);
    else if (total > CORPUS_LIMITS.textChars) bad('paragraphs', 'tooManyChars', [CORPUS_LIMITS.textChars]);
    else paragraphsOk = true;
  }
  if (problems.length > before) return false;
  // Identity is derived, not declared: a hand-edited text or URL must not keep a stale id.
  if (paragraphsOk && contentHash(paragraphs as string[]) !== raw.contentHash) bad('contentHash', 'hashMismatch');
  const expectedId = typeof raw.url === 'string' ? `u-${hashText(raw.url)}` : `h-${String(raw.contentHash)}`;
  if (raw.id !== expectedId) bad('id', 'idMismatch', [expectedId]);
  return problems.length === before;
}

function checkMentions(raw: unknown, source: CorpusSource, problems: LineProblems): raw is CorpusMention[] {
  if (!Array.isArray(raw)) {
    problems.push(problem('notList', [], { field: 'mentions' }));
    return false;
  }
  if (raw.length > CORPUS_LIMITS.mentionsPerSource) {
    problems.push(problem('tooManyItems', [CORPUS_LIMITS.mentionsPerSource], { field: 'mentions' }));
    return false;
  }
  const before = problems.length;
  for (let i = 0; i < raw.length && problems.length - before < 5; i++) {
    const m: unknown = raw[i];
    const bad = (field: string, code: ProblemCode, values?: readonly ProblemValue[]): void => void problems.push(problem(code, values, { field: `mentions[${i}]${field ? `.${field}` : ''}` }));
    if (!isRecord(m)) {
      bad('', 'notObject');
      continue;
    }
    const unknownKey = Object.keys(m).find((k) => !(MENTION_KEYS as readonly string[]).includes(k));
    if (unknownKey !== undefined) bad(unknownKey, 'unknownField');
    const missing = MENTION_KEYS.find((k) => !(k in m));
    if (missing) bad(missing, 'missing');
    if (unknownKey !== undefined || missing) continue;
    if (m.sourceId !== source.id) bad('sourceId', 'sourceIdMismatch', [source.id]);
    if (typeof m.entryId !== 'string' || m.entryId.length > CORPUS_LIMITS.entryIdChars || !ENTRY_ID.test(m.entryId)) bad('entryId', 'badId');
    if (typeof m.match !== 'string' || !(MATCH_KINDS as readonly string[]).includes(m.match)) bad('match', 'oneOf', [MATCH_KINDS.join(', ')]);
    if (typeof m.surface !== 'string' || !m.surface) bad('surface', 'empty');
    const p = m.paragraph;
    const paragraph = Number.isInteger(p) ? source.paragraphs[p as number] : undefined;
    if (paragraph === undefined) {
      bad('paragraph', 'badParagraphIndex', [source.paragraphs.length, describe(p)]);
      continue;
    }
    const { start, end } = m;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number) || (end as number) > paragraph.length) {
      bad('start', 'badOffsets', [paragraph.length, describe(start), describe(end)]);
    } else if (typeof m.surface === 'string' && paragraph.slice(start as number, end as number) !== m.surface) {
      bad('surface', 'surfaceMismatch', [describe(m.surface), String(start), String(end), String(p)]);
    }
  }
  return problems.length === before;
}

function checkHeader(raw: unknown): Problem | null {
  if (!isRecord(raw) || raw.glose !== CORPUS_FORMAT) return problem('noHeader', ['{"glose":"corpus","version":1}']);
  if (raw.version !== CORPUS_VERSION) return problem('badVersion', [describe(raw.version), CORPUS_VERSION], { field: 'version' });
  const extra = Object.keys(raw).find((k) => k !== 'glose' && k !== 'version' && k !== 'exportedAt');
  if (extra !== undefined) return problem('unknownField', [], { field: extra.slice(0, 40) });
  if (raw.exportedAt !== undefined && (typeof raw.exportedAt !== 'string' || !DATE_TIME.test(raw.exportedAt))) return problem('badDateTime', [describe(raw.exportedAt)], { field: 'exportedAt' });
  return null;
}

function parseLine(line: string): { value: unknown } | { error: Problem } {
  try {
    return { value: JSON.parse(line) as unknown };
  } catch {
    const at = jsonErrorOffset(line);
    return { error: problem('notJson', [], at === null ? {} : { column: at + 1 }) };
  }
}

export function parseCorpus(text: string): ParseCorpusResult {
  if (typeof text !== 'string') return { ok: false, errors: [{ line: 0, code: 'notText' }] };
  if (text.length > CORPUS_LIMITS.fileChars) return { ok: false, errors: [{ line: 0, code: 'fileTooLong', values: [CORPUS_LIMITS.fileChars] }] };
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const errors: CorpusFileError[] = [];
  const items: CorpusItem[] = [];
  const firstLineOf = new Map<string, number>();
  let headerSeen = false;
  for (let i = 0; i < lines.length && errors.length < MAX_ERRORS; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const n = i + 1;
    // Blank lines carry nothing; a trailing newline or an editor's extra line is not an error.
    if (!line.trim()) continue;
    if (line.length > CORPUS_LIMITS.lineChars) {
      errors.push({ line: n, code: 'lineTooLong', values: [CORPUS_LIMITS.lineChars] });
      continue;
    }
    const parsed = parseLine(line);
    if ('error' in parsed) {
      errors.push({ ...parsed.error, line: n });
      // A first line that is not JSON is not a corpus header: the rest would only add noise.
      if (!headerSeen) {
        headerSeen = true;
        break;
      }
      continue;
    }
    if (!headerSeen) {
      headerSeen = true;
      const headerProblem = checkHeader(parsed.value);
      if (headerProblem) {
        errors.push({ ...headerProblem, line: n });
        // Without a header the rest is not known to be a corpus: one clear error is enough.
        if (!isRecord(parsed.value) || parsed.value.glose !== CORPUS_FORMAT) break;
      }
      continue;
    }
    const value = parsed.value;
    if (!isRecord(value)) {
      errors.push({ line: n, code: 'lineNotObject', values: ['{"source", "mentions"}'] });
      continue;
    }
    const extra = Object.keys(value).find((k) => k !== 'source' && k !== 'mentions');
    if (extra !== undefined) {
      errors.push({ line: n, field: extra.slice(0, 40), code: 'unknownField' });
      continue;
    }
    const problems: LineProblems = [];
    if (!('source' in value)) problems.push(problem('missing', [], { field: 'source' }));
    if (!('mentions' in value)) problems.push(problem('missing', [], { field: 'mentions' }));
    if (problems.length === 0 && checkSource(value.source, problems) && checkMentions(value.mentions, value.source, problems)) {
      const id = value.source.id;
      const first = firstLineOf.get(id);
      if (first !== undefined) problems.push(problem('sourceTwice', [id, first]));
      else {
        firstLineOf.set(id, n);
        items.push({ source: value.source, mentions: value.mentions });
      }
    }
    for (const p of problems) errors.push({ ...p, line: n });
    if (items.length > CORPUS_LIMITS.sources) {
      errors.push({ line: n, code: 'tooManySources', values: [CORPUS_LIMITS.sources] });
      break;
    }
  }
  if (!headerSeen) errors.push({ line: 0, code: 'emptyFile' });
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, items };
}
