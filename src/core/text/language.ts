/**
 * Which language a text is in, for the two languages Glose reads (French and English).
 *
 * The declared language (`<html lang>`, a file's metadata) is trusted when franc agrees or
 * cannot tell; franc (trigram statistics, franc-min's 82 languages) decides when the
 * declaration is missing, is another language, or is contradicted by the text.
 */
import { franc } from 'franc-min';

export type DetectedLanguage = 'fr' | 'en' | 'other';

/** franc needs some text to be reliable; below this we fall back to the declaration. */
const MIN_SAMPLE = 40;
const SAMPLE_MAX = 4000;

function base(declared: string | undefined): string {
  return (declared ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function fromFranc(code: string): DetectedLanguage | 'und' {
  if (code === 'fra') return 'fr';
  if (code === 'eng') return 'en';
  if (code === 'und') return 'und';
  return 'other';
}

/**
 * Function words of French and English (the most frequent words of each language in the
 * Leipzig Corpora Collection's news corpora, less those both share), and French letters with
 * accents: enough to tell a headline, a caption or a one-line post apart, where franc's trigram
 * statistics have too little to go on.
 */
const FRENCH_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'au', 'aux', 'pour', 'dans', 'sur', 'avec', 'qui', 'que', 'par', 'pas', 'ne', 'se', 'il', 'elle', 'ils', 'son', 'sa', 'ses', 'leur', 'ont', 'été', 'entre', 'après', 'selon', 'vers', 'contre', 'sous', 'chez', 'mais', 'ou', 'où', 'ce', 'cette']);
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'with', 'on', 'was', 'as', 'are', 'by', 'his', 'her', 'has', 'have', 'it', 'from', 'at', 'an', 'be', 'he', 'she', 'they', 'will', 'would', 'said', 'says', 'told', 'after', 'over', 'who', 'its', 'their', 'meets', 'this']);
const FRENCH_LETTERS = /[éèêàâçîïôûùœ]/iu;
/** Below this many characters (a headline, a caption) function words decide when franc cannot tell, or says another language. */
const SHORT_TEXT = 100;

/** 'fr' or 'en' by function words and accents, for a short text; null when they do not tell. */
export function shortTextLanguage(text: string): 'fr' | 'en' | null {
  let fr = FRENCH_LETTERS.test(text) ? 1 : 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/[\p{L}’']+/gu) ?? []) {
    // French elision (l'agence, d'État, qu'il) is French on its own.
    const elided = /^(?:[ldjmnst]|qu)['’]/u.exec(w);
    if (elided) fr++;
    const word = elided ? w.slice(elided[0].length) : w;
    if (FRENCH_WORDS.has(word)) fr++;
    if (ENGLISH_WORDS.has(word)) en++;
  }
  // Two signs at least, and more of one language than the other.
  if (fr >= 2 && fr > en) return 'fr';
  if (en >= 2 && en > fr) return 'en';
  return null;
}

export function detectLanguage(text: string, declared?: string): DetectedLanguage {
  const decl = base(declared);
  const sample = text.length > SAMPLE_MAX ? text.slice(0, SAMPLE_MAX) : text;
  let guessed = sample.trim().length >= MIN_SAMPLE ? fromFranc(franc(sample, { minLength: MIN_SAMPLE })) : 'und';
  // A headline or a caption: too short for franc, or read as another language because it is
  // mostly names (« Le duo Kim-Poutine inquiète Washington. »). French or English function words
  // decide; a text that has none stays undecided.
  // Function words outweigh franc on a short text either way: its trigrams are mostly the names'
  // (« Le général Sergueï Ivanovitch Petrov a rencontré Ri Thae-song à Pyongyang. » read as English).
  if (sample.trim().length < SHORT_TEXT && (!decl || decl === 'fr' || decl === 'en')) guessed = shortTextLanguage(sample) ?? guessed;
  else if (guessed === 'und' && (!decl || decl === 'fr' || decl === 'en')) guessed = shortTextLanguage(sample) ?? guessed;
  if (decl === 'fr' || decl === 'en') {
    // A declaration is kept unless the text clearly says another language.
    return guessed === 'und' || guessed === decl ? decl : guessed;
  }
  // No usable declaration: the text decides; an undecidable text is left alone.
  return guessed === 'und' ? 'other' : guessed;
}
