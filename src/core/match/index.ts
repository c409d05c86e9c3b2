/**
 * The matcher's public face: compile the glossary into a JSON match table (background, CLI),
 * build a matcher from it (content script, CLI), find mentions in text.
 */
export { compileMatchTable, MATCH_KINDS, type MatchKind, type MatchTable } from './table.ts';
export { createMatcher, createMatcherSliced, type Matcher, type MatchOptions, type MatchSession, type Mention, type SettledMention } from './matcher.ts';
