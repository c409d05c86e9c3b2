/**
 * An article's metadata from what its page declares: <meta> tags (Open Graph, article:,
 * Dublin Core, itemprop), <link rel=canonical>, JSON-LD, <html lang>, <title>. The caller
 * (content script, CLI) collects these from its DOM; this module only reads strings, so it
 * runs anywhere and treats everything as untrusted: JSON-LD that does not parse, has the
 * wrong shapes or is huge is ignored, never thrown.
 */
import { CORPUS_LIMITS } from './types.ts';

export interface MetaTag {
  name?: string | null;
  property?: string | null;
  itemprop?: string | null;
  content?: string | null;
}

export interface MetadataInput {
  /** The page's address, when known (base for a relative canonical link, fallback outlet). */
  url: string | null;
  metaTags: readonly MetaTag[];
  /** Texts of <script type="application/ld+json"> elements. */
  jsonLd: readonly string[];
  canonical?: string | null;
  htmlLang?: string | null;
  titleTag?: string | null;
}

export interface PageMetadata {
  canonicalUrl: string | null;
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
  /** Primary language subtag, lower case (fr, en, ru…). */
  lang: string | null;
}

type Node = Record<string, unknown>;

const JSON_LD_MAX_CHARS = 1_000_000;
const JSON_LD_MAX_NODES = 500;
const JSON_LD_MAX_DEPTH = 8;
const MAX_AUTHORS = 5;

/** Query parameters that only track the visit: the same article must get the same id. */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|xtor|at_[a-z_]+|ns_[a-z_]+|cmpid|ocid|smid|sr_share)$/i;

const URL_RE = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#\s]*@)?(\[[0-9a-f:.]+\]|[^/?#:\s]+)(?::(\d{1,5}))?([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/i;

function removeDotSegments(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/').slice(1)) {
    if (seg === '..') out.pop();
    else if (seg !== '.') out.push(seg);
  }
  const last = path.split('/').pop();
  if (last === '.' || last === '..') out.push('');
  return `/${out.join('/')}`;
}

/**
 * The form of a URL used as an article's identity: http(s) only, host in lower case, default
 * port, fragment and tracking parameters dropped, dot segments resolved. Relative references
 * are resolved against `base`. Null for anything else (javascript:, garbage, too long).
 */
export function canonicalizeUrl(raw: string | null | undefined, base?: string | null): string | null {
  let text = (raw ?? '').trim();
  if (!text || text.length > CORPUS_LIMITS.urlChars || /[\u0000-\u001f\u007f]/.test(text)) return null;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    const b = base ? URL_RE.exec(canonicalizeUrl(base) ?? '') : null;
    if (!b) return null;
    const origin = `${b[1]}://${b[2]}${b[3] ? `:${b[3]}` : ''}`;
    if (text.startsWith('//')) text = `${b[1]}:${text}`;
    else if (text.startsWith('/')) text = origin + text;
    else if (text.startsWith('?')) text = `${origin}${b[4] ?? '/'}${text}`;
    else if (text.startsWith('#')) text = `${origin}${b[4] ?? '/'}${b[5] ?? ''}`;
    else text = `${origin}${(b[4] ?? '/').replace(/[^/]*$/, '')}${text}`;
  }
  const m = URL_RE.exec(text);
  if (!m) return null;
  const scheme = m[1]!.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return null;
  const host = m[2]!.toLowerCase().replace(/\.$/, '');
  if (!/^(\[[0-9a-f:.]+\]|[\p{L}\p{N}_-]+(\.[\p{L}\p{N}_-]+)*)$/u.test(host)) return null;
  const port = m[3] && !((scheme === 'http' && m[3] === '80') || (scheme === 'https' && m[3] === '443')) ? `:${Number(m[3])}` : '';
  const path = removeDotSegments(m[4] || '/');
  const params = (m[5] ?? '')
    .slice(1)
    .split('&')
    .filter((p) => p && !TRACKING_PARAM.test(p.split('=')[0] ?? ''));
  const url = `${scheme}://${host}${port}${path}${params.length ? `?${params.join('&')}` : ''}`;
  return url.length <= CORPUS_LIMITS.urlChars ? url : null;
}

