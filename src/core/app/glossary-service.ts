/**
 * The glossary as the product serves it: the built-in entries merged with the reader's own
 * (theirs win; hidden built-ins dropped), compiled into the match table pages receive, with
 * look-ups by id. The merged state is an instance field filled by one load: there is no
 * synchronous "whatever is there" read, so nothing can pin the built-in entries alone before
 * the reader's have loaded.
 */
import type { GlossaryEntry } from '../glossary/types.ts';
import { mergeGlossaries, type UserGlossary } from '../glossary/user-entries.ts';
import { compileMatchTable, type MatchTable } from '../match/index.ts';
import { glossaryVersion } from '../glossary/version.ts';
import type { Clock, GlossarySource } from './ports.ts';

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

export const EMPTY_USER_GLOSSARY: UserGlossary = { version: 1, entries: [], hidden: [] };

/** The reader's stored glossary, or an empty one when what is stored is not one. */
export function userGlossaryOf(value: unknown): UserGlossary {
  const v = value as UserGlossary | undefined;
  return v && Array.isArray(v.entries) && Array.isArray(v.hidden) ? v : EMPTY_USER_GLOSSARY;
}

export function buildGlossaryState(entries: readonly GlossaryEntry[], clock: Clock, compiled?: { table: MatchTable; version: string } | null): GlossaryState {
  const started = clock.now();
  const table = compiled?.table ?? compileMatchTable(entries);
  const compileMs = clock.now() - started;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const types = Object.fromEntries(entries.map((e) => [e.id, e.type]));
  return { entries, byId, table, types, version: compiled?.version ?? glossaryVersion(entries), compileMs };
}

/** The reader has no entries of their own and hides none: the built-in glossary as it ships. */
function isEmpty(user: UserGlossary): boolean {
  return user.entries.length === 0 && user.hidden.length === 0;
}

export class GlossaryService {
  #state: Promise<GlossaryState> | null = null;

  constructor(
    private readonly source: GlossarySource,
    private readonly clock: Clock,
  ) {}

  /** The merged glossary, loading the reader's entries on first use. */
  current(): Promise<GlossaryState> {
    const loading = (this.#state ??= this.userGlossary().then((user) => this.#build(user)));
    // A failed load is not kept: the next call tries again.
    loading.catch(() => {
      if (this.#state === loading) this.#state = null;
    });
    return loading;
  }

  async entry(id: string): Promise<GlossaryEntry | undefined> {
    return (await this.current()).byId.get(id);
  }

  async userGlossary(): Promise<UserGlossary> {
    return userGlossaryOf(await this.source.readUser());
  }

  /** Stores the reader's entries and serves the glossary they make from now on. */
  async saveUserGlossary(user: UserGlossary): Promise<void> {
    await this.source.writeUser(user);
    this.#state = Promise.resolve(this.#build(user));
  }

  /** The merged glossary; the table compiled at build time when the reader adds nothing to it. */
  #build(user: UserGlossary): GlossaryState {
    const compiled = isEmpty(user) ? (this.source.builtinCompiled?.() ?? null) : null;
    return buildGlossaryState(mergeGlossaries(this.source.builtin, user), this.clock, compiled);
  }

  /** Another context changed the reader's entries: the next use reads them again. */
  invalidate(): void {
    this.#state = null;
  }
}
