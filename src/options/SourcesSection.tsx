/**
 * The reader's sources: every ingested article (title, outlet, date, mentions) with open and
 * delete; export of the whole corpus as JSON Lines and import of such a file (all or nothing:
 * a malformed file is refused with its line and reason); the storage used.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Translate } from '../core/i18n.ts';
import type { UiLang } from '../core/glossary/types.ts';
import type { SourceSummary } from '../messaging/shapes.ts';
import { sendToBackground } from '../messaging/client.ts';
import { download } from './download.ts';
import { canonicalizeUrl } from '../core/corpus/metadata.ts';
import { readImportFile } from './read-import-file.ts';
import { fetchCorpusExport, sendCorpusImport } from './send-corpus-import.ts';
import { createFormatter } from '../core/format.ts';
import { problem, type Problem } from '../core/problems.ts';
import { ProblemList } from './ProblemList.tsx';
import { FileInput } from './FileInput.tsx';

export function SourcesSection({ t, uiLang }: { t: Translate; uiLang: UiLang }) {
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [usage, setUsage] = useState<{ bytes: number | null; quota: number | null }>({ bytes: null, quota: null });
  const [errors, setErrors] = useState<readonly Problem[] | null>(null);
  const format = useMemo(() => createFormatter(uiLang), [uiLang]);
  const size = (n: number | null): string => (n === null ? '—' : format.bytes(n));
  const [notice, setNotice] = useState('');

  const refresh = async (): Promise<void> => {
    const r = await sendToBackground('corpus/list', {});
    setSources(r.sources);
    setUsage({ bytes: r.bytes, quota: r.quota });
  };
  useEffect(() => {
    void refresh();
  }, []);

  const remove = async (s: SourceSummary): Promise<void> => {
    await sendToBackground('corpus/delete', { id: s.id });
    setNotice(t('optionsSourceDeleted', s.title));
    await refresh();
  };
  const exportAll = async (): Promise<void> => {
    const { parts, filename } = await fetchCorpusExport();
    download(parts, filename, 'application/x-ndjson');
  };
  const importFile = async (file: File): Promise<void> => {
    // A new import starts clean: no earlier import's error or notice stays on the page.
    setNotice('');
    setErrors(null);
    const read = await readImportFile(file, 'corpus', true);
    if (!read.ok) {
      setErrors([read.problem]);
      return;
    }
    const before = (await sendToBackground('corpus/list', {}).catch(() => null))?.sources.length ?? null;
    let r: Awaited<ReturnType<typeof sendCorpusImport>> | undefined;
    try {
      r = await sendCorpusImport(read.text, (percent) => setNotice(t('importWorking', percent)));
    } catch {
      r = undefined;
    }
    setNotice('');
    if (!r) {
      // The worker stopped before it answered (the message failed, or came back empty): the
      // import is one transaction, so the list tells whether it was kept whole or not at all.
      const now = (await sendToBackground('corpus/list', {}).catch(() => null))?.sources.length ?? null;
      if (now !== null && before !== null && now !== before) setNotice(t('importCompletedAnyway', now));
      else setErrors([problem('importInterrupted')]);
      await refresh().catch(() => undefined);
      return;
    }
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setNotice(t('optionsSourcesImported', t('sourcesAdded', r.added), t('sourcesUpdated', r.updated)));
    await refresh();
  };

  return (
    <section aria-labelledby="sources-h" data-section="sources">
      <h2 id="sources-h">{t('optionsSources')}</h2>
      <p class="hint">{t('optionsSourcesIntro')}</p>
      <p class="hint" data-role="storage">
        {t('optionsStorage', size(usage.bytes), size(usage.quota))}
      </p>
      {sources && sources.length === 0 && <p>{t('optionsSourcesNone')}</p>}
      {sources && sources.length > 0 && (
        <table class="sources" data-role="sources">
          <thead>
            <tr>
              <th scope="col">{t('optionsSourceTitle')}</th>
              <th scope="col">{t('optionsSourceOutlet')}</th>
              <th scope="col">{t('optionsSourceDate')}</th>
              <th scope="col">{t('optionsSourceMentions')}</th>
              <th scope="col">
                <span class="sr-only">{t('optionsEntryDelete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => {
              // Only web pages become links; anything else (javascript:, data:) stays text.
              const url = canonicalizeUrl(s.url);
              return (
                <tr key={s.id} data-source={s.id}>
                  <td>
                    {url ? (
                      <a href={url} target="_blank" rel="noopener noreferrer">
                        {s.title}
                      </a>
                    ) : (
                      s.title
                    )}
                  </td>
                  <td>{s.outlet ?? '—'}</td>
                  <td>{s.date ? format.date(s.date) : ''}</td>
                  <td>{format.number(s.mentions)}</td>
                  <td>
                    <button type="button" data-action="delete-source" onClick={() => void remove(s)} aria-label={`${t('optionsEntryDelete')} — ${s.title}`}>
                      {t('optionsEntryDelete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button type="button" data-action="export-corpus" onClick={() => void exportAll()}>
          {t('optionsSourcesExport')}
        </button>
        <FileInput
          label={<>{t('optionsSourcesImport')}{' '}</>}
          accept=".jsonl,.ndjson,application/x-ndjson,application/json"
          action="import-corpus"
          onFile={(file) => void importFile(file)}
        />
      </div>
      {notice && (
        <p role="status" class="notice">
          {notice}
        </p>
      )}
      {errors && <ProblemList problems={errors} title={t('optionsImportRefused')} t={t} format={format} nothingKept />}
    </section>
  );
}