/** The host of an http(s) URL without a leading www., or null. */
export function hostOf(url: string | null): string | null {
  const m = url ? URL_RE.exec(url) : null;
  return m ? m[2]!.toLowerCase().replace(/^www\./, '') : null;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janv: 1, janvier: 1,
  feb: 2, february: 2, fev: 2, fevr: 2, fevrier: 2,
  mar: 3, march: 3, mars: 3,
  apr: 4, april: 4, avr: 4, avril: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juin: 6,
  jul: 7, july: 7, juil: 7, juillet: 7,
  aug: 8, august: 8, aout: 8,
  sep: 9, sept: 9, september: 9, septembre: 9,
  oct: 10, october: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11,
  dec: 12, december: 12, decembre: 12,
};

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A publication date as YYYY-MM-DD. The calendar date is taken as written, not converted to
 * UTC: an article dated 2024-02-20T01:00+09:00 in Seoul appeared on the 20th. Reads ISO 8601
 * (with or without time, compact or with slashes) and day-month-year or month-day-year with
 * English or French month names; DD/MM/YYYY is left alone, being ambiguous with MM/DD/YYYY.
 */
export function normalizeDate(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim().slice(0, 100);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s_]|[+-]\d|Z)/i.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?=$|T)/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  m = /(?:^|[\s,])(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/.exec(folded);
  if (m && MONTHS[m[2]!]) return isoDate(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]));
  m = /(?:^|[\s,])([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(folded);
  if (m && MONTHS[m[1]!]) return isoDate(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]));
  return null;
}

/** A clean one-line string from an untrusted value, or null: tags dropped, spaces collapsed, length bounded. */
function cleanText(value: unknown, max: number): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value)
    .replace(/<[^>]{0,500}>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return null;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object of the JSON-LD blocks, @graph and arrays flattened, plus an @id index for references. */
function readJsonLd(texts: readonly string[]): { nodes: Node[]; byId: Map<string, Node> } {
  const nodes: Node[] = [];
  const byId = new Map<string, Node>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > JSON_LD_MAX_DEPTH || nodes.length >= JSON_LD_MAX_NODES) return;
    if (Array.isArray(value)) {
      for (const v of value.slice(0, JSON_LD_MAX_NODES)) visit(v, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    nodes.push(value);
    const id = value['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, value);
    if ('@graph' in value) visit(value['@graph'], depth + 1);
  };
  for (const raw of texts) {
    if (typeof raw !== 'string' || raw.length > JSON_LD_MAX_CHARS) continue;
    // Some CMSs wrap the JSON in HTML comments or CDATA markers.
    const text = raw.trim().replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    visit(parsed, 0);
  }
  return { nodes, byId };
}

function typesOf(node: Node): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/^.*[/:#]/, ''));
}

function isArticleNode(node: Node): boolean {
  return typesOf(node).some((t) => t.endsWith('article') || t === 'blogposting' || t === 'liveblogposting' || t === 'report');
}

/** The name of a person or organisation given inline, by @id reference, or as a plain string. */
function nameOf(value: unknown, byId: Map<string, Node>, max: number): string | null {
  if (typeof value === 'string') return cleanText(value, max);
  if (Array.isArray(value)) return nameOf(value[0], byId, max);
  if (!isNode(value)) return null;
  const named = cleanText(value.name, max);
  if (named) return named;
  const ref = value['@id'];
  const target = typeof ref === 'string' ? byId.get(ref) : undefined;
  return target && target !== value ? cleanText(target.name, max) : null;
}

function authorsOf(value: unknown, byId: Map<string, Node>): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const v of list.slice(0, 20)) {
    const n = nameOf(v, byId, CORPUS_LIMITS.fieldChars);
    if (n && !isUrlLike(n) && !names.includes(n)) names.push(n);
    if (names.length >= MAX_AUTHORS) break;
  }
  return names.length ? cleanText(names.join(', '), CORPUS_LIMITS.fieldChars) : null;
}

function isUrlLike(text: string): boolean {
  return /^(https?:)?\/\//i.test(text) || /^www\./i.test(text);
}

/** The first non-empty content of each meta name, property or itemprop, keys in lower case. */
function indexMeta(tags: readonly MetaTag[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const tag of tags) {
    if (!tag || typeof tag.content !== 'string' || !tag.content.trim()) continue;
    for (const key of [tag.property, tag.name, tag.itemprop]) {
      if (typeof key !== 'string') continue;
      const k = key.trim().toLowerCase();
      if (k && !map.has(k)) map.set(k, tag.content);
    }
  }
  return map;
}

