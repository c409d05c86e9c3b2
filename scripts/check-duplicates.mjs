// `npm run test:duplicates`: jscpd over src/**/*.ts(x), 6 lines at least. Every pair it finds
// fails the check unless listed below with the reason one module could not hold it: code that
// reads alike but says different things (a standard's own rules, a hot loop specialised for what
// it collects). Anything else is a copy to move into one module.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const ACCEPTED = [
  {
    files: ['src/core/match/candidates.ts', 'src/core/match/words.ts'],
    why: 'the two hot loops hash a word the same way but collect different things (the letters seen; the scripts met); a shared helper would cost a call per character',
  },
  {
    files: ['src/core/romanize/cyrillic/english-press.ts', 'src/core/romanize/cyrillic/german.ts'],
    why: 'two standards’ letter rules (BGN/PCGN press usage, Duden): the same Cyrillic context read for different spellings, each citing its own source',
  },
  {
    files: ['src/core/romanize/hangul/dprk.ts', 'src/core/romanize/hangul/mr.ts'],
    why: 'two systems’ final consonants (DPRK 1992, McCune–Reischauer 1939): equal today except where MR writes l as r, each kept with its standard',
  },
];

const out = mkdtempSync(join(tmpdir(), 'glose-jscpd-'));
try {
  const bin = new URL('../node_modules/.bin/jscpd', import.meta.url).pathname;
  const run = spawnSync(bin, ['--min-lines', '6', '--format', 'typescript,tsx', '--reporters', 'json', '--output', out, '--silent', 'src'], { encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) {
    console.error(run.stderr || run.stdout);
    process.exit(2);
  }
  const report = JSON.parse(readFileSync(join(out, 'jscpd-report.json'), 'utf8'));
  const key = (a, b) => [a, b].sort().join(' ~ ');
  const accepted = new Set(ACCEPTED.map((p) => key(...p.files)));
  const norm = (name) => (name.startsWith('src/') ? name : `src/${name.replace(/^\.\//, '')}`);
  const found = report.duplicates.map((d) => ({
    pair: key(norm(d.firstFile.name), norm(d.secondFile.name)),
    where: `${norm(d.firstFile.name)}:${d.firstFile.start}–${d.firstFile.end} and ${norm(d.secondFile.name)}:${d.secondFile.start}–${d.secondFile.end} (${d.lines} lines)`,
  }));
  const copies = found.filter((f) => !accepted.has(f.pair));
  const stale = [...accepted].filter((pair) => !found.some((f) => f.pair === pair));
  console.log(`jscpd (6 lines): ${found.length} pair(s), ${found.length - copies.length} accepted with a reason`);
  for (const c of copies) console.log(`  copy: ${c.where}`);
  for (const s of stale) console.log(`  no longer found, remove from ACCEPTED: ${s}`);
  process.exit(copies.length || stale.length ? 1 : 0);
} finally {
  rmSync(out, { recursive: true, force: true });
}
