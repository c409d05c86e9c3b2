/**
 * Keyboard shortcuts (commands API) and context-menu items: cycle the Korean style, turn
 * Glose on or off for the site, move through the page's names, look a selection up.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { broadcastToPanels, sendToTab } from '../messaging/client.ts';
import { PENDING_ENTRY_KEY } from '../messaging/panel-keys.ts';
import { openPanel } from './side-panel.ts';
import { ingestTab } from './corpus/corpus-handlers.ts';
import type { BackgroundContext } from './background-context.ts';

const MENU_LOOK_UP = 'glose-look-up';
const MENU_TOGGLE_SITE = 'glose-toggle-site';
const MENU_INGEST = 'glose-ingest';

const toggleSite = async ({ app }: BackgroundContext, tab: Tabs.Tab | undefined): Promise<void> => {
  if (tab?.url) await app.toggleSiteOf(tab.url);
};

export function setUpCommands(context: BackgroundContext): void {
  // Firefox for Android has no keyboard shortcuts (no commands API): nothing to listen to.
  if (!(browser as { commands?: unknown }).commands) return;
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === 'cycle-korean-style') await context.app.cycleStyle('korean');
    else if (command === 'toggle-page') await toggleSite(context, tab);
    else if (command === 'next-name' && tab?.id !== undefined) await sendToTab(tab.id, 'content/next-mention', { step: 1 }).catch(() => undefined);
  });
}

/** Ingests from the context menu; the badge says how it went (the panel, if open, shows the result too). */
async function ingestFromMenu(context: BackgroundContext, tabId: number): Promise<void> {
  const result = await ingestTab(context.corpus, tabId);
  const text = result.ok ? '+' : '!';
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: result.ok ? `Glose: ${result.title} (${result.mentions})` : `Glose: ${result.error}` }).catch(() => undefined);
  // Then back to the page's count of names.
  setTimeout(() => void sendToTab(tabId, 'content/report-again', {}).catch(() => browser.action.setBadgeText({ tabId, text: '' })), 4000);
}

/** Looks a selection up and shows the best hit in the panel, opened at once. */
async function lookUp(context: BackgroundContext, opened: Promise<boolean>, selection: string): Promise<void> {
  const [hit] = await context.app.search(selection.slice(0, 200), undefined, 1);
  if (!hit) return;
  // Kept for the panel still opening, then broadcast to it once open.
  const kept = browser.storage.session?.set({ [PENDING_ENTRY_KEY]: hit.id });
  await opened;
  await kept;
  await broadcastToPanels('panel/show-entry', { entryId: hit.id });
}

export function setUpContextMenus(context: BackgroundContext): void {
  // Firefox for Android has no context menus.
  if (!(browser as { contextMenus?: unknown }).contextMenus) return;
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_LOOK_UP, title: browser.i18n.getMessage('menuLookUp'), contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU_TOGGLE_SITE, title: browser.i18n.getMessage('actionMenuToggleSite'), contexts: ['action'] });
      browser.contextMenus.create({ id: MENU_INGEST, title: browser.i18n.getMessage('menuIngest'), contexts: ['page', 'action'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_LOOK_UP) {
      // Open first: the gesture that allows it does not survive an await.
      void lookUp(context, openPanel(tab?.id, tab?.windowId), info.selectionText ?? '');
    } else if (info.menuItemId === MENU_TOGGLE_SITE) {
      void toggleSite(context, tab);
    } else if (info.menuItemId === MENU_INGEST && tab?.id !== undefined) {
      void ingestFromMenu(context, tab.id);
    }
  });
}
