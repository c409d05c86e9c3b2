/**
 * What an article's visible text says about it when its markup says nothing: the
 * `<time datetime>` of the article, the byline (« Par Jean Dupont », « Publié le 6 mars 2024 »)
 * and an agency dateline (« SÉOUL (AFP) – »). Two steps, so that both callers share them:
 * `collectVisibleHints` reads a DOM-like document (the page's own in the content script,
 * linkedom's in the background and the CLI) into plain, bounded strings; `readVisibleMetadata`
 * runs the rules of byline-rules.ts over those strings, anywhere. Hints come from a page, so
 * `sanitizeHints` bounds whatever it is given before reading it.
 */
import { AUTHOR_LABELS, BYLINE_MAX_CHARS, DATE_LABELS, DATELINE, NAME_JOINERS, NAME_PARTICLES, NAME_WORD, type DateLabelRule, type DateRole } from './byline-rules.ts';
import { normalizeDate } from './dates.ts';

export interface TimeHint {
  /** The datetime attribute, as written. */
  datetime: string;
  /** What the markup says it is (itemprop, pubdate), or null. */
  role: DateRole | null;
  /** The text of the element around it (« Publié le … », "Updated …"), bounded. */
  context: string;
}

export interface VisibleHints {
  /** The article's first <h1>, which sites repeat in <title> before their own name. */
  headline: string | null;
  times: TimeHint[];
  /** Names the markup marks as the author (rel=author, itemprop=author). */
  authors: string[];
  /** Short lines of the article's head, in reading order: bylines, date lines, the first paragraphs. */
  lines: string[];
}

export interface VisibleMetadata {
  author: string | null;
  date: string | null;
}

interface HintElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  tagName: string;
  parentElement?: HintElement | null;
  children?: ArrayLike<unknown>;
}

interface HintRoot {
  querySelectorAll(selector: string): ArrayLike<HintElement>;
  querySelector(selector: string): HintElement | null;
}

export const HINT_LIMITS = { times: 10, authors: 5, lines: 40, lineChars: 300, elements: 3000 } as const;

/** Classes and ids of the elements sites put bylines and dates in. */
const BYLINE_CLASS = /byline|author|auteur|signature|dateline|credit|publish|date|time/i;

const oneLine = (text: string | null | undefined, max: number): string => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

/**
 * The hints of a document: looked for in its (first) <article>, else <main>, else the body, so
 * that the site's header, a list of other articles or a footer's dates are not read as this one's.
 */
export function collectVisibleHints(doc: HintRoot): VisibleHints {
  const root: HintRoot = (doc.querySelector('article') as unknown as HintRoot | null) ?? (doc.querySelector('main, [role="main"]') as unknown as HintRoot | null) ?? doc;
  const headline = oneLine(root.querySelector('h1')?.textContent ?? doc.querySelector('h1')?.textContent, 1000) || null;
  const times: TimeHint[] = Array.from(root.querySelectorAll('time[datetime]'))
    .slice(0, HINT_LIMITS.times)
    .map((t) => {
      const prop = (t.getAttribute('itemprop') ?? '').toLowerCase();
      const role: DateRole | null = prop.includes('datepublished') || t.getAttribute('pubdate') !== null ? 'published' : prop.includes('datemodified') ? 'modified' : null;
      // The text before the time and the time's own: the label nearest before it says what it dates.
      const own = oneLine(t.textContent, HINT_LIMITS.lineChars);
      const around = oneLine(t.parentElement?.textContent, 2000);
      const at = own ? around.indexOf(own) : -1;
      const context = at >= 0 ? around.slice(Math.max(0, at + own.length - HINT_LIMITS.lineChars), at + own.length) : own;
      return { datetime: oneLine(t.getAttribute('datetime'), 100), role, context };
    });
  const authors = Array.from(root.querySelectorAll('[rel~="author"], [itemprop~="author"]'))
    .map((a) => oneLine(a.textContent, BYLINE_MAX_CHARS))
    .filter((a) => a.length > 0)
    .slice(0, HINT_LIMITS.authors);
  const lines: string[] = [];
  const elements = root.querySelectorAll('p, address, div, span, small, li, time, a, h2, h3, h4, h5, h6, header, footer, figcaption');
  // By index, not Array.from: a page without an <article> may have a great many elements.
  for (let i = 0; i < Math.min(elements.length, HINT_LIMITS.elements) && lines.length < HINT_LIMITS.lines; i++) {
    const el = elements[i]!;
    const tag = el.tagName.toLowerCase();
    const block = tag === 'p' || tag === 'address';
    const leaf = !el.children || el.children.length === 0;
    const marked = BYLINE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    // Wrappers are skipped before reading their text, which may be the whole page.
    if (!block && !leaf && !marked) continue;
    const text = oneLine(el.textContent, HINT_LIMITS.lineChars);
    // Paragraphs may open with a dateline; other elements count when they are one short line.
    const keep = text && (block || text.length <= BYLINE_MAX_CHARS);
    if (keep && !lines.includes(text)) lines.push(text);
  }
  return { headline, times, authors, lines };
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Hints from an untrusted sender, kept to their shapes and bounds (anything else dropped). */
export function sanitizeHints(raw: unknown): VisibleHints | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const list = (v: unknown, n: number): unknown[] => (Array.isArray(v) ? v.slice(0, n) : []);
  return {
    headline: isString(r.headline) ? oneLine(r.headline, 1000) || null : null,
    times: list(r.times, HINT_LIMITS.times).flatMap((t) => {
      if (typeof t !== 'object' || t === null) return [];
      const x = t as Record<string, unknown>;
      if (!isString(x.datetime)) return [];
      const role = x.role === 'published' || x.role === 'modified' ? x.role : null;
      return [{ datetime: oneLine(x.datetime, 100), role, context: isString(x.context) ? oneLine(x.context, HINT_LIMITS.lineChars) : '' }];
    }),
    authors: list(r.authors, HINT_LIMITS.authors).filter(isString).map((a) => oneLine(a, BYLINE_MAX_CHARS)).filter(Boolean),
    lines: list(r.lines, HINT_LIMITS.lines).filter(isString).map((l) => oneLine(l, HINT_LIMITS.lineChars)).filter(Boolean),
  };
}

