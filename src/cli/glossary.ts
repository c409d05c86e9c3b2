/**
 * The glossary and matcher the command line uses: the same built-in entries and the same
 * core matcher as the extension, compiled once per process.
 */
import { BUILTIN_ENTRIES } from '../data/glossary/index.ts';
import type { GlossaryEntry } from '../core/glossary/types.ts';
import { compileMatchTable, createMatcher, type Matcher } from '../core/match/index.ts';

let matcher: Matcher | null = null;
let byId: Map<string, GlossaryEntry> | null = null;

export function cliMatcher(): Matcher {
  matcher ??= createMatcher(compileMatchTable(BUILTIN_ENTRIES));
  return matcher;
}

export function cliEntry(id: string): GlossaryEntry | undefined {
  byId ??= new Map(BUILTIN_ENTRIES.map((e) => [e.id, e]));
  return byId.get(id);
}
