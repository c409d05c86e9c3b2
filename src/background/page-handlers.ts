/**
 * The background's answers to pages and the extension's own pages: set-up, entries as shown,
 * settings, sites, tabs, the card's parts. One-line adapters over the core service where the
 * decision is the product's; the browser calls (tabs, scripting, the panel) stay here.
 */
import browser from 'webextension-polyfill';
import type { CONTENT_TO_BACKGROUND } from '../messaging/content-to-background.ts';
import { broadcastToPanels, sendToTab } from '../messaging/client.ts';
import { CONTENT_PARTS } from '../messaging/content-parts.ts';
import { PENDING_ENTRY_KEY } from '../messaging/panel-keys.ts';
import { isSiteDisabled } from '../core/settings.ts';
import { siteOf } from '../core/app/sites.ts';
import { detectLanguage } from '../core/text/language.ts';
import { openPanel } from './side-panel.ts';
import { settingsFor } from './sender-policy.ts';
import type { BackgroundContext, HandlersFor } from './background-context.ts';

type PageRequest = Exclude<keyof typeof CONTENT_TO_BACKGROUND, 'corpus/count' | 'glossary/draft'> | 'tab/active';

export function pageHandlers({ app, reports, choices }: BackgroundContext): HandlersFor<PageRequest> {
  return {
    async 'page/setup'({ url }, sender) {
      const settings = settingsFor(await app.settings(), sender);
      const site = siteOf(url);
      if (site === null) return { enabled: false, settings, reason: 'unsupported' };
      if (isSiteDisabled(settings, site)) return { enabled: false, settings, reason: 'site-disabled' };
      const g = await app.glossary.current();
      return { enabled: true, settings, table: g.table, types: g.types, glossaryVersion: g.version };
    },

    async 'page/report'(report, sender) {
      const tabId = sender.tab?.id;
      // Only the top frame speaks for the tab; iframes report through it in a later layer.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { ok: true };
      await reports.set(tabId, { ...report, at: app.ports.clock.now() });
      await broadcastToPanels('panel/tab-updated', { tabId });
      return { ok: true };
    },

    'page/language': ({ sample, declared }) => ({ lang: detectLanguage(sample, declared) }),

    'page/link-choices': async ({ url }) => ({ choices: await choices.choicesFor(url) }),

    async 'page/choose-link'({ url, surface, entry }) {
      if (!(await app.glossary.entry(entry))) return { ok: false };
      await choices.chooseLink(url, surface, entry);
      return { ok: true };
    },

    async 'entry/get'({ id, uiLang, date, also }) {
      const details = await app.entry(id, uiLang, date);
      return details && also ? { ...details, also: await app.entries(also, uiLang) } : details;
    },

    'entries/get': ({ ids, uiLang }) => app.entries(ids, uiLang),

    'settings/get': async (_, sender) => settingsFor(await app.settings(), sender),

    'settings/update': async ({ patch }, sender) => settingsFor(await app.updateSettings(patch), sender),

    'site/set-enabled': async ({ host, enabled }, sender) => settingsFor(await app.setSiteEnabled(host, enabled), sender),

    'tab/report': ({ tabId }) => reports.get(tabId),

    async 'tab/active'() {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      return { tabId: tab?.id ?? null };
    },

    async 'frame/card'({ target }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.frameId) return { ok: false };
      await sendToTab(tabId, 'content/remote-card', { target }, 0).catch(() => undefined);
      return { ok: true };
    },

    async 'part/load'({ part }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      // Into the asking document only (Chrome names it; Firefox has the frame), never another.
      const { documentId } = sender as { documentId?: string };
      const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
      await browser.scripting.executeScript({ target: target as { tabId: number; frameIds: number[] }, files: [CONTENT_PARTS[part]] });
      return { ok: true };
    },

    async 'panel/open'({ entryId }, sender) {
      // Open first: the user gesture that allows it does not survive an await.
      const opened = openPanel(sender.tab?.id, sender.tab?.windowId, entryId);
      if (entryId) await showInPanel(entryId);
      return { ok: await opened };
    },
  };
}

/** Asks the panel to show an entry: kept for a panel still opening, broadcast to one already open. */
export async function showInPanel(entryId: string): Promise<void> {
  await browser.storage.session?.set({ [PENDING_ENTRY_KEY]: entryId }).catch(() => undefined);
  await broadcastToPanels('panel/show-entry', { entryId });
}
