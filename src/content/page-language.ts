/**
 * Decides whether a page is French or English: `<html lang>` first; when it is missing,
 * not French or English, or contradicted by a quick look at common words, the text sample
 * goes to franc. franc is the heaviest part of language handling, so it runs in the
 * background (`page/language`), not in every page: the content script ships as one file with
 * nothing web-accessible, and cannot load it lazily.
 */
export type PageLang = 'fr' | 'en' | 'other';

const FR = new Set(['le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'dans', 'pour', 'que', 'qui', 'sur', 'pas', 'avec', 'il', 'elle', 'ont', 'au', 'aux']);
const EN = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'with', 'on', 'was', 'as', 'are', 'by', 'his', 'her', 'has', 'have', 'it', 'from']);

/** 'fr' | 'en' when common words say so clearly, null when unsure. */
export function quickGuess(sample: string): 'fr' | 'en' | null {
  let fr = 0;
  let en = 0;
  for (const w of sample.toLowerCase().match(/[a-zàâçéèêëîïôûùüÿœ']+/g) ?? []) {
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  if (fr + en < 8) return null;
  if (fr > en * 2) return 'fr';
  if (en > fr * 2) return 'en';
  return null;
}

export type LanguageDetector = (sample: string, declared: string) => Promise<PageLang>;

export async function decidePageLanguage(declared: string, sample: string, detect: LanguageDetector): Promise<PageLang> {
  const base = declared.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const quick = quickGuess(sample);
  if ((base === 'fr' || base === 'en') && (quick === null || quick === base)) return base;
  if (!base && quick) return quick;
  return detect(sample, declared);
}

/**
 * The first `max` characters of the page's text, for the language decision: read from text
 * nodes in document order, skipping what the scanner skips (scripts, styles, hidden and
 * editable parts). `innerText` would lay out and stringify the whole page first, which takes
 * a long task on a page of 100,000 elements.
 */
export function textSample(root: Node, max: number, skip: (el: Element) => boolean): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === Node.ELEMENT_NODE ? (skip(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT),
  });
  let sample = '';
  for (let node = walker.nextNode(); node && sample.length < max; node = walker.nextNode()) {
    const text = (node as Text).data;
    if (/\S/.test(text)) sample += `${text.replace(/\s+/g, ' ')} `;
  }
  return sample.slice(0, max);
}
