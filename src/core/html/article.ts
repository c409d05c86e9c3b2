/**
 * An HTML article for ingestion: its text, by Readability on a linkedom document (falling back
 * to the visible-text extraction `glose scan` uses when Readability finds no article), and its
 * metadata, collected from the document and read by readMetadata. The command line reads files
 * with it; the extension's background reads with it the pages the content script sends whole
 * (those without one clear <article>), so Readability never loads into a reader's pages and
 * both give the same text for the same page.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { normalizeDate, readMetadata, type MetaTag, type PageMetadata } from '../corpus/metadata.ts';
import type { IngestInput } from '../corpus/ingest.ts';
import { extractHtmlText } from './html-text.ts';
import { collectVisibleHints } from '../corpus/visible-metadata.ts';

/** Below this many characters, Readability's pick is likely a teaser or a caption: use the page text. */
const MIN_ARTICLE_CHARS = 200;

interface MinimalElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

interface MinimalDocument {
  querySelectorAll(selector: string): ArrayLike<MinimalElement>;
  querySelector(selector: string): MinimalElement | null;
  documentElement: MinimalElement | null;
}

function listOf(nodes: ArrayLike<MinimalElement>): MinimalElement[] {
  return Array.from(nodes);
}

/** What the page declares about itself, as readMetadata wants it. */
export function collectMetadata(doc: MinimalDocument, url: string | null): PageMetadata {
  const metaTags: MetaTag[] = listOf(doc.querySelectorAll('meta')).map((m) => ({
    name: m.getAttribute('name'),
    property: m.getAttribute('property'),
    itemprop: m.getAttribute('itemprop'),
    content: m.getAttribute('content'),
  }));
  const canonical = listOf(doc.querySelectorAll('link')).find((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))?.getAttribute('href') ?? null;
  const jsonLd = listOf(doc.querySelectorAll('script'))
    .filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json')
    .map((s) => s.textContent ?? '');
  return readMetadata({
    url,
    metaTags,
    jsonLd,
    canonical,
    htmlLang: doc.documentElement?.getAttribute('lang') ?? null,
    titleTag: doc.querySelector('title')?.textContent ?? null,
    visible: collectVisibleHints(doc as unknown as Parameters<typeof collectVisibleHints>[0]),
  });
}

/** The article text by Readability, or null when it finds none worth keeping. */
function readabilityText(html: string): { text: string; title: string | null; byline: string | null; siteName: string | null; publishedTime: string | null; lang: string | null } | null {
  try {
    const doc = parseHTML(html).document;
    // linkedom's document is close enough to the DOM for Readability (it is its documented Node use).
    const article = new Readability(doc as unknown as Document).parse();
    if (!article?.content) return null;
    const text = extractHtmlText(`<html><body><article>${article.content}</article></body></html>`).text;
    if (text.replace(/\s+/g, ' ').trim().length < MIN_ARTICLE_CHARS) return null;
    return {
      text,
      title: article.title ?? null,
      byline: article.byline ?? null,
      siteName: article.siteName ?? null,
      publishedTime: article.publishedTime ?? null,
      lang: article.lang ?? null,
    };
  } catch {
    // A page Readability chokes on still has visible text.
    return null;
  }
}

/** An ingest input from an HTML page; `url` is where it came from, when known. */
export function readHtmlArticle(html: string, url: string | null = null): IngestInput {
  const doc = parseHTML(html).document;
  const meta = collectMetadata(doc as unknown as MinimalDocument, url);
  const article = readabilityText(html);
  const fallback = article ? null : extractHtmlText(html);
  return {
    text: article?.text ?? fallback?.text ?? '',
    url: meta.canonicalUrl,
    title: meta.title ?? article?.title ?? fallback?.title ?? '',
    outlet: meta.outlet ?? article?.siteName ?? null,
    author: meta.author ?? article?.byline ?? null,
    date: meta.date ?? normalizeDate(article?.publishedTime ?? null),
    declaredLang: meta.lang ?? article?.lang ?? fallback?.lang ?? '',
  };
}
