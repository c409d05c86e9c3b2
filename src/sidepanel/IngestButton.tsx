/**
 * "Add this page to my sources": asks the background to ingest the followed tab's article and
 * says what happened (added or updated, with the number of mentions, or why not).
 */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../messaging/ui-strings.ts';
import type { IngestResult } from '../messaging/shapes.ts';
import { sendToBackground } from '../messaging/client.ts';

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
    } catch (error) {
      setResult({ ok: false, error: error instanceof Error ? error.message : String(error) });
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
    </div>
  );
}
