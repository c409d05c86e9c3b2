/**
 * Opening the card of a name without an entry, in the card part (so that the start-up script
 * only says which name and where): the unknown-name part is loaded for the script guess and
 * the name in the reader's style, and the « add » button hands the draft to the background,
 * which opens the options page's form with it.
 */
import type { UnknownName } from '../../core/match/mention.ts';
import type { Settings } from '../../core/settings.ts';
import { resolveUiLang } from '../../core/i18n.ts';
import { browserLanguage } from '../../messaging/extension-api.ts';
import { sendToBackground } from '../../messaging/client.ts';
import { translatorFor } from '../../messaging/ui-strings.ts';
import { loadPart } from '../parts.ts';
import { showUnknownCard } from './card-host.tsx';

export interface UnknownCardRequest {
  surface: string;
  unknown: UnknownName;
  pageLang: 'fr' | 'en';
  settings: Settings;
  /** The page's spellings of each mention of the same name, this one included. */
  same: readonly string[];
  /** Whether the card is still wanted once the part has loaded (the pointer may have moved on). */
  isCurrent: () => boolean;
  onClose: () => void;
}

/** Shows the card; false when it was no longer wanted. */
export async function openUnknownCard(doc: Document, anchor: DOMRect, r: UnknownCardRequest): Promise<boolean> {
  const { unknownNameView } = await loadPart('unknown');
  if (!r.isCurrent()) return false;
  const { settings } = r;
  const uiLang = resolveUiLang(settings.uiLang, browserLanguage());
  showUnknownCard(doc, anchor, {
    view: unknownNameView(r.surface, r.unknown.origin, r.pageLang, { korean: settings.koreanStyle, russian: settings.russianStyle }, uiLang, r.unknown),
    uiLang,
    t: translatorFor(uiLang),
    onPage: { count: Math.max(1, r.same.length), spellings: [...new Set(r.same)] },
    onAdd: (view) => void sendToBackground('glossary/draft', { name: view.surface, origin: view.origin, original: view.guess.original }).catch(() => undefined),
    onClose: r.onClose,
  });
  return true;
}
