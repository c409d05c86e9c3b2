/**
 * Mechanical variants of a spelling, as phrase keys: a hyphen (or an apostrophe inside a word,
 * as in McCune–Reischauer's P'yŏngyang) may be written as a space — which folding already
 * treats alike — or left out: Kim Jong-un / Kim Jong Un / Kim Jongun; P'yŏngyang / Pyongyang.
 * French elisions (l', d', qu') are never joined.
 */
import { classOf, foldWord, HARD, SOFT } from '../text/fold.ts';

const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu']);
/** At most this many joinable separators are combined (2^n keys). */
const MAX_JOINS = 3;

interface Piece {
  key: string;
  /** The separator before this word can be dropped. */
  joinable: boolean;
}

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let sep = '';
    while (i < n && (classOf(text.charCodeAt(i)) === SOFT || classOf(text.charCodeAt(i)) === HARD)) sep += text[i++];
    const start = i;
    while (i < n && classOf(text.charCodeAt(i)) !== SOFT && classOf(text.charCodeAt(i)) !== HARD) i++;
    const key = foldWord(text.slice(start, i));
    if (!key) continue;
    const prev = out[out.length - 1];
    const joinable = !!prev && sep.length === 1 && /[-\u2010\u2011'\u2019\u02bc]/u.test(sep) && !(/['\u2019\u02bc]/u.test(sep) && ELISIONS.has(prev.key));
    out.push({ key, joinable });
  }
  return out;
}

/** Phrase keys for a spelling: as written, and with its joinable separators dropped. */
export function spellingVariants(text: string): string[] {
  const ps = pieces(text);
  if (ps.length === 0) return [];
  const joinAt = ps.map((p, i) => (p.joinable ? i : -1)).filter((i) => i > 0).slice(0, MAX_JOINS);
  const keys = new Set<string>();
  for (let mask = 0; mask < 1 << joinAt.length; mask++) {
    const join = new Set(joinAt.filter((_, b) => mask & (1 << b)));
    let key = '';
    ps.forEach((p, i) => {
      key += i === 0 ? p.key : join.has(i) ? p.key : ` ${p.key}`;
    });
    keys.add(key);
  }
  return [...keys];
}
