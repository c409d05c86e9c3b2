/**
 * What the reader's sources say about an entry: each source (newest first) with its outlet,
 * date, the spelling it uses and quotes with the name marked; the entries that appear with it;
 * and which outlets write it which way.
 */
import type { UiStrings } from '../messaging/ui-strings.ts';
import type { CrossReferences, XrefMention } from '../messaging/shapes.ts';
import { canonicalizeUrl } from '../core/corpus/metadata.ts';

function Quote({ m }: { m: XrefMention }) {
  return (
    <blockquote>
      {m.quote.slice(0, m.quoteStart)}
      <mark>{m.quote.slice(m.quoteStart, m.quoteEnd)}</mark>
      {m.quote.slice(m.quoteEnd)}
    </blockquote>
  );
}

export function CrossReferencesView({ xref, names, strings, onOpen }: { xref: CrossReferences | null; names: Map<string, string>; strings: UiStrings; onOpen: (id: string) => void }) {
  const { t, uiLang } = strings;
  const dateFormat = new Intl.DateTimeFormat(uiLang, { dateStyle: 'medium' });
  const fmt = (d: string | null): string => {
    if (!d) return '';
    const date = new Date(d);
    return Number.isNaN(date.getTime()) ? d : dateFormat.format(date);
  };
  return (
    <section aria-labelledby="xref-h" data-role="xref">
      <h3 id="xref-h">{t('panelSources')}</h3>
      {(!xref || xref.sources.length === 0) && <p class="empty">{t('panelSourcesNone')}</p>}
      {xref && xref.sources.length > 0 && (
        <ol class="sources">
          {xref.sources.map((s) => {
            // Only web pages become links; anything else (javascript:, data:) stays text.
              const url = canonicalizeUrl(s.url);
            const spellings = [...new Set(s.mentions.map((m) => m.surface))];
            return (
              <li key={s.id} data-source={s.id}>
                <p class="source-title">
                  {url ? (
                    <a href={url} target="_blank" rel="noopener noreferrer" title={t('panelOpenSource')}>
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}
                </p>
                <p class="muted">
                  {[s.outlet ?? t('panelUnknownOutlet'), fmt(s.date)].filter(Boolean).join(' · ')}
                  {spellings.length > 0 && ` · ${spellings.map((sp) => t('panelSourceSpelling', sp)).join(', ')}`}
                </p>
                {s.mentions.slice(0, 2).map((m) => (
                  <Quote key={`${m.start}`} m={m} />
                ))}
              </li>
            );
          })}
        </ol>
      )}
      {xref && xref.cooccurring.length > 0 && (
        <>
          <h3>{t('panelAppearsWith')}</h3>
          <ul class="chips" data-role="cooccurring">
            {xref.cooccurring.slice(0, 12).map((c) => (
              <li key={c.entryId}>
                <button type="button" class="chip" data-action="open" data-entry={c.entryId} onClick={() => onOpen(c.entryId)}>
                  {names.get(c.entryId) ?? c.entryId} <span class="muted">×{c.sources}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {xref && xref.spellings.length > 0 && (
        <>
          <h3>{t('panelSpellingStats')}</h3>
          <ul class="stats" data-role="spelling-stats">
            {xref.spellings.map((s) => (
              <li key={s.surface}>
                <strong>{s.surface}</strong> ×{s.count}
                {s.outlets.length > 0 && <span class="muted"> ({s.outlets.map((o) => `${o.outlet} ${o.count}`).join(', ')})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
