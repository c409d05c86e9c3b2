/**
 * Messages from the background to a tab's content script. Only Glose's own background sends
 * them (the content script checks the sender's id), and each payload is checked all the same.
 * The content script carries this table alone, not the background's.
 */
import type { Settings } from '../core/settings.ts';
import { answer, message, type MapOf } from './message-table.ts';
import { empty, literal, nullable, object, optional, typed } from './schema.ts';
import { id, remoteCardTarget, type ExtractedPage } from './shapes.ts';

export const BACKGROUND_TO_CONTENT = {
  'content/scroll-to': message({ req: object({ entryId: id }), res: answer<{ ok: boolean }>() }),
  'content/report-again': message({ req: empty, res: answer<{ ok: true }>() }),
  /** Keyboard navigation: move to the next (1) or previous (-1) name and open its card. */
  'content/next-mention': message({ req: object({ step: literal(1, -1) }), res: answer<{ ok: boolean }>() }),
  /** Draw (or hide) a card relayed from an iframe of this tab. */
  'content/remote-card': message({ req: object({ target: nullable(remoteCardTarget) }), res: answer<{ ok: true }>() }),
  /**
   * The reader's settings changed (content scripts cannot read storage). `changes`: the new
   * values, when no list of sites changed (a style switch) — the frame redraws without asking.
   * Without it (a site turned off or on: each frame sees only its own site), the frame asks.
   */
  'content/settings-changed': message({ req: object({ changes: optional(typed<Partial<Settings>>(object({}))) }), res: answer<{ ok: true }>() }),
  /** The reader's entries changed: the page is read again with them. */
  'content/glossary-changed': message({ req: empty, res: answer<{ ok: true }>() }),
  /** Turn Glose on or off for this page's site. */
  'content/toggle': message({ req: empty, res: answer<{ ok: true }>() }),
  /** The page's article, for ingestion into the corpus. */
  'content/extract-article': message({ req: empty, res: answer<ExtractedPage>() }),
};

export type BackgroundToContent = MapOf<typeof BACKGROUND_TO_CONTENT>;
