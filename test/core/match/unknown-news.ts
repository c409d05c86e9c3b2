/**
 * Names without an entry on the real-news passages (issue 27): the matcher's unknown-name finds
 * (MatchOptions.unknownNames) scored against the annotations.
 *
 * - A find is right when it overlaps a name of Korean or Russian origin that has no entry in the
 *   glossary of the run: a `new:*` mention with origin `ko` or `ru`, or, in the run without the
 *   person entries, a mention of a removed person whose original script is Korean or Russian.
 *   Ukrainian names (origin `uk`) count as right too: in French and English press spelling they
 *   have the shape of Russian ones, and their script is Cyrillic — but they are counted apart
 *   (`ukrainian`), so that the figure without them can be read off. Anything else — a name with
 *   an entry, a name of another origin, no annotation at all — is a wrong find.
 * - Recall: the core name mentions (`kind: name`) without an entry, of origin ko or ru, that an
 *   unknown-name find overlaps (bare surnames such as « Kim » included: the rules do not look
 *   for them, so they count as misses).
 * - Negatives: every unknown-name find there is wrong.
 */
import type { GlossaryEntry } from '../../../src/core/glossary/types.ts';
import type { Matcher, Mention } from '../../../src/core/match/index.ts';
import type { GoldMention, Passage } from './real-news.ts';
import { guessOriginal } from '../../../src/core/unknown/index.ts';

export interface UnknownScore {
  passage: Passage;
  finds: Mention[];
  right: Mention[];
  wrong: Array<{ mention: Mention; gold?: GoldMention }>;
  /** Names found strictly inside a role annotated whole (« la sœur de ⟦Kim Jong-un⟧ »): left out, as in real-news.ts. */
  inner: Mention[];
  /** Of the right finds, those of Ukrainian names. */
  ukrainian: number;
  /** Core name mentions without an entry, of origin ko or ru. */
  targets: GoldMention[];
  targetsFound: GoldMention[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * The origin of a gold mention's entity when it has no entry in the run's glossary, or null when
 * it has one. `removed` holds the entries left out of the run (by id).
 */
export function originWithoutEntry(g: GoldMention, hasEntry: (id: string) => boolean, removed: ReadonlyMap<string, GlossaryEntry>): string | null {
  if (g.entity.startsWith('new:')) return g.origin ?? 'other';
  if (hasEntry(g.entity)) return null;
  const lang = removed.get(g.entity)?.script?.lang;
  return lang === 'ko' || lang === 'ru' || lang === 'uk' ? lang : 'other';
}

export function scoreUnknown(matcher: Matcher, passage: Passage, hasEntry: (id: string) => boolean, removed: ReadonlyMap<string, GlossaryEntry> = new Map()): UnknownScore {
  const all = matcher.findMentions(passage.text, { lang: passage.lang, unknownNames: true, guessScript: guessOriginal, ...(passage.date ? { date: passage.date } : {}) }).filter((m) => m.unknown);
  const insideRole = (m: Mention): boolean => passage.gold.some((g) => g.kind === 'role' && g.start <= m.start && m.end <= g.end && g.end - g.start > m.end - m.start);
  const finds = all.filter((m) => !insideRole(m));
  const inner = all.filter(insideRole);
  const right: Mention[] = [];
  const wrong: UnknownScore['wrong'] = [];
  let ukrainian = 0;
  for (const m of finds) {
    const hits = passage.negative ? [] : passage.gold.filter((g) => g.kind === 'name' && overlaps(g, m));
    const origins = hits.map((g) => originWithoutEntry(g, hasEntry, removed));
    if (origins.some((o) => o === 'ko' || o === 'ru' || o === 'uk')) {
      right.push(m);
      if (!origins.includes('ko') && !origins.includes('ru')) ukrainian++;
    } else wrong.push({ mention: m, ...(hits[0] ? { gold: hits[0] } : {}) });
  }
  const targets = passage.negative ? [] : passage.gold.filter((g) => g.core && g.kind === 'name' && ['ko', 'ru'].includes(originWithoutEntry(g, hasEntry, removed) ?? ''));
  const targetsFound = targets.filter((g) => finds.some((m) => overlaps(g, m)));
  return { passage, finds, right, wrong, inner, ukrainian, targets, targetsFound };
}

export interface UnknownFigures {
  finds: number;
  right: number;
  ukrainian: number;
  precision: number;
  targets: number;
  recall: number;
  /** Recall over the targets written in two words or more (full names, not bare surnames). */
  fullTargets: number;
  fullRecall: number;
  negativeFinds: number;
  inner: number;
}

export function unknownFigures(scores: UnknownScore[]): UnknownFigures {
  const sum = (f: (s: UnknownScore) => number, list = scores): number => list.reduce((n, s) => n + f(s), 0);
  const finds = sum((s) => s.finds.length);
  const right = sum((s) => s.right.length);
  const targets = sum((s) => s.targets.length);
  const isFull = (g: GoldMention): boolean => /\S\s+\S|\p{L}-\p{L}/u.test(g.surface);
  const fullTargets = sum((s) => s.targets.filter(isFull).length);
  return {
    finds,
    right,
    ukrainian: sum((s) => s.ukrainian),
    precision: finds ? right / finds : 1,
    targets,
    recall: targets ? sum((s) => s.targetsFound.length) / targets : 1,
    fullTargets,
    fullRecall: fullTargets ? sum((s) => s.targetsFound.filter(isFull).length) / fullTargets : 1,
    negativeFinds: sum((s) => s.finds.length, scores.filter((s) => s.passage.negative)),
    inner: sum((s) => s.inner.length),
  };
}
