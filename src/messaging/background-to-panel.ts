/**
 * Broadcasts from the background to the extension's pages (side panel, options): nobody
 * answers them, and a page receives them through the same router as every other direction.
 */
import { answer, message, type MapOf } from './message-table.ts';
import { empty, object } from './schema.ts';
import { id, tabId } from './shapes.ts';

export const BACKGROUND_TO_PANEL = {
  /** A tab's report of its names changed. */
  'panel/tab-updated': message({ req: object({ tabId }), res: answer<void>() }),
  /** Show this entry (the card's "open in the panel", the context menu's look-up). */
  'panel/show-entry': message({ req: object({ entryId: id }), res: answer<void>() }),
  /** A source was ingested, updated or deleted, or the corpus re-indexed. */
  'panel/corpus-changed': message({ req: empty, res: answer<void>() }),
};

export type BackgroundToPanel = MapOf<typeof BACKGROUND_TO_PANEL>;
