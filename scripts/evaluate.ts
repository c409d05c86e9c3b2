// `npm run evaluate`: the matcher's recall and precision on the held-out evaluation set
// (test/fixtures/evaluation), with every miss, wrong link and false find listed by article.
import { BUILTIN_ENTRIES } from '../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../src/core/match/index.ts';
import { figures, loadArticles, score } from '../test/core/match/evaluation.ts';

const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
const scored = loadArticles().map((a) => score(matcher, a));
const context = (text: string, start: number, end: number): string => `…${text.slice(Math.max(0, start - 30), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 30)}…`.replace(/\s+/g, ' ');
for (const s of scored) {
  const { article } = s;
  console.log(`\n${article.file}: ${article.gold.length} annotated, ${s.found.length} found, ${s.right.length} right`);
  for (const g of s.missed) console.log(`  missed     ${g.entry.padEnd(28)} ${context(article.text, g.start, g.end)}`);
  for (const { mention: m, gold } of s.wrongLink) console.log(`  wrong link ${m.entry} ≠ ${gold.entry}  ${context(article.text, m.start, m.end)}`);
  for (const m of s.falseFinds) console.log(`  false find ${m.entry.padEnd(28)} (${m.match}) ${context(article.text, m.start, m.end)}`);
}
const f = figures(scored);
console.log(`\nrecall ${(f.recall * 100).toFixed(1)}% (${f.foundRight}/${f.annotations}), precision ${(f.precision * 100).toFixed(1)}% of ${f.finds} finds, ${f.offTopicFinds} finds on ${f.offTopicArticles} articles about other subjects`);
