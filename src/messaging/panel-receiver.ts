/**
 * How an extension page (side panel, options) receives the background's broadcasts: through the
 * router of their table, so each payload is checked like every other message. A page handles
 * the broadcasts it cares about; the rest, and other pages' requests to the background (which
 * reach every extension page too), it leaves unanswered.
 */
import { addMessageListener, extensionId, type MessageSenderLike } from './extension-api.ts';
import { BACKGROUND_TO_PANEL, type BackgroundToPanel } from './background-to-panel.ts';
import { createRouter, validatorsOf } from './router.ts';
import type { Handlers } from './message-table.ts';

/** Calls the given handlers on the background's broadcasts; returns the function that stops. */
export function onPanelMessages(handlers: Partial<Handlers<BackgroundToPanel, MessageSenderLike>>): () => void {
  const route = createRouter(handlers as Handlers<BackgroundToPanel, MessageSenderLike>, validatorsOf(BACKGROUND_TO_PANEL));
  return addMessageListener((message, sender) => {
    if (sender.id !== extensionId()) return undefined;
    // Nobody waits for an answer to a broadcast: stay silent rather than answer.
    void route(message, sender)?.catch(() => undefined);
    return undefined;
  });
}
