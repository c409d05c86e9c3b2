/**
 * What the background's handlers are made from: the core service and the browser-side stores,
 * created once by the composition root (index.ts) and passed in, never held by a module.
 */
import type { Runtime } from 'webextension-polyfill';
import type { GloseApp } from '../core/app/glose-app.ts';
import type { Handlers } from '../messaging/message-table.ts';
import type { ToBackground } from '../messaging/to-background.ts';
import type { CorpusService } from './corpus/corpus-service.ts';
import type { LinkChoicesStore } from './link-choices-store.ts';
import type { TabReports } from './tab-reports.ts';

export interface BackgroundContext {
  app: GloseApp;
  corpus: CorpusService;
  reports: TabReports;
  choices: LinkChoicesStore;
}

/** Handlers for some of the background's messages (each module answers its own). */
export type HandlersFor<K extends keyof ToBackground> = Handlers<Pick<ToBackground, K>, Runtime.MessageSender>;
