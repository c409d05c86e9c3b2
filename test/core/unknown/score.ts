/** Scoring of the script guess on the fixed list (shared by the unit test's floor and scripts/score-script-guess.ts). */
import { readFileSync } from 'node:fs';
import { guessOriginal } from '../../../src/core/unknown/index.ts';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { phraseKey } from '../../../src/core/text/fold.ts';

interface Named {
  romanized: string;
  original: string;
  convention?: string;
  spelling?: 'fr' | 'en';
}

export interface GroupScore {
  exact: number;
  total: number;
}

export interface ScriptGuessScore {
  korean: GroupScore & { inAlternatives: number; byGroup: Record<string, GroupScore> };
  russian: GroupScore & { byGroup: Record<string, GroupScore> };
  misses: Array<{ romanized: string; original: string; guess?: string }>;
}

export function loadFixture(): { korean: Named[]; russian: Named[] } {
  return JSON.parse(readFileSync(new URL('../../fixtures/unknown-names/script-guess.json', import.meta.url), 'utf8')) as { korean: Named[]; russian: Named[] };
}

/** Every id, name, press spelling, spelling and original script the glossary knows, folded. */
export function glossaryKeys(): Set<string> {
  const keys = new Set<string>();
  for (const e of BUILTIN_ENTRIES) {
    const texts = [e.id.replace(/-/g, ' '), e.names.fr, e.names.en, e.script?.text, ...Object.values(e.press ?? {}), ...(e.spellings ?? []), ...(e.misspellings ?? [])];
    for (const t of texts) if (typeof t === 'string' && t) keys.add(phraseKey(t));
  }
  return keys;
}

/**
 * The fixed list less the names the glossary has gained since it was written (the lists of
 * issues 24 and 25 added well-known people): reported beside the whole list's score, since the
 * matcher links those names and the guess is for the others. The list itself is never edited.
 */
export function unknownToTheGlossary(): { korean: Named[]; russian: Named[] } {
  const f = loadFixture();
  const keys = glossaryKeys();
  const unknown = (n: Named): boolean => !keys.has(phraseKey(n.romanized)) && !keys.has(phraseKey(n.original));
  return { korean: f.korean.filter(unknown), russian: f.russian.filter(unknown) };
}

const noYo = (s: string): string => s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

/**
 * The score of the first answer. On the whole fixed list by default — it was written before the
 * guesser, with none of its names in the glossary then, and the guess reads no glossary data —
 * or on the names the glossary still does not know (`unknownOnly`).
 */
export function scoreScriptGuess(unknownOnly = false): ScriptGuessScore {
  const f = unknownOnly ? unknownToTheGlossary() : loadFixture();
  const out: ScriptGuessScore = { korean: { exact: 0, total: 0, inAlternatives: 0, byGroup: {} }, russian: { exact: 0, total: 0, byGroup: {} }, misses: [] };
  const count = (groups: Record<string, GroupScore>, key: string, ok: boolean): void => {
    const g = (groups[key] ??= { exact: 0, total: 0 });
    g.total++;
    if (ok) g.exact++;
  };
  for (const n of f.korean) {
    const g = guessOriginal(n.romanized, 'ko', 'en');
    const ok = g?.original === n.original;
    out.korean.total++;
    if (ok) out.korean.exact++;
    if (ok || g?.alternatives?.includes(n.original)) out.korean.inAlternatives++;
    count(out.korean.byGroup, /dprk|mr/.test(n.convention ?? '') ? 'North Korean spellings (dprk, mr-hyphen)' : 'South Korean spellings (rr, press, western)', ok);
    if (!ok) out.misses.push({ romanized: n.romanized, original: n.original, guess: g?.original });
  }
  for (const n of f.russian) {
    const g = guessOriginal(n.romanized, 'ru', n.spelling ?? 'fr');
    const ok = g !== null && noYo(g.original) === noYo(n.original);
    out.russian.total++;
    if (ok) out.russian.exact++;
    count(out.russian.byGroup, n.spelling === 'en' ? 'English press spelling' : 'French press spelling', ok);
    if (!ok) out.misses.push({ romanized: n.romanized, original: n.original, guess: g?.original });
  }
  return out;
}
