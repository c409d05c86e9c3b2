/**
 * The matcher's mentions on every text of the evaluation set and both default sources, as a
 * compact snapshot: the matcher's structure may change (issue 18: passes), what it finds may
 * not, unless a change says so. `node --import tsx test/core/match/snapshot.ts --write` records
 * the snapshot (test/fixtures/match-snapshot.json); snapshot.test.ts compares.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher, type Matcher } from '../../../src/core/match/index.ts';
import { EVALUATION_DIR, parseAnnotated } from './evaluation.ts';

export const SNAPSHOT_FILE = new URL('../../fixtures/match-snapshot.json', import.meta.url);
const SOURCES = new URL('../../../src/data/sources/', import.meta.url);

export interface SnapshotText {
  name: string;
  lang: 'fr' | 'en';
  text: string;
}

export function snapshotTexts(): SnapshotText[] {
  const out: SnapshotText[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const dir = new URL(`${lang}/`, EVALUATION_DIR);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      out.push({ name: `evaluation/${lang}/${file}`, lang, text: parseAnnotated(readFileSync(new URL(file, dir), 'utf8')).text });
    }
  }
  for (const file of readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort()) {
    out.push({ name: `sources/${file}`, lang: 'fr', text: readFileSync(new URL(file, SOURCES), 'utf8') });
  }
  return out;
}

/** One line per mention: start-end entry kind [candidates] «surface». */
export function mentionLines(matcher: Matcher, t: SnapshotText): string[] {
  return matcher.findMentions(t.text, { lang: t.lang }).map((m) => `${m.start}-${m.end} ${m.entry} ${m.match}${m.candidates ? ` [${m.candidates.join(',')}]` : ''}${m.intended ? ` →${m.intended}` : ''} «${m.surface}»`);
}

export function takeSnapshot(): Record<string, string[]> {
  const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
  return Object.fromEntries(snapshotTexts().map((t) => [t.name, mentionLines(matcher, t)]));
}

if (process.argv.includes('--write')) {
  writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(takeSnapshot(), null, 1)}\n`);
  console.log(`wrote ${SNAPSHOT_FILE.pathname}`);
}
