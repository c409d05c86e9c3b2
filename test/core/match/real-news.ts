/**
 * The real-news evaluation (issue 19): the 140 published passages of ../shared/news (never
 * copied into the project) scored against our own annotations (test/fixtures/real-news/), on the
 * dev half (tuning: `npm run evaluate`) or the test half (reported only: `npm run evaluate --
 * --test`). The split was made once, by story, before annotating (split.json).
 *
 * Scoring, per passage in its own language:
 * - gold: every annotated mention; `core` names whose entity has an entry are what recall counts;
 * - a find is right when it overlaps a gold mention of the same entity (a name or a role);
 *   a find overlapping gold of another entity is a wrong link; anything else a false find;
 * - a name found inside a role annotated whole (« la sœur cadette de ⟦Kim Jong-un⟧ », "the
 *   ⟦Wagner⟧ warlord") names its own entity there: it is left out of the figures (neither right
 *   nor wrong; counted apart as `inner`), since the annotation records one span only;
 * - recall: core names with an entry overlapped by a find of any entity; linking: of those, the
 *   share whose find is the right entity; precision: right finds over all finds;
 * - negatives: every find there is a false find (there must be none).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Matcher, Mention } from '../../../src/core/match/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = `${ROOT}test/fixtures/real-news`;
/** Where the passages are: ../shared/news beside the project, or GLOSE_NEWS_DIR. */
export const NEWS_DIR = process.env.GLOSE_NEWS_DIR ?? `${ROOT}../shared/news`;

export interface GoldMention {
  start: number;
  end: number;
  surface: string;
  entity: string;
  origin?: string;
  core: boolean;
  kind: 'name' | 'role';
  note?: string;
}

export interface Passage {
  id: string;
  half: 'dev' | 'test';
  lang: 'fr' | 'en';
  negative: boolean;
  cluster: string;
  /** The date the page gave (index.json), where it gave one. */
  date?: string;
  text: string;
  gold: GoldMention[];
}

export function newsAvailable(): boolean {
  return existsSync(`${NEWS_DIR}/articles`) && existsSync(`${NEWS_DIR}/index.json`);
}

export const NEWS_MISSING = `The real-news passages are not here: ${NEWS_DIR}/articles is missing. They live outside the project (../shared/news beside it); set GLOSE_NEWS_DIR to the folder holding articles/ and index.json.`;

export function loadPassages(half: 'dev' | 'test' | 'all'): Passage[] {
  if (!newsAvailable()) throw new Error(NEWS_MISSING);
  const dates = new Map((JSON.parse(readFileSync(`${NEWS_DIR}/index.json`, 'utf8')) as Array<{ id: string; date: string | null }>).map((p) => [p.id, p.date]));
  const split = JSON.parse(readFileSync(`${FIXTURES}/split.json`, 'utf8')) as { passages: Array<{ id: string; cluster: string; half: 'dev' | 'test'; language: 'fr' | 'en'; negative: boolean }> };
  return split.passages
    .filter((p) => half === 'all' || p.half === half)
    .map((p) => ({
      id: p.id,
      half: p.half,
      lang: p.language,
      negative: p.negative,
      cluster: p.cluster,
      ...(dates.get(p.id) ? { date: dates.get(p.id)! } : {}),
      text: readFileSync(`${NEWS_DIR}/articles/${p.id}.txt`, 'utf8'),
      gold: (JSON.parse(readFileSync(`${FIXTURES}/annotations/${p.id}.json`, 'utf8')) as { mentions: GoldMention[] }).mentions,
    }));
}

export interface PassageScore {
  passage: Passage;
  found: Mention[];
  /** Core names whose entity has an entry. */
  coreNames: GoldMention[];
  /** …overlapped by a find (of any entity). */
  coreFound: GoldMention[];
  /** …overlapped by a find of their own entity. */
  coreLinked: GoldMention[];
  right: Mention[];
  wrongLink: Array<{ mention: Mention; gold: GoldMention }>;
  falseFinds: Mention[];
  /** Names found strictly inside a role annotated whole (left out of the figures). */
  inner: Mention[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export function scorePassage(matcher: Matcher, passage: Passage, hasEntry: (id: string) => boolean, unknownNames = false): PassageScore {
  // With unknown names asked for, they are left out here: scored apart (unknown-news.ts).
  const all = matcher.findMentions(passage.text, { lang: passage.lang, unknownNames, ...(passage.date ? { date: passage.date } : {}) }).filter((m) => !m.unknown);
  const right: Mention[] = [];
  const wrongLink: PassageScore['wrongLink'] = [];
  const falseFinds: Mention[] = [];
  const inner: Mention[] = [];
  const insideRole = (m: Mention): boolean => m.match !== 'description' && passage.gold.some((g) => g.kind === 'role' && g.entity !== m.entry && g.start <= m.start && m.end <= g.end && g.end - g.start > m.end - m.start);
  const found: Mention[] = [];
  for (const m of all) (insideRole(m) ? inner : found).push(m);
  for (const m of found) {
    const hits = passage.gold.filter((g) => overlaps(g, m));
    if (hits.some((g) => g.entity === m.entry)) right.push(m);
    else if (hits.length) wrongLink.push({ mention: m, gold: hits[0]! });
    else falseFinds.push(m);
  }
  const coreNames = passage.gold.filter((g) => g.core && g.kind === 'name' && !g.entity.startsWith('new:') && hasEntry(g.entity));
  const coreFound = coreNames.filter((g) => found.some((m) => overlaps(g, m)));
  const coreLinked = coreNames.filter((g) => found.some((m) => overlaps(g, m) && m.entry === g.entity));
  return { passage, found, coreNames, coreFound, coreLinked, right, wrongLink, falseFinds, inner };
}

export interface RealNewsFigures {
  passages: number;
  coreNames: number;
  recall: number;
  linking: number;
  /** Core names found and linked right, over all core names with an entry. */
  foundAndLinked: number;
  finds: number;
  precision: number;
  negativeFinds: number;
  negatives: number;
  /** Names found inside roles annotated whole (not in the figures). */
  inner: number;
}

export function realNewsFigures(scores: PassageScore[]): RealNewsFigures {
  const on = scores.filter((s) => !s.passage.negative);
  const sum = (f: (s: PassageScore) => number, list = on): number => list.reduce((n, s) => n + f(s), 0);
  const coreNames = sum((s) => s.coreNames.length);
  const coreFound = sum((s) => s.coreFound.length);
  const coreLinked = sum((s) => s.coreLinked.length);
  const finds = sum((s) => s.found.length);
  const right = sum((s) => s.right.length);
  const neg = scores.filter((s) => s.passage.negative);
  return {
    passages: on.length,
    coreNames,
    recall: coreNames ? coreFound / coreNames : 1,
    linking: coreFound ? coreLinked / coreFound : 1,
    foundAndLinked: coreNames ? coreLinked / coreNames : 1,
    finds,
    precision: finds ? right / finds : 1,
    negativeFinds: sum((s) => s.found.length, neg),
    negatives: neg.length,
    inner: sum((s) => s.inner.length),
  };
}
