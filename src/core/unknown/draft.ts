/**
 * What the card of a name without an entry shows, and the reader's entry it proposes: the
 * guessed original script, the name in the reader's style (display.ts's formatName on a draft
 * entry: a rule-based style romanises the guessed script, press usage keeps the page's
 * spelling), and the draft the « add » button opens in the options page's entry form.
 */
import type { GlossaryEntry, UiLang } from '../glossary/types.ts';
import { formatName, type StyleChoice } from '../glossary/display.ts';
import { guessOriginal, type ScriptGuess, type UnknownOrigin } from './index.ts';

export interface UnknownNameView {
  /** The name as the page writes it. */
  surface: string;
  origin: UnknownOrigin;
  /** The likeliest original script ('' when no guess fits), with the others that fit as well. */
  guess: ScriptGuess;
  /** The name in the reader's style (the page's spelling when the style is press usage or no guess fits). */
  display: string;
  /** The reader's entry to propose: names, script, type person; descriptions left to the reader. */
  draft: GlossaryEntry;
}

/** A name's spacing made plain (a no-break space, a line break inside it). */
const plain = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The draft of a reader's entry for a name without one: `original` is the guessed script ('' for none). */
export function unknownDraft(name: string, origin: UnknownOrigin, original: string): GlossaryEntry {
  const n = plain(name);
  return {
    id: '',
    type: 'person',
    names: { fr: n, en: n },
    ...(original ? { script: { lang: origin, text: original, kind: 'name' as const } } : {}),
    descriptions: { fr: '', en: '' },
    source: '',
    origin: 'user',
  };
}

/**
 * The card's view of an unknown name. `known`: the guess the matcher already made, if it was
 * asked to (the content script does not: the guesser's tables load with the card).
 */
export function unknownNameView(surface: string, origin: UnknownOrigin, pageLang: 'fr' | 'en', style: StyleChoice, uiLang: UiLang, known?: ScriptGuess): UnknownNameView {
  const guess = known?.original ? known : (guessOriginal(plain(surface), origin, pageLang) ?? { original: '' });
  const draft = unknownDraft(surface, origin, guess.original);
  return { surface: plain(surface), origin, guess, display: formatName(draft, style, uiLang), draft };
}
