/**
 * "This page": the entries the followed tab mentions, grouped by type, with counts and the
 * spellings the page uses (misspellings flagged).
 */
import { ENTRY_TYPES, type EntryType } from '../core/glossary/types.ts';
import type { UiStrings } from '../messaging/ui-strings.ts';
import type { PageEntryReport } from '../messaging/protocol.ts';
import type { PanelData } from './use-panel-data.ts';

const PLURAL_KEYS: Record<EntryType, string> = {
  person: 'typePersonPlural', place: 'typePlacePlural', organisation: 'typeOrganisationPlural', media: 'typeMediaPlural',
  brand: 'typeBrandPlural', event: 'typeEventPlural', term: 'typeTermPlural',
};

export function PageView({ data, strings }: { data: PanelData; strings: UiStrings }) {
  const { t } = strings;
  if (data.tabId === null) return <p class="empty">{t('panelNoTab')}</p>;
  if (data.loading && !data.report) return null;
  if (!data.report) return <p class="empty">{t('panelNotScanned')}</p>;
  const { report } = data;
  if (report.entries.length === 0) return <p class="empty">{t('panelNothingFound')}</p>;
  const groups = ENTRY_TYPES.map((type) => ({ type, rows: report.entries.filter((e) => e.type === type) })).filter((g) => g.rows.length > 0);
  return (
    <section aria-label={t('panelThisPage')} data-view="page">
      <p class="summary">{t('panelTotal', report.entries.length, report.total)}</p>
      {groups.map((g) => (
        <section key={g.type} data-type={g.type}>
          <h2>{t(PLURAL_KEYS[g.type])}</h2>
          <ul class="entries">
            {g.rows.map((row) => (
              <EntryRow key={row.entry} row={row} name={data.entries.get(row.entry)?.display ?? row.entry} strings={strings} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function EntryRow({ row, name, strings }: { row: PageEntryReport; name: string; strings: UiStrings }) {
  return (
    <li data-entry={row.entry}>
      <button type="button" class="entry-button" aria-label={`${name}, ${strings.t('panelMentions', row.count)}`}>
        <span class="entry-name">{name}</span>
        <span class="count">{row.count}</span>
      </button>
      <ul class="surfaces" aria-label={strings.t('cardAlsoWritten')}>
        {row.surfaces.map((s) => (
          <li key={s.text} class={s.match === 'misspelling' ? 'misspelling' : undefined} title={s.match}>
            {s.text} ×{s.count}
          </li>
        ))}
      </ul>
    </li>
  );
}
