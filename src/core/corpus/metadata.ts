/**
 * An article's metadata from what its page declares: <meta> tags (Open Graph, article:,
 * Dublin Core, itemprop), <link rel=canonical>, JSON-LD, <html lang>, <title>. The caller
 * (content script, CLI) collects these from its DOM; this module only reads strings, so it
 * runs anywhere and treats everything as untrusted: JSON-LD that does not parse, has the
 * wrong shapes or is huge is ignored, never thrown.
 */
import { CORPUS_LIMITS } from './types.ts';
import { normalizeDate } from './dates.ts';
import { readVisibleMetadata, type VisibleHints } from './visible-metadata.ts';

export { normalizeDate };

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
  /** What the visible article says (<time datetime>, byline, dateline): read when the markup declares nothing. */
  visible?: VisibleHints | null;
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

/**
 * Separators sites put between a headline and their own name in <title> and og:title
 * (« Séoul proteste – Le Quotidien », "Seoul protests | The Times"): the last one splits.
 */
const TITLE_SEPARATORS = [' | ', ' – ', ' — ', ' - ', ' :: ', ' · ', ' • ', ' » '] as const;
/** A site name is short: past this, the tail is part of the headline (« Séoul – Pyongyang : la tension monte »). */
const SITE_NAME_MAX_WORDS = 6;

const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** A site name as letters, without a leading article (Le Quotidien ~ lequotidien.fr, The Times ~ thetimes.co.uk or times.co.uk). */
const foldSite = (text: string): string => fold(text.replace(/^(?:the|le|la|les|l’|l')\s*/i, ''));
/** A host name or address (lemonde.fr, 127.0.0.1, [::1]): an address, not an outlet's name. */
export const isHostLike = (text: string): boolean => /^[\w-]+(?:\.[\w-]+)+$/.test(text.trim()) || /^\[[0-9a-f:.]+\]$/i.test(text.trim());

/**
 * A title's headline and the site name after its last separator, when something confirms the
 * tail is the site: it is the declared outlet, it spells the page's host, or the page's own
 * <h1> is the headline before it. Otherwise the title is kept whole.
 */
export function splitSiteName(title: string, known: { outlet: string | null; host: string | null; headline: string | null }): { title: string; siteName: string | null } {
  for (const sep of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + sep.length).trim();
    if (!head || !tail || tail.split(/\s+/).length > SITE_NAME_MAX_WORDS) continue;
    // The host's longest label is the site's name (lemonde.fr, thetimes.co.uk); an IP address names nothing.
    const hostLabel = known.host && !/^[\d.]+$|^\[/.test(known.host) ? fold(known.host.split('.').reduce((a, b) => (b.length > a.length ? b : a), '')) : '';
    const isOutlet = known.outlet !== null && fold(tail) === fold(known.outlet);
    const spellsHost = hostLabel.length >= 3 && (foldSite(tail) === hostLabel || fold(tail) === hostLabel || (isHostLike(tail) && fold(known.host ?? '') === fold(tail)));
    const afterHeadline = known.headline !== null && fold(known.headline) === fold(head);
    if (isOutlet || spellsHost || afterHeadline) return { title: head, siteName: isHostLike(tail) ? null : tail };
  }
  return { title, siteName: null };
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
  const declaredOutlet = first(
    () => text('og:site_name'),
    () => (article ? nameOf(article.publisher, byId, CORPUS_LIMITS.fieldChars) : null),
    () => nodes.map((n) => (isNode(n.publisher) || typeof n.publisher === 'string' ? nameOf(n.publisher, byId, CORPUS_LIMITS.fieldChars) : null)).find(Boolean),
    () => (website ? cleanText(website.name, CORPUS_LIMITS.fieldChars) : null),
    () => text('application-name'),
  );
  const visible = input.visible ?? null;
  const known = { outlet: declaredOutlet, host: hostOf(canonicalUrl ?? pageUrl), headline: visible?.headline ?? null };
  const rawTitle = first(
    () => text('og:title', CORPUS_LIMITS.titleChars),
    () => text('twitter:title', CORPUS_LIMITS.titleChars),
    () => (article ? cleanText(article.headline, CORPUS_LIMITS.titleChars) ?? cleanText(article.name, CORPUS_LIMITS.titleChars) : null),
    () => text('dc.title', CORPUS_LIMITS.titleChars),
    () => {
      // A <title> holding the page's <h1> and more (« Monde | Séoul proteste | Le Quotidien »): the <h1> is the headline.
      const t = cleanText(input.titleTag, CORPUS_LIMITS.titleChars);
      const h = cleanText(known.headline, CORPUS_LIMITS.titleChars);
      return t && h && fold(h).length >= 8 && fold(t).includes(fold(h)) ? h : t;
    },
  );
  const split = rawTitle ? splitSiteName(rawTitle, known) : null;
  // The <title>'s site name when the declared title had none (og:title is often the bare headline).
  const titleTagSite = input.titleTag ? splitSiteName(cleanText(input.titleTag, CORPUS_LIMITS.titleChars) ?? '', known).siteName : null;
  const title = split?.title ?? null;
  // A page's host is never its outlet (127.0.0.1, a CDN, a mirror): unknown is the honest answer.
  const outlet = [declaredOutlet, split?.siteName, titleTagSite].find((o): o is string => !!o && !isHostLike(o)) ?? null;
  const seen = readVisibleMetadata(visible);
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
    () => seen.author,
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
    () => seen.date,
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
