/**
 * The visible article text of an HTML file or page (the command line's `scan`, and the
 * fallback of article.ts when Readability finds nothing): the <article> (or <main>,
 * or the body), without scripts, styles, navigation, forms or hidden elements, one paragraph
 * per block element, white space collapsed as a browser renders it.
 */
import { parseHTML } from 'linkedom';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'form', 'button', 'select', 'textarea',
  'input', 'iframe', 'object', 'canvas', 'video', 'audio', 'code', 'pre', 'head',
]);
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'article',
  'section', 'main', 'header', 'footer', 'aside', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'caption',
  'summary', 'details', 'address', 'body', 'hr',
]);

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MinimalNode>;
  getAttribute?: (name: string) => string | null;
  hasAttribute?: (name: string) => boolean;
}

export interface HtmlDocumentText {
  text: string;
  title: string;
  lang: string;
}

export function extractHtmlText(html: string): HtmlDocumentText {
  const doc = parseHTML(html).document;
  const root = (doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.body ?? doc.documentElement) as unknown as MinimalNode;
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: MinimalNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (node.hasAttribute?.('hidden') || node.getAttribute?.('aria-hidden') === 'true') return;
    const style = node.getAttribute?.('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return;
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return {
    text: blocks.join('\n\n'),
    title: (doc.querySelector('title')?.textContent ?? '').trim(),
    lang: doc.documentElement?.getAttribute('lang') ?? '',
  };
}
