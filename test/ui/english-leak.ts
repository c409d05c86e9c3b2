/**
 * Finds English reaching a French page: text (and the attributes a reader or a screen reader
 * meets: title, aria-label, placeholder, alt) outside any element marked with another `lang`
 * (an English name or description is data, marked as English, and fine), holding either a
 * message of the English table verbatim, or English words that French never uses. Used on the
 * UI rendered with the French table (test/ui/french-pages.test.tsx) and on the built
 * extension's pages in Chromium (test/e2e/french.chromium.e2e.ts).
 */

/**
 * English function words and UI words that are not French words: « a », « on », « an », « as »,
 * « or », « in », « file », « large », « long », « quota », « page », « source », « date » are left
 * out, being French too, and so are words a file's own vocabulary uses (name, text, list, entries:
 * field names and values, which pages show in <code lang="zxx">, and choices such as « name, admin, word »).
 */
export const ENGLISH_WORDS = new Set(
  (
    'the is are was were be been must not of and with without this that these those your you it its has have had from than more ' +
    'line column entry valid invalid required missing empty error errors failed cannot could should would which what when ' +
    'where please try again unknown expected too only into at by nothing kept imported storage ' +
    'disk written spelling spellings also loading added updated deleted'
  ).split(' '),
);

export interface Leak {
  where: string;
  text: string;
  why: string;
}

const ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt'] as const;

/** The language an element's text is in: its own or its nearest ancestor's `lang`. */
function langOf(el: Element | null): string {
  const marked = el?.closest('[lang]');
  return marked?.getAttribute('lang') ?? '';
}

function check(text: string, where: string, englishMessages: readonly string[], out: Leak[]): void {
  const trimmed = text.trim();
  if (!trimmed) return;
  const key = /\b(?:[a-z]+_[a-z]+[A-Za-z0-9_]*|[a-z]+(?:[A-Z][a-z0-9]+){2,})\b/.exec(trimmed);
  if (key) {
    out.push({ where, text: trimmed.slice(0, 120), why: `untranslated key “${key[0]}”` });
    return;
  }
  // Code samples of the file format ({"fr": …, "en": …}) are the file's words, not English.
  for (const word of trimmed.replace(/\{[^{}]*\}/g, ' ').toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []) {
    if (ENGLISH_WORDS.has(word)) {
      out.push({ where, text: trimmed.slice(0, 120), why: `English word “${word}”` });
      return;
    }
  }
  const message = englishMessages.find((m) => trimmed.includes(m));
  if (message) out.push({ where, text: trimmed.slice(0, 120), why: `English message “${message}”` });
}

/**
 * Every leak under `root` (a document, an element or a shadow root), in a page whose language
 * is `pageLang` ('fr'). `englishMessages` are the English table's messages that differ from the
 * French ones (placeholders cut out), long enough to mean something (≥ 2 words).
 */
export function findEnglish(root: ParentNode, englishMessages: readonly string[] = []): Leak[] {
  const out: Leak[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent && !['SCRIPT', 'STYLE'].includes(parent.tagName) && isFrench(langOf(parent))) check(node.textContent ?? '', describe(parent), englishMessages, out);
      return;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      for (const a of ATTRIBUTES) {
        const v = el.getAttribute(a);
        if (v && isFrench(langOf(el))) check(v, `${describe(el)}[${a}]`, englishMessages, out);
      }
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root as unknown as Node);
  return out;
}

/** Unmarked text counts as the page's (French) language; text marked fr-* too. */
function isFrench(lang: string): boolean {
  return lang === '' || lang.toLowerCase().startsWith('fr');
}

function describe(el: Element): string {
  const data = Array.from(el.attributes).find((a) => a.name.startsWith('data-'));
  return `<${el.tagName.toLowerCase()}${data ? ` ${data.name}="${data.value}"` : ''}>`;
}

/** The English table's messages worth looking for: placeholders cut, pieces of two words or more. */
export function englishPieces(en: Record<string, { message: string }>, fr: Record<string, { message: string }>): string[] {
  const pieces = new Set<string>();
  for (const [key, { message }] of Object.entries(en)) {
    if (fr[key]?.message === message) continue;
    for (const piece of message.split(/\$[A-Za-z0-9_]+\$|%s/)) {
      const p = piece.trim().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
      if (p.split(/\s+/).length >= 2) pieces.add(p);
    }
  }
  return [...pieces];
}
