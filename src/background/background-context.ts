/**
 * What the background's handlers are made from: the core service and the browser-side stores,
 * created once by the composition root (index.ts) and passed in, never held by a module.
 */
import type { GloseApp } from '../core/app/glose-app.ts';
import type { CorpusService } from './corpus/corpus-service.ts';
import type { LinkChoicesStore } from './link-choices-store.ts';
import type { TabReports } from './tab-reports.ts';

export interface BackgroundContext {
  app: GloseApp;
  corpus: CorpusService;
  reports: TabReports;
  choices: LinkChoicesStore;
}
