/**
 * The reader's own entries: stored as a small versioned document, imported and exported as
 * JSON or CSV, merged over the built-in glossary (a reader's entry with a built-in id replaces
 * it; hidden built-ins disappear). Imports are untrusted: all or nothing, and every problem is
 * reported with its line, entry and field so the reader can fix the file.
 */
import type { GlossaryEntry } from './types.ts';
import { validateEntry, type EntryProblem } from './validate.ts';
import { formatCsv, parseCsv, unguard } from './csv.ts';
import { jsonErrorOffset } from './json-error.ts';
import { problem, type Problem } from '../problems.ts';

export interface UserGlossary {
  version: 1;
  entries: GlossaryEntry[];
  /** Ids of built-in entries the reader has hidden. */
  hidden: string[];
}

/** A problem of an imported file: a code with its line, entry and field (a CSV column is its field); each page words it. */
export type ImportError = Problem;

export type ParseResult = { ok: true; value: UserGlossary } | { ok: false; errors: ImportError[] };

/** Imports larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 5_000_000;
export const MAX_USER_ENTRIES = 5000;
export const USER_SOURCE_DEFAULT = "Entrée du lecteur / reader's entry";

type Located = { index: number; line?: number };

function fromProblems(problems: EntryProblem[], where: Located): ImportError[] {
  return problems
    .filter((p) => p.severity === 'error')
    .map(({ severity: _, ...p }) => ({ ...p, ...(where.line !== undefined ? { line: where.line } : {}) }));
}

/** Shared checks once entries are parsed: ids unique, related and hidden ids known. */
function finish(raw: Array<{ value: unknown; where: Located }>, hidden: unknown, builtin: readonly GlossaryEntry[]): ParseResult {
  const errors: ImportError[] = [];
  if (raw.length > MAX_USER_ENTRIES) return { ok: false, errors: [problem('tooManyEntries', [MAX_USER_ENTRIES])] };
  const entries: GlossaryEntry[] = [];
  const lines = new Map<string, number | undefined>();
  for (const { value, where } of raw) {
    const withSource = value && typeof value === 'object' && !Array.isArray(value) && !(value as Record<string, unknown>).source ? { ...(value as object), source: USER_SOURCE_DEFAULT } : value;
    const { entry, problems } = validateEntry(withSource);
    errors.push(...fromProblems(problems, where));
    if (!entry) continue;
    if (lines.has(entry.id)) {
      errors.push({ ...(where.line !== undefined ? { line: where.line } : {}), entryId: entry.id, field: 'id', code: 'twiceInFile' });
      continue;
    }
    lines.set(entry.id, where.line);
    entries.push({ ...entry, origin: 'user' });
  }
  const builtinIds = new Set(builtin.map((e) => e.id));
  const known = new Set([...builtinIds, ...entries.map((e) => e.id)]);
  for (const e of entries) {
    for (const [i, r] of (e.related ?? []).entries()) {
      if (!known.has(r.id)) {
        const line = lines.get(e.id);
        errors.push({ ...(line !== undefined ? { line } : {}), entryId: e.id, field: `related[${i}].id`, code: 'unknownEntry', values: [r.id] });
      }
    }
  }
  let hiddenIds: string[] = [];
  if (hidden !== undefined) {
    if (!Array.isArray(hidden) || !hidden.every((h) => typeof h === 'string')) errors.push({ field: 'hidden', code: 'notIdList' });
    else {
      hiddenIds = [...new Set(hidden as string[])];
      for (const h of hiddenIds) if (!builtinIds.has(h)) errors.push({ field: 'hidden', code: 'notBuiltin', values: [h.slice(0, 80)] });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { version: 1, entries, hidden: hiddenIds } };
}

/** Line and column of a character offset, counted from 1. */
function lineAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Line numbers of the entries' opening braces (bare list, or the "entries" list of an export), by a light scan. */
function itemLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let itemsDepth = -1;
  let lastString = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      lastString = text.slice(i + 1, j);
      i = j;
    } else if (ch === '[') {
      if (itemsDepth < 0 && (depth === 0 || (depth === 1 && lastString === 'entries'))) itemsDepth = depth + 1;
      depth++;
    } else if (ch === '{') {
      if (depth === itemsDepth) lines.push(line);
      depth++;
    } else if (ch === '}' || ch === ']') depth--;
  }
  return lines;
}

