/**
 * How news pages write their byline and dateline in visible text, as data: the labels that
 * open an author (« Par Jean Dupont », "By Jane Roe"), the labels that give a publication or
 * an update date (« Publié le 6 mars 2024 », « Mis à jour le … », "Published March 6, 2024"),
 * and the shape of an agency dateline (« SÉOUL, 6 mars 2024 (AFP) – »). visible-metadata.ts
 * runs them. Each rule says where the convention comes from.
 */

export type DateRole = 'published' | 'modified';

export interface DateLabelRule {
  /** The label, matched anywhere in a short line; the date follows it. */
  label: RegExp;
  role: DateRole;
  /** How an all-numeric date after this label reads (06/03/2024), or null where it is ambiguous. */
  numeric: 'dmy' | null;
  why: string;
}

export const DATE_LABELS: readonly DateLabelRule[] = [
  {
    label: /\b(?:publi[ée]e?|mis en ligne|paru(?:e)?)(?:\s+le)?\s+(?=\d|le\b|\p{L}+\s+\d)/iu,
    role: 'published',
    numeric: 'dmy',
    why: 'French news sites print « Publié le 6 mars 2024 à 10 h 12 » or « Mis en ligne le 06/03/2024 »; French writes numeric dates day/month/year (Imprimerie nationale, Lexique des règles typographiques).',
  },
  {
    label: /\b(?:mis à jour|actualis[ée]e?|modifi[ée]e?|dernière mise à jour)(?:\s+le)?\s+(?=\d|le\b|\p{L}+\s+\d)/iu,
    role: 'modified',
    numeric: 'dmy',
    why: '« Mis à jour le … » dates a correction, not the publication: used only to keep it from being read as the publication date.',
  },
  {
    label: /\b(?:first\s+)?(?:published|posted)(?:\s+on)?\s+(?=\d|\p{L}+\s+\d)/iu,
    role: 'published',
    numeric: null,
    why: 'English bylines print "Published March 6, 2024" or "Posted 6 March 2024"; 06/03/2024 is 6 March in British usage and June 3 in American usage (AP Stylebook, Guardian style guide), so numbers alone are left unread.',
  },
  {
    label: /\b(?:last\s+)?(?:updated|modified)(?:\s+on)?\s+(?=\d|\p{L}+\s+\d)/iu,
    role: 'modified',
    numeric: null,
    why: '"Updated March 7, 2024" dates a revision, not the publication.',
  },
];

export interface AuthorLabelRule {
  /** Opens a byline line; the author's name follows. */
  label: RegExp;
  why: string;
}

export const AUTHOR_LABELS: readonly AuthorLabelRule[] = [
  {
    label: /^(?:propos recueillis par|texte|reportage|une enquête de)\s*:?\s+/iu,
    why: 'French interview and feature credits: « Propos recueillis par … », « Texte : … ».',
  },
  {
    label: /^(?:De notre (?:envoy[ée]e?|correspondante?)(?: spéciale?| permanente?)?(?: (?:à|en|au) [\p{Lu}][\p{L}’'-]*(?: [\p{Lu}][\p{L}’'-]*)*)?,?|Par)\s+/u,
    why: 'French bylines open with « Par » (Le Monde, Libération, AFP dispatches) or « De notre correspondant à Séoul, »; « Par » is matched with its capital only, so « par ailleurs » in running text is not a byline.',
  },
  {
    label: /^(?:written by|reporting by|words by|by)\s+/iu,
    why: 'English bylines: "By Jane Roe", "Reporting by …" (AP Stylebook, Reuters credits).',
  },
];

/**
 * A name in a byline: capitalised words, with the particles of French, Dutch, German, Arabic
 * and Spanish names in lower case between them, and several authors joined by « et », "and",
 * "&" or a comma. The name stops at anything else (« , publié le… », « · », a date).
 */
export const NAME_WORD = /[\p{Lu}][\p{L}\p{M}’'.-]*/u;
export const NAME_PARTICLES: readonly string[] = ['de', 'du', 'des', 'd’', "d'", 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ben', 'y', 'da', 'dos'];
export const NAME_JOINERS: readonly string[] = ['et', 'and', '&', ','];

/** Lines longer than this are running text, not a byline or a date line. */
export const BYLINE_MAX_CHARS = 160;

/**
 * An agency dateline at the head of a dispatch: a place in capitals, an optional date, the
 * agency in parentheses, then a dash — « SÉOUL, 6 mars 2024 (AFP) – », "SEOUL, March 6, 2024
 * (AP) —" (AFP and AP house style; Reuters writes "SEOUL, March 6 (Reuters) -", without the
 * year, whose date is then left unknown). The agency is the article's author.
 */
export const DATELINE = /^\s*([\p{Lu}][\p{Lu}\p{M}’' .-]{1,40}?)\s*(?:[,/]\s*([^()]{3,40}?))?\s*\(\s*([\p{Lu}][\p{L}.&-]{1,20}(?:[ /][\p{Lu}][\p{L}.&-]*){0,2})\s*\)\s*[-–—]/u;
