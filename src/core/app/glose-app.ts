/**
 * The product's decisions in one service, made from injected ports (ports.ts): the settings
 * and their changes (a style cycled, a site turned off), the glossary, an entry as shown in
 * the reader's style, search, and the corpus (a source added or updated, cross-references).
 * The background wires it to browser.storage and IndexedDB, the CLI to its files, tests to
 * memory; message handlers are thin adapters over it.
 */
import { diffFromDefaults, normalizeSettings, type Settings } from '../settings.ts';
import { resolveUiLang } from '../i18n.ts';
import { formatName } from '../glossary/display.ts';
import type { GlossaryEntry, UiLang } from '../glossary/types.ts';
import { officesHeldAt, currentOfficePhrases } from '../glossary/roles.ts';
import { listRomanizations, listSpellings } from '../glossary/spellings.ts';
import { searchEntries } from '../search/search-entries.ts';
import { countSources, crossReferences } from '../corpus/xref.ts';
import type { CorpusCrossReferences, CorpusMention, CorpusSource } from '../corpus/types.ts';
import { GlossaryService } from './glossary-service.ts';
import { ReaderEntries } from './reader-entries.ts';
import { addOrUpdateSource, type SavedSource } from './sources.ts';
import { nextStyle, type StyleFamily } from './styles.ts';
import { siteEnabledPatch, siteOf, siteTogglePatch } from './sites.ts';
import type { AppPorts } from './ports.ts';
import type { EntryDetails, EntryFull, SearchHit } from './views.ts';

export class GloseApp {
  readonly glossary: GlossaryService;
  /** The reader's own entries: edits, imports, exports. */
  readonly readerEntries: ReaderEntries;

  constructor(
    readonly ports: AppPorts,
    /** The browser's (or system's) language, for a reader whose UI language is "auto". */
    private readonly locale: () => string | undefined = () => undefined,
  ) {
    this.glossary = new GlossaryService(ports.glossary, ports.clock);
    this.readerEntries = new ReaderEntries(this.glossary, ports.glossary.builtin);
  }

  // Settings

  async settings(): Promise<Settings> {
    return normalizeSettings(await this.ports.settings.read());
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    const next = normalizeSettings({ ...(await this.settings()), ...patch });
    await this.ports.settings.write(diffFromDefaults(next));
    return next;
  }

  async cycleStyle(family: StyleFamily): Promise<Settings> {
    return this.updateSettings(nextStyle(await this.settings(), family));
  }

  async setSiteEnabled(host: string, enabled: boolean): Promise<Settings> {
    return this.updateSettings(siteEnabledPatch(await this.settings(), host, enabled));
  }

  /** Turns Glose off for a page's site, or back on; nothing for a page Glose does not run on. */
  async toggleSiteOf(url: string): Promise<Settings | null> {
    const site = siteOf(url);
    return site ? this.updateSettings(siteTogglePatch(await this.settings(), site)) : null;
  }

  uiLang(settings: Settings, asked?: UiLang): UiLang {
    return asked ?? resolveUiLang(settings.uiLang, this.locale());
  }

  // Entries as shown

  /** The entry with its name in the reader's style and language. */
  shown(entry: GlossaryEntry, settings: Settings, uiLang: UiLang): EntryDetails {
    return { entry, display: formatName(entry, { korean: settings.koreanStyle, russian: settings.russianStyle }, uiLang) };
  }

  /** The card's entry: shown in the reader's style, with the offices held on the page's date. */
  async entry(id: string, uiLang?: UiLang, date?: string): Promise<EntryDetails | null> {
    const g = await this.glossary.current();
    const entry = g.byId.get(id);
    if (!entry) return null;
    const settings = await this.settings();
    const offices = officesHeldAt(entry, date, (x) => g.byId.get(x));
    return { ...this.shown(entry, settings, this.uiLang(settings, uiLang)), ...(offices.length ? { offices } : {}) };
  }

  async entries(ids: readonly string[], uiLang?: UiLang): Promise<EntryDetails[]> {
    const g = await this.glossary.current();
    const settings = await this.settings();
    const lang = this.uiLang(settings, uiLang);
    return ids.flatMap((id) => {
      const entry = g.byId.get(id);
      return entry ? [this.shown(entry, settings, lang)] : [];
    });
  }

  /** The side panel's view: every romanisation (the reader's marked), spelling and related entry. */
  async entryFull(id: string, uiLang?: UiLang): Promise<EntryFull | null> {
    const g = await this.glossary.current();
    const byId = (x: string) => g.byId.get(x);
    const entry = byId(id);
    if (!entry) return null;
    const settings = await this.settings();
    const lang = this.uiLang(settings, uiLang);
    const selected = new Set([settings.koreanStyle, settings.russianStyle]);
    return {
      ...this.shown(entry, settings, lang),
      romanizations: listRomanizations(entry).map((r) => ({ ...r, selected: selected.has(r.system as never) })),
      spellings: [
        ...listSpellings(entry).map((s) => ({ text: s.text, kind: s.kind, ...(s.system ? { system: s.system } : {}) })),
        // The phrases of the offices it holds today (« porte-parole du Kremlin »): they stand for it now.
        ...currentOfficePhrases(entry, byId).map((a) => ({ text: a.text, kind: 'description' as const })),
        ...listRomanizations(entry).map((r) => ({ text: r.text, kind: 'romanization', system: r.system })),
      ].filter((s, i, all) => all.findIndex((o) => o.text === s.text) === i),
      related: (entry.related ?? []).flatMap((r) => {
        const other = byId(r.id);
        return other ? [{ id: r.id, rel: r.rel, ...(r.note ? { note: r.note } : {}), display: this.shown(other, settings, lang).display, type: other.type }] : [];
      }),
    };
  }

  async search(query: string, uiLang?: UiLang, limit = 20): Promise<SearchHit[]> {
    const settings = await this.settings();
    const lang = this.uiLang(settings, uiLang);
    const g = await this.glossary.current();
    return searchEntries(g.entries, query, { limit }).map((hit) => {
      const entry = g.byId.get(hit.id)!;
      return { id: hit.id, display: this.shown(entry, settings, lang).display, type: entry.type, matched: hit.matched, score: hit.score };
    });
  }

  // Corpus

  addOrUpdateSource(source: CorpusSource, mentions: readonly CorpusMention[]): Promise<SavedSource> {
    return addOrUpdateSource(this.ports.corpus, source, mentions);
  }

  /** Which sources mention an entry; the panel quotes a few mentions per source. */
  crossReferences(entryId: string, limit = 50, shippedIds?: ReadonlySet<string>): Promise<CorpusCrossReferences> {
    return crossReferences(this.ports.corpus, entryId, { limit, mentionsPerSource: 5, ...(shippedIds ? { shippedIds } : {}) });
  }

  countSources(entryId: string): Promise<number> {
    return countSources(this.ports.corpus, entryId);
  }
}