/**
 * Reads a JSON import: a Glose export ({"version": 1, "entries": […], "hidden": […]}) or a bare
 * list of entries.
 */
export function parseUserGlossaryJson(text: string, builtin: readonly GlossaryEntry[]): ParseResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: [problem('fileTooLarge', [{ bytes: MAX_IMPORT_BYTES }])] };
  // An empty file is not "invalid JSON" to the reader: it is empty, and says so.
  if (!text.replace(/^\ufeff/, '').trim()) return { ok: false, errors: [problem('emptyFile')] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    const offset = jsonErrorOffset(text.replace(/^\ufeff/, ''));
    return { ok: false, errors: [problem('notJson', [], offset !== null ? lineAt(text, offset) : {})] };
  }
  let items: unknown;
  let hidden: unknown;
  if (Array.isArray(data)) items = data;
  else if (data && typeof data === 'object') {
    const doc = data as Record<string, unknown>;
    if (doc.version !== undefined && doc.version !== 1) return { ok: false, errors: [problem('badVersion', [String(doc.version).slice(0, 20), 1], { field: 'version' })] };
    items = doc.entries ?? [];
    hidden = doc.hidden;
  } else return { ok: false, errors: [problem('notGlossary')] };
  if (!Array.isArray(items)) return { ok: false, errors: [problem('notList', [], { field: 'entries' })] };
  const lines = itemLines(text);
  const located = items.length === lines.length ? lines : [];
  return finish(items.map((value, index) => ({ value, where: { index, ...(located[index] !== undefined ? { line: located[index] } : {}) } })), hidden, builtin);
}

/** CSV columns, in export order. Lists inside a cell are separated by " | ". */
export const CSV_COLUMNS = [
  'id', 'type', 'name_fr', 'name_en', 'script_lang', 'script_text', 'script_kind', 'hanja', 'press_fr', 'press_en', 'press_kcna', 'press_official',
  'spellings', 'misspellings', 'short', 'aliases_fr', 'aliases_en', 'description_fr', 'description_en', 'as_of', 'related', 'source', 'notes',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: Column[] = ['id', 'type', 'name_fr', 'name_en', 'description_fr', 'description_en'];

const splitList = (v: string): string[] => v.split('|').map((s) => s.trim()).filter(Boolean);

/** Reads a CSV import: a header row naming the columns (any order, unknown ones refused), one entry per row. */
export function parseUserGlossaryCsv(text: string, builtin: readonly GlossaryEntry[]): ParseResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: [problem('fileTooLarge', [{ bytes: MAX_IMPORT_BYTES }])] };
  const { rows, error } = parseCsv(text);
  if (error) return { ok: false, errors: [error] };
  const [header, ...body] = rows;
  if (!header) return { ok: false, errors: [problem('emptyFile')] };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const errors: ImportError[] = [];
  columns.forEach((c) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(c)) errors.push({ line: header.line, field: c, code: 'unknownColumn', values: [CSV_COLUMNS.join(', ')] });
  });
  for (const c of REQUIRED_COLUMNS) if (!columns.includes(c)) errors.push({ line: header.line, field: c, code: 'missingColumn' });
  if (errors.length) return { ok: false, errors };
  const raw = body.map((row, index) => {
    if (row.cells.length > columns.length) errors.push({ line: row.line, code: 'tooManyCells', values: [row.cells.length, columns.length] });
    const get = (c: Column): string => {
      const i = columns.indexOf(c);
      return i >= 0 ? unguard((row.cells[i] ?? '').trim()) : '';
    };
    const entry: Record<string, unknown> = {
      id: get('id'),
      type: get('type'),
      names: { fr: get('name_fr'), en: get('name_en') },
      descriptions: { fr: get('description_fr'), en: get('description_en') },
    };
    if (get('script_text') || get('script_lang')) entry.script = { lang: get('script_lang'), text: get('script_text'), ...(get('hanja') ? { hanja: get('hanja') } : {}), ...(get('script_kind') ? { kind: get('script_kind') } : {}) };
    const press: Record<string, string> = {};
    for (const [col, key] of [['press_fr', 'fr'], ['press_en', 'en'], ['press_kcna', 'kcna'], ['press_official', 'official']] as const) if (get(col)) press[key] = get(col);
    if (Object.keys(press).length) entry.press = press;
    for (const [col, key] of [['spellings', 'spellings'], ['misspellings', 'misspellings'], ['short', 'short']] as const) if (get(col)) entry[key] = splitList(get(col));
    const aliases = [...splitList(get('aliases_fr')).map((t) => ({ text: t, lang: 'fr' })), ...splitList(get('aliases_en')).map((t) => ({ text: t, lang: 'en' }))];
    if (aliases.length) entry.aliases = aliases;
    if (get('as_of')) entry.asOf = get('as_of');
    if (get('related')) {
      entry.related = splitList(get('related')).map((r) => {
        const [id, rel] = r.split(':').map((s) => s.trim());
        return { id, rel: rel || 'related' };
      });
    }
    if (get('source')) entry.source = get('source');
    if (get('notes')) entry.notes = get('notes');
    return { value: entry, where: { index, line: row.line } };
  });
  if (errors.length) return { ok: false, errors };
  return finish(raw, undefined, builtin);
}

