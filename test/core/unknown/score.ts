/** Scoring of the script guess on the fixed list (shared by the unit test's floor and scripts/score-script-guess.ts). */
import { readFileSync } from 'node:fs';
import { guessOriginal } from '../../../src/core/unknown/index.ts';

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

const noYo = (s: string): string => s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

export function scoreScriptGuess(): ScriptGuessScore {
  const f = loadFixture();
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
