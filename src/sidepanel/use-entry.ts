/**
 * One entry's full view data and its cross-references, refetched when the reader's settings
 * (style, language) or the corpus change.
 */
import { useEffect, useState } from 'preact/hooks';
import type { UiLang } from '../core/glossary/types.ts';
import type { EntryFull } from '../messaging/shapes.ts';
import type { CrossReferences } from '../messaging/shapes.ts';
import { sendToBackground } from '../messaging/client.ts';

export interface EntryState {
  loading: boolean;
  entry: EntryFull | null;
  xref: CrossReferences | null;
  /** Display names of the entries the cross-references name. */
  names: Map<string, string>;
}

export function useEntry(id: string, uiLang: UiLang, revision: string): EntryState {
  const [state, setState] = useState<EntryState>({ loading: true, entry: null, xref: null, names: new Map() });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [entry, xref] = await Promise.all([
        sendToBackground('panel/entry', { id, uiLang }),
        sendToBackground('corpus/xref', { entryId: id, limit: 50 }).catch(() => null),
      ]);
      const ids = (xref?.cooccurring ?? []).slice(0, 12).map((c) => c.entryId);
      const details = ids.length ? await sendToBackground('entries/get', { ids, uiLang }).catch(() => []) : [];
      if (!cancelled) setState({ loading: false, entry, xref, names: new Map(details.map((d) => [d.entry.id, d.display])) });
    })();
    return () => {
      cancelled = true;
    };
  }, [id, uiLang, revision]);
  return state;
}
