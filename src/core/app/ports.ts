/**
 * What the product's decisions need of the world, as small interfaces: the background fills
 * them with browser.storage and IndexedDB, the CLI with its files, tests with memory. Core
 * never names a browser or Node API; the ports are how it reaches them.
 */
import type { CorpusStore } from '../corpus/types.ts';
import type { MatchTable } from '../match/index.ts';
import type { GlossaryEntry } from '../glossary/types.ts';
import type { UserGlossary } from '../glossary/user-entries.ts';

/** The reader's settings as stored: only what differs from the defaults (untrusted when read). */
export interface SettingsStore {
  read(): Promise<unknown>;
  write(changed: Record<string, unknown>): Promise<void>;
}

/** The built-in entries, and the reader's own as stored (untrusted when read). */
export interface GlossarySource {
  readonly builtin: readonly GlossaryEntry[];
  /**
   * The built-in entries' match table and version, compiled when the product was built, for a
   * reader with no entries of their own: compiling 1,900 entries takes the background half a
   * second, at every start of its worker, before the first page can be read.
   */
  readonly builtinCompiled?: () => { table: MatchTable; version: string } | null;
  readUser(): Promise<unknown>;
  writeUser(user: UserGlossary): Promise<void>;
}

export interface Clock {
  now(): number;
}

export interface AppPorts {
  settings: SettingsStore;
  glossary: GlossarySource;
  corpus: CorpusStore;
  clock: Clock;
}

export const systemClock: Clock = { now: () => Date.now() };
