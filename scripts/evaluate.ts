// `npm run evaluate`: the matcher on real published news (../shared/news, scored against
// test/fixtures/real-news): the dev half, with every miss, wrong link and false find listed.
// `npm run evaluate -- --test`: the test half, figures only, per language (never tune on it).
// `npm run evaluate -- --written`: the written evaluation set (test/fixtures/evaluation), kept
// as a regression set.
// `npm run evaluate -- --unknown [--test]`: the names without an entry found by their shape
// (issue 27), with the full glossary and with its person entries removed for the run; on the
// dev half every find and miss is listed, on the test half figures only.
import { BUILTIN_ENTRIES } from '../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../src/core/match/index.ts';
import { figures, loadArticles, score } from '../test/core/match/evaluation.ts';
import { NEWS_MISSING, loadPassages, newsAvailable, realNewsFigures, scorePassage, type PassageScore } from '../test/core/match/real-news.ts';
import { scoreUnknown, unknownFigures, type UnknownScore } from '../test/core/match/unknown-news.ts';

const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
const ids = new Set(BUILTIN_ENTRIES.map((e) => e.id));
const context = (text: string, start: number, end: number): string => `…${text.slice(Math.max(0, start - 30), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 30)}…`.replace(/\s+/g, ' ');
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function printFigures(label: string, scores: PassageScore[]): void {
  for (const lang of ['fr', 'en'] as const) {
    const f = realNewsFigures(scores.filter((s) => s.passage.lang === lang));
    console.log(`${label} ${lang}: ${f.passages} passages, ${f.coreNames} core names with an entry: recall ${pct(f.recall)}, linking ${pct(f.linking)} (found and linked ${pct(f.foundAndLinked)}); precision ${pct(f.precision)} of ${f.finds} finds${f.negatives ? `; ${f.negativeFinds} finds on ${f.negatives} negatives` : ''}; ${f.inner} names inside roles left out`);
  }
  const f = realNewsFigures(scores);
  console.log(`${label} all: recall ${pct(f.recall)}, linking ${pct(f.linking)}, found and linked ${pct(f.foundAndLinked)}, precision ${pct(f.precision)}, ${f.negativeFinds} finds on ${f.negatives} negatives`);
}

function printUnknown(label: string, scores: UnknownScore[]): void {
  for (const lang of ['fr', 'en', 'all'] as const) {
    const f = unknownFigures(scores.filter((s) => lang === 'all' || s.passage.lang === lang));
    console.log(`${label} ${lang}: precision ${pct(f.precision)} (${f.right}/${f.finds} finds right, ${f.ukrainian} of them Ukrainian names; without those ${pct(f.finds - f.ukrainian ? (f.right - f.ukrainian) / (f.finds - f.ukrainian) : 1)}), recall ${pct(f.recall)} of ${f.targets} core ko/ru names without an entry (${pct(f.fullRecall)} of the ${f.fullTargets} written in two words or more); ${f.negativeFinds} finds on the negatives; ${f.inner} inside roles left out`);
  }
}

