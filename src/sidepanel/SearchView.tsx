/**
 * Search: any spelling, any script, without accents or capitals, forgiving one slip (the
 * background's core search over the merged glossary).
 */
import { useEffect, useState } from 'preact/hooks';
import type { UiStrings } from '../messaging/ui-strings.ts';
import type { SearchHit } from '../messaging/shapes.ts';
import { sendToBackground } from '../messaging/client.ts';
import { typeLabelKey } from '../core/glossary/entity-types.ts';

export function SearchView({ query, strings, onOpen }: { query: string; strings: UiStrings; onOpen: (id: string) => void }) {
  const { t } = strings;
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      if (!query.trim()) {
        setHits([]);
        return;
      }
      void sendToBackground('panel/search', { query, uiLang: strings.uiLang, limit: 30 }).then((r) => {
        if (!cancelled) setHits(r);
      });
    }, 80);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, strings.uiLang]);
  if (hits === null) return <p class="empty" aria-busy="true">{t('panelLoading')}</p>;
  return (
    <section data-view="search" aria-label={t('panelSearch')}>
      <p class="sr-only" role="status">
        {hits.length === 0 && query.trim() ? t('panelSearchNone') : ''}
      </p>
      {hits.length === 0 && query.trim() !== '' && <p class="empty">{t('panelSearchNone')}</p>}
      <ul class="entries results">
        {hits.map((h) => (
          <li key={h.id} data-entry={h.id}>
            <button type="button" class="entry-button" data-action="open" onClick={() => onOpen(h.id)}>
              <span class="entry-name">{h.display}</span>
              <span class="count">{t(typeLabelKey(h.type))}</span>
            </button>
            {h.matched !== h.display && <p class="matched">{h.matched}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
