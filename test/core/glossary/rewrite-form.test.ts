/**
 * Rewrite mode's decision on sentences written for the purpose: the same name, in the page's
 * language, at the length the writer used; acronyms and parenthesised expansions left alone.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { rewriteForm } from '../../../src/core/glossary/rewrite-form.ts';
import { formatName, type StyleChoice } from '../../../src/core/glossary/display.ts';

const entry = (id: string) => {
  const e = BUILTIN_ENTRIES.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e;
};
const PRESS: StyleChoice = { korean: 'press', russian: 'press' };
const EN_PRESS: StyleChoice = { korean: 'press', russian: 'en-press' };
const MR: StyleChoice = { korean: 'mr', russian: 'bgn-pcgn' };
const CYR: StyleChoice = { korean: 'hangul', russian: 'cyrillic' };

/** Rewrites the mention `surface` inside `sentence` (its first occurrence). */
function rewrite(sentence: string, surface: string, id: string, style: StyleChoice, lang: 'fr' | 'en' = 'fr'): string {
  const at = sentence.indexOf(surface);
  const out = rewriteForm({ entry: entry(id), full: formatName(entry(id), style, lang), surface, before: sentence.slice(Math.max(0, at - 30), at), after: sentence.slice(at + surface.length, at + surface.length + 30) });
  return out === null ? sentence : sentence.slice(0, at) + out + sentence.slice(at + surface.length);
}

describe('rewriteForm', () => {
  it('keeps a surname a surname, in the chosen style', () => {
    const s = 'Poutine reçoit Kim à Vostotchny';
    expect(rewrite(s, 'Poutine', 'vladimir-putin', EN_PRESS)).toBe('Putin reçoit Kim à Vostotchny');
    expect(rewrite(s, 'Poutine', 'vladimir-putin', MR)).toBe('Putin reçoit Kim à Vostotchny');
    expect(rewrite(s, 'Poutine', 'vladimir-putin', CYR)).toBe('Путин reçoit Kim à Vostotchny');
  });

  it('keeps a full name full', () => {
    expect(rewrite('Vladimir Poutine a parlé.', 'Vladimir Poutine', 'vladimir-putin', EN_PRESS)).toBe('Vladimir Putin a parlé.');
    expect(rewrite('Kim Jong-un a tiré un missile.', 'Kim Jong-un', 'kim-jong-un', MR)).toBe('Kim Chŏngŭn a tiré un missile.');
  });

  it('keeps the page’s language under press usage: a French page stays French', () => {
    expect(rewrite('Un titre sur Poutine', 'Poutine', 'vladimir-putin', PRESS)).toBe('Un titre sur Poutine');
    expect(rewrite('Vladimir Putin spoke.', 'Vladimir Putin', 'vladimir-putin', PRESS, 'en')).toBe('Vladimir Putin spoke.');
  });

  it('leaves acronyms and a name in parentheses after its expansion as they are', () => {
    const s = 'l’Organisation des Nations unies (ONU) a condamné le tir';
    expect(rewrite(s, 'ONU', 'united-nations', EN_PRESS)).toBe(s);
    expect(rewrite('Selon KCNA, le tir a réussi.', 'KCNA', 'kcna', MR)).toBe('Selon KCNA, le tir a réussi.');
    expect(rewrite('le président russe (Poutine) a parlé', 'Poutine', 'vladimir-putin', EN_PRESS)).toBe('le président russe (Poutine) a parlé');
  });

  it('leaves the text alone where the length cannot be kept', () => {
    // Hangul writes 김정은 as one word: « Kim » has no one-word counterpart in it.
    expect(rewrite('Kim a parlé.', 'Kim', 'kim-jong-un', CYR)).toBe('Kim a parlé.');
    // « Vostotchny » standing for the cosmodrome: its style form has two words.
    expect(rewrite('Kim Jong-un à Vostotchny', 'Vostotchny', 'vostochny-cosmodrome', EN_PRESS)).toBe('Kim Jong-un à Vostotchny');
    // A one-word place in a one-word style form is rewritten.
    expect(rewrite('Il a atterri à Pyongyang.', 'Pyongyang', 'pyongyang', MR)).toBe('Il a atterri à P’yŏngyang.');
  });
});