export function serializeUserGlossaryJson(user: UserGlossary): string {
  return `${JSON.stringify({ version: 1, entries: user.entries, hidden: user.hidden }, null, 2)}\n`;
}

/** CSV export of the reader's entries (hidden built-ins are a JSON-only setting). */
export function serializeUserGlossaryCsv(user: UserGlossary): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const e of user.entries) {
    const values: Record<Column, string> = {
      id: e.id,
      type: e.type,
      name_fr: e.names.fr,
      name_en: e.names.en,
      script_lang: e.script?.lang ?? '',
      script_text: e.script?.text ?? '',
      script_kind: e.script?.kind ?? '',
      hanja: e.script?.hanja ?? '',
      press_fr: e.press?.fr ?? '',
      press_en: e.press?.en ?? '',
      press_kcna: e.press?.kcna ?? '',
      press_official: e.press?.official ?? '',
      spellings: (e.spellings ?? []).join(' | '),
      misspellings: (e.misspellings ?? []).join(' | '),
      short: (e.short ?? []).join(' | '),
      aliases_fr: (e.aliases ?? []).filter((a) => a.lang === 'fr').map((a) => a.text).join(' | '),
      aliases_en: (e.aliases ?? []).filter((a) => a.lang === 'en').map((a) => a.text).join(' | '),
      description_fr: e.descriptions.fr,
      description_en: e.descriptions.en,
      as_of: e.asOf ?? '',
      related: (e.related ?? []).map((r) => `${r.id}:${r.rel}`).join(' | '),
      source: e.source,
      notes: e.notes ?? '',
    };
    rows.push(CSV_COLUMNS.map((c) => values[c]));
  }
  return formatCsv(rows);
}

/** The glossary the reader sees: their entries replace built-ins with the same id; hidden built-ins are left out. */
export function mergeGlossaries(builtin: readonly GlossaryEntry[], user: UserGlossary): GlossaryEntry[] {
  const own = new Map(user.entries.map((e) => [e.id, { ...e, origin: 'user' as const }]));
  const hidden = new Set(user.hidden);
  const out: GlossaryEntry[] = [];
  for (const e of builtin) {
    if (hidden.has(e.id) && !own.has(e.id)) continue;
    out.push(own.get(e.id) ?? e);
    own.delete(e.id);
  }
  return [...out, ...own.values()];
}
