/**
 * What is not the article on a news page: navigation, asides, footers, ads, bylines, datelines,
 * « Lire aussi » boxes, comment threads. Rules as data, run by two small predicates: one on an
 * element's tag, role, class and id, one on a short block's text. Pure (strings in, boolean
 * out): the content script applies them inside the article body it reads; the whole-page
 * setting turns them off.
 *
 * Sources for the markup: HTML's sectioning elements (nav, aside, footer) and ARIA landmark
 * roles (WAI-ARIA 1.2: navigation, complementary, contentinfo, banner, search); the class and
 * id words are those news templates commonly use, the same families Readability's
 * "unlikely candidates" list names (ad, comment, related, share, social, sponsor…).
 */

/** Elements that are never the article's text, inside its body. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'FORM']);

/** ARIA landmark roles outside an article's own text (WAI-ARIA 1.2). */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alert']);

/**
 * Words of a class or id that mark furniture; matched as whole words of the attribute (split at
 * spaces, `-` and `_`), so « article__author » and « pub-top » match and « publication » does not.
 */
export const FURNITURE_WORDS: readonly string[] = [
  'ad', 'ads', 'advert', 'advertisement', 'adslot', 'pub', 'publicite', 'sponsor', 'sponsored', 'promo', 'banner',
  'byline', 'author', 'authors', 'signature', 'dateline', 'credits',
  'related', 'lireaussi', 'readmore', 'readalso', 'seealso', 'voiraussi', 'recommended', 'outbrain', 'taboola',
  'comment', 'comments', 'commentaires', 'reactions', 'disqus',
  'share', 'sharing', 'social', 'newsletter', 'breadcrumb', 'breadcrumbs', 'paywall', 'subscribe',
];

const WORDS = new Set(FURNITURE_WORDS);
/** Two-word forms written with a separator (« lire-aussi », « read_more »). */
const PAIRS = /(?:lire|voir)[-_ ]?aussi|read[-_ ]?(?:more|also)|see[-_ ]?also/i;

/** Whether an element (its tag in upper case, its role, class and id attributes) is page furniture. */
export function isFurnitureElement(tag: string, role: string | null, className: string | null, id: string | null): boolean {
  if (FURNITURE_TAGS.has(tag)) return true;
  if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  for (const attr of [className, id]) {
    if (!attr) continue;
    if (PAIRS.test(attr)) return true;
    for (const word of attr.toLowerCase().split(/[\s_-]+/)) if (WORDS.has(word)) return true;
  }
  return false;
}

/** The longest block whose text alone can mark it as furniture: a byline or a box title, not a paragraph. */
export const FURNITURE_TEXT_MAX = 160;

/**
 * Short blocks that are furniture by their words: « Lire aussi », "Read more" boxes; bylines
 * (« Par Isabelle Mandraud », "By Mikhail Orlov"); datelines (« Moscou, correspondance »,
 * « Séoul, envoyé spécial »).
 */
const FURNITURE_TEXTS: readonly RegExp[] = [
  /^\s*(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|également)\b/iu,
  /^\s*(?:read|see)\s+(?:more|also)\b/iu,
  /^\s*(?:[Pp]ar|[Bb]y)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*(?:[,(|–—-]|$)/u,
  /^\s*\p{Lu}[\p{L}'’ -]{1,40},\s*(?:correspondance|(?:de\s+notre\s+)?(?:correspondant|correspondante)|envoy[ée]e?\s+spéciale?)\b/iu,
];

export function isFurnitureText(text: string): boolean {
  if (text.length > FURNITURE_TEXT_MAX) return false;
  return FURNITURE_TEXTS.some((re) => re.test(text));
}
