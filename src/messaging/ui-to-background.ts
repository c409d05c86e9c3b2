/**
 * Requests only the extension's own pages (side panel, options) may make of the background:
 * full entries, search, other tabs, the corpus, the reader's own entries. They may make the
 * content script's requests too (content-to-background.ts). One entry per message.
 */
import type { UserGlossary } from '../core/glossary/user-entries.ts';
import type { CorpusFileError } from '../core/corpus/jsonl.ts';
import type { SourceEdit, SourceEditError, SourceFields } from '../core/corpus/edit.ts';
import type { EntryType, GlossaryEntry } from '../core/glossary/types.ts';
import { FILE_LIMITS } from '../core/files/limits.ts';
import { answer, message, type MapOf } from './message-table.ts';
import { boolean, empty, literal, nullable, number, object, optional, refine, string, typed } from './schema.ts';
import {
  IMPORT_PART_CHARS,
  id,
  tabId,
  uiLang,
  type CrossReferences,
  type EntryFull,
  type IngestResult,
  type SaveResult,
  type SearchHit,
  type SourceSummary,
} from './shapes.ts';

const importId = string(64, 8, /^[A-Za-z0-9-]+$/);
// A corpus file is at most FILE_LIMITS.corpus bytes, so never more characters: that many parts.
const MAX_PARTS = Math.ceil(FILE_LIMITS.corpus / IMPORT_PART_CHARS);
const part = number({ integer: true, min: 0, max: MAX_PARTS - 1 });
const importText = string(IMPORT_PART_CHARS);
const format = literal('json', 'csv');
/** The editable fields of a source, and only those, as bounded strings (core's editSource checks their values). */
const SOURCE_FIELDS = new Set(['title', 'outlet', 'author', 'date', 'lang']);
const sourceText = optional(nullable(string(2_000)));
const sourceEdit = refine(object({ title: optional(string(2_000)), outlet: sourceText, author: sourceText, date: sourceText, lang: optional(string(20)) }), (f) => Object.keys(f).every((k) => SOURCE_FIELDS.has(k)));

export const UI_TO_BACKGROUND = {
  'tab/active': message({ req: empty, res: answer<{ tabId: number | null }>() }),
  'panel/entry': message({ req: object({ id, uiLang }), res: answer<EntryFull | null>() }),
  'panel/search': message({ req: object({ query: string(500), uiLang, limit: optional(number({ integer: true, min: 1, max: 200 })) }), res: answer<SearchHit[]>() }),
  'panel/scroll-to': message({ req: object({ tabId, entryId: string() }), res: answer<{ ok: boolean }>() }),

  /** Cross-references of one entry. */
  'corpus/xref': message({ req: object({ entryId: id, limit: optional(number({ integer: true, min: 1 })) }), res: answer<CrossReferences>() }),
  /** Ingest the article shown in a tab. */
  'corpus/ingest-tab': message({ req: object({ tabId }), res: answer<IngestResult>() }),
  'corpus/list': message({ req: empty, res: answer<{ sources: SourceSummary[]; bytes: number | null; quota: number | null }>() }),
  'corpus/delete': message({ req: object({ id: string(200) }), res: answer<{ ok: boolean }>() }),
  /** The reader's corrections to a source's record; the answer is the record as stored, or why not (a code the panel words). */
  'corpus/update': message({ req: object({ id: string(200), fields: typed<SourceEdit>(sourceEdit) }), res: answer<{ ok: true; fields: SourceFields } | { ok: false; error: SourceEditError | 'missing' }>() }),
  /**
   * The corpus as a file, in parts of at most IMPORT_PART_CHARS: the first request (no exportId)
   * makes the file and answers its first part; the others name the export and the part.
   */
  'corpus/export': message({
    req: refine(object({ exportId: optional(importId), part: optional(part) }), (p) => (p.exportId === undefined) === (p.part === undefined)),
    res: answer<{ text: string; filename: string; exportId: string; part: number; parts: number }>(),
  }),
  /**
   * Imports a corpus file, all or nothing. A large file comes in parts (corpus/import-part, then
   * this with the last part): no single message nears the browsers' 64 MiB message limit.
   */
  'corpus/import': message({
    req: refine(object({ text: importText, importId: optional(importId), parts: optional(number({ integer: true, min: 0, max: MAX_PARTS })) }), (p) => (p.importId === undefined) === (p.parts === undefined)),
    res: answer<{ ok: true; added: number; updated: number } | { ok: false; errors: CorpusFileError[] }>(),
  }),
  /** One part of a large import, held by the background until corpus/import names it. */
  'corpus/import-part': message({ req: object({ importId, index: part, text: importText }), res: answer<{ ok: boolean }>() }),

  'glossary/user': message({
    req: empty,
    res: answer<{ glossary: UserGlossary; builtin: Array<{ id: string; type: EntryType; names: { fr: string; en: string } }> }>(),
  }),
  /** Shapes only: the entries themselves are validated by the core glossary checker. */
  'glossary/save-entry': message({ req: object({ entry: typed<GlossaryEntry>(object({})), replaces: optional(id) }), res: answer<SaveResult>() }),
  'glossary/delete-entry': message({ req: object({ id }), res: answer<SaveResult>() }),
  'glossary/set-hidden': message({ req: object({ id, hidden: boolean }), res: answer<SaveResult>() }),
  // 5 MB of text at most: a reader's glossary, not a corpus.
  'glossary/import': message({ req: object({ format, text: string(FILE_LIMITS.glossary) }), res: answer<SaveResult>() }),
  'glossary/export': message({ req: object({ format }), res: answer<{ text: string; filename: string }>() }),
};

export type UiToBackground = MapOf<typeof UI_TO_BACKGROUND>;