/** The unknown-name evaluation on one half: with the glossary, then without its person entries. */
function evaluateUnknown(half: 'dev' | 'test'): void {
  const passages = loadPassages(half);
  const withoutPersons = BUILTIN_ENTRIES.filter((e) => e.type !== 'person');
  const removed = new Map(BUILTIN_ENTRIES.filter((e) => e.type === 'person').map((e) => [e.id, e]));
  const noPersons = createMatcher(compileMatchTable(withoutPersons));
  const kept = new Set(withoutPersons.map((e) => e.id));
  const runs = [
    { label: `${half} unknown names, full glossary`, scores: passages.map((p) => scoreUnknown(matcher, p, (id) => ids.has(id))) },
    { label: `${half} unknown names, ${removed.size} person entries removed`, scores: passages.map((p) => scoreUnknown(noPersons, p, (id) => kept.has(id), removed)) },
  ];
  for (const run of runs) {
    if (half === 'dev') {
      console.log(`\n${run.label}:`);
      for (const s of run.scores) {
        const t = s.passage.text;
        for (const m of s.right) console.log(`  ${s.passage.id} right  ${m.unknown!.origin} ${m.unknown!.original.padEnd(12)} ${context(t, m.start, m.end)}`);
        for (const { mention: m, gold } of s.wrong) console.log(`  ${s.passage.id} WRONG  ${m.unknown!.origin} ${(gold?.entity ?? '(not annotated)').padEnd(20)} ${context(t, m.start, m.end)}`);
        for (const g of s.targets) if (!s.targetsFound.includes(g)) console.log(`  ${s.passage.id} missed ${g.entity.padEnd(24)} ${context(t, g.start, g.end)}`);
      }
    }
    printUnknown(run.label, run.scores);
  }
  // The entries' own figures with unknown names asked for (the rules must not cost the known names).
  printFigures(`${half} entries with unknown names on`, passages.map((p) => scorePassage(matcher, p, (id) => ids.has(id), true)));
}

const args = process.argv.slice(2);
if (args.includes('--unknown')) {
  if (!newsAvailable()) {
    console.error(NEWS_MISSING);
    process.exit(2);
  }
  evaluateUnknown(args.includes('--test') ? 'test' : 'dev');
} else if (args.includes('--written')) {
  const scored = loadArticles().map((a) => score(matcher, a));
  for (const s of scored) {
    const { article } = s;
    console.log(`\n${article.file}: ${article.gold.length} annotated, ${s.found.length} found, ${s.right.length} right`);
    for (const g of s.missed) console.log(`  missed     ${g.entry.padEnd(28)} ${context(article.text, g.start, g.end)}`);
    for (const { mention: m, gold } of s.wrongLink) console.log(`  wrong link ${m.entry} ≠ ${gold.entry}  ${context(article.text, m.start, m.end)}`);
    for (const m of s.falseFinds) console.log(`  false find ${m.entry.padEnd(28)} (${m.match}) ${context(article.text, m.start, m.end)}`);
  }
  const f = figures(scored);
  console.log(`\nwritten set: recall ${pct(f.recall)} (${f.foundRight}/${f.annotations}), precision ${pct(f.precision)} of ${f.finds} finds, ${f.offTopicFinds} finds on ${f.offTopicArticles} articles about other subjects`);
} else if (!newsAvailable()) {
  console.error(NEWS_MISSING);
  process.exit(2);
} else if (args.includes('--test')) {
  // The test half: figures only. Its misses are not shown, so that nobody tunes on them.
  printFigures('test', loadPassages('test').map((p) => scorePassage(matcher, p, (id) => ids.has(id))));
} else {
  const scores = loadPassages('dev').map((p) => scorePassage(matcher, p, (id) => ids.has(id)));
  for (const s of scores) {
    const p = s.passage;
    const missed = s.coreNames.filter((g) => !s.coreLinked.includes(g));
    if (missed.length + s.wrongLink.length + s.falseFinds.length === 0) continue;
    console.log(`\n${p.id} (${p.lang}${p.negative ? ', negative' : ''}, ${p.cluster}): ${s.coreNames.length} core names, ${s.found.length} found`);
    for (const g of missed) if (!s.wrongLink.some((w) => w.gold === g)) console.log(`  missed     ${g.entity.padEnd(28)} ${context(p.text, g.start, g.end)}`);
    for (const { mention: m, gold } of s.wrongLink) console.log(`  wrong link ${m.entry} ≠ ${gold.entity}  ${context(p.text, m.start, m.end)}`);
    for (const m of s.falseFinds) console.log(`  false find ${m.entry.padEnd(28)} (${m.match}) ${context(p.text, m.start, m.end)}`);
  }
  console.log('');
  printFigures('dev', scores);
}
