/**
 * The fixed list of unknown names (test/fixtures/unknown-names/script-guess.json): the list the
 * script guess is scored on must stay what it was when written — at least 100 Korean and 100
 * Russian names, none of them a name the glossary knows (an id, a name, a press spelling, a
 * spelling or its original script), or the guess would be scored on names the matcher links.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { phraseKey } from '../../../src/core/text/fold.ts';

interface FixtureName {
  romanized: string;
  original: string;
}

export const SCRIPT_GUESS_FIXTURE = JSON.parse(readFileSync(new URL('../../fixtures/unknown-names/script-guess.json', import.meta.url), 'utf8')) as { korean: FixtureName[]; russian: FixtureName[] };

function glossaryKeys(): Set<string> {
  const keys = new Set<string>();
  for (const e of BUILTIN_ENTRIES) {
    const texts = [e.id.replace(/-/g, ' '), e.names.fr, e.names.en, e.script?.text, ...Object.values(e.press ?? {}), ...(e.spellings ?? []), ...(e.misspellings ?? [])];
    for (const t of texts) if (typeof t === 'string' && t) keys.add(phraseKey(t));
  }
  return keys;
}

describe('the fixed list of unknown names', () => {
  it('holds at least 100 Korean and 100 Russian names, each with its original script', () => {
    expect(SCRIPT_GUESS_FIXTURE.korean.length).toBeGreaterThanOrEqual(100);
    expect(SCRIPT_GUESS_FIXTURE.russian.length).toBeGreaterThanOrEqual(100);
    for (const n of SCRIPT_GUESS_FIXTURE.korean) expect(n.original).toMatch(/^[\uac00-\ud7a3]+$/u);
    for (const n of SCRIPT_GUESS_FIXTURE.russian) expect(n.original).toMatch(/^[\u0400-\u04ff -]+$/u);
  });

  // People the glossary gained after the list was fixed (the Korean lists of issue 24 added the
  // Democratic Party's leaders on 2026-12-08). The list stays as it was written: the guess reads
  // no glossary data, so its score on them is still a score on names it was not built around.
  const ADDED_TO_THE_GLOSSARY_LATER = ['Song Young-gil'];

  it('names nobody the glossary knew when it was fixed', () => {
    const keys = glossaryKeys();
    const known = [...SCRIPT_GUESS_FIXTURE.korean, ...SCRIPT_GUESS_FIXTURE.russian].filter((n) => keys.has(phraseKey(n.romanized)) || keys.has(phraseKey(n.original)));
    expect(known.map((n) => n.romanized).filter((n) => !ADDED_TO_THE_GLOSSARY_LATER.includes(n))).toEqual([]);
  });
});
