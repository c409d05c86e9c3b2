/**
 * A message table: for one direction, each message type declared once — its payload's schema
 * (from which its type and its check follow), the type of its answer, and who may send it.
 * Adding a message is one entry in one table plus its handler; the router drops anything not
 * listed, malformed, or sent by someone the entry does not allow.
 */
import type { Infer, Schema } from './schema.ts';
import type { ContentCaller } from './senders.ts';

/**
 * Who may send a request to the background:
 * - `extension`: the extension's own pages only (side panel, options);
 * - `content`: content scripts too;
 * - a function: content scripts too, when it accepts the payload for that caller.
 */
export type AccessRule<P> = 'extension' | 'content' | ((payload: P, caller: ContentCaller) => boolean);

export interface MessageSpec<Req, Res> {
  req: Schema<Req>;
  /** Never set: carries the answer's type. */
  res?: Res;
  /** Who may send it; absent: the extension's own pages only (and, receiving, the background). */
  access?: AccessRule<Req>;
}

/** The type of an answer, for a table entry (`res: answer<PageSetup>()`); no value at run time. */
/* #__NO_SIDE_EFFECTS__ */
export const answer = <T>(): T => undefined as T;

/** One table entry, typed: the access rule's payload is the schema's type. */
/* #__NO_SIDE_EFFECTS__ */
export const message = <S extends Schema<unknown>, R>(spec: { req: S; res: R; access?: AccessRule<Infer<S>> }): MessageSpec<Infer<S>, R> =>
  spec as MessageSpec<Infer<S>, R>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MessageTable = Record<string, MessageSpec<any, any>>;

/** The request and answer types of every message of a table. */
export type MapOf<T extends MessageTable> = { [K in keyof T]: T[K] extends MessageSpec<infer Q, infer R> ? { req: Q; res: R } : never };

export type MessageMap = Record<string, { req: unknown; res: unknown }>;
export type Handler<E extends { req: unknown; res: unknown }, Sender> = (payload: E['req'], sender: Sender) => Promise<E['res']> | E['res'];
export type Handlers<M extends MessageMap, Sender> = { [K in keyof M]: Handler<M[K], Sender> };
