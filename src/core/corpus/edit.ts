/**
 * The reader's corrections to a source's record (title, outlet, author, date, language), as
 * the side panel sends them. Checked here, once, for every caller: the result stays within what
 * the corpus file format accepts (jsonl.ts), so an edited source still exports and imports.
 * The text, the URL and so the id are not editable: they are the source's identity.
 */
import { normalizeDate } from './dates.ts';
import { CORPUS_LIMITS, EDITABLE_FIELDS, type CorpusLang, type CorpusSource, type EditableField } from './types.ts';

export interface SourceFields {
  title: string;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
  lang: CorpusLang;
}

export type SourceEdit = Partial<SourceFields>;

/** Why an edit was refused; the UI words it in the reader's language. */
export type SourceEditError = 'title-empty' | 'too-long' | 'date-invalid' | 'lang-invalid';

const LANGS: readonly CorpusLang[] = ['fr', 'en', 'other'];

const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

export function fieldsOf(source: CorpusSource): SourceFields {
  return { title: source.title, outlet: source.outlet, author: source.author, date: source.date, lang: source.lang };
}

/** An optional text field: empty means unknown (null). */
function optional(value: string | null, max: number): string | null | SourceEditError {
  if (value === null) return null;
  const text = oneLine(value);
  if (!text) return null;
  return text.length > max ? 'too-long' : text;
}

const isError = (v: unknown): v is SourceEditError => v === 'title-empty' || v === 'too-long' || v === 'date-invalid' || v === 'lang-invalid';

/** The source with `edit` applied, or why not. Fields absent from `edit` keep their value. */
export function editSource(source: CorpusSource, edit: SourceEdit): { ok: true; source: CorpusSource } | { ok: false; error: SourceEditError } {
  const next: CorpusSource = { ...source };
  if (edit.title !== undefined) {
    const title = oneLine(edit.title);
    if (!title) return { ok: false, error: 'title-empty' };
    if (title.length > CORPUS_LIMITS.titleChars) return { ok: false, error: 'too-long' };
    next.title = title;
  }
  for (const key of ['outlet', 'author'] as const) {
    if (edit[key] === undefined) continue;
    const value = optional(edit[key], CORPUS_LIMITS.fieldChars);
    if (isError(value)) return { ok: false, error: value };
    next[key] = value;
  }
  if (edit.date !== undefined) {
    const raw = edit.date === null ? '' : edit.date.trim();
    // Only the stored form: a date field gives YYYY-MM-DD, and « 06/03/2024 » would be ambiguous.
    const date = raw ? (/^\d{4}-\d{2}-\d{2}$/.test(raw) ? normalizeDate(raw) : null) : null;
    if (raw && !date) return { ok: false, error: 'date-invalid' };
    next.date = date;
  }
  if (edit.lang !== undefined) {
    if (!LANGS.includes(edit.lang)) return { ok: false, error: 'lang-invalid' };
    next.lang = edit.lang;
  }
  // The fields the reader set stay theirs when the page is added again (app/sources.ts). The
  // language is left out: adding the page again reads its text, and its mentions, anew.
  const edited = new Set<EditableField>(source.edited ?? []);
  for (const field of EDITABLE_FIELDS) if (edit[field] !== undefined) edited.add(field);
  if (edited.size) next.edited = EDITABLE_FIELDS.filter((f) => edited.has(f));
  return { ok: true, source: next };
}
