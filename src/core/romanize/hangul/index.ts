/**
 * The Korean romanisation engine: Hangul text in, Latin text out, for every Korean system of
 * systems.ts. Text is romanised word by word; characters that are not Hangul (spaces, digits,
 * Latin, punctuation) pass through unchanged, and no Hangul code point is ever left in the output
 * (letters typed alone are romanised as letters, archaic ones approximated or dropped).
 *
 * Modes (RR ch.3): `word` (art.1–3, 6), `name` (art.4), `admin` (art.5), `translit` (art.8,
 * for every system: only RR defines one), `surname` (a surname alone, art.4(2)).
 * Word mode capitalises like a proper noun (art.3): the first word of each phrase (대한 제국
 * Daehan jeguk; a comma or other punctuation starts a new phrase), or every word for the
 * gazetteer systems (DPRK, BGN/PCGN, KCNA, press).
 */
import type { KoreanMode, KoreanSystem } from '../systems.ts';
import { isHangulCodePoint, looseJamo, type Consonant } from './jamo.ts';
import { knownSurnameSpellings, romanizeName, romanizeSurname } from './names.ts';
import { PROFILES, type Profile } from './profiles.ts';
import { transliterateRr } from './rr.ts';
import { COMPOUND_SURNAMES } from './surnames.ts';
import type { Coda, Phone } from './sound-changes.ts';
import { capitalize } from './transcriber.ts';
import { romanizeAdminWord, romanizeNumberedUnit, romanizeWord, syllablesOf } from './words.ts';

interface Segment {
  hangul: boolean;
  text: string;
}

const SYLLABLES = /[\uac00-\ud7a3]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** NFC, and halfwidth or enclosed Hangul turned into plain letters and syllables (NFKC) first. */
function normalizeInput(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\uffa0-\uffdc\u3200-\u321e\u3260-\u327e]/gu, (ch) => ch.normalize('NFKC'))
    .normalize('NFC');
}

function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(SYLLABLES)) {
    if (m.index > last) out.push({ hangul: false, text: text.slice(last, m.index) });
    out.push({ hangul: true, text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ hangul: false, text: text.slice(last) });
  return out;
}

/** The coda a consonant is pronounced as at the end of a syllable (Standard Pronunciation art. 9). */
function codaOf(c: Consonant): Coda {
  switch (c) {
    case 'G': case 'GG': case 'K': return 'G';
    case 'B': case 'BB': case 'P': return 'B';
    case 'N': return 'N';
    case 'L': return 'L';
    case 'M': return 'M';
    default: return 'D';
  }
}

/** Non-syllable text: Hangul letters typed alone become Latin letters, anything else stays. */
function passThrough(text: string, profile: Profile): string {
  let out = '';
  for (const ch of text) {
    if (!isHangulCodePoint(ch.codePointAt(0)!)) { out += ch; continue; }
    const jamo = looseJamo(ch);
    if (jamo === undefined) continue; // an archaic letter with no value: dropped rather than left in Hangul
    if ('archaic' in jamo) out += jamo.archaic;
    else if ('vowel' in jamo) out += profile.transcriber.vowel(jamo.vowel);
    else if (jamo.consonant === 'NG') out += 'ng';
    else {
      const phone: Phone = { onset: null, vowel: 'A', coda: null, tense: false, linked: false, liquid: false, lateral: false };
      // A final letter alone is spelled as a coda (ᆯ l), any other consonant as at the start of a word.
      out += jamo.final ? profile.transcriber.coda({ ...phone, coda: codaOf(jamo.consonant) }, undefined)
        : profile.transcriber.onset({ ...phone, onset: jamo.consonant }, undefined);
    }
  }
  return out;
}

/** True when text appended after `parts` begins a word (nothing alphanumeric just before it). */
function startsWord(parts: readonly string[]): boolean {
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    if (part !== '') return !WORD_CHAR.test([...part].pop()!);
  }
  return true;
}

