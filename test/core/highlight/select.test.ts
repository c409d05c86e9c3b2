import { describe, expect, it } from 'vitest';
import { DEFAULT_MARK_PREFS, isKindMarked, selectMarks, type MarkCandidate, type MarkPrefs } from '../../../src/core/highlight/select.ts';

const c = (entry: string, section: number, type: MarkCandidate['type'] = 'person', world = false): MarkCandidate => ({ entry, type, world, section });
// A page of two sections: Poutine twice in the first, Kim and Poutine in the second, Washington (world) in both.
const PAGE = [c('putin', 1), c('washington', 1, 'place', true), c('putin', 1), c('kim', 2), c('putin', 2), c('washington', 2, 'place', true), c('pyongyang', 2, 'place')];
const prefs = (p: Partial<MarkPrefs>): MarkPrefs => ({ ...DEFAULT_MARK_PREFS, ...p });

describe('selectMarks: how much is marked', () => {
  it('by default marks the first mention of each name in each section, and no world entry', () => {
    expect(selectMarks(PAGE, DEFAULT_MARK_PREFS)).toEqual([true, false, false, true, true, false, true]);
  });

  it('marks every mention, or the first on the page', () => {
    expect(selectMarks(PAGE, prefs({ scope: 'every', world: true }))).toEqual([true, true, true, true, true, true, true]);
    expect(selectMarks(PAGE, prefs({ scope: 'page', world: true }))).toEqual([true, true, false, true, false, false, true]);
  });

  it('leaves out the types the reader turned off, and unknown names as a type of their own', () => {
    expect(selectMarks(PAGE, prefs({ scope: 'every', hiddenTypes: ['place'], world: true }))).toEqual([true, false, true, true, true, false, false]);
    expect(isKindMarked({ type: 'unknown', world: false }, prefs({ hiddenTypes: ['unknown'] }))).toBe(false);
    expect(isKindMarked({ type: 'unknown', world: false }, DEFAULT_MARK_PREFS)).toBe(true);
  });

  it('gives the same answer block by block (the seen set carried over) as in one pass', () => {
    const seen = new Set<string>();
    const byParts = [...selectMarks(PAGE.slice(0, 3), DEFAULT_MARK_PREFS, seen), ...selectMarks(PAGE.slice(3), DEFAULT_MARK_PREFS, seen)];
    expect(byParts).toEqual(selectMarks(PAGE, DEFAULT_MARK_PREFS));
  });

  it('does not count a name left out by its type as its first mention', () => {
    // Washington unmarked (world) at first, then the reader asks for world entries: the first one is marked.
    const seen = new Set<string>();
    selectMarks([c('washington', 1, 'place', true)], DEFAULT_MARK_PREFS, seen);
    expect(seen.size).toBe(0);
  });
});
