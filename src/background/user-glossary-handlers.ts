/**
 * The background's answers about the reader's own entries: adapters over the core service
 * (core/app/reader-entries.ts), which checks every change before storing it. Here only what
 * is the browser's: a file nested too deep is refused before parsing, and a failed storage
 * write comes back as a problem code that the options page words in the reader's language.
 */
import type { SaveResult } from '../messaging/shapes.ts';
import type { ToBackground } from '../messaging/to-background.ts';
import type { BackgroundContext, HandlersFor } from './background-context.ts';
import { findTooDeep, MAX_JSON_DEPTH } from '../core/files/nesting.ts';
import { storageProblem } from './storage-errors.ts';
import { problem } from '../core/problems.ts';
import { openEntryDraft } from './entry-draft.ts';

/** A change, or the reason the storage write failed (nothing was kept). */
async function saved(change: () => Promise<SaveResult>): Promise<SaveResult> {
  try {
    return await change();
  } catch (error) {
    return { ok: false, errors: [storageProblem(error)] };
  }
}

export function userGlossaryHandlers({ app }: BackgroundContext): HandlersFor<Extract<keyof ToBackground, `glossary/${string}`>> {
  const entries = app.readerEntries;
  return {
    async 'glossary/user'() {
      return {
        glossary: await app.glossary.userGlossary(),
        builtin: app.ports.glossary.builtin.map((e) => ({ id: e.id, type: e.type, names: { fr: e.names.fr, en: e.names.en } })),
      };
    },

    'glossary/save-entry': ({ entry, replaces }) => saved(() => entries.save(entry, replaces)),

    'glossary/delete-entry': ({ id }) => saved(() => entries.delete(id)),

    'glossary/set-hidden': ({ id, hidden }) => saved(() => entries.setHidden(id, hidden)),

    async 'glossary/import'({ format, text }) {
      const deep = format === 'json' ? findTooDeep(text) : null;
      if (deep) return { ok: false, errors: [problem('tooDeep', [MAX_JSON_DEPTH], { line: deep.line, column: deep.column })] };
      return saved(() => entries.import(format, text));
    },

    'glossary/draft': ({ name, origin, original }) => openEntryDraft(name, origin, original),

    'glossary/export': ({ format }) => entries.export(format, new Date(app.ports.clock.now()).toISOString().slice(0, 10)),
  };
}
