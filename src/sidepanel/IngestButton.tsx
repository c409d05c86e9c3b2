/**
 * "Add this page to my sources": asks the background to ingest the followed tab's article and
 * says what happened (added or updated, with the number of mentions, or why not).
 */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../messaging/ui-strings.ts';
import type { IngestResult } from '../messaging/shapes.ts';
import { sendToBackground } from '../messaging/client.ts';
import type { SourceFields } from '../core/corpus/edit.ts';
import { SourceEditor } from './SourceEditor.tsx';

/** What was read of the page, to check at once: outlet, author, date (each « unknown » when it is). */
function IngestedSource({ id, fields, strings, onSaved }: { id: string; fields: SourceFields; strings: UiStrings; onSaved: (f: SourceFields) => void }) {
  const { t, uiLang } = strings;
  const date = fields.date ? new Intl.DateTimeFormat(uiLang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${fields.date}T00:00:00Z`)) : null;
  return (
    <div class="ingested" data-role="ingested-source" data-source={id}>
      <p class="muted">{t('panelIngestedSource')}</p>
      <p class="source-title" data-role="source-title">
        {fields.title}
      </p>
      <p class="muted">
        <span data-role="source-outlet">{fields.outlet ?? t('panelUnknownOutlet')}</span>
        {fields.author && <span data-role="source-author">{` · ${t('panelSourceBy', fields.author)}`}</span>}
        {date && (
          <span data-role="source-date" data-date={fields.date}>
            {` · ${date}`}
          </span>
        )}
      </p>
      <SourceEditor id={id} fields={fields} strings={strings} onSaved={onSaved} />
    </div>
  );
}

export function IngestButton({ tabId, strings }: { tabId: number | null; strings: UiStrings }) {
  const { t } = strings;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<IngestResult | null>(null);
  const ingest = async (): Promise<void> => {
    if (tabId === null || busy) return;
    setBusy(true);
    setResult(null);
    try {
      setResult(await sendToBackground('corpus/ingest-tab', { tabId }));
    } catch {
      // The browser's own words for a lost message are English: the reader gets Glose's.
      setResult({ ok: false, error: t('panelIngestNoAnswer') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="ingest">
      <button type="button" class="primary" data-action="ingest" disabled={tabId === null || busy} aria-busy={busy} onClick={() => void ingest()}>
        {busy ? t('panelIngesting') : t('panelIngest')}
      </button>
      <p role="status" data-role="ingest-status" class={result && !result.ok ? 'error' : undefined}>
        {result?.ok === true && t(result.updated ? 'panelIngestUpdated' : 'panelIngestAdded', result.title, result.mentions)}
        {result?.ok === false && t('panelIngestFailed', result.error)}
      </p>
      {result?.ok === true && <IngestedSource id={result.sourceId} fields={result.fields} strings={strings} onSaved={(fields) => setResult({ ...result, fields })} />}
    </div>
  );
}
