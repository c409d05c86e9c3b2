/**
 * The background (Chrome service worker, Firefox event page): wires the message router,
 * the side panel, keyboard commands and tab life-cycle. Listeners are registered
 * synchronously at start-up so that a woken worker receives the event that woke it.
 */
import browser from 'webextension-polyfill';
import { createRouter } from '../messaging/router.ts';
import { toBackgroundValidators } from '../messaging/validators.ts';
import type { ToBackground } from '../messaging/protocol.ts';
import type { Handlers } from '../messaging/protocol.ts';
import { baseHandlers } from './handlers.ts';
import { BACKGROUND_ACCESS, isAllowed } from '../messaging/access.ts';
import { callerOf, refuse } from './callers.ts';
import { lockStorageToExtension, notifyTabsOfSettings } from './settings-store.ts';
import { panelHandlers } from './panel-handlers.ts';
import { corpusHandlers } from './corpus/handlers.ts';
import { userGlossaryHandlers } from './user-glossary-handlers.ts';
import { watchUserGlossary } from './glossary-store.ts';
import { clearReport } from './tab-reports.ts';
import { setUpPanelBehavior } from './side-panel.ts';
import { setUpCommands, setUpContextMenus } from './commands.ts';

const backgroundHandlers: Handlers<ToBackground, browser.Runtime.MessageSender> = {
  ...baseHandlers,
  ...panelHandlers,
  ...corpusHandlers,
  ...userGlossaryHandlers,
};
const route = createRouter<ToBackground, browser.Runtime.MessageSender>(backgroundHandlers, toBackgroundValidators, (type, payload, sender) => {
  const caller = callerOf(sender);
  return isAllowed(BACKGROUND_ACCESS, type, payload, caller) ? undefined : refuse(String(type), caller);
});
// A request that fails answers with an Error the sender can read: storage fails with
// DOMExceptions or bare events, which the polyfill would turn into "rejected without an Error".
const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String((error as { message?: unknown } | null)?.message ?? (error as { name?: unknown } | null)?.name ?? error));

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  route(message, sender)?.catch((error: unknown) => {
    throw asError(error);
  }),
);

// Before anything else: web pages' content scripts must not read or write storage directly.
void lockStorageToExtension();
// Content scripts cannot watch storage: tell them settings changed (they ask for their view).
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.settings) void notifyTabsOfSettings();
});

void setUpPanelBehavior();
watchUserGlossary();

browser.tabs.onRemoved.addListener((tabId) => void clearReport(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) void clearReport(tabId);
});

setUpCommands();
setUpContextMenus();
