/**
 * Rule: a name the writer cut short is a short form, not a misspelling. « Moon Jae » for Moon
 * Jae-in, « Kim Jong » for Kim Jong-un: the words written are the name's first words, spelt
 * right; a reader sees an abbreviation, so the card must not say « Faute d'orthographe
 * probable ». (A slip found by the phrase walk reaches the whole name's node with one word off;
 * this tells the two apart.)
 */
import { phraseKey } from '../../text/fold.ts';

/** Is `surface` the first words of one of `names`, with the name's own last part left off? */
export function isTruncation(surface: string, names: readonly string[]): boolean {
  const key = phraseKey(surface);
  if (!key.includes(' ')) return false;
  return names.some((n) => {
    const full = phraseKey(n);
    return full.startsWith(`${key} `);
  });
}
