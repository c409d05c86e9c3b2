/**
 * The full entry: names in both languages, the original script, the name in every
 * romanisation system with the reader's style marked (and changed here), every known spelling
 * with its origin, the description with the date its roles hold, related entries, and what the
 * reader's sources say: who mentions it, how they spell it, with quotes, and what appears with it.
 */
import type { UiStrings } from '../messaging/ui-strings.ts';
import type { EntryFull } from '../messaging/shapes.ts';
import { sendToBackground } from '../messaging/client.ts';
import { KOREAN_STYLE_IDS, RUSSIAN_STYLE_IDS, type Settings } from '../core/settings.ts';
import type { PanelData } from './use-panel-data.ts';
import { useEntry } from './use-entry.ts';
import { CrossReferencesView } from './CrossReferencesView.tsx';
import { createFormatter } from '../core/format.ts';
import { USER_SOURCE_DEFAULT } from '../core/glossary/user-entries.ts';
import { typeLabelKey } from '../core/glossary/entity-types.ts';

const styleKey = (prefix: string, id: string): string => `${prefix}_${id.replace(/-/g, '_')}`;

export function EntryView({ id, data, strings, onOpen }: { id: string; data: PanelData; strings: UiStrings; onOpen: (id: string) => void }) {
  const { t, uiLang } = strings;
  const revision = `${data.settings.koreanStyle}|${data.settings.russianStyle}|${data.corpusRevision}`;
  const { loading, entry, xref, names } = useEntry(id, uiLang, revision);
  if (loading && !entry) return <p class="empty" aria-busy="true">{t('panelLoading')}</p>;
  if (!entry) return <p class="empty">{t('panelEntryMissing')}</p>;
  const e = entry.entry;
  const other = uiLang === 'fr' ? e.names.en : e.names.fr;
  return (
    <article data-view="entry" data-entry={e.id} aria-labelledby="entry-title">
      <h2 id="entry-title" class="entry-title">
        {entry.display}
      </h2>
      <p class="meta">
        <span class="type">{t(typeLabelKey(e.type))}</span>
        {other !== entry.display && (
          <span lang={uiLang === 'fr' ? 'en' : 'fr'} class="other-name">
            {' · '}
            {other}
          </span>
        )}
      </p>
      {e.script && (
        <p class="script" lang={e.script.lang}>
          <span class="label">{t('cardOriginal')} </span>
          <span class="original" data-role="script">{e.script.text}</span>
          {e.script.hanja && <span lang="ko-Hani"> ({e.script.hanja})</span>}
        </p>
      )}
      <section aria-labelledby="desc-h">
        <h3 id="desc-h">{t('cardDescription')}</h3>
        <p data-role="description">{e.descriptions[uiLang]}</p>
        <p class="muted" lang={uiLang === 'fr' ? 'en' : 'fr'}>{e.descriptions[uiLang === 'fr' ? 'en' : 'fr']}</p>
        {e.asOf && <p class="muted">{t('panelAsOf', createFormatter(uiLang).date(e.asOf))}</p>}
      </section>
      {entry.romanizations.length > 0 && <Romanizations entry={entry} settings={data.settings} strings={strings} />}
      <Spellings entry={entry} strings={strings} />
      {entry.related.length > 0 && (
        <section aria-labelledby="rel-h">
          <h3 id="rel-h">{t('panelRelated')}</h3>
          <ul class="related">
            {entry.related.map((r) => (
              <li key={r.id}>
                <button type="button" class="link" data-action="open" data-entry={r.id} onClick={() => onOpen(r.id)}>
                  {r.display}
                </button>
                <span class="muted"> — {r.note ? r.note[uiLang] : t(`rel_${r.rel}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <CrossReferencesView xref={xref} names={names} strings={strings} onOpen={onOpen} />
      <p class="source muted">{e.source === USER_SOURCE_DEFAULT ? t('panelReaderEntrySource') : e.source}</p>
    </article>
  );
}

function Romanizations({ entry, settings, strings }: { entry: EntryFull; settings: Settings; strings: UiStrings }) {
  const { t, uiLang } = strings;
  const korean = entry.entry.script?.lang === 'ko';
  const styles = korean ? KOREAN_STYLE_IDS : RUSSIAN_STYLE_IDS;
  const current = korean ? settings.koreanStyle : settings.russianStyle;
  const press = entry.entry.press?.[uiLang] ?? entry.entry.names[uiLang];
  const change = (value: string): void => {
    void sendToBackground('settings/update', { patch: korean ? { koreanStyle: value as Settings['koreanStyle'] } : { russianStyle: value as Settings['russianStyle'] } });
  };
  return (
    <section aria-labelledby="rom-h" data-role="romanizations">
      <h3 id="rom-h">{t('panelRomanizations')}</h3>
      <label class="style-control">
        {t('panelStyleControl')}{' '}
        <select data-role="style" value={current} onChange={(e) => change((e.currentTarget as HTMLSelectElement).value)}>
          {styles.map((s) => (
            <option key={s} value={s}>
              {t(styleKey(korean ? 'styleKorean' : 'styleRussian', s))}
            </option>
          ))}
        </select>
      </label>
      <table class="romanizations">
        <thead>
          <tr>
            <th scope="col">{t('panelSystem')}</th>
            <th scope="col">{t('panelForm')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-system="press" class={current === 'press' ? 'selected' : undefined} aria-current={current === 'press' ? 'true' : undefined}>
            <th scope="row">{t(styleKey(korean ? 'styleKorean' : 'styleRussian', 'press'))}</th>
            <td>{press}</td>
          </tr>
          {entry.romanizations.map((r) => (
            <tr key={r.system} data-system={r.system} class={r.selected ? 'selected' : undefined} aria-current={r.selected ? 'true' : undefined}>
              <th scope="row">
                {r.label[uiLang]}
                {r.selected && <span class="badge"> {t('panelYourStyle')}</span>}
              </th>
              <td>{r.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Spellings({ entry, strings }: { entry: EntryFull; strings: UiStrings }) {
  const { t } = strings;
  return (
    <section aria-labelledby="sp-h">
      <h3 id="sp-h">{t('panelSpellings')}</h3>
      <ul class="spellings" data-role="spellings">
        {entry.spellings.map((s) => (
          <li key={`${s.kind}:${s.text}`} data-kind={s.kind} class={s.kind === 'misspelling' ? 'misspelling' : undefined}>
            <span>{s.text}</span> <span class="muted">{t(`kind_${s.kind}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
