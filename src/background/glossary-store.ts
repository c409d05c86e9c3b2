/**
 * The glossary as the background serves it: built-in entries (merged with the reader's own
 * entries by a later layer), the compiled match table sent once to each page, and entry
 * look-ups by id. Compiled lazily and cached for the life of the worker.
 */
import { BUILTIN_ENTRIES } from '../data/glossary/index.ts';
import type { GlossaryEntry } from '../core/glossary/types.ts';
import { compileMatchTable, type MatchTable } from '../core/match/index.ts';

interface GlossaryState {
  entries: readonly GlossaryEntry[];
  byId: Map<string, GlossaryEntry>;
  table: MatchTable;
  /** Entry id → type, for the content script's highlight styles. */
  types: Record<string, GlossaryEntry['type']>;
  version: string;
}

let state: GlossaryState | null = null;

function build(entries: readonly GlossaryEntry[]): GlossaryState {
  const started = performance.now();
  const table = compileMatchTable(entries);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const version = `${entries.length}:${entries.reduce((h, e) => (h * 31 + e.id.length + (e.names.fr.length << 3)) >>> 0, 7)}`;
  console.debug(`[glose] glossary compiled: ${entries.length} entries in ${Math.round(performance.now() - started)} ms`);
  const types = Object.fromEntries(entries.map((e) => [e.id, e.type]));
  return { entries, byId, table, types, version };
}

export function getGlossary(): GlossaryState {
  state ??= build(BUILTIN_ENTRIES);
  return state;
}

export function getEntry(id: string): GlossaryEntry | undefined {
  return getGlossary().byId.get(id);
}
