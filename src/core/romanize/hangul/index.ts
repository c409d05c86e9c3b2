/**
 * The Korean romanisation engine: Hangul text in, Latin text out, for every Korean system of
 * systems.ts. Text is romanised word by word; characters that are not Hangul (spaces, digits,
 * Latin, punctuation) pass through unchanged, and no Hangul code point is ever left in the output
 * (letters typed alone are romanised as letters, archaic ones approximated or dropped).
 *
 * Modes (RR ch.3): `word` (art.1–3, 6), `name` (art.4), `admin` (art.5), `translit` (art.8,
 * for every system: only RR defines one), `surname` (a surname alone, art.4(2)).
 * Word mode capitalises like a proper noun (art.3): the first word of the text, or every word
 * for the gazetteer systems (DPRK, BGN/PCGN, KCNA, press).
 */
import type { KoreanMode, KoreanSystem } from '../systems.ts';
import { looseJamo } from './jamo.ts';
import { romanizeName, romanizeSurname } from './names.ts';
import { PROFILES, type Profile } from './profiles.ts';
import { transliterateRr } from './rr.ts';
import { COMPOUND_SURNAMES } from './surnames.ts';
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

/** Non-syllable text: Hangul letters typed alone become Latin letters, anything else stays. */
function passThrough(text: string, profile: Profile): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const isHangul = (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff);
    if (!isHangul) { out += ch; continue; }
    const jamo = looseJamo(ch);
    if (jamo === undefined) continue; // an archaic letter with no value: dropped rather than left in Hangul
    if ('archaic' in jamo) out += jamo.archaic;
    else if ('vowel' in jamo) out += profile.transcriber.vowel(jamo.vowel);
    else if (jamo.consonant === 'NG') out += 'ng';
    else {
      out += profile.transcriber.onset(
        { onset: jamo.consonant, vowel: 'A', coda: null, tense: false, linked: false, liquid: false, lateral: false },
        undefined,
      );
    }
  }
  return out;
}

/** True when the segment at `index` begins a word (nothing alphanumeric just before it). */
function startsWord(parts: readonly string[], index: number): boolean {
  const before = parts.slice(0, index).join('');
  const ch = [...before].pop();
  return ch === undefined || !WORD_CHAR.test(ch);
}

function romanizeWordMode(segments: readonly Segment[], profile: Profile): string {
  const parts: string[] = [];
  let capitalized = false;
  segments.forEach((seg) => {
    if (!seg.hangul) { parts.push(passThrough(seg.text, profile)); return; }
    let word = romanizeWord(seg.text, profile);
    const first = !capitalized;
    if ((profile.capitalizeEveryWord || first) && startsWord(parts, parts.length)) word = capitalize(word, profile.doubleCapitals);
    capitalized = true;
    parts.push(word);
  });
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
          parts.push(startsWord(parts, parts.length) ? capitalize(word, profile.doubleCapitals) : word);
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
