/**
 * A message router for browser.runtime.onMessage / tabs messages: it answers the message
 * types of one direction's map and drops everything else (unknown type, malformed
 * envelope, a payload its validator refuses) by returning undefined, so no response is sent.
 */
import type { Handlers, MapOf, MessageMap, MessageTable } from './message-table.ts';

export type PayloadValidators<M extends MessageMap> = { [K in keyof M]: (payload: unknown) => boolean };

export function isEnvelope(message: unknown): message is { type: string; payload: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    'payload' in message
  );
}

/**
 * Decides whether `sender` may make this (well-formed) request: returns nothing to let it
 * through, or the error the request then rejects with (a typed refusal the sender can read).
 */
export type Authorize<M extends MessageMap, Sender> = <K extends keyof M>(type: K, payload: M[K]['req'], sender: Sender) => Error | undefined;

export function createRouter<M extends MessageMap, Sender>(
  handlers: Handlers<M, Sender>,
  validators: PayloadValidators<M>,
  authorize?: Authorize<M, Sender>,
): (message: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (message, sender) => {
    if (!isEnvelope(message) || !Object.prototype.hasOwnProperty.call(handlers, message.type)) return undefined;
    const type = message.type as keyof M;
    if (!validators[type](message.payload)) return undefined;
    const payload = message.payload as M[typeof type]['req'];
    const refusal = authorize?.(type, payload, sender);
    if (refusal) return Promise.reject(refusal);
    const handler = handlers[type];
    // Called at once, not in a later microtask: a request sent from a reader's click (open the
    // side panel) must reach the browser API while the click still counts as a user gesture.
    try {
      return Promise.resolve(handler(payload, sender));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

/** The router of one direction's table: its entries' schemas check the payloads. */
export function routerFor<T extends MessageTable, Sender>(
  table: T,
  handlers: Handlers<MapOf<T>, Sender>,
  authorize?: Authorize<MapOf<T>, Sender>,
): (message: unknown, sender: Sender) => Promise<unknown> | undefined {
  return createRouter(handlers, validatorsOf(table), authorize);
}

/** Each message's payload check, from its schema. */
export function validatorsOf<T extends MessageTable>(table: T): PayloadValidators<MapOf<T>> {
  return Object.fromEntries(Object.entries(table).map(([type, spec]) => [type, spec.req])) as PayloadValidators<MapOf<T>>;
}
