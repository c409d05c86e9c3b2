/**
 * The matcher: finds glossary names in running text, as a careful reader would.
 *
 * It reads in passes, each in a file of its own (session.ts lists them in order): words with
 * their source offsets (words.ts), the hot loop that stops only at words that may begin a name
 * (candidates.ts), the phrase walk (phrases.ts), the reader's rules (rules/), and the document
 * (settle.ts: short forms, salience, what counts only on a page about Glose's subjects). The
 * structures they read are built once from the match table (structures.ts). Every pass does a
 * bounded amount of work per candidate word, so the cost is linear in the text's length,
 * whatever its punctuation or line length. A matcher holds its own scratch (the word reader,
 * the phrase pool, the table of words found not to be slips): nothing is shared between
 * matchers, and nothing at module level changes.
 */
import { notSlipTable } from './candidates.ts';
import type { MatchTable } from './kinds.ts';
import type { MatchOptions, Mention } from './mention.ts';
import { PhraseWalker } from './phrases.ts';
import { createSession, type MatchSession, type SessionParts } from './session.ts';
import { buildStructureSteps, buildStructures, type Structures } from './structures.ts';
import { WordReader } from './words.ts';

export type { MatchOptions, Mention, SettledMention } from './mention.ts';
export type { MatchSession } from './session.ts';

export interface Matcher {
  findMentions(text: string, options: MatchOptions): Mention[];
  createSession(options: MatchOptions): MatchSession;
  entryCount: number;
  phraseCount: number;
  wordCount: number;
  /** Approximate bytes held by the typed arrays and maps. */
  approximateBytes: number;
}

export function createMatcher(table: MatchTable): Matcher {
  return matcherFrom(table, buildStructures(table));
}

/**
 * The same matcher, built in slices of about `budgetMs` of work, with `pause()` (a yield to the
 * page's event loop) between them: a content script builds it without a long task. `now` is the
 * caller's clock (performance.now in a page).
 */
export async function createMatcherSliced(table: MatchTable, pause: () => Promise<void>, now: () => number, budgetMs = 8): Promise<Matcher> {
  const steps = buildStructureSteps(table);
  for (;;) {
    const deadline = now() + budgetMs;
    let r = steps.next();
    while (!r.done && now() < deadline) r = steps.next();
    if (r.done) return matcherFrom(table, r.value);
    await pause();
  }
}

function matcherFrom(table: MatchTable, b: Structures): Matcher {
  let bytes = b.wordIndex.byteLength + b.firstIndex.byteLength;
  for (const w of b.words) bytes += 16 + w.length * 2;
  bytes += b.children.byteLength + b.targets.length * 24 + b.deletions.byteLength + b.childList.byteLength + b.childStart.byteLength;
  const notSlips = notSlipTable();
  const parts: SessionParts = {
    b,
    walker: new PhraseWalker(b, new WordReader(), notSlips),
    notSlips,
    ids: table.entries.map((e) => e.id),
    // Background entries (the United States, the UN, AFP…): shown on pages about our subjects only.
    worldEntry: Uint8Array.from(table.entries, (e) => (e.world ? 1 : 0)),
    entryIndex: new Map(table.entries.map((e, i) => [e.id, i])),
  };
  return {
    findMentions: (text, options) => {
      const session = createSession(parts, options);
      const found = session.scan(text);
      const late = session.finish();
      if (late.length === 0) return found;
      // Both lists are in text order once the few late ones are sorted: merge them.
      const extra = late.map((s) => s.mention).sort((x, y) => x.start - y.start);
      const merged: Mention[] = [];
      let k = 0;
      for (const m of found) {
        while (k < extra.length && extra[k]!.start < m.start) merged.push(extra[k++]!);
        merged.push(m);
      }
      while (k < extra.length) merged.push(extra[k++]!);
      return merged;
    },
    createSession: (options) => createSession(parts, options),
    entryCount: table.entries.length,
    phraseCount: b.phraseCount,
    wordCount: b.words.length,
    approximateBytes: bytes,
  };
}
