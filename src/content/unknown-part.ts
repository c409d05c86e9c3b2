/**
 * The unknown-name part (messaging/content-parts.ts): the guess at a name's original script
 * (core/unknown's tables) and the romanisers that write it in the reader's style, built as a
 * file of its own (content-unknown.js) that the background injects when the card of a name
 * without an entry first opens — not with every card (the tables are twice the card's size),
 * nor at start-up. It exports nothing at run time: it registers itself.
 */
import { unknownNameView } from '../core/unknown/draft.ts';
import { registerPart } from './part-registry.ts';

const unknownPart = { unknownNameView };

export type UnknownPart = typeof unknownPart;

registerPart('unknown', unknownPart);
