/**
 * Where loaded parts of the content script (messaging/content-parts.ts) leave their exports:
 * a registry on the isolated world's global object, shared by the content script and the
 * part files the background injects into the same frame, and out of the page's reach.
 */
import { PART_REGISTRY, type ContentPart } from '../messaging/content-parts.ts';
import type { CardPart } from './card/card-part.ts';
import type { ReaderPart } from './reader-part.ts';
import type { UnknownPart } from './unknown-part.ts';

export interface PartExports {
  card: CardPart;
  reader: ReaderPart;
  unknown: UnknownPart;
}

export type PartRegistry = Partial<{ [P in ContentPart]: PartExports[P] }>;

export function partRegistry(): PartRegistry {
  const g = globalThis as unknown as Record<symbol, PartRegistry | undefined>;
  return (g[PART_REGISTRY] ??= {});
}

/** Called by a part's own file when it runs. */
export function registerPart<P extends ContentPart>(name: P, exports: PartExports[P]): void {
  partRegistry()[name] = exports;
}
