/**
 * The corpus as the background runs it: the IndexedDB store, the default sources seeded on
 * first use, ingestion of a tab's article (same URL or same text → update, not duplicate),
 * and re-indexing in the background whenever the glossary changes. All matching goes through
 * the same core matcher as pages and the CLI.
 */
import { createMatcher, type Matcher } from '../../core/match/index.ts';
import { ingestText, reindex, sourceIdOfInput, type IngestInput } from '../../core/corpus/ingest.ts';
import { editSource, fieldsOf, type SourceEdit, type SourceEditError, type SourceFields } from '../../core/corpus/edit.ts';
import { ingestInputOf } from './ingest-input.ts';
import { storageErrorText } from '../storage-errors.ts';
import { readerTranslator } from '../reader-language.ts';
import { defaultSourceInputs } from '../../core/corpus/default-sources.ts';
import type { CorpusMention, CorpusSource } from '../../core/corpus/types.ts';
import type { ExtractedPage, IngestResult } from '../../messaging/corpus-protocol.ts';
import { broadcastToPanels } from '../../messaging/client.ts';
import { ensureGlossary } from '../glossary-store.ts';
import { IdbCorpusStore } from './idb-store.ts';
import source1 from '../../data/sources/000_0f2cf2a9d1bc2be9.txt?raw';
import source2 from '../../data/sources/002_bb552e175208bf83.txt?raw';
import sourcesMeta from '../../data/sources/sources.json' with { type: 'json' };

export const store = new IdbCorpusStore();

let matcherCache: { version: string; matcher: Matcher } | null = null;
let seeding: Promise<void> | null = null;
let reindexing: Promise<void> | null = null;
let shippedIds: ReadonlySet<string> | null = null;

async function currentMatcher(): Promise<{ matcher: Matcher; version: string }> {
  const glossary = await ensureGlossary();
  if (matcherCache?.version !== glossary.version) matcherCache = { version: glossary.version, matcher: createMatcher(glossary.table) };
  return matcherCache;
}

function defaultInputs(): IngestInput[] {
  return defaultSourceInputs(
    [
      { file: '000_0f2cf2a9d1bc2be9.txt', text: source1 },
      { file: '002_bb552e175208bf83.txt', text: source2 },
    ],
    sourcesMeta,
  );
}

/** The ids of the articles shipped with Glose, which the panel presents as such. */
export function shippedSourceIds(): ReadonlySet<string> {
  shippedIds ??= new Set(defaultInputs().map(sourceIdOfInput));
  return shippedIds;
}

/** The two default articles, present from first use. */
export function ensureSeeded(): Promise<void> {
  seeding ??= (async () => {
    if (await store.getMeta<boolean>('seeded')) return;
    const { matcher, version } = await currentMatcher();
    const inputs = defaultInputs();
    for (const input of inputs) {
      const { source, mentions } = ingestText(input, { matcher, glossaryVersion: version, now: Date.now() });
      await store.putSource(source, mentions);
    }
    await store.setMeta('seeded', true);
  })().catch((error: unknown) => {
    seeding = null;
    throw error;
  });
  return seeding.then(() => scheduleReindex());
}

/**
 * Re-finds the mentions of every source indexed with another glossary version, one source at
 * a time with a pause between, so that requests keep being answered meanwhile.
 */
export function scheduleReindex(): void {
  if (reindexing) return;
  reindexing = (async () => {
    const { matcher, version } = await currentMatcher();
    // Nothing to do when the whole corpus was indexed with this glossary already.
    if ((await store.getMeta<string>('indexedVersion')) === version) return;
    const stale = (await store.listSourceMeta()).filter((s) => s.glossaryVersion !== version);
    for (const old of stale) {
      const fresh = await store.getSource(old.id);
      if (!fresh || fresh.glossaryVersion === version) continue;
      const { source, mentions } = reindex(fresh, matcher, version);
      await store.putSource(source, mentions);
      await new Promise((r) => setTimeout(r, 0));
    }
    await store.setMeta('indexedVersion', version);
    if (stale.length) await broadcastToPanels('panel/corpus-changed', {});
  })()
    .catch((error: unknown) => console.warn('[glose] re-indexing stopped:', error))
    .finally(() => {
      reindexing = null;
    });
}

/** Imported sources may come from another glossary: check again. */
export async function markCorpusUnchecked(): Promise<void> {
  await store.setMeta('indexedVersion', null);
  scheduleReindex();
}

/**
 * Ingests an article extracted from a page; an existing source with its URL or text is updated.
 * `null` when the page has no article text.
 */
export async function ingestPage(page: ExtractedPage): Promise<IngestResult | null> {
  try {
    await ensureSeeded();
    const input = ingestInputOf(page);
    if (!input) return null;
    const { matcher, version } = await currentMatcher();
    const result = ingestText(input, { matcher, glossaryVersion: version, now: Date.now() });
    const saved = await saveReplacing(result.source, result.mentions);
    // Panels refresh on their own time: the answer to the ingestion does not wait for them.
    void broadcastToPanels('panel/corpus-changed', {});
    return { ok: true, sourceId: saved.source.id, title: saved.source.title, mentions: result.mentions.length, updated: saved.updated, fields: fieldsOf(saved.source) };
  } catch (error) {
    const t = await readerTranslator();
    return { ok: false, error: `${storageErrorText(error, t)} ${t('ingestNothingKept')}` };
  }
}

/** Puts a source, taking over the id of an existing one with the same URL or content. */
export async function saveReplacing(source: CorpusSource, mentions: readonly CorpusMention[]): Promise<{ source: CorpusSource; updated: boolean }> {
  const existing = await store.findExistingId(source.id, source.url, source.contentHash);
  if (existing === undefined) {
    await store.putSource(source, mentions);
    return { source, updated: false };
  }
  const merged: CorpusSource = { ...source, id: existing };
  await store.putSource(
    merged,
    mentions.map((m) => ({ ...m, sourceId: existing })),
  );
  return { source: merged, updated: true };
}

/**
 * The reader's corrections to a source's record. A new language finds the mentions again (the
 * matcher reads French and English differently, and nothing in another language); the other
 * fields keep them, rewritten with the source so that sorting and outlet statistics follow.
 */
export async function updateSource(id: string, edit: SourceEdit): Promise<{ ok: true; fields: SourceFields } | { ok: false; error: SourceEditError | 'missing' }> {
  await ensureSeeded();
  const source = await store.getSource(id);
  if (!source) return { ok: false, error: 'missing' };
  const edited = editSource(source, edit);
  if (!edited.ok) return edited;
  if (edited.source.lang !== source.lang) {
    const { matcher, version } = await currentMatcher();
    const fresh = reindex(edited.source, matcher, version);
    await store.putSource(fresh.source, fresh.mentions);
  } else {
    await store.putSource(edited.source, await store.mentionsForSource(id));
  }
  void broadcastToPanels('panel/corpus-changed', {});
  return { ok: true, fields: fieldsOf(edited.source) };
}
