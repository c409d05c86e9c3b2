/**
 * The draft entry a card's « add » left for this page (messaging/draft-keys.ts): taken once,
 * at start (the page was opened for it) and whenever one arrives later (the page was already
 * open), then removed so that a reload does not open the form again. Read through the bare
 * extension API (no polyfill import: the options sections render in unit tests too, where there
 * is no extension and so no draft).
 */
import type { GlossaryEntry } from '../core/glossary/types.ts';
import { addStorageListener } from '../messaging/extension-api.ts';
import { PENDING_DRAFT_KEY } from '../messaging/draft-keys.ts';

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

const sessionArea = (): SessionArea | undefined => {
  const g = globalThis as { browser?: { storage?: { session?: SessionArea } }; chrome?: { storage?: { session?: SessionArea } } };
  return (g.browser ?? g.chrome)?.storage?.session;
};

const isDraft = (v: unknown): v is GlossaryEntry =>
  typeof v === 'object' && v !== null && typeof (v as GlossaryEntry).names?.fr === 'string' && typeof (v as GlossaryEntry).names?.en === 'string';

/** Calls `open` with each draft left for the options page; returns the unsubscribe function. */
export function watchEntryDraft(open: (draft: GlossaryEntry) => void): () => void {
  const session = sessionArea();
  if (!session) return () => undefined;
  const take = (value: unknown): void => {
    if (!isDraft(value)) return;
    open(value);
    void session.remove(PENDING_DRAFT_KEY).catch(() => undefined);
    // The form is at the foot of a long page: bring it into view.
    requestAnimationFrame(() => document.querySelector('[data-form="entry"]')?.scrollIntoView({ block: 'center' }));
  };
  void session.get(PENDING_DRAFT_KEY).then((stored) => take(stored[PENDING_DRAFT_KEY]), () => undefined);
  return addStorageListener((changes, area) => {
    if (area === 'session' && changes[PENDING_DRAFT_KEY]) take(changes[PENDING_DRAFT_KEY].newValue);
  });
}
