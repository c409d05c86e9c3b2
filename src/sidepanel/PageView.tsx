/**
 * "This page": the entries the followed tab mentions, grouped by type, with counts and the
 * spellings the page uses (misspellings flagged). A row's name scrolls the page to its next
 * mention and flashes it; the arrow opens the full entry; the filter narrows the list.
 */
import { useState } from 'preact/hooks';
import { ENTRY_TYPES, type EntryType } from '../core/glossary/types.ts';
import { phraseKey } from '../core/text/fold.ts';
import type { UiStrings } from '../messaging/ui-strings.ts';
import { createFormatter } from '../core/format.ts';
import type { PageEntryReport, UnknownNameReport } from '../messaging/shapes.ts';
import { sendToBackground } from '../messaging/client.ts';
import type { PanelData } from './use-panel-data.ts';
import { typeLabelKey } from '../core/glossary/entity-types.ts';
import { isSiteDisabled } from '../core/settings.ts';
import { siteOf } from '../core/app/sites.ts';

export function PageView({ data, strings, onOpen }: { data: PanelData; strings: UiStrings; onOpen: (id: string) => void }) {
  const { t } = strings;
  const [filter, setFilter] = useState('');
  if (data.tabId === null) return <p class="empty">{t('panelNoTab')}</p>;
  if (data.loading && !data.report) return <p class="empty" aria-busy="true">{t('panelLoading')}</p>;
  if (!data.report) return <p class="empty">{t('panelNotScanned')}</p>;
  const { report } = data;
  // Turned off for this site (from the card, perhaps a moment ago): the toolbar button's panel undoes it.
  const site = siteOf(report.url) ?? '';
  if (isSiteDisabled(data.settings, site)) {
    return (
      <div class="empty" data-view="site-off">
        <p>{t('panelSiteOff', site)}</p>
        <button type="button" data-action="site-on" onClick={() => void sendToBackground('site/set-enabled', { host: site, enabled: true })}>{t('panelSiteOn')}</button>
      </div>
    );
  }
  const unknown = report.unknown ?? [];
  if (report.entries.length === 0 && unknown.length === 0) return <p class="empty">{t('panelNothingFound')}</p>;
  const key = phraseKey(filter);
  const nameOf = (row: PageEntryReport): string => data.entries.get(row.entry)?.display ?? row.entry;
  const visible = key
    ? report.entries.filter((row) => [nameOf(row), ...row.surfaces.map((s) => s.text)].some((s) => phraseKey(s).includes(key)))
    : report.entries;
  const unknownRows = key ? unknown.filter((u) => phraseKey(u.name).includes(key)) : unknown;
  const groups = ENTRY_TYPES.map((type) => ({ type, rows: visible.filter((e) => e.type === type) })).filter((g) => g.rows.length > 0);
  const scrollTo = (entryId: string): void => {
    if (data.tabId !== null) void sendToBackground('panel/scroll-to', { tabId: data.tabId, entryId });
  };
  return (
    <section aria-label={t('panelThisPage')} data-view="page">
      <p class="summary">{t('panelTotal', t('panelNames', report.entries.length), t('panelMentions', report.total))}</p>
      <input type="search" class="filter" data-role="filter" aria-label={t('panelFilter')} placeholder={t('panelFilter')} value={filter} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} />
      {groups.length === 0 && unknownRows.length === 0 && <p class="empty">{t('panelSearchNone')}</p>}
      {groups.map((g) => (
        <section key={g.type} data-type={g.type} aria-labelledby={`group-${g.type}`}>
          <h2 id={`group-${g.type}`}>{t(typeLabelKey(g.type, true))}</h2>
          <ul class="entries">
            {g.rows.map((row) => (
              <EntryRow key={row.entry} row={row} name={nameOf(row)} strings={strings} onScroll={() => scrollTo(row.entry)} onOpen={() => onOpen(row.entry)} />
            ))}
          </ul>
        </section>
      ))}
      {unknownRows.length > 0 && <UnknownNames rows={unknownRows} strings={strings} />}
    </section>
  );
}

/** The page's names without an entry, apart from the entries: their card (on the page) offers to add them. */
function UnknownNames({ rows, strings }: { rows: UnknownNameReport[]; strings: UiStrings }) {
  const { t, uiLang } = strings;
  const format = createFormatter(uiLang);
  return (
    <section data-type="unknown" aria-labelledby="group-unknown">
      <h2 id="group-unknown">{t('panelUnknownNames')}</h2>
      <p class="muted">{t('panelUnknownHint')}</p>
      <ul class="entries">
        {rows.map((row) => (
          <li key={row.name} data-unknown={row.origin}>
            <div class="row">
              <span class="entry-name">{row.name}</span>
              <span class="muted">{t(row.origin === 'ko' ? 'cardUnknownKorean' : 'cardUnknownRussian')}</span>
              <span class="count">
                {format.number(row.count)}
                <span class="sr-only"> {t('panelMentions', row.count).replace(format.number(row.count), '').trim()}</span>
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function EntryRow({ row, name, strings, onScroll, onOpen }: { row: PageEntryReport; name: string; strings: UiStrings; onScroll: () => void; onOpen: () => void }) {
  const { t, uiLang } = strings;
  const count = createFormatter(uiLang).number(row.count);
  return (
    <li data-entry={row.entry}>
      <div class="row">
        <button type="button" class="entry-button" data-action="scroll" onClick={onScroll} title={t('panelScrollTo', name)}>
          <span class="entry-name">{name}</span>
          <span class="count">
            {count}
            <span class="sr-only"> {t('panelMentions', row.count).replace(count, '').trim()}</span>
          </span>
        </button>
        <button type="button" class="icon open" data-action="open" onClick={onOpen} aria-label={t('panelDetails', name)} title={t('panelDetails', name)}>
          →
        </button>
      </div>
      <ul class="surfaces" aria-label={t('cardAlsoWritten')}>
        {row.surfaces.map((s) => (
          <li key={s.text} class={s.match === 'misspelling' ? 'misspelling' : undefined} title={t(`kind_${s.match}`)}>
            {s.text} ×{s.count}
          </li>
        ))}
      </ul>
    </li>
  );
}
