/**
 * The article of the current page, for ingestion, with the raw metadata the background turns
 * into title, outlet, author and date (meta tags, canonical link, JSON-LD, <html lang>). A page
 * with one <article> is read here; any other page is sent whole, as HTML, to the background,
 * which reads it with Readability (core/html/article.ts): Readability is 34 KB that would
 * otherwise load into every page, and it then runs off the page's main thread.
 */
import { MAX_PAGE_HTML, type ExtractedPage } from '../messaging/shapes.ts';
import { collectVisibleHints } from '../core/corpus/visible-metadata.ts';

const MAX_TEXT = 2_000_000;
const MAX_META = 200;

function paragraphsOf(root: Element | null): string[] {
  if (!root) return [];
  const blocks = root.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre, td');
  const out: string[] = [];
  for (const b of Array.from(blocks)) {
    // Nested blocks (a <p> inside a <li>) are read once, from the innermost.
    if (b.querySelector('p, li, blockquote')) continue;
    const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  if (out.length === 0) {
    const t = (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
    if (t) out.push(...t.split(/\n\s*\n+/).map((s) => s.trim()).filter(Boolean));
  }
  return out;
}

export async function extractArticle(doc: Document = document): Promise<ExtractedPage> {
  const metaTags = Array.from(doc.querySelectorAll('meta[content]'))
    .slice(0, MAX_META)
    .map((m) => ({
      ...(m.getAttribute('name') ? { name: m.getAttribute('name')! } : {}),
      ...(m.getAttribute('property') ? { property: m.getAttribute('property')! } : {}),
      ...(m.getAttribute('itemprop') ? { itemprop: m.getAttribute('itemprop')! } : {}),
      content: (m.getAttribute('content') ?? '').slice(0, 2000),
    }));
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
    .slice(0, 20)
    .map((s) => (s.textContent ?? '').slice(0, 200_000));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  let title = doc.title;
  let paragraphs: string[] = [];
  // Fast path: a page with one <article> holding real paragraphs is read as it is (most news
  // sites); Readability, slower, is for pages without that structure.
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) {
    const own = Array.from(articles[0]!.querySelectorAll('p'))
      .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 0);
    if (own.join(' ').length >= 500) {
      paragraphs = own;
      title = articles[0]!.querySelector('h1')?.textContent?.trim() || title;
    }
  }
  let html: string | undefined;
  if (paragraphs.length === 0) {
    const whole = doc.documentElement.outerHTML;
    if (whole.length <= MAX_PAGE_HTML) html = whole;
  }
  if (paragraphs.length === 0 && html === undefined) paragraphs = paragraphsOf(doc.querySelector('article, main, [role="main"]') ?? doc.body);
  let size = 0;
  paragraphs = paragraphs.filter((p) => (size += p.length) <= MAX_TEXT);
  return {
    url: location.href,
    canonical: canonical ? new URL(canonical, location.href).href : null,
    title: title.trim().slice(0, 1000),
    // The <title> too: the site's name after the headline there names the outlet.
    documentTitle: doc.title.trim().slice(0, 1000),
    paragraphs,
    ...(html === undefined ? {} : { html }),
    htmlLang: doc.documentElement.lang ?? '',
    metaTags,
    jsonLd,
    // The byline, dateline and <time> of the article, for pages whose markup declares no date or author.
    visible: collectVisibleHints(doc),
  };
}
