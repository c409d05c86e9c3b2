/**
 * The background (Chrome service worker, Firefox event page): wires the message router,
 * the side panel, keyboard commands and tab life-cycle. Listeners are registered
 * synchronously at start-up so that a woken worker receives the event that woke it.
 */
import browser from 'webextension-polyfill';
import { createRouter } from '../messaging/router.ts';
import { toBackgroundValidators } from '../messaging/validators.ts';
import type { ToBackground } from '../messaging/protocol.ts';
import { KOREAN_STYLE_IDS } from '../core/settings.ts';
import type { Handlers } from '../messaging/protocol.ts';
import { baseHandlers } from './handlers.ts';
import { panelHandlers } from './panel-handlers.ts';
import { corpusHandlers } from './corpus/handlers.ts';
import { loadSettings, updateSettings } from './settings-store.ts';
import { clearReport } from './tab-reports.ts';
import { setUpPanelBehavior } from './side-panel.ts';

const backgroundHandlers: Handlers<ToBackground, browser.Runtime.MessageSender> = { ...baseHandlers, ...panelHandlers, ...corpusHandlers };
const route = createRouter<ToBackground, browser.Runtime.MessageSender>(backgroundHandlers, toBackgroundValidators);
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => route(message, sender));

void setUpPanelBehavior();

browser.tabs.onRemoved.addListener((tabId) => void clearReport(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) void clearReport(tabId);
});

browser.commands.onCommand.addListener(async (command, tab) => {
  const settings = await loadSettings();
  if (command === 'cycle-korean-style') {
    const i = KOREAN_STYLE_IDS.indexOf(settings.koreanStyle);
    await updateSettings({ koreanStyle: KOREAN_STYLE_IDS[(i + 1) % KOREAN_STYLE_IDS.length] });
  } else if (command === 'toggle-page' && tab?.url) {
    const host = new URL(tab.url).hostname;
    await backgroundHandlers['site/set-enabled']({ host, enabled: settings.disabledSites.includes(host) }, {} as browser.Runtime.MessageSender);
  }
});
