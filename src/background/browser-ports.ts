/**
 * The core service's ports over the browser: settings and the reader's own entries in
 * browser.storage.local (one key each), the corpus in IndexedDB, the system clock. The options
 * page may change the reader's entries directly in storage: the glossary is read again then.
 */
import browser from 'webextension-polyfill';
import type { MatchTable } from '../core/match/index.ts';
import { BUILTIN_ENTRIES } from '../data/glossary/index.ts';
import type { AppPorts } from '../core/app/ports.ts';
import { systemClock } from '../core/app/ports.ts';
import type { GloseApp } from '../core/app/glose-app.ts';
import type { CorpusStore } from '../core/corpus/types.ts';

/**
 * The built-in glossary's table and version, compiled by the build (vite.config.ts): parsed on
 * first use, not compiled at every start of the worker. Absent when the sources run unbuilt.
 */
declare const __GLOSE_BUILTIN_COMPILED__: string | undefined;
function builtinCompiled(): { table: MatchTable; version: string } | null {
  return typeof __GLOSE_BUILTIN_COMPILED__ === 'string' ? (JSON.parse(__GLOSE_BUILTIN_COMPILED__) as { table: MatchTable; version: string }) : null;
}

export const SETTINGS_KEY = 'settings';
export const USER_GLOSSARY_KEY = 'userGlossary';

const readKey = async (key: string): Promise<unknown> => (await browser.storage.local.get(key))[key];

export function browserPorts(corpus: CorpusStore): AppPorts {
  return {
    settings: { read: () => readKey(SETTINGS_KEY), write: (changed) => browser.storage.local.set({ [SETTINGS_KEY]: changed }) },
    glossary: { builtin: BUILTIN_ENTRIES, builtinCompiled, readUser: () => readKey(USER_GLOSSARY_KEY), writeUser: (user) => browser.storage.local.set({ [USER_GLOSSARY_KEY]: user }) },
    corpus,
    clock: systemClock,
  };
}

/**
 * The reader's entries changed (here or in another context): rebuild, in the background, then
 * `onRebuilt` (the open pages read themselves again with them: an entry added from a card is
 * found on its page without a reload).
 */
export function watchUserGlossary(app: GloseApp, onRebuilt: () => Promise<void> = async () => undefined): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[USER_GLOSSARY_KEY]) {
      app.glossary.invalidate();
      void app.glossary.current().then(onRebuilt, () => undefined);
    }
  });
}

/**
 * Keeps storage to the extension's own pages and worker: a page's content script world could
 * otherwise read the reader's entries and settings, or write them, without asking the
 * background. Chromium supports this for every area; where a browser does not (Firefox), the
 * call fails and the README's privacy section says what that leaves.
 */
export async function lockStorageToExtension(): Promise<void> {
  for (const area of [browser.storage.local, browser.storage.session] as Array<{ setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } | undefined>) {
    await area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  }
}
