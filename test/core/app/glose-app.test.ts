/**
 * The product's decisions with in-memory ports: the glossary the reader's entries make, entries
 * shown in the chosen style, style cycling, sites, and the one add-or-update rule for sources.
 */
import { describe, expect, it } from 'vitest';
import { GloseApp } from '../../../src/core/app/glose-app.ts';
import { addOrUpdateSource } from '../../../src/core/app/sources.ts';
import { nextStyle, styleLabelKey } from '../../../src/core/app/styles.ts';
import { siteOf } from '../../../src/core/app/sites.ts';
import { createMemoryStore } from '../../../src/core/corpus/memory-store.ts';
import { DEFAULT_SETTINGS, KOREAN_STYLE_IDS } from '../../../src/core/settings.ts';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import type { CorpusMention, CorpusSource } from '../../../src/core/corpus/types.ts';
import type { GlossaryEntry } from '../../../src/core/glossary/types.ts';
import { fakePorts } from './fake-ports.ts';

const builtin = BUILTIN_ENTRIES.filter((e) => ['kim-jong-un', 'kim-jong-il', 'kim-yo-jong', 'vladimir-putin', 'russia', 'aurus'].includes(e.id));
const mine: GlossaryEntry = { id: 'zorblax-hall', type: 'place', names: { fr: 'Zorblax Hall', en: 'Zorblax Hall' }, descriptions: { fr: 'Ma note.', en: 'My note.' }, source: 'moi', origin: 'user' };

describe('the glossary of the core service', () => {
  it('holds the reader’s entries from the first read on, and hides what they hid', async () => {
    const { ports, state } = fakePorts(builtin, { user: { version: 1, entries: [mine], hidden: ['aurus'] } });
    const app = new GloseApp(ports);
    const [a, b] = await Promise.all([app.glossary.current(), app.glossary.current()]);
    expect(a).toBe(b);
    expect(state.userReads).toBe(1);
    expect(a.byId.has('zorblax-hall')).toBe(true);
    expect(a.byId.has('aurus')).toBe(false);
    expect(a.types['zorblax-hall']).toBe('place');
  });

  it('serves a saved glossary at once, and reads storage again when told another context changed it', async () => {
    const { ports, state } = fakePorts(builtin);
    const app = new GloseApp(ports);
    const before = (await app.glossary.current()).version;
    await app.glossary.saveUserGlossary({ version: 1, entries: [mine], hidden: [] });
    const after = await app.glossary.current();
    expect(after.version).not.toBe(before);
    expect(after.byId.has('zorblax-hall')).toBe(true);
    state.user = { version: 1, entries: [], hidden: [] };
    expect((await app.glossary.current()).byId.has('zorblax-hall')).toBe(true);
    app.glossary.invalidate();
    expect((await app.glossary.current()).byId.has('zorblax-hall')).toBe(false);
  });

  it('tries again after a failed read instead of keeping the failure', async () => {
    const { ports } = fakePorts(builtin);
    let fail = true;
    const app = new GloseApp({ ...ports, glossary: { ...ports.glossary, readUser: async () => (fail ? Promise.reject(new Error('disk')) : undefined) } });
    await expect(app.glossary.current()).rejects.toThrow('disk');
    fail = false;
    expect((await app.glossary.current()).byId.has('kim-jong-un')).toBe(true);
  });

  it('takes a stored value that is not a glossary for an empty one', async () => {
    const { ports } = fakePorts(builtin, { user: { nope: true } as never });
    expect(await new GloseApp(ports).glossary.userGlossary()).toEqual({ version: 1, entries: [], hidden: [] });
  });
});

describe('settings: styles and sites', () => {
  it('stores only what differs from the defaults, and reads back untrusted values safely', async () => {
    const { ports, state } = fakePorts(builtin, { settings: { koreanStyle: 'klingon', russianStyle: 'iso9' } });
    const app = new GloseApp(ports);
    expect((await app.settings()).koreanStyle).toBe('press');
    await app.updateSettings({ highlight: 'off' });
    expect(state.settings).toEqual({ russianStyle: 'iso9', highlight: 'off' });
  });

  it('cycles the Korean style through every style and back', async () => {
    const { ports } = fakePorts(builtin);
    const app = new GloseApp(ports);
    const seen: string[] = [];
    for (let i = 0; i < KOREAN_STYLE_IDS.length; i++) seen.push((await app.cycleStyle('korean')).koreanStyle);
    expect(seen).toEqual([...KOREAN_STYLE_IDS.slice(1), KOREAN_STYLE_IDS[0]]);
    expect(nextStyle({ ...DEFAULT_SETTINGS, russianStyle: 'cyrillic' }, 'russian')).toEqual({ russianStyle: 'press' });
  });

  it('turns a site off and on by its URL, www. and port aside; leaves browser pages alone', async () => {
    const { ports } = fakePorts(builtin);
    const app = new GloseApp(ports);
    expect((await app.toggleSiteOf('https://www.news.example:8443/a'))?.disabledSites).toEqual(['news.example']);
    expect((await app.toggleSiteOf('https://news.example/b'))?.disabledSites).toEqual([]);
    expect(await app.toggleSiteOf('chrome://extensions')).toBeNull();
    expect((await app.setSiteEnabled('WWW.Other.example', false)).disabledSites).toEqual(['other.example']);
    expect(siteOf('file:///home/me/a.html')).toBe('file');
    expect(siteOf('not a url')).toBeNull();
  });
});