/** Punctuation that ends a phrase: the next word is capitalised again (서울,부산 Seoul,Busan). */
const PHRASE_END = /[^\p{L}\p{N}\p{Zs}\p{Pd}'\u2019]/u;

function romanizeWordMode(segments: readonly Segment[], profile: Profile): string {
  const parts: string[] = [];
  let phraseStart = true;
  for (const seg of segments) {
    if (!seg.hangul) {
      parts.push(passThrough(seg.text, profile));
      if (PHRASE_END.test(seg.text)) phraseStart = true;
      continue;
    }
    let word = romanizeWord(seg.text, profile);
    if ((profile.capitalizeEveryWord || phraseStart) && startsWord(parts)) word = capitalize(word, profile.doubleCapitals);
    phraseStart = false;
    parts.push(word);
  }
  return parts.join('');
}

/** Admin mode works on space-separated chunks, so that 봉천1동 and 2가 are seen whole. */
function romanizeAdminMode(text: string, profile: Profile): string {
  return text
    .split(/(\s+)/u)
    .map((chunk) => {
      const numbered = /^([\uac00-\ud7a3]*)(\d+)([\uac00-\ud7a3]+)$/u.exec(chunk);
      if (numbered) {
        const unit = romanizeNumberedUnit(numbered[2]!, numbered[3]!, profile);
        if (unit !== undefined) {
          const stem = numbered[1] ? `${capitalize(romanizeAdminWord(numbered[1], profile))} ` : '';
          return stem + unit;
        }
      }
      const parts: string[] = [];
      for (const seg of segmentsOf(chunk)) {
        if (!seg.hangul) parts.push(passThrough(seg.text, profile));
        else {
          const word = romanizeAdminWord(seg.text, profile);
          parts.push(startsWord(parts) ? capitalize(word, profile.doubleCapitals) : word);
        }
      }
      return parts.join('');
    })
    .join('');
}

/** Name mode: each run of syllables is a full name, unless a lone surname is followed by a space and the given name (이 석민). */
function romanizeNameMode(segments: readonly Segment[], profile: Profile): string {
  const parts: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (!seg.hangul) { parts.push(passThrough(seg.text, profile)); continue; }
    const written = syllablesOf(seg.text);
    const gap = segments[i + 1];
    const given = segments[i + 2];
    const loneSurname = written.length === 1 || (written.length === 2 && COMPOUND_SURNAMES.has(seg.text));
    if (loneSurname && gap && !gap.hangul && /^\s+$/u.test(gap.text) && given?.hangul) {
      parts.push(romanizeName([...written, ...syllablesOf(given.text)], profile, written.length));
      i += 2;
      continue;
    }
    parts.push(romanizeName(written, profile));
  }
  return parts.join('');
}

/** The mode to use: an alias system (rr-name…) stands for its mode unless another is asked for. */
function resolveMode(profile: Profile, mode: KoreanMode | undefined): KoreanMode {
  if (profile.fixedMode && (mode === undefined || mode === 'word')) return profile.fixedMode;
  return mode ?? 'word';
}

/**
 * Romanises Hangul `text` with `system` in `mode` (default 'word'). Pure: no state, no I/O.
 */
export function romanizeHangul(text: string, system: KoreanSystem, mode?: KoreanMode): string {
  const profile = PROFILES[system];
  const normalized = normalizeInput(text);
  const segments = segmentsOf(normalized);
  let out: string;
  switch (resolveMode(profile, mode)) {
    case 'word':
      out = romanizeWordMode(segments, profile);
      break;
    case 'admin':
      out = romanizeAdminMode(normalized, profile);
      break;
    case 'name':
      out = romanizeNameMode(segments, profile);
      break;
    case 'surname':
      out = segments.map((s) => (s.hangul ? romanizeSurname(syllablesOf(s.text), profile) : passThrough(s.text, profile))).join('');
      break;
    case 'translit':
      out = segments.map((s) => (s.hangul ? transliterateRr(s.text) : passThrough(s.text, PROFILES.rr))).join('');
      break;
  }
  return out.normalize('NFC');
}

/** The mode an alias system stands for (rr-name: name), or undefined when the caller chooses. */
export function fixedModeOf(system: KoreanSystem): KoreanMode | undefined {
  return PROFILES[system].fixedMode;
}

/**
 * Every known spelling of the Korean surname `text` (서 → Suh, Su, Sur, So, Seu, Seo, Sŏ): where
 * the convention accepts several forms, all of them, most usual first. Empty for text that is
 * not one Hangul word.
 */
export function surnameSpellings(text: string): string[] {
  const word = normalizeInput(text).trim();
  if (!/^[\uac00-\ud7a3]+$/u.test(word)) return [];
  return knownSurnameSpellings(syllablesOf(word), { rr: PROFILES.rr, mr: PROFILES.mr });
}
