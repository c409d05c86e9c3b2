/**
 * The reader's own entries: list, add, edit, delete; hide a built-in entry; import and
 * export as JSON or CSV. A refused import or entry shows what is wrong and where, and
 * nothing changes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GlossaryEntry, UiLang } from '../core/glossary/types.ts';
import type { ImportError, UserGlossary } from '../core/glossary/user-entries.ts';
import type { Translate } from '../core/i18n.ts';
import { createFormatter } from '../core/format.ts';
import { problem } from '../core/problems.ts';
import { ProblemList } from './ProblemList.tsx';
import type { GlossaryFormat, SaveResult } from '../messaging/shapes.ts';
import { sendToBackground } from '../messaging/client.ts';
import { EntryForm } from './EntryForm.tsx';
import { download } from './download.ts';
import { readImportFile } from './read-import-file.ts';
import { builtinTwin, mergeWithBuiltin } from '../core/glossary/duplicates.ts';
import { FileInput } from './FileInput.tsx';
import { watchEntryDraft } from './entry-draft.ts';

type Builtin = { id: string; names: { fr: string; en: string } };

export function UserEntriesSection({ t, uiLang }: { t: Translate; uiLang: UiLang }) {
  const [glossary, setGlossary] = useState<UserGlossary>({ version: 1, entries: [], hidden: [] });
  const [builtin, setBuiltin] = useState<Builtin[]>([]);
  const [editing, setEditing] = useState<GlossaryEntry | 'new' | null>(null);
  const [errors, setErrors] = useState<{ title: string; list: ImportError[]; imported: boolean } | null>(null);
  const format = useMemo(() => createFormatter(uiLang), [uiLang]);
  const [notice, setNotice] = useState('');
  const [hideId, setHideId] = useState('');

  useEffect(() => {
    void sendToBackground('glossary/user', {}).then((r) => {
      setGlossary(r.glossary);
      setBuiltin(r.builtin);
    });
  }, []);
  // A card's « add » for a name without an entry: the form opens with its draft, to finish.
  useEffect(() => watchEntryDraft((draft) => setEditing(draft)), []);

  const apply = (result: SaveResult, refusedTitle: string, done?: string, imported = false): boolean => {
    if (!result.ok) {
      setErrors({ title: refusedTitle, list: result.errors, imported });
      setNotice('');
      return false;
    }
    setGlossary(result.glossary);
    setErrors(null);
    setNotice(done ?? t('optionsSaved'));
    return true;
  };

  const importFile = async (file: File): Promise<void> => {
    // A new import starts clean: no earlier import's error or notice stays on the page.
    setErrors(null);
    setNotice('');
    const format: GlossaryFormat = /\.csv$/i.test(file.name) ? 'csv' : 'json';
    const read = await readImportFile(file, 'glossary', format === 'json');
    if (!read.ok) {
      setErrors({ title: t('optionsImportRefused'), list: [read.problem], imported: true });
      return;
    }
    let result: SaveResult;
    try {
      result = await sendToBackground('glossary/import', { format, text: read.text });
    } catch {
      // The browser's words for a lost message are English: the reader gets Glose's.
      setErrors({ title: t('optionsImportRefused'), list: [problem('importFailed')], imported: true });
      return;
    }
    if (!result) result = { ok: false, errors: [problem('importFailed')] };
    apply(result, t('optionsImportRefused'), result.ok ? t('optionsImportDone', result.glossary.entries.length) : undefined, true);
  };

  const exportAs = async (format: GlossaryFormat): Promise<void> => {
    const { text, filename } = await sendToBackground('glossary/export', { format });
    download(text, filename, format === 'json' ? 'application/json' : 'text/csv');
  };

  const nameOf = (b: Builtin): string => b.names[uiLang];
  const twinOf = (e: GlossaryEntry): string | null => builtinTwin(e, builtin);
  const mergeEntry = async (e: GlossaryEntry, twin: string): Promise<void> => {
    const full = await sendToBackground('entry/get', { id: twin, uiLang });
    if (!full) return;
    apply(await sendToBackground('glossary/save-entry', { entry: mergeWithBuiltin(e, full.entry), replaces: e.id }), t('optionsSaveRefused'), t('optionsEntryMerged', full.entry.names[uiLang]));
  };

  return (
    <fieldset data-section="entries">
      <legend>{t('optionsEntries')}</legend>
      <p class="muted">{t('optionsEntriesIntro')}</p>
      {glossary.entries.length === 0 ? (
        <p class="muted">{t('optionsEntriesNone')}</p>
      ) : (
        <ul class="entries" data-list="user-entries">
          {glossary.entries.map((e) => (
            <li key={e.id} data-entry={e.id}>
              <span>
                <strong>{e.names[uiLang]}</strong> <span class="muted">{e.id}</span>
              </span>
              {twinOf(e) && (
                // A built-in entry now names the same (the glossary grew): merge into it.
                <span class="notice" data-duplicate={twinOf(e)!}>
                  {t('optionsEntryDuplicate', builtin.find((b) => b.id === twinOf(e))!.names[uiLang])}{' '}
                  <button type="button" data-action="merge-entry" onClick={() => void mergeEntry(e, twinOf(e)!)}>{t('optionsEntryMerge')}</button>
                </span>
              )}
              <span class="row">
                <button type="button" onClick={() => setEditing(e)}>{t('optionsEntryEdit')}</button>
                <button type="button" data-action="delete-entry" onClick={async () => apply(await sendToBackground('glossary/delete-entry', { id: e.id }), t('optionsSaveRefused'))}>
                  {t('optionsEntryDelete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <EntryForm
          key={editing === 'new' ? 'new' : editing.id || `draft:${editing.names.en}`}
          entry={editing === 'new' ? null : editing}
          t={t}
          onCancel={() => setEditing(null)}
          onSave={async (entry, replaces) => {
            const ok = apply(await sendToBackground('glossary/save-entry', { entry, ...(replaces ? { replaces } : {}) }), t('optionsSaveRefused'));
            if (ok) setEditing(null);
          }}
        />
      ) : (
        <button type="button" data-action="add-entry" onClick={() => setEditing('new')}>{t('optionsEntryAdd')}</button>
      )}
      <div class="row spaced">
        <FileInput label={t('optionsImport')} accept=".json,.csv,application/json,text/csv" action="import-entries" onFile={(file) => void importFile(file)} />
        <button type="button" data-action="export-json" onClick={() => void exportAs('json')}>{t('optionsExportJson')}</button>
        <button type="button" data-action="export-csv" onClick={() => void exportAs('csv')}>{t('optionsExportCsv')}</button>
      </div>
      <form
        class="row spaced"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!hideId) return;
          apply(await sendToBackground('glossary/set-hidden', { id: hideId, hidden: true }), t('optionsSaveRefused'));
          setHideId('');
        }}
      >
        <label>
          {t('optionsHide')}
          <select data-action="hide-select" value={hideId} onChange={(e) => setHideId((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">—</option>
            {builtin
              .filter((b) => !glossary.hidden.includes(b.id))
              .sort((a, b) => nameOf(a).localeCompare(nameOf(b), uiLang))
              .map((b) => <option key={b.id} value={b.id}>{nameOf(b)}</option>)}
          </select>
        </label>
        <button type="submit" data-action="hide-entry">{t('optionsHideButton')}</button>
      </form>
      {glossary.hidden.length > 0 && (
        <div>
          <p>{t('optionsHidden')}</p>
          <ul class="sites" data-list="hidden-entries">
            {glossary.hidden.map((id) => (
              <li key={id}>
                <span>{builtin.find((b) => b.id === id)?.names[uiLang] ?? id}</span>
                <button type="button" onClick={async () => apply(await sendToBackground('glossary/set-hidden', { id, hidden: false }), t('optionsSaveRefused'))}>
                  {t('optionsUnhide')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {errors && <ProblemList problems={errors.list} title={errors.title} t={t} format={format} nothingKept={errors.imported} />}
      {notice && <p class="notice" role="status">{notice}</p>}
    </fieldset>
  );
}
