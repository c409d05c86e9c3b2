/**
 * Opening the reading companion: Chrome's side panel, Firefox's sidebar. The two APIs
 * differ and neither is in webextension-polyfill's types, so both are reached through
 * the small typed surfaces below.
 */
import browser from 'webextension-polyfill';

interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle?(): Promise<void>;
}

const chromeSidePanel = (): ChromeSidePanel | undefined =>
  (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const firefoxSidebar = (): FirefoxSidebarAction | undefined =>
  (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;

/** Chrome: the toolbar button opens the side panel. Firefox: the click handler below does. */
export async function setUpPanelBehavior(): Promise<void> {
  const panel = chromeSidePanel();
  if (panel) {
    await panel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => console.warn('[glose]', e));
    return;
  }
  browser.action.onClicked.addListener((tab) => {
    // Firefox: the sidebar. Firefox for Android has none: the panel page opens in a tab,
    // bound to the tab the reader was on.
    if (firefoxSidebar()) void firefoxSidebar()!.open();
    else void openPanel(tab.id, tab.windowId);
  });
}

/**
 * Opens the panel for a tab. Both browsers require a user gesture; a click in the hover card
 * relayed by message counts in current Chrome and Firefox. When refused, the panel page opens
 * in a tab of its own, bound to the reader's tab.
 */
export async function openPanel(tabId: number | undefined, windowId: number | undefined, entryId?: string): Promise<boolean> {
  try {
    const panel = chromeSidePanel();
    if (panel) {
      await panel.open(tabId !== undefined ? { tabId } : { windowId: windowId ?? -2 });
      return true;
    }
    const sidebar = firefoxSidebar();
    if (sidebar) {
      await sidebar.open();
      return true;
    }
  } catch (error) {
    console.debug('[glose] panel refused, opening a tab instead', error);
  }
  const params = new URLSearchParams();
  if (tabId !== undefined) params.set('tab', String(tabId));
  if (entryId) params.set('entry', entryId);
  await browser.tabs.create({ url: browser.runtime.getURL(`src/sidepanel/index.html?${params.toString()}`) });
  return false;
}
