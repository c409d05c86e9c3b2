/**
 * The reader's corrections of links (issue 19): on a page where « Kim » was linked to Kim Jong-un,
 * the reader picks Kim Yo-jong on the card; every « Kim » of that page linked the same way is
 * re-linked, and the choice is remembered for that page (the address without its fragment). A
 * choice applies only where the spelling may stand for the chosen entry (its candidates or
 * alternatives): a page that changed never gets a name linked to someone it cannot be.
 */
import type { Mention } from './match/mention.ts';
import { phraseKey } from './text/fold.ts';

/** Spelling key (folded) → the entry the reader chose, for one page. */
export type PageChoices = Record<string, string>;

/** Every page's choices, with when they were last changed (for eviction). */
export type ChoiceStore = Record<string, { at: number; choices: PageChoices }>;

/** Pages remembered at most: the oldest go first. */
export const MAX_PAGES = 500;
/** Choices per page at most. */
export const MAX_CHOICES_PER_PAGE = 200;

/** The page an address stands for: without its fragment (a reader's jump inside the article). */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export function choiceKey(surface: string): string {
  return phraseKey(surface);
}

/** The entries a mention's spelling may stand for. */
export function possibleEntries(m: Pick<Mention, 'entry' | 'candidates' | 'alternatives'>): string[] {
  return [m.entry, ...(m.candidates ?? []), ...(m.alternatives ?? [])].filter((id, i, all) => all.indexOf(id) === i);
}

/** The mention as the reader's choices link it (the same object when no choice applies). */
export function applyChoice<M extends Pick<Mention, 'surface' | 'entry' | 'candidates' | 'alternatives'>>(m: M, choices: PageChoices): M {
  const chosen = choices[choiceKey(m.surface)];
  if (!chosen || chosen === m.entry || !possibleEntries(m).includes(chosen)) return m;
  const others = possibleEntries(m).filter((id) => id !== chosen);
  const { candidates: _c, ...rest } = m;
  return { ...(rest as M), entry: chosen, alternatives: others };
}

/** The store with a choice recorded (a new object; the oldest pages dropped past MAX_PAGES). */
export function rememberChoice(store: ChoiceStore, url: string, surface: string, entry: string, now: number): ChoiceStore {
  const page = pageKey(url);
  const choices = { ...(store[page]?.choices ?? {}), [choiceKey(surface)]: entry };
  const keys = Object.keys(choices);
  if (keys.length > MAX_CHOICES_PER_PAGE) delete choices[keys[0]!];
  const next: ChoiceStore = { ...store, [page]: { at: now, choices } };
  const pages = Object.keys(next);
  if (pages.length > MAX_PAGES) {
    pages.sort((a, b) => next[a]!.at - next[b]!.at);
    for (const p of pages.slice(0, pages.length - MAX_PAGES)) delete next[p];
  }
  return next;
}
