/**
 * The reader's own entries: add or edit, delete, hide a built-in entry, import and export as
 * JSON or CSV. Every change goes through the core validator first; a refused change leaves
 * the stored glossary exactly as it was.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Handlers } from '../messaging/protocol.ts';
import type { GlossaryRequests, SaveResult } from '../messaging/glossary-protocol.ts';
import { BUILTIN_ENTRIES } from '../data/glossary/index.ts';
import {
  parseUserGlossaryCsv,
  parseUserGlossaryJson,
  serializeUserGlossaryCsv,
  serializeUserGlossaryJson,
  type UserGlossary,
} from '../core/glossary/user-entries.ts';
import { loadUserGlossary, saveUserGlossary } from './glossary-store.ts';
import { findTooDeep, MAX_JSON_DEPTH } from '../core/files/nesting.ts';
import { storageProblem } from './storage-errors.ts';
import { problem } from '../core/problems.ts';

/** Validates a whole candidate glossary with the same checker as imports, then stores it. */
async function commit(candidate: UserGlossary): Promise<SaveResult> {
  const parsed = parseUserGlossaryJson(JSON.stringify(candidate), BUILTIN_ENTRIES);
  if (!parsed.ok) return parsed;
  try {
    // One storage write: the whole glossary or, if the write fails, the one stored before.
    await saveUserGlossary(parsed.value);
  } catch (error) {
    return { ok: false, errors: [storageProblem(error)] };
  }
  return { ok: true, glossary: parsed.value };
}

export const userGlossaryHandlers: Handlers<GlossaryRequests, Runtime.MessageSender> = {
  async 'glossary/user'() {
    return {
      glossary: await loadUserGlossary(),
      builtin: BUILTIN_ENTRIES.map((e) => ({ id: e.id, type: e.type, names: { fr: e.names.fr, en: e.names.en } })),
    };
  },

  async 'glossary/save-entry'({ entry, replaces }) {
    const user = await loadUserGlossary();
    const others = user.entries.filter((e) => e.id !== entry.id && e.id !== replaces);
    return commit({ ...user, entries: [...others, { ...entry, origin: 'user' }] });
  },

  async 'glossary/delete-entry'({ id }) {
    const user = await loadUserGlossary();
    return commit({ ...user, entries: user.entries.filter((e) => e.id !== id) });
  },

  async 'glossary/set-hidden'({ id, hidden }) {
    const user = await loadUserGlossary();
    const rest = user.hidden.filter((h) => h !== id);
    return commit({ ...user, hidden: hidden ? [...rest, id] : rest });
  },

  async 'glossary/import'({ format, text }) {
    const deep = format === 'json' ? findTooDeep(text) : null;
    if (deep) return { ok: false, errors: [problem('tooDeep', [MAX_JSON_DEPTH], { line: deep.line, column: deep.column })] };
    const parsed = format === 'json' ? parseUserGlossaryJson(text, BUILTIN_ENTRIES) : parseUserGlossaryCsv(text, BUILTIN_ENTRIES);
    if (!parsed.ok) return parsed;
    // Merge: imported entries replace the reader's entries with the same id.
    const user = await loadUserGlossary();
    const imported = new Set(parsed.value.entries.map((e) => e.id));
    return commit({
      version: 1,
      entries: [...user.entries.filter((e) => !imported.has(e.id)), ...parsed.value.entries],
      hidden: [...new Set([...user.hidden, ...parsed.value.hidden])],
    });
  },

  async 'glossary/export'({ format }) {
    const user = await loadUserGlossary();
    const date = new Date().toISOString().slice(0, 10);
    return format === 'json'
      ? { text: serializeUserGlossaryJson(user), filename: `glose-entries-${date}.json` }
      : { text: serializeUserGlossaryCsv(user), filename: `glose-entries-${date}.csv` };
  },
};
