/**
 * The glossary as the background serves it: the built-in entries merged with the reader's
 * own (theirs win; hidden built-ins dropped), the compiled match table sent once to each page,
 * and entry look-ups by id. Compiled lazily, cached for the life of the worker, rebuilt when
 * the reader's entries change.
 */
import browser from 'webextension-polyfill';
import { BUILTIN_ENTRIES } from '../data/glossary/index.ts';
import type { GlossaryEntry } from '../core/glossary/types.ts';
import { mergeGlossaries, type UserGlossary } from '../core/glossary/user-entries.ts';
import { compileMatchTable, type MatchTable } from '../core/match/index.ts';
import { glossaryVersion } from '../core/glossary/version.ts';

export const USER_GLOSSARY_KEY = 'userGlossary';

export interface GlossaryState {
  entries: readonly GlossaryEntry[];
  byId: Map<string, GlossaryEntry>;
  table: MatchTable;
  /** Entry id → type, for the content script's highlight styles. */
  types: Record<string, GlossaryEntry['type']>;
  /** Changes whenever the merged glossary changes: pages and the corpus re-index on it. */
  version: string;
  compileMs: number;
}

let state: GlossaryState | null = null;
let loading: Promise<GlossaryState> | null = null;

export const EMPTY_USER_GLOSSARY: UserGlossary = { version: 1, entries: [], hidden: [] };

function build(entries: readonly GlossaryEntry[]): GlossaryState {
  const started = performance.now();
  const table = compileMatchTable(entries);
  const compileMs = performance.now() - started;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const types = Object.fromEntries(entries.map((e) => [e.id, e.type]));
  return { entries, byId, table, types, version: glossaryVersion(entries), compileMs };
}

export async function loadUserGlossary(): Promise<UserGlossary> {
  const stored = await browser.storage.local.get(USER_GLOSSARY_KEY);
  const value = stored[USER_GLOSSARY_KEY] as UserGlossary | undefined;
  return value && Array.isArray(value.entries) && Array.isArray(value.hidden) ? value : EMPTY_USER_GLOSSARY;
}

export async function saveUserGlossary(user: UserGlossary): Promise<void> {
  await browser.storage.local.set({ [USER_GLOSSARY_KEY]: user });
  state = build(mergeGlossaries(BUILTIN_ENTRIES, user));
}

/** The merged glossary, loading the reader's entries on first use. */
export function ensureGlossary(): Promise<GlossaryState> {
  if (state) return Promise.resolve(state);
  loading ??= loadUserGlossary().then((user) => {
    state = build(mergeGlossaries(BUILTIN_ENTRIES, user));
    loading = null;
    return state;
  });
  return loading;
}

/** The merged glossary if loaded, else the built-in one (for synchronous callers). */
export function getGlossary(): GlossaryState {
  state ??= build(BUILTIN_ENTRIES);
  return state;
}

export function getEntry(id: string): GlossaryEntry | undefined {
  return getGlossary().byId.get(id);
}

/** Another context (the options page) changed the reader's entries: rebuild on next use. */
export function watchUserGlossary(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[USER_GLOSSARY_KEY]) {
      state = null;
      void ensureGlossary();
    }
  });
}
