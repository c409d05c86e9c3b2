/**
 * The default sources shipped with Glose (src/data/sources/: article texts and sources.json),
 * as ingestion inputs. Core cannot read files, so the caller (background build step, CLI,
 * tests) passes the texts in; this module pairs them with their metadata and checks that
 * every listed file was given.
 */
import type { IngestInput } from './ingest.ts';

/** One item of src/data/sources/sources.json. */
export interface DefaultSourceMeta {
  file: string;
  lang: string;
  date: string | null;
  outlet: string | null;
  title: string;
  /** For maintainers (what the text contains, known slips); not shown to readers. */
  note?: string;
}

export interface SourceFile {
  file: string;
  text: string;
}

function isMeta(value: unknown): value is DefaultSourceMeta {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const nullableString = (x: unknown): boolean => x === null || typeof x === 'string';
  return typeof v.file === 'string' && typeof v.title === 'string' && typeof v.lang === 'string' && nullableString(v.date) && nullableString(v.outlet);
}

/**
 * Ingest inputs for the listed sources, in the order of `meta`. Throws when an item of `meta`
 * is malformed or its text is missing: shipped data that does not load is a build error, not
 * something to skip quietly.
 */
export function defaultSourceInputs(files: readonly SourceFile[], meta: readonly unknown[]): IngestInput[] {
  const texts = new Map(files.map((f) => [f.file.replace(/^.*[/\\]/, ''), f.text]));
  return meta.map((m, i) => {
    if (!isMeta(m)) throw new Error(`sources.json item ${i} is not {file, lang, date, outlet, title}`);
    const text = texts.get(m.file);
    if (text === undefined) throw new Error(`default source ${m.file} was not given`);
    const lang = m.lang === 'fr' || m.lang === 'en' ? m.lang : undefined;
    return {
      text,
      url: null,
      title: m.title,
      outlet: m.outlet,
      author: null,
      date: m.date,
      ...(lang ? { lang } : { declaredLang: m.lang }),
    };
  });
}
