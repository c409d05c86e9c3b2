/**
 * The background's answers about the corpus: counts for the card, cross-references for the
 * panel, ingestion of a tab, and the options page's list, delete, export and import.
 */
import { IMPORT_PART_CHARS } from '../../messaging/shapes.ts';
import type { HandlersFor } from '../background-context.ts';
import type { ToBackground } from '../../messaging/to-background.ts';
import { splitText } from '../../core/files/split-text.ts';
import { broadcastToPanels, sendToTab } from '../../messaging/client.ts';
import { parseCorpus, serializeCorpus } from '../../core/corpus/jsonl.ts';
import type { CorpusService } from './corpus-service.ts';
import { findTooDeep, MAX_JSON_DEPTH } from '../../core/files/nesting.ts';
import { storageProblem } from '../storage-errors.ts';
import { problem, problemText, type Problem } from '../../core/problems.ts';
import { readerTranslator } from '../reader-language.ts';

/** Files in transit between the options page and the worker, in parts; forgotten after ten minutes. */
class FilesInTransit {
  /** Parts of large imports on their way in, by import id. */
  readonly imports = new Map<string, { parts: string[]; at: number }>();
  /** Large exports being fetched by the options page, part by part. */
  readonly exports = new Map<string, { parts: string[]; filename: string; at: number }>();

  dropStale(now = Date.now()): void {
    for (const [id, staged] of this.imports) if (now - staged.at > 10 * 60_000) this.imports.delete(id);
    for (const [id, made] of this.exports) if (now - made.at > 10 * 60_000) this.exports.delete(id);
  }
}

/** Pages where no content script runs (browser pages, the extension store) cannot be ingested. */
async function extract(tabId: number) {
  try {
    return await sendToTab(tabId, 'content/extract-article', {});
  } catch {
    return null;
  }
}

export async function ingestTab(corpus: CorpusService, tabId: number) {
  const page = await extract(tabId);
  // In the reader's chosen language, which browser.i18n does not follow.
  const t = await readerTranslator(corpus.app);
  if (!page) return { ok: false as const, error: t('ingestNoPage') };
  const noText = { ok: false as const, error: t('ingestNoText') };
  if (page.paragraphs.length === 0 && !page.html) return noText;
  return (await corpus.ingestPage(page)) ?? noText;
}

export function corpusHandlers(corpus: CorpusService): HandlersFor<Extract<keyof ToBackground, `corpus/${string}`>> {
  const { app, store } = corpus;
  const transit = new FilesInTransit();
  const stagedImports = transit.imports;
  const madeExports = transit.exports;
  const dropStaleImports = () => transit.dropStale();
  const ensureSeeded = () => corpus.ensureSeeded();
  return {
    async 'corpus/count'({ entryId }) {
      await ensureSeeded();
      return { sources: await store.countSourcesFor(entryId) };
    },

    async 'corpus/xref'({ entryId, limit }) {
      await ensureSeeded();
      // The panel quotes two mentions per source and lists the spellings: a few per source suffice.
      return app.crossReferences(entryId, limit, corpus.shippedSourceIds());
    },

    async 'corpus/ingest-tab'({ tabId }) {
      return ingestTab(corpus, tabId);
    },

    async 'corpus/list'() {
      await ensureSeeded();
      const sources = await store.listSourceMeta();
      const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
      sources.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.ingestedAt.localeCompare(a.ingestedAt));
      return {
        sources: sources.map((s) => ({ id: s.id, title: s.title, url: s.url, outlet: s.outlet, date: s.date, lang: s.lang, mentions: s.mentionCount ?? 0, ingestedAt: s.ingestedAt })),
        bytes: estimate?.usage ?? null,
        quota: estimate?.quota ?? null,
      };
    },

    async 'corpus/delete'({ id }) {
      await store.deleteSource(id);
      await broadcastToPanels('panel/corpus-changed', {});
      return { ok: true };
    },

    async 'corpus/update'({ id, fields }) {
      return corpus.updateSource(id, fields);
    },

    async 'corpus/export'({ exportId, part }) {
      dropStaleImports();
      if (exportId !== undefined) {
        const made = madeExports.get(exportId);
        if (!made || part === undefined || part >= made.parts.length) throw new Error(problemText(problem('exportExpired'), await readerTranslator(app)));
        if (part === made.parts.length - 1) madeExports.delete(exportId);
        return { text: made.parts[part]!, filename: made.filename, exportId, part, parts: made.parts.length };
      }
      await ensureSeeded();
      const sources = await store.listSources();
      const items = await Promise.all(sources.map(async (source) => ({ source, mentions: await store.mentionsForSource(source.id) })));
      const filename = `glose-corpus-${new Date().toISOString().slice(0, 10)}.jsonl`;
      // A large corpus does not fit one message (64 MiB): the page fetches the rest part by part.
      const parts = splitText(serializeCorpus(items), IMPORT_PART_CHARS);
      const id = crypto.randomUUID();
      if (parts.length > 1) madeExports.set(id, { parts, filename, at: Date.now() });
      return { text: parts[0]!, filename, exportId: id, part: 0, parts: parts.length };
    },

    async 'corpus/import-part'({ importId, index, text }) {
      dropStaleImports();
      const staged = stagedImports.get(importId) ?? { parts: [], at: Date.now() };
      staged.parts[index] = text;
      stagedImports.set(importId, staged);
      return { ok: true };
    },

    async 'corpus/import'({ text, importId, parts }) {
      const refused = (p: Problem) => ({ ok: false as const, errors: [{ line: 0, ...p }] });
      let whole = text;
      if (importId !== undefined) {
        const staged = stagedImports.get(importId);
        stagedImports.delete(importId);
        // Parts live in the worker's memory: a worker stopped mid-way lost them, and says so.
        if (!staged || staged.parts.length !== parts || Array.from({ length: parts ?? 0 }, (_, i) => staged.parts[i]).some((x) => x === undefined)) return refused(problem('importInterrupted'));
        whole = staged.parts.join('') + text;
      }
      const deep = findTooDeep(whole);
      if (deep) return refused(problem('tooDeep', [MAX_JSON_DEPTH], { line: deep.line, column: deep.column }));
      const parsed = parseCorpus(whole);
      if (!parsed.ok) return { ok: false, errors: parsed.errors.slice(0, 100) };
      let counts: { added: number; updated: number };
      try {
        counts = await store.importSources(parsed.items);
      } catch (error) {
        return refused(storageProblem(error));
      }
      await corpus.markUnchecked().catch(() => undefined);
      await broadcastToPanels('panel/corpus-changed', {});
      return { ok: true, ...counts };
    },
  };
}
