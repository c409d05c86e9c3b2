/**
 * The glossary and matcher the command line uses: the same built-in entries and the same
 * core matcher as the extension, compiled once per process.
 */
import { BUILTIN_ENTRIES } from '../data/glossary/index.ts';
import type { GlossaryEntry } from '../core/glossary/types.ts';
import { compileMatchTable, createMatcher, type Matcher, type MatchTable } from '../core/match/index.ts';

let matcher: Matcher | null = null;
let byId: Map<string, GlossaryEntry> | null = null;

/**
 * The built CLI (scripts/build-cli.mjs) carries the match table compiled at build time from the
 * same entries, so a short run does not spend its time compiling the glossary; run from the
 * sources, it is compiled here.
 */
declare const __GLOSE_CLI_MATCH_TABLE__: string | undefined;
const prebuilt = typeof __GLOSE_CLI_MATCH_TABLE__ === 'string' ? __GLOSE_CLI_MATCH_TABLE__ : null;

export function cliMatcher(): Matcher {
  matcher ??= createMatcher(prebuilt ? (JSON.parse(prebuilt) as MatchTable) : compileMatchTable(BUILTIN_ENTRIES));
  return matcher;
}

export function cliEntry(id: string): GlossaryEntry | undefined {
  byId ??= new Map(BUILTIN_ENTRIES.map((e) => [e.id, e]));
  return byId.get(id);
}
