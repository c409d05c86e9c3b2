import type { PayloadValidators } from './router.ts';
import { isObject, isString, isTabId } from './router.ts';
import { IMPORT_PART_CHARS, type CorpusRequests } from './corpus-protocol.ts';
import { FILE_LIMITS } from '../core/files/limits.ts';

const isImportId = (v: unknown): boolean => isString(v) && /^[A-Za-z0-9-]{8,64}$/.test(v);
// A corpus file is at most FILE_LIMITS.corpus bytes, so never more characters: that many parts.
const MAX_PARTS = Math.ceil(FILE_LIMITS.corpus / IMPORT_PART_CHARS);

const isEntryId = (v: unknown): boolean => isString(v) && v.length > 0 && v.length <= 200;

const SOURCE_FIELDS = new Set(['title', 'outlet', 'author', 'date', 'lang']);
const nullableText = (v: unknown): boolean => v === undefined || v === null || (isString(v) && v.length <= 2_000);
/** Only the editable fields, as strings (core's editSource checks their values). */
const isSourceEdit = (f: Record<string, unknown>): boolean =>
  Object.keys(f).every((k) => SOURCE_FIELDS.has(k)) && (f.title === undefined || (isString(f.title) && f.title.length <= 2_000)) && nullableText(f.outlet) && nullableText(f.author) && nullableText(f.date) && (f.lang === undefined || isString(f.lang));

export const corpusValidators: PayloadValidators<CorpusRequests> = {
  'corpus/count': (p) => isObject(p) && isEntryId(p.entryId),
  'corpus/xref': (p) => isObject(p) && isEntryId(p.entryId) && (p.limit === undefined || (Number.isInteger(p.limit) && (p.limit as number) > 0)),
  'corpus/ingest-tab': (p) => isObject(p) && isTabId(p.tabId),
  'corpus/list': (p) => isObject(p),
  'corpus/delete': (p) => isObject(p) && isString(p.id) && p.id.length <= 200,
  'corpus/update': (p) => isObject(p) && isString(p.id) && p.id.length <= 200 && isObject(p.fields) && isSourceEdit(p.fields),
  'corpus/export': (p) =>
    isObject(p) && (p.exportId === undefined ? p.part === undefined : isImportId(p.exportId) && Number.isInteger(p.part) && (p.part as number) >= 0 && (p.part as number) < MAX_PARTS),
  'corpus/import': (p) =>
    isObject(p) &&
    isString(p.text) &&
    p.text.length <= IMPORT_PART_CHARS &&
    (p.importId === undefined ? p.parts === undefined : isImportId(p.importId) && Number.isInteger(p.parts) && (p.parts as number) >= 0 && (p.parts as number) <= MAX_PARTS),
  'corpus/import-part': (p) =>
    isObject(p) && isImportId(p.importId) && Number.isInteger(p.index) && (p.index as number) >= 0 && (p.index as number) < MAX_PARTS && isString(p.text) && p.text.length <= IMPORT_PART_CHARS,
};
