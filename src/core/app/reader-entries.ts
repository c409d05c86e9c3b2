/**
 * The reader's own entries as the product changes them: add or edit, delete, hide a built-in
 * entry, merge an import, export as JSON or CSV. Every change is checked whole by the same
 * checker as imports before it is stored, in one write; a refused change leaves the stored
 * glossary exactly as it was. A failed write rejects: the caller says why in the reader's words.
 */
import type { GlossaryEntry } from '../glossary/types.ts';
import {
  parseUserGlossaryCsv,
  parseUserGlossaryJson,
  serializeUserGlossaryCsv,
  serializeUserGlossaryJson,
  type ParseResult,
  type UserGlossary,
} from '../glossary/user-entries.ts';
import type { GlossaryService } from './glossary-service.ts';

export type EntriesFormat = 'json' | 'csv';
export type EntriesResult = { ok: true; glossary: UserGlossary } | Extract<ParseResult, { ok: false }>;

export class ReaderEntries {
  constructor(
    private readonly glossary: GlossaryService,
    private readonly builtin: readonly GlossaryEntry[],
  ) {}

  /** Checks a whole candidate glossary, then stores it. */
  async #commit(candidate: UserGlossary): Promise<EntriesResult> {
    const parsed = parseUserGlossaryJson(JSON.stringify(candidate), this.builtin);
    if (!parsed.ok) return parsed;
    await this.glossary.saveUserGlossary(parsed.value);
    return { ok: true, glossary: parsed.value };
  }

  /** Adds or replaces an entry (`replaces`: the id it had before an edit renamed it). */
  async save(entry: GlossaryEntry, replaces?: string): Promise<EntriesResult> {
    const user = await this.glossary.userGlossary();
    const others = user.entries.filter((e) => e.id !== entry.id && e.id !== replaces);
    return this.#commit({ ...user, entries: [...others, { ...entry, origin: 'user' }] });
  }

  async delete(id: string): Promise<EntriesResult> {
    const user = await this.glossary.userGlossary();
    return this.#commit({ ...user, entries: user.entries.filter((e) => e.id !== id) });
  }

  async setHidden(id: string, hidden: boolean): Promise<EntriesResult> {
    const user = await this.glossary.userGlossary();
    const rest = user.hidden.filter((h) => h !== id);
    return this.#commit({ ...user, hidden: hidden ? [...rest, id] : rest });
  }

  /** Merges a file: imported entries replace the reader's with the same id; hidden ids add up. */
  async import(format: EntriesFormat, text: string): Promise<EntriesResult> {
    const parsed = format === 'json' ? parseUserGlossaryJson(text, this.builtin) : parseUserGlossaryCsv(text, this.builtin);
    if (!parsed.ok) return parsed;
    const user = await this.glossary.userGlossary();
    const imported = new Set(parsed.value.entries.map((e) => e.id));
    return this.#commit({
      version: 1,
      entries: [...user.entries.filter((e) => !imported.has(e.id)), ...parsed.value.entries],
      hidden: [...new Set([...user.hidden, ...parsed.value.hidden])],
    });
  }

  /** The reader's entries as a file named for the day (`date`: YYYY-MM-DD). */
  async export(format: EntriesFormat, date: string): Promise<{ text: string; filename: string }> {
    const user = await this.glossary.userGlossary();
    return format === 'json'
      ? { text: serializeUserGlossaryJson(user), filename: `glose-entries-${date}.json` }
      : { text: serializeUserGlossaryCsv(user), filename: `glose-entries-${date}.csv` };
  }
}