describe('entries as shown', () => {
  it('writes a name in the reader’s style and language, and names that style', async () => {
    const { ports } = fakePorts(builtin, { settings: { koreanStyle: 'mr' } });
    const app = new GloseApp(ports, () => 'fr-FR');
    expect((await app.entry('kim-jong-un'))?.display).toBe('Kim Chŏngŭn');
    await app.updateSettings({ koreanStyle: 'press' });
    expect((await app.entry('kim-jong-un'))?.display).toBe('Kim Jong-un');
    expect((await app.entry('kim-jong-un', 'en'))?.display).toBe('Kim Jong Un');
    expect(await app.entry('nobody')).toBeNull();
    const putin = (await app.glossary.entry('vladimir-putin'))!;
    expect(styleLabelKey(putin, { ...DEFAULT_SETTINGS, russianStyle: 'bgn-pcgn' })).toBe('styleRussian_bgn_pcgn');
    expect(styleLabelKey(mine, DEFAULT_SETTINGS)).toBeNull();
  });

  it('says the offices held on the page’s date', async () => {
    const { ports } = fakePorts(builtin);
    const app = new GloseApp(ports, () => 'en');
    const in2010 = await app.entry('vladimir-putin', 'en', '2010-01-01');
    const in2020 = await app.entry('vladimir-putin', 'en', '2020-01-01');
    expect(in2010?.offices?.map((o) => o.names.en)).toEqual(['Prime Minister of Russia']);
    expect(in2020?.offices?.map((o) => o.names.en)).toEqual(['President of Russia']);
  });

  it('gives the panel every romanisation with the reader’s marked, and related entries in that style', async () => {
    const { ports } = fakePorts(builtin, { settings: { koreanStyle: 'rr' } });
    const full = (await new GloseApp(ports, () => 'fr').entryFull('kim-jong-un'))!;
    expect(full.romanizations.filter((r) => r.selected).map((r) => r.system)).toEqual(['rr']);
    expect(full.related.find((r) => r.id === 'kim-jong-il')?.display).toBe('Gim Jeongil');
    expect(new Set(full.spellings.map((s) => s.text)).size).toBe(full.spellings.length);
  });

  it('searches the merged glossary', async () => {
    const { ports } = fakePorts(builtin, { user: { version: 1, entries: [mine], hidden: [] } });
    const hits = await new GloseApp(ports, () => 'fr').search('Zorblax', undefined, 5);
    expect(hits[0]).toMatchObject({ id: 'zorblax-hall', display: 'Zorblax Hall', type: 'place' });
  });
});

describe('adding or updating a source: one rule', () => {
  const source = (id: string, url: string | null, contentHash: string, title = id): CorpusSource =>
    ({ id, url, title, outlet: null, author: null, date: null, lang: 'fr', ingestedAt: '2026-01-01T00:00:00.000Z', glossaryVersion: 'v', contentHash, paragraphs: ['Kim Jong-un'] }) as CorpusSource;
  const mention = (sourceId: string): CorpusMention => ({ sourceId, entryId: 'kim-jong-un', paragraph: 0, start: 0, end: 11, surface: 'Kim Jong-un', match: 'name' }) as CorpusMention;

  it('adds a new article under its own id', async () => {
    const store = createMemoryStore();
    expect(await addOrUpdateSource(store, source('a', 'https://x/a', 'h1'), [mention('a')])).toMatchObject({ updated: false, source: { id: 'a' } });
  });

  it('updates the same text read first without a URL under the id it already had, mentions too', async () => {
    const store = createMemoryStore();
    await addOrUpdateSource(store, source('by-hash', null, 'h1'), [mention('by-hash')]);
    const saved = await addOrUpdateSource(store, source('by-url', 'https://x/a', 'h1', 'Titre'), [mention('by-url')]);
    expect(saved).toMatchObject({ updated: true, source: { id: 'by-hash', title: 'Titre' } });
    expect(await store.count()).toBe(1);
    expect((await store.mentionsForSource('by-hash')).map((m) => m.sourceId)).toEqual(['by-hash']);
  });

  it('removes a second copy that the same URL and the same text each point to', async () => {
    const store = createMemoryStore();
    await addOrUpdateSource(store, source('u', 'https://x/a', 'old-text'), []);
    await addOrUpdateSource(store, source('t', 'https://x/b', 'new-text'), []);
    const saved = await addOrUpdateSource(store, source('u', 'https://x/a', 'new-text'), []);
    expect(saved.source.id).toBe('u');
    expect((await store.listSources()).map((s) => s.id)).toEqual(['u']);
  });
});
