/**
 * How an entry's name is shown in the reader's romanisation style.
 *
 * Press usage (the default) shows the convention recorded for the UI language (Kim Jong-un and
 * Vladimir Poutine for a French reader, Kim Jong Un and Vladimir Putin for an English one) and
 * falls back to the entry's name. A rule-based style romanises the original script — for people
 * always, for other entries only when their usual name is itself a transcription (Pyongyang,
 * Vladivostok), not a translation (Corée du Nord stays Corée du Nord). "Hangul" and "Cyrillic"
 * show the original script.
 */
import type { KoreanStyleId, RussianStyleId } from '../settings.ts';
import { romanize, type KoreanMode } from '../romanize/index.ts';
import { koreanModeFor } from './spellings.ts';
import type { GlossaryEntry, UiLang } from './types.ts';

export interface StyleChoice {
  korean: KoreanStyleId;
  russian: RussianStyleId;
}

const cache = new Map<string, string>();
const CACHE_MAX = 5000;

function cachedRomanize(text: string, system: string, mode?: KoreanMode): string | undefined {
  const key = `${system}\u0000${mode ?? ''}\u0000${text}`;
  let out = cache.get(key);
  if (out === undefined) {
    try {
      out = romanize(text, system, mode);
    } catch {
      return undefined;
    }
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(key, out);
  }
  return out;
}

function letters(s: string): string {
  return s.normalize('NFKD').replace(/[^\p{L}]/gu, '').toLowerCase();
}

/** The entry's usual name looks like a transcription of its script (same opening letters as a romanisation). */
function isTranscribedName(entry: GlossaryEntry, romanized: string): boolean {
  if (entry.type === 'person') return true;
  const a = letters(entry.names.en);
  const b = letters(romanized);
  return a.length >= 2 && b.length >= 2 && a.slice(0, 2) === b.slice(0, 2);
}

function pressName(entry: GlossaryEntry, uiLang: UiLang): string {
  const press = entry.press ?? {};
  if (uiLang === 'fr') return press.fr ?? entry.names.fr;
  return press.en ?? press.kcna ?? entry.names.en;
}

const KOREAN_SYSTEM_OF: Record<Exclude<KoreanStyleId, 'press' | 'hangul'>, string> = { rr: 'rr', mr: 'mr', 'ala-lc': 'ala-lc', dprk: 'dprk' };
const RUSSIAN_SYSTEM_OF: Record<Exclude<RussianStyleId, 'press' | 'cyrillic'>, string> = {
  'en-press': 'en-press',
  'bgn-pcgn': 'bgn-pcgn',
  iso9: 'iso9',
  'icao-2013': 'icao-2013',
};

/** The name of `entry` as the reader's style writes it. */
export function formatName(entry: GlossaryEntry, style: StyleChoice, uiLang: UiLang): string {
  const script = entry.script;
  if (!script) return pressName(entry, uiLang);
  if (script.lang === 'ko') {
    if (style.korean === 'press') return pressName(entry, uiLang);
    if (style.korean === 'hangul') return script.text;
    const out = cachedRomanize(script.text, KOREAN_SYSTEM_OF[style.korean], koreanModeFor(script.kind));
    return out && isTranscribedName(entry, out) ? out : pressName(entry, uiLang);
  }
  if (style.russian === 'press') return pressName(entry, uiLang);
  if (style.russian === 'cyrillic') return script.text;
  if (style.russian === 'en-press' && entry.press?.en) return entry.press.en;
  const out = cachedRomanize(script.text, RUSSIAN_SYSTEM_OF[style.russian]);
  return out && isTranscribedName(entry, out) ? out : pressName(entry, uiLang);
}
