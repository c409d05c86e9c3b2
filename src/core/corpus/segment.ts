/**
 * Cutting an article for the corpus: paragraphs (what mentions are anchored to), sentences
 * (Intl.Segmenter where the engine has it, a regular expression otherwise), and the short
 * quote shown around a mention in the side panel and the CLI.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Quote {
  quote: string;
  /** Where the mention lies inside `quote`. */
  quoteStart: number;
  quoteEnd: number;
}

/** Longest quote, in UTF-16 code units, ellipses included. */
export const QUOTE_MAX = 300;
/** A sentence shorter than this gets a neighbour, so the quote says something. */
const QUOTE_SHORT = 120;
const ELLIPSIS = '…';

/**
 * Paragraphs of a text: every line break ends one (articles copied from pages and the default
 * sources use single line breaks as often as blank lines). White space inside a paragraph is
 * collapsed to one space, except no-break spaces, which French typography puts before « » : ;
 * and which the matcher reads as spaces anyway.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\u2028\u2029\u0085]/)
    .map((line) => line.replace(/[ \t\f\v\u200b]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/**
 * Abbreviations that end in a full stop without ending the sentence: French and English titles
 * and single initials (M. Poutine, Kim J. Un). ICU's sentence rules break after them unless its
 * suppression lists are on, which Intl.Segmenter does not expose.
 */
const ABBREVIATION = /(?:^|[\s(«“"'])(?:\p{Lu}|M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Pr|Prof|St|Ste|Gen|Gén|Col|Cdt|Lt|Sgt|Sen|Rep|Gov|Jr|Sr|No|n°|vs|cf|ex|av|J\.-C|etc)\.\s*$/u;

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenterFor(lang: string): Intl.Segmenter | null {
  const locale = lang === 'en' ? 'en' : 'fr';
  let s = segmenters.get(locale);
  if (s === undefined) {
    s = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(locale, { granularity: 'sentence' }) : null;
    segmenters.set(locale, s);
  }
  return s;
}

/** Sentence ends for engines without Intl.Segmenter: . ! ? … with closing quotes, then space. */
function regexSentences(paragraph: string): Span[] {
  const spans: Span[] = [];
  // Only French closing marks may stand after a space; a spaced " or ' opens the next sentence.
  const re = /[.!?…]+(?:[»”"’')\]]|\s+[»”])*(?:\s+|$)/gu;
  let start = 0;
  for (const m of paragraph.matchAll(re)) {
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < paragraph.length) spans.push({ start, end: paragraph.length });
  return spans;
}

/**
 * Sentences of one paragraph, as spans covering it end to end (trailing spaces belong to the
 * sentence before). `useSegmenter: false` forces the fallback, for tests.
 */
export function splitSentences(paragraph: string, lang = 'fr', options: { useSegmenter?: boolean } = {}): Span[] {
  if (!paragraph) return [];
  const segmenter = options.useSegmenter === false ? null : segmenterFor(lang);
  const raw: Span[] = segmenter
    ? [...segmenter.segment(paragraph)].map((s) => ({ start: s.index, end: s.index + s.segment.length }))
    : regexSentences(paragraph);
  const merged: Span[] = [];
  for (const part of raw) {
    const span = { ...part };
    const prev = merged[merged.length - 1];
    if (prev) {
      // ICU breaks before a closing quotation mark preceded by a space (French « non. »):
      // the mark and its space belong to the sentence they close.
      const closing = /^\s*[»”)\]]+\s*/u.exec(paragraph.slice(span.start, span.end));
      if (closing) {
        prev.end += closing[0].length;
        span.start += closing[0].length;
      }
      if (span.start >= span.end) continue;
      if (ABBREVIATION.test(paragraph.slice(Math.max(prev.start, prev.end - 12), prev.end))) {
        prev.end = span.end;
        continue;
      }
    }
    merged.push(span);
  }
  return merged;
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Narrows [a, z) to skip white space at both ends. */
function trimSpan(text: string, a: number, z: number): Span {
  while (a < z && isSpace(text[a])) a++;
  while (z > a && isSpace(text[z - 1])) z--;
  return { start: a, end: z };
}

/**
 * Cuts [from, to) down to at most `max` code units around [start, end), on word boundaries,
 * marking each cut with an ellipsis.
 */
function cutAround(paragraph: string, from: number, to: number, start: number, end: number, max: number): Quote {
  const budget = max - (end - start) - 2 * ELLIPSIS.length;
  if (budget <= 0) return { quote: paragraph.slice(start, end), quoteStart: 0, quoteEnd: end - start };
  // Context shared evenly, the unused part of one side given to the other.
  let before = Math.min(start - from, Math.floor(budget / 2));
  const after = Math.min(to - end, budget - before);
  before = Math.min(start - from, budget - after);
  let a = start - before;
  let z = end + after;
  if (a > from) {
    // Move forward to the start of a word, never past the mention.
    let k = a;
    while (k < start && !isSpace(paragraph[k - 1])) k++;
    a = k;
  }
  if (z < to) {
    let k = z;
    while (k > end && !isSpace(paragraph[k])) k--;
    z = k;
  }
  const span = trimSpan(paragraph, a, z);
  const head = span.start > from ? ELLIPSIS : '';
  const tail = span.end < to ? ELLIPSIS : '';
  return {
    quote: `${head}${paragraph.slice(span.start, span.end)}${tail}`,
    quoteStart: head.length + start - span.start,
    quoteEnd: head.length + end - span.start,
  };
}

/** Quotation marks opened minus closed: positive when a quotation runs on, negative when it began before. */
function quoteBalance(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (ch === '«' || ch === '“') n++;
    else if (ch === '»' || ch === '”') n--;
  }
  return n;
}

/**
 * One or two sentences around a mention at [start, end) of a paragraph: the sentence holding
 * it, plus a neighbour when that sentence is short, cut to QUOTE_MAX around the mention when
 * too long. Offsets into the quote let the caller mark the name.
 */
export function quoteAround(paragraph: string, start: number, end: number, lang = 'fr', max = QUOTE_MAX): Quote {
  start = Math.max(0, Math.min(start, paragraph.length));
  end = Math.max(start, Math.min(end, paragraph.length));
  const sentences = splitSentences(paragraph, lang);
  const first = Math.max(0, sentences.findIndex((s) => s.end > start));
  let last = sentences.findIndex((s) => s.end >= end);
  if (last < first) last = first;
  let from = sentences[first]?.start ?? 0;
  let to = sentences[last]?.end ?? paragraph.length;
  const next = sentences[last + 1];
  const prev = sentences[first - 1];
  // Keep a quotation whole: «Oui. C'est une voiture Aurus», a déclaré… takes its «Oui. along.
  const balance = quoteBalance(paragraph.slice(from, to));
  if (balance < 0 && prev && to - prev.start <= max) from = prev.start;
  else if (balance > 0 && next && next.end - from <= max) to = next.end;
  else if (to - from < QUOTE_SHORT) {
    if (next && next.end - from <= max) to = next.end;
    else if (prev && to - prev.start <= max) from = prev.start;
  }
  const span = trimSpan(paragraph, from, to);
  from = Math.min(span.start, start);
  to = Math.max(span.end, end);
  if (to - from <= max) return { quote: paragraph.slice(from, to), quoteStart: start - from, quoteEnd: end - from };
  return cutAround(paragraph, from, to, start, end, max);
}
