/**
 * The background's answers to the side panel: a full entry (every romanisation, every
 * spelling with its origin, related entries), search, and scrolling a tab to a mention.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Handlers } from '../messaging/protocol.ts';
import type { PanelRequests } from '../messaging/panel-protocol.ts';
import { sendToTab } from '../messaging/client.ts';
import { listRomanizations } from '../core/glossary/spellings.ts';
import { listSpellings } from '../core/glossary/spellings.ts';
import { currentOfficePhrases } from '../core/glossary/roles.ts';
import { searchEntries } from '../core/search/search-entries.ts';
import { ensureGlossary, getEntry } from './glossary-store.ts';
import { loadSettings } from './settings-store.ts';
import { details, uiLangFor } from './handlers.ts';

/** The system ids that the reader's style settings select, to mark them in the table. */
function selectedSystems(korean: string, russian: string): Set<string> {
  return new Set([korean === 'press' ? 'press' : korean, russian === 'press' ? 'press' : russian]);
}

export const panelHandlers: Handlers<PanelRequests, Runtime.MessageSender> = {
  async 'panel/entry'({ id, uiLang }) {
    await ensureGlossary();
    const entry = getEntry(id);
    if (!entry) return null;
    const settings = await loadSettings();
    const lang = uiLangFor(settings, uiLang);
    const selected = selectedSystems(settings.koreanStyle, settings.russianStyle);
    return {
      ...details(entry, settings, lang),
      romanizations: listRomanizations(entry).map((r) => ({ ...r, selected: selected.has(r.system) })),
      spellings: [
        ...listSpellings(entry).map((s) => ({ text: s.text, kind: s.kind, ...(s.system ? { system: s.system } : {}) })),
        // The phrases of the offices it holds today (« porte-parole du Kremlin »): they stand for it now.
        ...currentOfficePhrases(entry, getEntry).map((a) => ({ text: a.text, kind: 'description' as const })),
        ...listRomanizations(entry).map((r) => ({ text: r.text, kind: 'romanization', system: r.system })),
      ].filter((s, i, all) => all.findIndex((o) => o.text === s.text) === i),
      related: (entry.related ?? []).flatMap((r) => {
        const other = getEntry(r.id);
        return other ? [{ id: r.id, rel: r.rel, ...(r.note ? { note: r.note } : {}), display: details(other, settings, lang).display, type: other.type }] : [];
      }),
    };
  },

  async 'panel/search'({ query, uiLang, limit }) {
    const settings = await loadSettings();
    const lang = uiLangFor(settings, uiLang);
    return searchEntries((await ensureGlossary()).entries, query, { limit: limit ?? 20 }).map((hit) => {
      const entry = getEntry(hit.id)!;
      return { id: hit.id, display: details(entry, settings, lang).display, type: entry.type, matched: hit.matched, score: hit.score };
    });
  },

  async 'panel/scroll-to'({ tabId, entryId }) {
    try {
      return await sendToTab(tabId, 'content/scroll-to', { entryId });
    } catch {
      return { ok: false };
    }
  },
};
