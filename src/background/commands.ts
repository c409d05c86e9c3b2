/**
 * Keyboard shortcuts (commands API) and context-menu items: cycle the Korean style, turn
 * Glose on or off for the site, move through the page's names, look a selection up.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { KOREAN_STYLE_IDS, isSiteDisabled } from '../core/settings.ts';
import { searchEntries } from '../core/search/search-entries.ts';
import { sendToTab } from '../messaging/client.ts';
import { loadSettings, updateSettings } from './settings-store.ts';
import { getGlossary } from './glossary-store.ts';
import { openPanel } from './side-panel.ts';
import { PENDING_ENTRY_KEY } from './handlers.ts';
import { broadcastToPanels } from '../messaging/client.ts';
import { ingestTab } from './corpus/handlers.ts';

const MENU_LOOK_UP = 'glose-look-up';
const MENU_TOGGLE_SITE = 'glose-toggle-site';
const MENU_INGEST = 'glose-ingest';

async function toggleSite(tab: Tabs.Tab | undefined): Promise<void> {
  if (!tab?.url) return;
  let host: string;
  try {
    host = new URL(tab.url).hostname;
  } catch {
    return;
  }
  if (!host) return;
  const settings = await loadSettings();
  const site = host.replace(/^www\./, '');
  const disabled = isSiteDisabled(settings, host);
  await updateSettings({ disabledSites: disabled ? settings.disabledSites.filter((s) => s !== site) : [...settings.disabledSites, site] });
}

export function setUpCommands(): void {
  // Firefox for Android has no keyboard shortcuts (no commands API): nothing to listen to.
  if (!(browser as { commands?: unknown }).commands) return;
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === 'cycle-korean-style') {
      const settings = await loadSettings();
      const i = KOREAN_STYLE_IDS.indexOf(settings.koreanStyle);
      await updateSettings({ koreanStyle: KOREAN_STYLE_IDS[(i + 1) % KOREAN_STYLE_IDS.length] });
    } else if (command === 'toggle-page') {
      await toggleSite(tab);
    } else if (command === 'next-name' && tab?.id !== undefined) {
      await sendToTab(tab.id, 'content/next-mention', { step: 1 }).catch(() => undefined);
    }
  });
}

/** Ingests from the context menu; the badge says how it went (the panel, if open, shows the result too). */
async function ingestFromMenu(tabId: number): Promise<void> {
  const result = await ingestTab(tabId);
  const text = result.ok ? '+' : '!';
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: result.ok ? `Glose: ${result.title} (${result.mentions})` : `Glose: ${result.error}` }).catch(() => undefined);
  // Then back to the page's count of names.
  setTimeout(() => void sendToTab(tabId, 'content/report-again', {}).catch(() => browser.action.setBadgeText({ tabId, text: '' })), 4000);
}

export function setUpContextMenus(): void {
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
      const opened = openPanel(tab?.id, tab?.windowId);
      const hit = searchEntries(getGlossary().entries, (info.selectionText ?? '').slice(0, 200), { limit: 1 })[0];
      if (hit) {
        void browser.storage.session?.set({ [PENDING_ENTRY_KEY]: hit.id });
        void opened.then(() => broadcastToPanels('panel/show-entry', { entryId: hit.id }));
      }
    } else if (info.menuItemId === MENU_TOGGLE_SITE) {
      void toggleSite(tab);
    } else if (info.menuItemId === MENU_INGEST && tab?.id !== undefined) {
      void ingestFromMenu(tab.id);
    }
  });
}
