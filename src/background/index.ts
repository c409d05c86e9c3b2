/**
 * The background (Chrome service worker, Firefox event page) and its composition root: the one
 * place that holds state for the worker's life. It makes the core service from the browser's
 * ports, the stores around it, and wires the message router, the side panel, keyboard commands
 * and tab life-cycle. Listeners are registered synchronously at start-up so that a woken worker
 * receives the event that woke it.
 */
import browser from 'webextension-polyfill';
import { routerFor } from '../messaging/router.ts';
import { TO_BACKGROUND, type ToBackground } from '../messaging/to-background.ts';
import type { Handlers } from '../messaging/message-table.ts';
import { isAllowed } from '../messaging/senders.ts';
import { browserLanguage } from '../messaging/ui-strings.ts';
import { GloseApp } from '../core/app/glose-app.ts';
import { pageHandlers } from './page-handlers.ts';
import { callerOf, createRefusalLog } from './sender-policy.ts';
import { notifyTabsOfGlossary, notifyTabsOfSettings } from './settings-broadcast.ts';
import { browserPorts, lockStorageToExtension, watchUserGlossary } from './browser-ports.ts';
import { panelHandlers } from './panel-handlers.ts';
import { corpusHandlers } from './corpus/corpus-handlers.ts';
import { CorpusService } from './corpus/corpus-service.ts';
import { IdbCorpusStore } from './corpus/idb-store.ts';
import { userGlossaryHandlers } from './user-glossary-handlers.ts';
import { LinkChoicesStore } from './link-choices-store.ts';
import { TabReports } from './tab-reports.ts';
import { setUpPanelBehavior } from './side-panel.ts';
import { setUpCommands, setUpContextMenus } from './commands.ts';
import type { BackgroundContext } from './background-context.ts';

const store = new IdbCorpusStore();
const app = new GloseApp(browserPorts(store), browserLanguage);
const context: BackgroundContext = { app, corpus: new CorpusService(app, store), reports: new TabReports(), choices: new LinkChoicesStore() };

const backgroundHandlers: Handlers<ToBackground, browser.Runtime.MessageSender> = {
  ...pageHandlers(context),
  ...panelHandlers(context),
  ...corpusHandlers(context.corpus),
  ...userGlossaryHandlers(context),
};
const refuse = createRefusalLog();
const route = routerFor(TO_BACKGROUND, backgroundHandlers, (type, payload, sender: browser.Runtime.MessageSender) => {
  const caller = callerOf(sender);
  return isAllowed(TO_BACKGROUND, type, payload, caller) ? undefined : refuse(String(type), caller);
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
// Content scripts cannot watch storage: tell them settings changed.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.settings) void notifyTabsOfSettings(changes.settings);
});

void setUpPanelBehavior();
watchUserGlossary(app, notifyTabsOfGlossary);

browser.tabs.onRemoved.addListener((tabId) => void context.reports.clear(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) void context.reports.clear(tabId);
});

setUpCommands(context);
setUpContextMenus(context);
