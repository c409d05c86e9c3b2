/**
 * Requests the side panel makes of the background beyond the base ones: full entry views,
 * search, scrolling the page to a mention. Answered by src/background/panel-handlers.ts.
 */
import type { UiLang } from '../core/glossary/types.ts';
import type { EntryFull, SearchHit } from '../core/app/views.ts';

export type PanelRequests = {
  'panel/entry': { req: { id: string; uiLang?: UiLang }; res: EntryFull | null };
  'panel/search': { req: { query: string; uiLang?: UiLang; limit?: number }; res: SearchHit[] };
  'panel/scroll-to': { req: { tabId: number; entryId: string }; res: { ok: boolean } };
};

export type { EntryFull, SearchHit };
