/**
 * The reader's own entries: add or edit, delete, hide a built-in entry, import and export as
 * JSON or CSV. Every change goes through the core validator first; a refused change leaves
 * the stored glossary exactly as it was.
 */
import type { SaveResult } from '../messaging/shapes.ts';
import type { ToBackground } from '../messaging/to-background.ts';
import { BUILTIN_ENTRIES } from '../data/glossary/index.ts';
import {
  parseUserGlossaryCsv,
  parseUserGlossaryJson,
  serializeUserGlossaryCsv,
  serializeUserGlossaryJson,
  type UserGlossary,
} from '../core/glossary/user-entries.ts';
import type { GloseApp } from '../core/app/glose-app.ts';
import type { BackgroundContext, HandlersFor } from './background-context.ts';
import { findTooDeep, MAX_JSON_DEPTH } from '../core/files/nesting.ts';
import { storageErrorText } from './storage-errors.ts';
import { readerTranslator } from './reader-language.ts';

/** Validates a whole candidate glossary with the same checker as imports, then stores it. */
async function commit(app: GloseApp, candidate: UserGlossary): Promise<SaveResult> {
  const parsed = parseUserGlossaryJson(JSON.stringify(candidate), BUILTIN_ENTRIES);
  if (!parsed.ok) return parsed;
  try {
    // One storage write: the whole glossary or, if the write fails, the one stored before.
    await app.glossary.saveUserGlossary(parsed.value);
  } catch (error) {
    const t = await readerTranslator(app);
    return { ok: false, errors: [{ message: `${storageErrorText(error, t)} ${t('importNothingKept')}` }] };
  }
  return { ok: true, glossary: parsed.value };
}

export function userGlossaryHandlers({ app }: BackgroundContext): HandlersFor<Extract<keyof ToBackground, `glossary/${string}`>> {
  return {
    async 'glossary/user'() {
      return {
        glossary: await app.glossary.userGlossary(),
        builtin: BUILTIN_ENTRIES.map((e) => ({ id: e.id, type: e.type, names: { fr: e.names.fr, en: e.names.en } })),
      };
    },

    async 'glossary/save-entry'({ entry, replaces }) {
      const user = await app.glossary.userGlossary();
      const others = user.entries.filter((e) => e.id !== entry.id && e.id !== replaces);
      return commit(app, { ...user, entries: [...others, { ...entry, origin: 'user' }] });
    },

    async 'glossary/delete-entry'({ id }) {
      const user = await app.glossary.userGlossary();
      return commit(app, { ...user, entries: user.entries.filter((e) => e.id !== id) });
    },

    async 'glossary/set-hidden'({ id, hidden }) {
      const user = await app.glossary.userGlossary();
      const rest = user.hidden.filter((h) => h !== id);
      return commit(app, { ...user, hidden: hidden ? [...rest, id] : rest });
    },

    async 'glossary/import'({ format, text }) {
      const deep = format === 'json' ? findTooDeep(text) : null;
      if (deep) {
        const t = await readerTranslator(app);
        return { ok: false, errors: [{ line: deep.line, message: `${t('importTooDeep', MAX_JSON_DEPTH, deep.line, deep.column)} ${t('importNothingKept')}` }] };
      }
      const parsed = format === 'json' ? parseUserGlossaryJson(text, BUILTIN_ENTRIES) : parseUserGlossaryCsv(text, BUILTIN_ENTRIES);
      if (!parsed.ok) return parsed;
      // Merge: imported entries replace the reader's entries with the same id.
      const user = await app.glossary.userGlossary();
      const imported = new Set(parsed.value.entries.map((e) => e.id));
      return commit(app, {
        version: 1,
        entries: [...user.entries.filter((e) => !imported.has(e.id)), ...parsed.value.entries],
        hidden: [...new Set([...user.hidden, ...parsed.value.hidden])],
      });
    },

    async 'glossary/export'({ format }) {
      const user = await app.glossary.userGlossary();
      const date = new Date().toISOString().slice(0, 10);
      return format === 'json'
        ? { text: serializeUserGlossaryJson(user), filename: `glose-entries-${date}.json` }
        : { text: serializeUserGlossaryCsv(user), filename: `glose-entries-${date}.csv` };
    },
  };
}
