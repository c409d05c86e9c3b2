/**
 * The form for one of the reader's entries. It only shapes the data; validation is the core
 * checker's, run by the background, whose messages are shown as they come.
 */
import { useState } from 'preact/hooks';
import { ENTRY_TYPES, type EntryType, type GlossaryEntry, type ScriptKind, type ScriptLang } from '../core/glossary/types.ts';
import type { Translate } from '../core/i18n.ts';
import { typeLabelKey } from '../core/glossary/entity-types.ts';


interface FormState {
  id: string;
  type: EntryType;
  nameFr: string;
  nameEn: string;
  scriptLang: '' | ScriptLang;
  script: string;
  scriptKind: ScriptKind;
  spellings: string;
  descFr: string;
  descEn: string;
  notes: string;
  source: string;
}

/** A kebab-case ASCII id from a name: "Kim Jong-un" → "kim-jong-un". */
export function idFromName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

function toState(entry: GlossaryEntry | null): FormState {
  return {
    id: entry?.id ?? '',
    type: entry?.type ?? 'person',
    nameFr: entry?.names.fr ?? '',
    nameEn: entry?.names.en ?? '',
    scriptLang: entry?.script?.lang ?? '',
    script: entry?.script?.text ?? '',
    scriptKind: entry?.script?.kind ?? 'name',
    spellings: (entry?.spellings ?? []).join(' | '),
    descFr: entry?.descriptions.fr ?? '',
    descEn: entry?.descriptions.en ?? '',
    notes: entry?.notes ?? '',
    source: entry?.source ?? '',
  };
}

export function toEntry(s: FormState): GlossaryEntry {
  const spellings = s.spellings.split('|').map((x) => x.trim()).filter(Boolean);
  return {
    id: s.id.trim() || idFromName(s.nameEn || s.nameFr),
    type: s.type,
    names: { fr: s.nameFr.trim(), en: s.nameEn.trim() },
    ...(s.scriptLang && s.script.trim() ? { script: { lang: s.scriptLang, text: s.script.trim(), kind: s.scriptKind } } : {}),
    ...(spellings.length ? { spellings } : {}),
    descriptions: { fr: s.descFr.trim(), en: s.descEn.trim() },
    source: s.source.trim() || 'reader',
    ...(s.notes.trim() ? { notes: s.notes.trim() } : {}),
    origin: 'user',
  };
}

export function EntryForm(props: { entry: GlossaryEntry | null; t: Translate; onSave: (entry: GlossaryEntry, replaces?: string) => void; onCancel: () => void }) {
  const { t } = props;
  const [s, setS] = useState<FormState>(() => toState(props.entry));
  const field = <K extends keyof FormState>(k: K) => (e: Event) => setS({ ...s, [k]: (e.currentTarget as HTMLInputElement).value });
  const text = (k: keyof FormState, label: string, attrs: Record<string, unknown> = {}) => (
    <label>
      {label}
      <input type="text" data-field={k} value={s[k] as string} onInput={field(k)} {...attrs} />
    </label>
  );
  return (
    <form
      class="entry-form"
      data-form="entry"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(toEntry(s), props.entry?.id);
      }}
    >
      <div class="grid">
        {text('nameFr', t('optionsFieldNameFr'), { required: true })}
        {text('nameEn', t('optionsFieldNameEn'), { required: true })}
        {text('id', t('optionsFieldId'), { placeholder: idFromName(s.nameEn || s.nameFr), pattern: '[a-z0-9]+(-[a-z0-9]+)*' })}
        <label>
          {t('optionsFieldType')}
          <select data-field="type" value={s.type} onChange={field('type')}>
            {ENTRY_TYPES.map((type) => <option key={type} value={type}>{t(typeLabelKey(type))}</option>)}
          </select>
        </label>
        <label>
          {t('optionsFieldScriptLang')}
          <select data-field="scriptLang" value={s.scriptLang} onChange={field('scriptLang')}>
            <option value="">{t('optionsFieldScriptNone')}</option>
            <option value="ko">{t('optionsFieldScriptKo')}</option>
            <option value="ru">{t('optionsFieldScriptRu')}</option>
            <option value="uk">{t('optionsFieldScriptUk')}</option>
          </select>
        </label>
        {s.scriptLang && text('script', t('optionsFieldScript'), { lang: s.scriptLang })}
        {s.scriptLang && (
          <label>
            {t('optionsFieldScriptKind')}
            <select data-field="scriptKind" value={s.scriptKind} onChange={field('scriptKind')}>
              <option value="name">{t('optionsFieldKindName')}</option>
              <option value="word">{t('optionsFieldKindWord')}</option>
              <option value="admin">{t('optionsFieldKindAdmin')}</option>
            </select>
          </label>
        )}
      </div>
      {text('spellings', t('optionsFieldSpellings'))}
      <label>
        {t('optionsFieldDescFr')}
        <textarea data-field="descFr" rows={2} value={s.descFr} onInput={field('descFr')} required />
      </label>
      <label>
        {t('optionsFieldDescEn')}
        <textarea data-field="descEn" rows={2} value={s.descEn} onInput={field('descEn')} required />
      </label>
      {text('source', t('optionsFieldSource'))}
      <label>
        {t('optionsFieldNotes')}
        <textarea data-field="notes" rows={2} value={s.notes} onInput={field('notes')} />
      </label>
      <div class="row">
        <button type="submit" data-action="save-entry">{t('optionsEntrySave')}</button>
        <button type="button" onClick={props.onCancel}>{t('optionsEntryCancel')}</button>
      </div>
    </form>
  );
}
