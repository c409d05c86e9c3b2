/**
 * Where the article is: the page's body of text, read by default instead of the whole page so
 * that navigation, headers, footers, asides, ads and comment threads stay unmarked. Found
 * cheaply, in this order: the one substantial <article>; the one <main> (or role="main"); the
 * block that holds most of the page's paragraph text (a Readability-like measure of text density:
 * each <p>'s length counts for its parent and half for its grandparent). A page where none of
 * these is clear (a home page of teasers, a forum) returns null: it is read whole, as before.
 */
import { isFurnitureElement, isFurnitureText } from '../core/html/page-furniture.ts';

/** Fewer characters than this is a teaser or a caption, not an article. */
const MIN_BODY_CHARS = 400;
/** The densest block must hold at least this share of the page's paragraph text. */
const MIN_DENSITY_SHARE = 0.5;
/** Paragraphs read for the density measure (a page of 30,000 stops here; the body is near the top anyway). */
const MAX_PARAGRAPHS = 2000;

/** Enough text to be an article: two paragraphs side by side, or MIN_BODY_CHARS of text. */
function isSubstantial(el: Element): boolean {
  return el.querySelector('p ~ p') !== null || (el.textContent?.length ?? 0) >= MIN_BODY_CHARS;
}

/** The only element of `list` that is substantial and not inside another one; null if none or several. */
function onlyOne(list: Iterable<Element>): Element | null {
  const found = [...list].filter(isSubstantial);
  const outer = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
  return outer.length === 1 ? outer[0]! : null;
}

function densest(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  let total = 0;
  const paragraphs = doc.body.getElementsByTagName('p');
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i]!;
    const len = p.textContent?.trim().length ?? 0;
    if (len < 25) continue;
    total += len;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand && grand !== doc.body) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  if (!best || total < MIN_BODY_CHARS) return null;
  // Its share of all the paragraph text, counting its own paragraphs at any depth.
  let own = 0;
  for (let i = 0; i < n; i++) if (best.contains(paragraphs[i]!)) own += paragraphs[i]!.textContent?.trim().length ?? 0;
  return own >= total * MIN_DENSITY_SHARE && best !== doc.body ? best : null;
}

/** The article's body on this page, or null where there is no clear one (the page is read whole). */
export function findArticleBody(doc: Document): Element | null {
  if (!doc.body) return null;
  return onlyOne(doc.body.getElementsByTagName('article')) ?? onlyOne(doc.querySelectorAll('main, [role="main"]')) ?? densest(doc);
}

/** Whether an element inside the body is furniture (a nav, an ad, a byline, comments…). */
export function isFurniture(el: Element): boolean {
  return isFurnitureElement(el.tagName.toUpperCase(), el.getAttribute('role'), el.getAttribute('class'), el.id || null);
}

/** Whether a block's text alone marks it as furniture (« Lire aussi », a byline, a dateline). */
export { isFurnitureText };
