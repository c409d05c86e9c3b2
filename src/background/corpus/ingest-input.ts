import type { IngestInput } from '../../core/corpus/ingest.ts';
import { readMetadata } from '../../core/corpus/metadata.ts';
import { sanitizeHints } from '../../core/corpus/visible-metadata.ts';
import { readHtmlArticle } from '../../core/html/article.ts';
import { MAX_PAGE_HTML, type ExtractedPage } from '../../messaging/shapes.ts';

/**
 * What to ingest of an extracted page: the paragraphs the content script read from its
 * <article>, or, for any other page, Readability's reading of the HTML it sent (the metadata
 * then comes from that HTML, as on the command line).
 */
export function ingestInputOf(page: ExtractedPage): IngestInput | null {
  if (page.paragraphs.length > 0) {
    const meta = readMetadata({ url: page.url, metaTags: page.metaTags, jsonLd: page.jsonLd, canonical: page.canonical, htmlLang: page.htmlLang, titleTag: typeof page.documentTitle === 'string' ? page.documentTitle : page.title, visible: sanitizeHints(page.visible) });
    return {
      paragraphs: page.paragraphs,
      url: meta.canonicalUrl ?? page.url,
      title: meta.title ?? page.title,
      outlet: meta.outlet,
      author: meta.author,
      date: meta.date,
      declaredLang: page.htmlLang,
    };
  }
  if (typeof page.html !== 'string' || page.html.length > MAX_PAGE_HTML) return null;
  const read = readHtmlArticle(page.html, page.url);
  if (!read.text?.trim()) return null;
  return { ...read, url: read.url ?? page.url, title: read.title || page.title };
}