function first<T>(...candidates: Array<() => T | null | undefined>): T | null {
  for (const c of candidates) {
    const v = c();
    if (v !== null && v !== undefined) return v;
  }
  return null;
}

function langOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const base = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(base) ? base : null;
}

/** "Headline - Outlet" or "Headline | Outlet" in a <title>: the headline alone. */
function stripOutletSuffix(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const lower = title.toLowerCase();
  for (const sep of [' - ', ' | ', ' – ', ' — ', ' : ', ' · ']) {
    const suffix = `${sep}${outlet}`.toLowerCase();
    if (lower.endsWith(suffix) && title.length > suffix.length) return title.slice(0, title.length - suffix.length).trim();
  }
  return title;
}

export function readMetadata(input: MetadataInput): PageMetadata {
  const meta = indexMeta(Array.isArray(input.metaTags) ? input.metaTags : []);
  const { nodes, byId } = readJsonLd(Array.isArray(input.jsonLd) ? input.jsonLd : []);
  const article = nodes.find(isArticleNode) ?? nodes.find((n) => typeof n.headline === 'string') ?? null;
  const website = nodes.find((n) => typesOf(n).includes('website')) ?? null;
  const pageUrl = canonicalizeUrl(input.url);
  const text = (key: string, max: number = CORPUS_LIMITS.fieldChars): string | null => cleanText(meta.get(key), max);

  const canonicalUrl = first(
    () => canonicalizeUrl(input.canonical, pageUrl),
    () => canonicalizeUrl(meta.get('og:url'), pageUrl),
    () => (article ? canonicalizeUrl(typeof article.url === 'string' ? article.url : null, pageUrl) : null),
    () => pageUrl,
  );
  const outlet = first(
    () => text('og:site_name'),
    () => (article ? nameOf(article.publisher, byId, CORPUS_LIMITS.fieldChars) : null),
    () => nodes.map((n) => (isNode(n.publisher) || typeof n.publisher === 'string' ? nameOf(n.publisher, byId, CORPUS_LIMITS.fieldChars) : null)).find(Boolean),
    () => (website ? cleanText(website.name, CORPUS_LIMITS.fieldChars) : null),
    () => text('application-name'),
    () => hostOf(canonicalUrl),
  );
  const title = first(
    () => text('og:title', CORPUS_LIMITS.titleChars),
    () => text('twitter:title', CORPUS_LIMITS.titleChars),
    () => (article ? cleanText(article.headline, CORPUS_LIMITS.titleChars) ?? cleanText(article.name, CORPUS_LIMITS.titleChars) : null),
    () => text('dc.title', CORPUS_LIMITS.titleChars),
    () => {
      const t = cleanText(input.titleTag, CORPUS_LIMITS.titleChars);
      return t ? stripOutletSuffix(t, outlet) : null;
    },
  );
  const author = first(
    () => text('author'),
    () => (article ? authorsOf(article.author, byId) : null),
    () => {
      const a = text('article:author');
      return a && !isUrlLike(a) ? a : null;
    },
    () => text('dc.creator'),
    () => text('parsely-author'),
    () => text('sailthru.author'),
  );
  const date = first(
    () => normalizeDate(meta.get('article:published_time')),
    () => (article ? normalizeDate(article.datePublished) : null),
    () => normalizeDate(meta.get('datepublished')),
    () => normalizeDate(meta.get('date')),
    () => normalizeDate(meta.get('dc.date')),
    () => normalizeDate(meta.get('dc.date.issued')),
    () => normalizeDate(meta.get('dcterms.created')),
    () => normalizeDate(meta.get('pubdate')),
    () => normalizeDate(meta.get('publish-date')),
    () => normalizeDate(meta.get('parsely-pub-date')),
    () => normalizeDate(meta.get('og:published_time')),
    () => (article ? normalizeDate(article.dateCreated) : null),
  );
  const lang = first(
    () => langOf(input.htmlLang),
    () => (article ? langOf(article.inLanguage) : null),
    () => langOf(meta.get('og:locale')),
    () => langOf(meta.get('language')),
    () => langOf(meta.get('dc.language')),
  );
  return { canonicalUrl, title, outlet, author, date, lang };
}
