/**
 * Scores the script guess of unknown names (issue 27) on the fixed list
 * (test/fixtures/unknown-names/script-guess.json), first answer only: prints the share exact for
 * Korean (by convention) and Russian (by spelling), and with --misses every wrong guess.
 * Run: node --import tsx scripts/score-script-guess.ts [--misses]
 */
import { scoreScriptGuess } from '../test/core/unknown/score.ts';

const score = scoreScriptGuess();
const stillUnknown = scoreScriptGuess(true);
const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
console.log(`Korean: ${pct(score.korean.exact, score.korean.total)} exact on the first answer; in the alternatives too: ${pct(score.korean.inAlternatives, score.korean.total)}`);
for (const [k, v] of Object.entries(score.korean.byGroup)) console.log(`  ${k}: ${pct(v.exact, v.total)}`);
console.log(`Russian: ${pct(score.russian.exact, score.russian.total)} exact on the first answer (е for ё counted right)`);
for (const [k, v] of Object.entries(score.russian.byGroup)) console.log(`  ${k}: ${pct(v.exact, v.total)}`);
console.log(`Only the names the glossary still does not know: Korean ${pct(stillUnknown.korean.exact, stillUnknown.korean.total)}, Russian ${pct(stillUnknown.russian.exact, stillUnknown.russian.total)}`);
if (process.argv.includes('--misses')) for (const m of score.misses) console.log(`  miss: ${m.romanized} → ${m.guess ?? '(none)'}, expected ${m.original}`);