/** A date written after a label: any form normalizeDate reads, or day/month/year where the label's language writes it so. */
function dateIn(text: string, numeric: 'dmy' | null): string | null {
  const head = text.slice(0, 60);
  const read = normalizeDate(head);
  if (read) return read;
  const m = numeric === 'dmy' ? /^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(head) : null;
  return m ? normalizeDate(`${m[3]}-${m[2]}-${m[1]}`) : null;
}

/** Where each date label of a line stands, in reading order. */
function labelMatches(line: string): Array<{ at: number; end: number; rule: DateLabelRule }> {
  const found: Array<{ at: number; end: number; rule: DateLabelRule }> = [];
  for (const rule of DATE_LABELS) {
    const re = new RegExp(rule.label.source, `${rule.label.flags.replace('g', '')}g`);
    for (const m of line.matchAll(re)) found.push({ at: m.index, end: m.index + m[0].length, rule });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Every labelled date of a line, each read up to the next label (« Publié le 6 mars, mis à jour le 7 mars 2024 »). */
function labelledDates(line: string): Array<{ role: DateRole; date: string }> {
  const found = labelMatches(line);
  return found.flatMap((f, i) => {
    const date = dateIn(line.slice(f.end, found[i + 1]?.at ?? line.length), f.rule.numeric);
    return date ? [{ role: f.rule.role, date }] : [];
  });
}

/** The name at the start of `text`: capitalised words, particles between them, several authors joined. */
function nameAtStart(text: string): string | null {
  const tokens = text.split(/(\s+|,)/).filter((t) => t.trim());
  const words: string[] = [];
  let lastCapital = 0;
  for (const token of tokens) {
    const bare = token.replace(/[.;:]$/, '');
    if (new RegExp(`^${NAME_WORD.source}$`, 'u').test(bare)) {
      words.push(bare);
      lastCapital = words.length;
      if (bare !== token) break;
    } else if (words.length > 0 && (NAME_PARTICLES.includes(token.toLowerCase()) || NAME_JOINERS.includes(token.toLowerCase()))) {
      words.push(token);
    } else break;
    if (words.length > 12) break;
  }
  const name = words.slice(0, lastCapital).join(' ').replace(/ ,/g, ',');
  return name || null;
}

function bylineAuthor(line: string): string | null {
  if (line.length > BYLINE_MAX_CHARS) return null;
  // The name ends where a date label begins (« Par Jean Dupont Publié le … »).
  const head = line.slice(0, labelMatches(line)[0]?.at ?? line.length);
  for (const rule of AUTHOR_LABELS) {
    const m = rule.label.exec(head);
    if (m) return nameAtStart(head.slice(m[0].length));
  }
  return null;
}

function dateline(line: string): { author: string; date: string | null } | null {
  const m = DATELINE.exec(line);
  // The place is written in capitals: a sentence opening with a capital word is not a dateline.
  if (!m || /\p{Ll}/u.test(m[1]!)) return null;
  return { author: m[3]!, date: m[2] ? normalizeDate(m[2]) : null };
}

/**
 * The author and publication date the visible page gives, in this order of trust: the date of a
 * <time> the markup calls the publication, a labelled publication date (« Publié le »), a
 * <time> of no stated role that is not an update, then a dateline's; the author marked up as
 * such, a byline (« Par … »), then a dateline's agency. An update date is never the publication date.
 */
export function readVisibleMetadata(hints: VisibleHints | null): VisibleMetadata {
  if (!hints) return { author: null, date: null };
  const timeRole = (t: TimeHint): DateRole | null => t.role ?? lastLabelRole(t.context);
  const times = hints.times.map((t) => ({ date: normalizeDate(t.datetime), role: timeRole(t) })).filter((t) => t.date);
  const labelled = hints.lines.filter((l) => l.length <= BYLINE_MAX_CHARS).flatMap(labelledDates);
  const datelines = hints.lines.slice(0, 12).map(dateline).filter((d) => d !== null);
  const date =
    times.find((t) => t.role === 'published')?.date ??
    labelled.find((d) => d.role === 'published')?.date ??
    times.find((t) => t.role === null)?.date ??
    datelines.find((d) => d.date)?.date ??
    null;
  const author =
    hints.authors.map((a) => bylineAuthor(a) ?? nameAtStart(a)).find(Boolean) ??
    hints.lines.map(bylineAuthor).find(Boolean) ??
    datelines[0]?.author ??
    null;
  return { author, date };
}

/** The role of the label nearest the end of a <time>'s context (« Publié le 6 mars, mis à jour le <time>7 mars</time> »). */
function lastLabelRole(context: string): DateRole | null {
  return labelMatches(context).at(-1)?.rule.role ?? null;
}
