/**
 * Recall and precision of the matcher on the held-out evaluation set (test/fixtures/evaluation):
 * news-style articles in French and English written for the project, annotated by hand without
 * running Glose (`[[surface|entry-id]]` marks every mention of an entity the glossary has), and
 * articles about other subjects, with no annotation, on which nothing may be found.
 *
 * Scoring, per mention:
 * - a find is right when it overlaps an annotation of the same entry (the span may differ by an
 *   article or a possessive); a description written as a title next to the name it describes
 *   (« le dirigeant nord-coréen Kim Jong-un », annotated on the name only) is right too;
 * - a find overlapping an annotation of another entry is a wrong link, anything else a false find;
 * - an annotation is found when a right find overlaps it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Matcher, Mention } from '../../../src/core/match/index.ts';

export interface Gold {
  start: number;
  end: number;
  entry: string;
  surface: string;
}

export interface Article {
  file: string;
  lang: 'fr' | 'en';
  text: string;
  gold: Gold[];
  onTopic: boolean;
}

export const EVALUATION_DIR = new URL('../../fixtures/evaluation/', import.meta.url);

/** Reads `[[surface|id]]` marks out of an annotated text. */
export function parseAnnotated(annotated: string): { text: string; gold: Gold[] } {
  const gold: Gold[] = [];
  let text = '';
  let last = 0;
  for (const m of annotated.matchAll(/\[\[([^\]|]+)\|([a-z0-9-]+)\]\]/g)) {
    text += annotated.slice(last, m.index);
    gold.push({ start: text.length, end: text.length + m[1]!.length, entry: m[2]!, surface: m[1]! });
    text += m[1]!;
    last = m.index! + m[0].length;
  }
  text += annotated.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error('unbalanced annotation');
  return { text, gold };
}

export function loadArticles(): Article[] {
  const out: Article[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const dir = new URL(`${lang}/`, EVALUATION_DIR);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const { text, gold } = parseAnnotated(readFileSync(new URL(file, dir), 'utf8'));
      // Files 90 and up are about other subjects.
      out.push({ file: `${lang}/${file}`, lang, text, gold, onTopic: !file.startsWith('9') });
    }
  }
  return out;
}

export interface Scored {
  article: Article;
  found: Mention[];
  right: Mention[];
  wrongLink: Array<{ mention: Mention; gold: Gold }>;
  falseFinds: Mention[];
  missed: Gold[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export function score(matcher: Matcher, article: Article): Scored {
  const found = matcher.findMentions(article.text, { lang: article.lang });
  const right: Mention[] = [];
  const wrongLink: Scored['wrongLink'] = [];
  const falseFinds: Mention[] = [];
  for (const m of found) {
    const hits = article.gold.filter((g) => overlaps(g, m));
    if (hits.some((g) => g.entry === m.entry)) right.push(m);
    else if (hits.length) wrongLink.push({ mention: m, gold: hits[0]! });
    else if (m.match === 'description' && article.gold.some((g) => g.entry === m.entry && Math.abs(g.start - m.end) <= 3)) right.push(m);
    else falseFinds.push(m);
  }
  const missed = article.gold.filter((g) => !right.some((m) => m.entry === g.entry && overlaps(g, m)));
  return { article, found, right, wrongLink, falseFinds, missed };
}

export interface Figures {
  annotations: number;
  foundRight: number;
  finds: number;
  recall: number;
  precision: number;
  offTopicFinds: number;
  offTopicArticles: number;
}

export function figures(scored: Scored[]): Figures {
  const on = scored.filter((s) => s.article.onTopic);
  const annotations = on.reduce((n, s) => n + s.article.gold.length, 0);
  const missed = on.reduce((n, s) => n + s.missed.length, 0);
  const finds = on.reduce((n, s) => n + s.found.length, 0);
  const right = on.reduce((n, s) => n + s.right.length, 0);
  return {
    annotations,
    foundRight: annotations - missed,
    finds,
    recall: annotations ? (annotations - missed) / annotations : 1,
    precision: finds ? right / finds : 1,
    offTopicFinds: scored.filter((s) => !s.article.onTopic).reduce((n, s) => n + s.found.length, 0),
    offTopicArticles: scored.filter((s) => !s.article.onTopic).length,
  };
}
