/**
 * Loading a part of the content script (messaging/content-parts.ts): the background injects its
 * file into this frame, and the part registers its exports (part-registry.ts). Each part is
 * asked for once per frame. A failed load is forgotten, so the next use tries again.
 */
import type { ContentPart } from '../messaging/content-parts.ts';
import { sendToBackground } from '../messaging/client.ts';
import { partRegistry, type PartExports } from './part-registry.ts';

export type { PartExports };

const loading = new Map<ContentPart, Promise<unknown>>();

export function loadPart<P extends ContentPart>(name: P): Promise<PartExports[P]> {
  const ready = partRegistry()[name];
  if (ready) return Promise.resolve(ready as PartExports[P]);
  let pending = loading.get(name) as Promise<PartExports[P]> | undefined;
  if (!pending) {
    pending = sendToBackground('part/load', { part: name }).then(({ ok }) => {
      const loaded = partRegistry()[name];
      if (!ok || !loaded) throw new Error(`Glose could not load its ${name}`);
      return loaded as PartExports[P];
    });
    pending.catch(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}
