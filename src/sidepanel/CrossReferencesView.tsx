/**
 * What the reader's sources say about an entry: each source (newest first) with its outlet,
 * date, the spelling it uses and quotes with the name marked; the entries that appear with it;
 * and which outlets write it which way.
 */
import type { UiStrings } from '../messaging/ui-strings.ts';
import type { CrossReferences, XrefMention, XrefSource } from '../messaging/shapes.ts';
import { SourceEditor } from './SourceEditor.tsx';
import { canonicalizeUrl } from '../core/corpus/metadata.ts';
import { createFormatter } from '../core/format.ts';

/** A quote with every mention of the entry in it marked (a name and its description in one sentence are quoted once). */
function Quote({ m }: { m: XrefMention }) {
  const marks = [{ quoteStart: m.quoteStart, quoteEnd: m.quoteEnd }, ...(m.also ?? [])].sort((a, b) => a.quoteStart - b.quoteStart);
  const parts: Array<string | preact.JSX.Element> = [];
  let at = 0;
  for (const k of marks) {
    if (k.quoteStart < at) continue;
    parts.push(m.quote.slice(at, k.quoteStart), <mark key={k.quoteStart}>{m.quote.slice(k.quoteStart, k.quoteEnd)}</mark>);
    at = k.quoteEnd;
  }
  parts.push(m.quote.slice(at));
  return <blockquote>{parts}</blockquote>;
}

/** Who published it: the articles shipped with Glose say so (their outlet is not known), others their outlet or that it is unknown. */
function outletLabel(s: XrefSource, t: UiStrings['t']): string {
  if (s.shipped) return t('panelShippedSource');
  return s.outlet ?? t('panelUnknownOutlet');
}

export function CrossReferencesView({ xref, names, strings, onOpen }: { xref: CrossReferences | null; names: Map<string, string>; strings: UiStrings; onOpen: (id: string) => void }) {
  const { t, uiLang } = strings;
  const format = createFormatter(uiLang);
  const fmt = (d: string | null): string => (d ? format.date(d) : '');
  return (
    <section aria-labelledby="xref-h" data-role="xref">
      <h3 id="xref-h">{t('panelSources')}</h3>
      {(!xref || xref.sources.length === 0) && <p class="empty">{t('panelSourcesNone')}</p>}
      {xref && xref.sources.length > 0 && (
        <ol class="sources">
          {xref.sources.map((s) => {
            // Only web pages become links; anything else (javascript:, data:) stays text.
            const url = canonicalizeUrl(s.url);
            const spellings = [...new Set(s.mentions.flatMap((m) => [m.surface, ...(m.also ?? []).map((a) => a.surface)]))];
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
                  <span data-role="source-outlet">{outletLabel(s, t)}</span>
                  {s.author && <span data-role="source-author">{` · ${t('panelSourceBy', s.author)}`}</span>}
                  {s.date && <span data-role="source-date">{` · ${fmt(s.date)}`}</span>}
                  {spellings.length > 0 && ` · ${spellings.map((sp) => t('panelSourceSpelling', sp)).join(', ')}`}
                </p>
                {s.mentions.slice(0, 2).map((m) => (
                  <Quote key={`${m.start}`} m={m} />
                ))}
                <SourceEditor key={s.id} id={s.id} fields={{ title: s.title, outlet: s.outlet, author: s.author, date: s.date, lang: s.lang === 'fr' || s.lang === 'en' ? s.lang : 'other' }} strings={strings} />
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
