/**
 * The corpus as the background runs it: the IndexedDB store, the default sources seeded on
 * first use, ingestion of a tab's article (the core rule: same URL or same text → update, not
 * duplicate), and re-indexing in the background whenever the glossary changes. All matching
 * goes through the same core matcher as pages and the CLI.
 */
import { createMatcher, type Matcher } from '../../core/match/index.ts';
import { ingestText, reindex, sourceIdOfInput, type IngestInput } from '../../core/corpus/ingest.ts';
import { editSource, fieldsOf, type SourceEdit, type SourceEditError, type SourceFields } from '../../core/corpus/edit.ts';
import type { GloseApp } from '../../core/app/glose-app.ts';
import { ingestInputOf } from './ingest-input.ts';
import { storageErrorText } from '../storage-errors.ts';
import { readerTranslator } from '../reader-language.ts';
import { defaultSourceInputs } from '../../core/corpus/default-sources.ts';
import type { ExtractedPage, IngestResult } from '../../messaging/shapes.ts';
import { broadcastToPanels } from '../../messaging/client.ts';
import type { IdbCorpusStore } from './idb-store.ts';
import source1 from '../../data/sources/000_0f2cf2a9d1bc2be9.txt?raw';
import source2 from '../../data/sources/002_bb552e175208bf83.txt?raw';
import sourcesMeta from '../../data/sources/sources.json' with { type: 'json' };

/** The two articles shipped with Glose, as ingestion inputs. */
function defaultInputs(): IngestInput[] {
  return defaultSourceInputs(
    [
      { file: '000_0f2cf2a9d1bc2be9.txt', text: source1 },
      { file: '002_bb552e175208bf83.txt', text: source2 },
    ],
    sourcesMeta,
  );
}

export class CorpusService {
  #matcher: { version: string; matcher: Matcher } | null = null;
  #seeding: Promise<void> | null = null;
  #reindexing: Promise<void> | null = null;
  #shippedIds: ReadonlySet<string> | null = null;

  constructor(
    readonly app: GloseApp,
    readonly store: IdbCorpusStore,
  ) {}

  async #currentMatcher(): Promise<{ matcher: Matcher; version: string }> {
    const glossary = await this.app.glossary.current();
    if (this.#matcher?.version !== glossary.version) this.#matcher = { version: glossary.version, matcher: createMatcher(glossary.table) };
    return this.#matcher;
  }

  /** The two default articles, present from first use. */
  ensureSeeded(): Promise<void> {
    this.#seeding ??= (async () => {
      if (await this.store.getMeta<boolean>('seeded')) return;
      const { matcher, version } = await this.#currentMatcher();
      const inputs = defaultInputs();
      for (const input of inputs) {
        const { source, mentions } = ingestText(input, { matcher, glossaryVersion: version, now: this.app.ports.clock.now() });
        await this.store.putSource(source, mentions);
      }
      await this.store.setMeta('seeded', true);
    })().catch((error: unknown) => {
      this.#seeding = null;
      throw error;
    });
    return this.#seeding.then(() => this.scheduleReindex());
  }

  /** The ids of the articles shipped with Glose, which the panel presents as such. */
  shippedSourceIds(): ReadonlySet<string> {
    this.#shippedIds ??= new Set(defaultInputs().map(sourceIdOfInput));
    return this.#shippedIds;
  }

  /**
   * The reader's corrections to a source's record. A new language finds the mentions again (the
   * matcher reads French and English differently, and nothing in another language); the other
   * fields keep them, rewritten with the source so that sorting and outlet statistics follow.
   */
  async updateSource(id: string, edit: SourceEdit): Promise<{ ok: true; fields: SourceFields } | { ok: false; error: SourceEditError | 'missing' }> {
    await this.ensureSeeded();
    const source = await this.store.getSource(id);
    if (!source) return { ok: false, error: 'missing' };
    const edited = editSource(source, edit);
    if (!edited.ok) return edited;
    if (edited.source.lang !== source.lang) {
      const { matcher, version } = await this.#currentMatcher();
      const fresh = reindex(edited.source, matcher, version);
      await this.store.putSource(fresh.source, fresh.mentions);
    } else {
      await this.store.putSource(edited.source, await this.store.mentionsForSource(id));
    }
    void broadcastToPanels('panel/corpus-changed', {});
    return { ok: true, fields: fieldsOf(edited.source) };
  }

  /**
   * Re-finds the mentions of every source indexed with another glossary version, one source at
   * a time with a pause between, so that requests keep being answered meanwhile.
   */
  scheduleReindex(): void {
    if (this.#reindexing) return;
    this.#reindexing = (async () => {
      const { matcher, version } = await this.#currentMatcher();
      // Nothing to do when the whole corpus was indexed with this glossary already.
      if ((await this.store.getMeta<string>('indexedVersion')) === version) return;
      const stale = (await this.store.listSourceMeta()).filter((s) => s.glossaryVersion !== version);
      for (const old of stale) {
        const fresh = await this.store.getSource(old.id);
        if (!fresh || fresh.glossaryVersion === version) continue;
        const { source, mentions } = reindex(fresh, matcher, version);
        await this.store.putSource(source, mentions);
        await new Promise((r) => setTimeout(r, 0));
      }
      await this.store.setMeta('indexedVersion', version);
      if (stale.length) await broadcastToPanels('panel/corpus-changed', {});
    })()
      .catch((error: unknown) => console.warn('[glose] re-indexing stopped:', error))
      .finally(() => {
        this.#reindexing = null;
      });
  }

  /** Imported sources may come from another glossary: check again. */
  async markUnchecked(): Promise<void> {
    await this.store.setMeta('indexedVersion', null);
    this.scheduleReindex();
  }

  /**
   * Ingests an article extracted from a page; an existing source with its URL or text is updated.
   * `null` when the page has no article text.
   */
  async ingestPage(page: ExtractedPage): Promise<IngestResult | null> {
    try {
      await this.ensureSeeded();
      const input = ingestInputOf(page);
      if (!input) return null;
      const { matcher, version } = await this.#currentMatcher();
      const result = ingestText(input, { matcher, glossaryVersion: version, now: this.app.ports.clock.now() });
      const saved = await this.app.addOrUpdateSource(result.source, result.mentions);
      // Panels refresh on their own time: the answer to the ingestion does not wait for them.
      void broadcastToPanels('panel/corpus-changed', {});
      return { ok: true, sourceId: saved.source.id, title: saved.source.title, mentions: result.mentions.length, updated: saved.updated, fields: fieldsOf(saved.source) };
    } catch (error) {
      const t = await readerTranslator(this.app);
      return { ok: false, error: `${storageErrorText(error, t)} ${t('ingestNothingKept')}` };
    }
  }
}
