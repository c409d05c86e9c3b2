/**
 * The page's publication date, for role phrases (« le ministre russe de la Défense » in a 2023
 * article is Shoigu): the article's own metadata (Open Graph / schema.org `article:published_time`,
 * `datePublished` as a meta tag or microdata, Dublin Core), then the first <time datetime> of the
 * article. Reads the DOM only; JSON-LD is left to the background's reader of whole pages.
 */

/** An ISO date as YYYY-MM-DD, the calendar date as written (the form of these fields; the background's reader takes every other). */
function normalizeDate(raw: string | null | undefined): string | null {
  const m = raw ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(raw) : null;
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const META = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'pubdate', 'publish-date'];

export function pageDate(doc: Document): string | undefined {
  const metas = doc.head?.querySelectorAll('meta[property], meta[name], meta[itemprop]') ?? [];
  const byKey = new Map<string, string>();
  for (const m of metas) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  }
  for (const key of META) {
    const d = normalizeDate(byKey.get(key));
    if (d) return d;
  }
  const item = doc.querySelector('[itemprop="datePublished"][datetime], [itemprop="datePublished"][content]');
  const fromItem = normalizeDate(item?.getAttribute('datetime') ?? item?.getAttribute('content'));
  if (fromItem) return fromItem;
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return normalizeDate(time?.getAttribute('datetime')) ?? undefined;
}
