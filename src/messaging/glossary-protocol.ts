/**
 * Requests about the reader's own glossary entries (options page → background).
 */
import type { EntryType, GlossaryEntry } from '../core/glossary/types.ts';
import type { ImportError, UserGlossary } from '../core/glossary/user-entries.ts';

export type GlossaryFormat = 'json' | 'csv';

export type SaveResult = { ok: true; glossary: UserGlossary } | { ok: false; errors: ImportError[] };

export type GlossaryRequests = {
  'glossary/user': {
    req: Record<string, never>;
    res: { glossary: UserGlossary; builtin: Array<{ id: string; type: EntryType; names: { fr: string; en: string } }> };
  };
  'glossary/save-entry': { req: { entry: GlossaryEntry; replaces?: string }; res: SaveResult };
  'glossary/delete-entry': { req: { id: string }; res: SaveResult };
  'glossary/set-hidden': { req: { id: string; hidden: boolean }; res: SaveResult };
  'glossary/import': { req: { format: GlossaryFormat; text: string }; res: SaveResult };
  'glossary/export': { req: { format: GlossaryFormat }; res: { text: string; filename: string } };
};
