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

export function detectLanguage(text: string, declared?: string): DetectedLanguage {
  const decl = base(declared);
  const sample = text.length > SAMPLE_MAX ? text.slice(0, SAMPLE_MAX) : text;
  const guessed = sample.trim().length >= MIN_SAMPLE ? fromFranc(franc(sample, { minLength: MIN_SAMPLE })) : 'und';
  if (decl === 'fr' || decl === 'en') {
    // A declaration is kept unless the text clearly says another language.
    return guessed === 'und' || guessed === decl ? decl : guessed;
  }
  // No usable declaration: the text decides; an undecidable text is left alone.
  return guessed === 'und' ? 'other' : guessed;
}
