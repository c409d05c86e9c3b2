/**
 * The fixed list of unknown names (test/fixtures/unknown-names/script-guess.json): written on
 * 2026-12-08 before the guesser, with none of its names in the glossary then, and never edited
 * since (its SHA-256 is pinned here, so an edit to suit the guesser fails): at least 100 Korean
 * and 100 Russian names. The glossary has gained some of these people since (issues 24 and 25);
 * `npm run score:names` reports the score on the names it still does not know beside the whole.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface FixtureName {
  romanized: string;
  original: string;
}

export const SCRIPT_GUESS_FIXTURE = JSON.parse(readFileSync(new URL('../../fixtures/unknown-names/script-guess.json', import.meta.url), 'utf8')) as { korean: FixtureName[]; russian: FixtureName[] };

describe('the fixed list of unknown names', () => {
  it('holds at least 100 Korean and 100 Russian names, each with its original script', () => {
    expect(SCRIPT_GUESS_FIXTURE.korean.length).toBeGreaterThanOrEqual(100);
    expect(SCRIPT_GUESS_FIXTURE.russian.length).toBeGreaterThanOrEqual(100);
    for (const n of SCRIPT_GUESS_FIXTURE.korean) expect(n.original).toMatch(/^[\uac00-\ud7a3]+$/u);
    for (const n of SCRIPT_GUESS_FIXTURE.russian) expect(n.original).toMatch(/^[\u0400-\u04ff -]+$/u);
  });

  it('is the list as it was fixed', () => {
    const bytes = readFileSync(new URL('../../fixtures/unknown-names/script-guess.json', import.meta.url));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('52c847d6ff1076093f88b58778ceef7c22e01a03fc6fb553aa6872585c65ad1d');
  });
});
