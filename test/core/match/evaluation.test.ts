/**
 * Recall and precision on the held-out evaluation set (see evaluation.ts): news-style articles
 * in French and English, annotated by hand without running Glose, and articles about other
 * subjects. Targets (issue "matcher"): at least 95% of the names found and linked right, at
 * least 98% of finds right, nothing found on the other subjects. `npm run evaluate` lists every
 * miss and false find.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../../../src/core/match/index.ts';
import { figures, loadArticles, parseAnnotated, score } from './evaluation.ts';

const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
const articles = loadArticles();
const scored = articles.map((a) => score(matcher, a));

describe('the evaluation set', () => {
  it('is read as annotated: marks out, offsets on the plain text', () => {
    const { text, gold } = parseAnnotated('Le président [[Poutine|vladimir-putin]] à [[Séoul|seoul]].');
    expect(text).toBe('Le président Poutine à Séoul.');
    expect(gold.map((g) => text.slice(g.start, g.end))).toEqual(['Poutine', 'Séoul']);
  });

  it('has on-topic and off-topic articles in both languages, with hundreds of annotated names', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(articles.filter((a) => a.lang === lang && a.onTopic).length).toBeGreaterThanOrEqual(7);
      expect(articles.filter((a) => a.lang === lang && !a.onTopic).length).toBeGreaterThanOrEqual(4);
    }
    expect(figures(scored).annotations).toBeGreaterThan(600);
    const ids = new Set(BUILTIN_ENTRIES.map((e) => e.id));
    for (const a of articles) for (const g of a.gold) expect(ids.has(g.entry), `${a.file}: ${g.entry}`).toBe(true);
  });

  it('finds at least 95% of the names, linked right, with at least 98% of finds right', () => {
    const f = figures(scored);
    console.log(`evaluation: recall ${(f.recall * 100).toFixed(1)}% (${f.foundRight}/${f.annotations}), precision ${(f.precision * 100).toFixed(1)}% of ${f.finds} finds`);
    expect(f.recall).toBeGreaterThanOrEqual(0.95);
    expect(f.precision).toBeGreaterThanOrEqual(0.98);
    for (const lang of ['fr', 'en'] as const) {
      const l = figures(scored.filter((s) => s.article.lang === lang));
      expect(l.recall, lang).toBeGreaterThanOrEqual(0.95);
      expect(l.precision, lang).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('finds nothing in articles about other subjects', () => {
    const off = scored.filter((s) => !s.article.onTopic);
    expect(off.flatMap((s) => s.found.map((m) => `${s.article.file}: ${m.surface} → ${m.entry}`))).toEqual([]);
  });
});
