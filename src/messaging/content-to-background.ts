/**
 * Requests a content script may make of the background (extension pages may make them too):
 * what a page needs — its set-up and match table, an entry's card, the settings as its own page
 * sees them, the style switch and "off for this site" for its own site, its own tab's report.
 * One entry per message: its payload schema, its answer's type, who may send it.
 */
import { normalizeSite, type Settings } from '../core/settings.ts';
import { pageKey, type PageChoices } from '../core/link-choices.ts';
import { answer, message, type MapOf } from './message-table.ts';
import { array, boolean, empty, literal, nullable, number, object, optional, string, typed } from './schema.ts';
import { id, remoteCardTarget, tabId, uiLang, type EntryDetails, type PageReport, type PageSetup } from './shapes.ts';
import { CONTENT_PARTS, type ContentPart } from './content-parts.ts';

const url = string(9_999);
/** The settings keys a content script may change: the card's style switch. */
const CONTENT_SETTINGS_KEYS = new Set(['koreanStyle', 'russianStyle']);
/** A page's corrected links: its own page only, never another's (they say what the reader read). */
const ownPage = ({ url }: { url: string }, caller: { url: string }): boolean => pageKey(url) === pageKey(caller.url);

export const CONTENT_TO_BACKGROUND = {
  'page/setup': message({ req: object({ url }), res: answer<PageSetup>(), access: 'content' }),
  'page/report': message({
    req: typed<PageReport>(object({ url: string(), title: string(), lang: literal('fr', 'en'), entries: array(object({}), 5000), unknown: optional(array(object({ name: string(500, 1), origin: literal('ko', 'ru'), count: number() }), 5000)), total: number() })),
    res: answer<{ ok: true }>(),
    access: 'content',
  }),
  /** franc's verdict on a text sample (it runs in the background, too heavy for every page). */
  'page/language': message({ req: object({ sample: string(10_000), declared: string(100) }), res: answer<{ lang: 'fr' | 'en' | 'other' }>(), access: 'content' }),
  /**
   * The card's entry. `date`: the page's, so that the card says the offices held then; `also`:
   * the other entries the spelling may stand for, shown in the same style, in the same answer.
   */
  'entry/get': message({
    req: object({ id, uiLang, date: optional(string(10, 4, /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)), also: optional(array(id, 50)) }),
    res: answer<(EntryDetails & { also?: EntryDetails[] }) | null>(),
    access: 'content',
  }),
  'entries/get': message({ req: object({ ids: array(id, 5000), uiLang }), res: answer<EntryDetails[]>(), access: 'content' }),
  'settings/get': message({ req: empty, res: answer<Settings>(), access: 'content' }),
  'settings/update': message({
    req: object({ patch: typed<Partial<Settings>>(object({})) }),
    res: answer<Settings>(),
    access: ({ patch }) => Object.keys(patch).every((k) => CONTENT_SETTINGS_KEYS.has(k)),
  }),
  // "Off for this site" from the card, Alt+Shift+G: the page's own site, never another.
  'site/set-enabled': message({
    req: object({ host: string(), enabled: boolean }),
    res: answer<Settings>(),
    access: ({ host }, caller) => caller.host !== '' && normalizeSite(host) === caller.host,
  }),
  'tab/report': message({ req: object({ tabId }), res: answer<PageReport | null>(), access: ({ tabId }, caller) => caller.tabId !== null && tabId === caller.tabId }),
  'panel/open': message({ req: object({ entryId: optional(id) }), res: answer<{ ok: boolean }>(), access: 'content' }),
  /** From an iframe's content script: show (or hide, with null) the card in the top frame. */
  'frame/card': message({ req: object({ target: nullable(remoteCardTarget) }), res: answer<{ ok: boolean }>(), access: 'content' }),
  /** Injects a part of the content script (content-parts.ts) into the asking frame. */
  'part/load': message({ req: object({ part: literal(...(Object.keys(CONTENT_PARTS) as ContentPart[])) }), res: answer<{ ok: boolean }>(), access: 'content' }),
  /** The links the reader corrected on this page (spelling key → entry id). */
  'page/link-choices': message({ req: object({ url }), res: answer<{ choices: PageChoices }>(), access: ownPage }),
  /** The reader picked another entry for a name on the card: remember it for this page. */
  'page/choose-link': message({ req: object({ url, surface: string(300, 1), entry: id }), res: answer<{ ok: boolean }>(), access: ownPage }),
  /**
   * The card's « add » for a name without an entry: the options page opens its entry form with
   * the name and the guessed script (Hangul or Cyrillic only, or none).
   */
  'glossary/draft': message({
    req: object({ name: string(200, 1), origin: literal('ko', 'ru'), original: string(200, 0, /^[\p{Script=Hangul}\p{Script=Cyrillic} -]*$/u) }),
    res: answer<{ ok: boolean }>(),
    access: 'content',
  }),
  /** How many ingested sources mention an entry (the hover card's "cited by N sources"). */
  'corpus/count': message({ req: object({ entryId: id }), res: answer<{ sources: number }>(), access: 'content' }),
};

export type ContentToBackground = MapOf<typeof CONTENT_TO_BACKGROUND>;
