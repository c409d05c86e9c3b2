/**
 * A source's record (title, outlet, author, date, language) corrected by the reader: what a
 * page declares is often incomplete or wrong, and the cross-references show what is stored.
 * A button opens the form; saving sends only the changed fields (corpus/update), and the
 * background's answer — the record as stored, or why not — is what the form then shows.
 */
import { useEffect, useState } from 'preact/hooks';
import type { UiStrings } from '../messaging/ui-strings.ts';
import type { SourceFields } from '../core/corpus/edit.ts';
import { sendToBackground } from '../messaging/client.ts';

const LANGS = [
  ['fr', 'panelSourceLangFr'],
  ['en', 'panelSourceLangEn'],
  ['other', 'panelSourceLangOther'],
] as const;
const TEXT_FIELDS = [
  ['title', 'panelSourceFieldTitle'],
  ['outlet', 'panelSourceFieldOutlet'],
  ['author', 'panelSourceFieldAuthor'],
] as const;

type Draft = { title: string; outlet: string; author: string; date: string; lang: SourceFields['lang'] };

const draftOf = (f: SourceFields): Draft => ({ title: f.title, outlet: f.outlet ?? '', author: f.author ?? '', date: f.date ?? '', lang: f.lang });

/** The fields that differ from what is stored, empty text meaning unknown. */
function changes(draft: Draft, stored: SourceFields): Partial<SourceFields> {
  const out: Partial<SourceFields> = {};
  if (draft.title.trim() !== stored.title) out.title = draft.title;
  if ((draft.outlet.trim() || null) !== stored.outlet) out.outlet = draft.outlet.trim() || null;
  if ((draft.author.trim() || null) !== stored.author) out.author = draft.author.trim() || null;
  if ((draft.date || null) !== stored.date) out.date = draft.date || null;
  if (draft.lang !== stored.lang) out.lang = draft.lang;
  return out;
}

export function SourceEditor({ id, fields, strings, onSaved }: { id: string; fields: SourceFields; strings: UiStrings; onSaved?: (fields: SourceFields) => void }) {
  const { t } = strings;
  const [open, setOpen] = useState(false);
  const [stored, setStored] = useState(fields);
  const [draft, setDraft] = useState<Draft>(() => draftOf(fields));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const base = `source-${id}`;
  // The stored record changed elsewhere (another view saved it, the corpus was re-read): show it, unless the reader is editing.
  useEffect(() => {
    if (open) return;
    setStored(fields);
    setDraft(draftOf(fields));
  }, [fields.title, fields.outlet, fields.author, fields.date, fields.lang]);

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const patch = changes(draft, stored);
    setBusy(true);
    setStatus(null);
    try {
      const answer = Object.keys(patch).length ? await sendToBackground('corpus/update', { id, fields: patch }) : { ok: true as const, fields: stored };
      if (answer.ok) {
        setStored(answer.fields);
        setDraft(draftOf(answer.fields));
        onSaved?.(answer.fields);
        setStatus({ ok: true, text: t('panelSourceSaved') });
        setOpen(false);
      } else {
        setStatus({ ok: false, text: t(`panelSourceError_${answer.error.replace(/-/g, '_')}`) });
      }
    } catch {
      // The browser's words for a lost message are English: the reader gets Glose's.
      setStatus({ ok: false, text: t('panelSourceError_failed', t('panelNoAnswerReason')) });
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <div class="source-edit">
        <button type="button" class="link" data-action="edit-source" aria-label={t('panelEditSourceOf', stored.title)} onClick={() => setOpen(true)}>
          {t('panelEditSource')}
        </button>
        {status?.ok && (
          <span role="status" class="muted" data-role="source-status">
            {' '}
            {status.text}
          </span>
        )}
      </div>
    );
  }
  return (
    <form class="source-edit" data-role="source-form" data-source={id} onSubmit={(e) => void save(e)}>
      {TEXT_FIELDS.map(([key, label]) => (
        <label key={key} for={`${base}-${key}`}>
          {t(label)}
          <input
            id={`${base}-${key}`}
            name={key}
            type="text"
            value={draft[key]}
            required={key === 'title'}
            aria-describedby={key === 'title' ? undefined : `${base}-hint`}
            onInput={(e) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      ))}
      <label for={`${base}-date`}>
        {t('panelSourceFieldDate')}
        <input id={`${base}-date`} name="date" type="date" value={draft.date} aria-describedby={`${base}-hint`} onInput={(e) => setDraft({ ...draft, date: (e.currentTarget as HTMLInputElement).value })} />
      </label>
      <label for={`${base}-lang`}>
        {t('panelSourceFieldLang')}
        <select id={`${base}-lang`} name="lang" value={draft.lang} onChange={(e) => setDraft({ ...draft, lang: (e.currentTarget as HTMLSelectElement).value as Draft['lang'] })}>
          {LANGS.map(([l, label]) => (
            <option key={l} value={l}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <p id={`${base}-hint`} class="muted">
        {t('panelSourceUnknownHint')}
      </p>
      <div class="row">
        <button type="submit" class="primary" data-action="save-source" disabled={busy} aria-busy={busy}>
          {t('panelSourceSave')}
        </button>
        <button
          type="button"
          data-action="cancel-source"
          onClick={() => {
            setDraft(draftOf(stored));
            setStatus(null);
            setOpen(false);
          }}
        >
          {t('panelSourceCancel')}
        </button>
      </div>
      <p role="status" data-role="source-status" class={status && !status.ok ? 'error' : 'muted'}>
        {status?.text}
      </p>
    </form>
  );
}
