/**
 * Checks that matter once the glossary is large (issue 20): every list of the beat holds the
 * members its source counts (and no entry names a list that does not exist), and no description
 * is copied from one entry to another (each entry says what is particular to it, in our words).
 */
import type { GlossaryEntry, GlossaryList } from './types.ts';
import type { Problem } from '../problems.ts';

export interface ScaleProblem extends Problem {
  field: string;
  severity: 'error' | 'warning';
}

export function checkLists(entries: readonly GlossaryEntry[], lists: readonly GlossaryList[]): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  const known = new Map(lists.map((l) => [l.id, l]));
  const counts = new Map<string, number>();
  for (const e of entries) {
    for (const [i, id] of (e.lists ?? []).entries()) {
      if (!known.has(id)) problems.push({ entryId: e.id, field: `lists[${i}]`, code: 'unknownList', values: [id], severity: 'error' });
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  for (const l of lists) {
    const n = counts.get(l.id) ?? 0;
    if (n < l.expected) problems.push({ field: `lists.${l.id}`, code: 'listIncomplete', values: [n, l.expected, l.source], severity: 'error' });
  }
  return problems;
}

export function checkCopiedDescriptions(entries: readonly GlossaryEntry[]): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  const seen = new Map<string, string>();
  for (const e of entries) {
    for (const lang of ['fr', 'en'] as const) {
      const key = `${lang}\u0000${e.descriptions[lang].trim().toLowerCase()}`;
      const other = seen.get(key);
      if (other) problems.push({ entryId: e.id, field: `descriptions.${lang}`, code: 'copiedDescription', values: [other], severity: 'error' });
      else seen.set(key, e.id);
    }
  }
  return problems;
}
