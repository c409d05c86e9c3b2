/**
 * Rewrite mode's one decision: what a name on the page becomes in the reader's style. Only the
 * name changes, into the same name:
 *
 * - in the page's language (a French page keeps French press forms: « Poutine », not "Putin",
 *   under press usage);
 * - at the length the writer used: a surname stays a surname (« Poutine » → « Putin » in the
 *   English press style, never « Vladimir Putin »), a full name stays a full name;
 * - a one-word name stays one word (where the style's form has more, the page's stays);
 * - an acronym stays as written (« ONU », « KCNA »: no style spells acronyms differently);
 * - never inside parentheses, which gloss or expand what comes before them (« l'Organisation
 *   des Nations unies (ONU) » keeps its « (ONU) »);
 * - and where the length cannot be kept (a surname of a name the style writes as one word, a
 *   form of another length), the page's own text stays.
 *
 * Returns null when the page's text stays as it is.
 */
import type { GlossaryEntry } from './types.ts';
import { foldWord } from '../text/fold.ts';

export interface RewriteContext {
  entry: GlossaryEntry;
  /**
   * The full name in the reader's style and the page's language (display.ts's formatName, which
   * the background computes: the content script does not carry the romanisation tables).
   */
  full: string;
  /** The name as the page writes it. */
  surface: string;
  /** A few characters of the page's text before and after the name. */
  before: string;
  after: string;
}

/** Capitals (and digits, « & », dots) only, 2 to 8 of them: ONU, KCNA, OTAN, U.S., G7. */
const ACRONYM = /^(?=.*\p{Lu})[\p{Lu}\d&.]{2,8}$/u;

const words = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

/** The name's spellings the page may use, each a list of words (for finding which word a short form is). */
function knownForms(entry: GlossaryEntry): string[][] {
  const p = entry.press ?? {};
  return [entry.names.fr, entry.names.en, p.fr, p.en, p.kcna, p.official, p.de, ...(entry.spellings ?? [])].filter((s): s is string => !!s).map(words);
}

/**
 * Which word of the full name a one-word short form is (0 for Kim in Kim Jong-un, 1 for Poutine
 * in Vladimir Poutine), by the spellings of the same length as the full form; -1 if unsure.
 */
function wordIndex(entry: GlossaryEntry, surface: string, length: number): number {
  const key = foldWord(surface);
  const found = new Set<number>();
  for (const form of knownForms(entry)) {
    if (form.length !== length) continue;
    form.forEach((w, i) => {
      if (foldWord(w) === key) found.add(i);
    });
  }
  return found.size === 1 ? [...found][0]! : -1;
}

export function rewriteForm(ctx: RewriteContext): string | null {
  const surface = ctx.surface.trim();
  if (ACRONYM.test(surface)) return null;
  if (/\(\s*$/.test(ctx.before) && /^\s*\)/.test(ctx.after)) return null;
  const full = ctx.full;
  const fullWords = words(full);
  const surfaceWords = words(surface);
  let out: string | null = null;
  if (surfaceWords.length === 1) {
    // One word: the whole name (Pyongyang, a one-word spelling of it), or a short form of a
    // longer one (a surname), which stays short.
    const key = foldWord(surface);
    const whole = [...knownForms(ctx.entry), ...(ctx.entry.misspellings ?? []).map(words)].some((f) => f.length === 1 && foldWord(f[0]!) === key);
    // A one-word name the style writes in several words (« Vostotchny » for the cosmodrome)
    // would change length: it stays.
    if (whole) out = fullWords.length === 1 ? full : null;
    else if (fullWords.length > 1) {
      const i = wordIndex(ctx.entry, surface, fullWords.length);
      out = i >= 0 ? fullWords[i]! : null;
    }
  } else if (surfaceWords.length === fullWords.length) out = full;
  return out === null || out === surface ? null : out;
}
