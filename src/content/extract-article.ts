/**
 * The article of the current page, for ingestion: Mozilla's Readability on a copy of the
 * document (the page itself is never touched), with the raw metadata the background turns into
 * title, outlet, author and date (meta tags, canonical link, JSON-LD, <html lang>). Readability
 * is loaded only when the reader ingests, so it costs nothing on ordinary page loads.
 */
import type { ExtractedPage } from '../messaging/corpus-protocol.ts';

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
  if (paragraphs.length === 0) {
    try {
      const { Readability } = await import('@mozilla/readability');
      const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
      if (article?.content) {
        // Readability returns HTML; it is parsed in an inert document, never inserted in the page.
        const inert = new DOMParser().parseFromString(article.content, 'text/html');
        paragraphs = paragraphsOf(inert.body);
        title = article.title || title;
      }
    } catch (error) {
      console.debug('[glose] Readability failed, falling back to the page text', error);
    }
  }
  if (paragraphs.length === 0) paragraphs = paragraphsOf(doc.querySelector('article, main, [role="main"]') ?? doc.body);
  let size = 0;
  paragraphs = paragraphs.filter((p) => (size += p.length) <= MAX_TEXT);
  return {
    url: location.href,
    canonical: canonical ? new URL(canonical, location.href).href : null,
    title: title.trim().slice(0, 1000),
    paragraphs,
    htmlLang: doc.documentElement.lang ?? '',
    metaTags,
    jsonLd,
  };
}
