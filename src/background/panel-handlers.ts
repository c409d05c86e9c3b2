/**
 * The background's answers to the side panel: a full entry (every romanisation, every
 * spelling with its origin, related entries), search, and scrolling a tab to a mention.
 */
import { sendToTab } from '../messaging/client.ts';
import type { BackgroundContext, HandlersFor } from './background-context.ts';

export function panelHandlers({ app }: BackgroundContext): HandlersFor<'panel/entry' | 'panel/search' | 'panel/scroll-to'> {
  return {
    'panel/entry': ({ id, uiLang }) => app.entryFull(id, uiLang),

    'panel/search': ({ query, uiLang, limit }) => app.search(query, uiLang, limit),

    'panel/scroll-to': ({ tabId, entryId }) => sendToTab(tabId, 'content/scroll-to', { entryId }).catch(() => ({ ok: false })),
  };
}
