/**
 * How much of what the matcher found is marked on the page. The matcher finds every mention
 * (they all stay known to the page: the panel lists them, a hover with the modifier key opens
 * their card); this decides which are painted:
 *
 * - `every` mention, the `first` mention of each name in each section (the default: a section
 *   is the text under one heading, h1–h6, of the article body, or the whole body where it has
 *   none), or the first mention of each name on the `page`;
 * - per type: the reader can leave out people, places… (and issue 23's unknown names);
 * - the world: entries with `scope: "world"` (Washington, Tokyo, l'ONU), which a French reader
 *   knows, are not marked unless the reader asks for them.
 *
 * Pure: the names already marked are the caller's `seen` set, handed in and grown, so that a
 * page read block by block in document order gets the same answer as one pass over it all.
 */
import type { EntryType } from '../glossary/types.ts';

export const MARK_SCOPES = ['every', 'first', 'page'] as const;
export type MarkScope = (typeof MARK_SCOPES)[number];

/** The kinds of mention the reader can leave out: the entry types and the names without an entry (issue 23). */
export const MARK_TYPES = ['person', 'place', 'organisation', 'media', 'term', 'event', 'brand', 'unknown'] as const;
export type MarkType = (typeof MARK_TYPES)[number];

export interface MarkPrefs {
  scope: MarkScope;
  /** Types left unmarked. */
  hiddenTypes: readonly MarkType[];
  /** Whether entries of `scope: "world"` are marked too. */
  world: boolean;
}

export const DEFAULT_MARK_PREFS: Readonly<MarkPrefs> = Object.freeze({ scope: 'first', hiddenTypes: Object.freeze([]) as readonly MarkType[], world: false });

export interface MarkCandidate {
  entry: string;
  type: EntryType | 'unknown';
  /** The entry has `scope: "world"`. */
  world: boolean;
  /** Which section of the page the mention is in (any stable key; the page's own numbering). */
  section: number;
}

/** Whether a mention's kind is marked at all (type and world toggles), whatever came before it. */
export function isKindMarked(c: Pick<MarkCandidate, 'type' | 'world'>, prefs: MarkPrefs): boolean {
  if (c.world && !prefs.world) return false;
  return !prefs.hiddenTypes.includes(c.type);
}

/** The key under which "already marked" is remembered: per section, per page, or none (every mention). */
function seenKey(c: MarkCandidate, scope: MarkScope): string | null {
  if (scope === 'every') return null;
  return scope === 'first' ? `${c.section}\u0000${c.entry}` : c.entry;
}

/**
 * Which of `candidates` (in document order) are marked, given the names already marked before
 * them (`seen`, grown with the ones marked here).
 */
export function selectMarks(candidates: readonly MarkCandidate[], prefs: MarkPrefs, seen: Set<string> = new Set()): boolean[] {
  return candidates.map((c) => {
    if (!isKindMarked(c, prefs)) return false;
    const key = seenKey(c, prefs.scope);
    if (key === null) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
