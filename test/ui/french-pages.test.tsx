// @vitest-environment happy-dom
/**
 * No English on a French page: the card, the side panel's entry view and the options page's
 * sections, rendered with the French table as a French reader sees them — with import errors
 * straight from core's parsers, every problem code, sizes and dates — hold no English sentence
 * or word outside what is marked as English data (test/ui/english-leak.ts). The check is first
 * shown catching English planted for the purpose.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { createTranslator, type LocaleMessages, type Translate } from '../../src/core/i18n.ts';
import { createFormatter } from '../../src/core/format.ts';
import { PROBLEM_CODES, problem, type Problem } from '../../src/core/problems.ts';
import { parseUserGlossaryCsv, parseUserGlossaryJson } from '../../src/core/glossary/user-entries.ts';
import { parseCorpus } from '../../src/core/corpus/jsonl.ts';
import { BUILTIN_ENTRIES } from '../../src/data/glossary/index.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { englishPieces, findEnglish, type Leak } from './english-leak.ts';
import frMessages from '../../_locales/fr/messages.json' with { type: 'json' };
import enMessages from '../../_locales/en/messages.json' with { type: 'json' };

// The background's answers, as the pages would receive them.
const answers = vi.hoisted(() => ({ current: {} as Record<string, unknown> }));
vi.mock('../../src/messaging/client.ts', () => ({
  sendToBackground: vi.fn(async (type: string) => answers.current[type]),
  sendToTab: vi.fn(),
  broadcastToPanels: vi.fn(),
}));

const { Card } = await import('../../src/content/card/Card.tsx');
const { ProblemList } = await import('../../src/options/ProblemList.tsx');
const { SourcesSection } = await import('../../src/options/SourcesSection.tsx');
const { UserEntriesSection } = await import('../../src/options/UserEntriesSection.tsx');
const { StylesSection } = await import('../../src/options/StylesSection.tsx');
const { EntryView } = await import('../../src/sidepanel/EntryView.tsx');
const { PageView } = await import('../../src/sidepanel/PageView.tsx');
const { EntryForm } = await import('../../src/options/EntryForm.tsx');
const { UnknownCard } = await import('../../src/content/card/UnknownCard.tsx');
const { unknownNameView } = await import('../../src/core/unknown/draft.ts');

const FR = frMessages as LocaleMessages;
const EN = enMessages as LocaleMessages;
const t = createTranslator(FR, EN, 'fr');
const format = createFormatter('fr');
const PIECES = englishPieces(EN, FR);

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Renders as a French page does (`<html lang="fr">`) and returns what reaches the reader in English. */
async function englishOn(node: ComponentChild): Promise<{ leaks: Leak[]; text: string }> {
  document.documentElement.lang = 'fr';
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  for (let i = 0; i < 5; i++) await settle();
  const result = { leaks: findEnglish(root, PIECES), text: root.textContent ?? '' };
  render(null, root);
  root.remove();
  return result;
}

const entry = (id: string) => BUILTIN_ENTRIES.find((e) => e.id === id)!;
const kim = entry('kim-jong-un');

afterEach(() => {
  answers.current = {};
});

describe('the check for English on a French page', () => {
  it('catches an English message planted in the French table', async () => {
    const planted = createTranslator({ ...FR, problem_required: EN.problem_required! }, EN, 'fr');
    const { leaks } = await englishOn(<ProblemList problems={[problem('required', [], { line: 2, field: 'names.en' })]} title={t('optionsImportRefused')} t={planted} format={format} nothingKept />);
    expect(leaks.map((l) => l.why)).toEqual(['English word “is”']);
  });

  it('catches a sentence written in English in the code, and a key missing from the French table', async () => {
    expect((await englishOn(<p>ligne 2 · 1 — not valid JSON</p>)).leaks).toHaveLength(1);
    expect((await englishOn(<button type="button" title="Open in the side panel">✕</button>)).leaks).toHaveLength(1);
    const { problem_emptyFile: _, ...missing } = FR;
    const fallback = createTranslator(missing, EN, 'fr');
    expect((await englishOn(<ProblemList problems={[problem('emptyFile')]} title="Import refusé" t={fallback} format={format} nothingKept={false} />)).leaks).toHaveLength(1);
  });

  it('lets English data marked as English through', async () => {
    expect((await englishOn(<p>
      Nom anglais : <span lang="en">The Supreme Leader of the country</span>, champ <code lang="zxx">names.en</code>
    </p>)).leaks).toEqual([]);
  });
});

describe('French pages hold no English', () => {
  it('every problem code, worded for a French reader', async () => {
    const all: Problem[] = PROBLEM_CODES.map((code) => problem(code, ['kim-jong-un', 2, 3, 4], { line: 3, column: 7, field: 'names.en' }));
    const { leaks, text } = await englishOn(<ProblemList problems={all.slice(0, 50)} title={t('optionsImportRefused')} t={t} format={format} nothingKept />);
    const rest = await englishOn(<ProblemList problems={all.slice(50)} title={t('optionsImportRefused')} t={t} format={format} nothingKept />);
    expect([...leaks, ...rest.leaks]).toEqual([]);
    expect(text).toContain('ligne 3, colonne 7 · names.en — ');
  });

  it('imports refused by core’s own parsers, as the options page lists them', async () => {
    const refused = (r: { ok: boolean; errors?: Problem[] }): Problem[] => (r.ok ? [] : r.errors!);
    const problems = [
      ...refused(parseUserGlossaryJson('', BUILTIN_ENTRIES)),
      ...refused(parseUserGlossaryJson('[\n {"id": "x",\n  "type": }\n]', BUILTIN_ENTRIES)),
      ...refused(parseUserGlossaryJson(JSON.stringify([{ id: 'x', type: 'person', names: { fr: 'X' }, descriptions: 'non' }]), BUILTIN_ENTRIES)),
      ...refused(parseUserGlossaryCsv('id,type,name_fr\nx,person,X\n', BUILTIN_ENTRIES)),
      ...refused(parseCorpus('{"glose":"corpus","version":1}\n{"source": {\n')),
      ...refused(parseCorpus('')),
    ];
    const { leaks, text } = await englishOn(<ProblemList problems={problems} title={t('optionsImportRefused')} t={t} format={format} nothingKept />);
    expect(leaks).toEqual([]);
    expect(text).toContain('Le fichier est vide');
    expect(text).toMatch(/ligne 3, colonne \d+ — ce n’est pas du JSON valide/);
    expect(text).toContain('names.en — est obligatoire');
    expect(text).toContain('descriptions — doit donner une description en français et une en anglais');
    expect(text).toMatch(/ligne 2, colonne \d+ — ce n’est pas du JSON valide/);
  });

  it('the card', async () => {
    const { leaks, text } = await englishOn(
      <Card
        details={{ entry: kim, display: 'Kim Jong-un', offices: [{ names: { fr: 'dirigeant de la Corée du Nord', en: 'leader of North Korea' }, from: '2011-12-17' }] }}
        mention={{ surface: 'Kim Jong-eun', match: 'misspelling', intended: 'Kim Jong-un' }}
        pageLang="fr"
        uiLang="fr"
        t={t}
        sourceCount={3}
        pinned={false}
        settings={{ ...DEFAULT_SETTINGS, koreanStyle: 'mr' }}
        candidates={[]}
        onOpenPanel={() => undefined}
        onCopy={async () => undefined}
        onChangeSettings={() => undefined}
        onTurnOff={() => undefined}
        onTogglePin={() => undefined}
        onClose={() => undefined}
        onPickCandidate={() => undefined}
      />,
    );
    expect(leaks).toEqual([]);
    expect(text).toContain('Faute d’orthographe probable de «\u202fKim Jong-un\u202f»');
  });

  it('the card of a name without an entry', async () => {
    const { leaks, text } = await englishOn(
      <UnknownCard
        view={unknownNameView('Ri Thae-song', 'ko', 'fr', { korean: 'mr', russian: 'press' }, 'fr')}
        uiLang="fr"
        t={t}
        onPage={{ count: 2, spellings: ['Ri Thae-song', 'Ri Thae Song'] }}
        onAdd={() => undefined}
        onClose={() => undefined}
      />,
    );
    expect(leaks).toEqual([]);
    expect(text).toContain('Ce nom n’est pas dans le glossaire.');
    expect(text).toContain('Probablement, en hangeul\u202f:');
    expect(text).toContain('Nommé 2 fois sur cette page (Ri Thae Song)');
    expect(text).toContain('Ajouter');
  });

  it('the side panel’s entry view, with its date in French', async () => {
    answers.current = {
      'panel/entry': {
        entry: { ...kim, asOf: '2024-06' },
        display: 'Kim Jong-un',
        romanizations: [{ system: 'mr', label: { fr: 'McCune-Reischauer', en: 'McCune–Reischauer' }, text: 'Kim Chŏngŭn', selected: true }],
        spellings: [{ text: 'Kim Jong Un', kind: 'press' }, { text: 'Kim Jong-eun', kind: 'variant' }],
        related: [],
      },
      'corpus/xref': {
        entryId: 'kim-jong-un',
        sources: [{ id: 'u-1', title: 'Kim Jong-un à Moscou', url: null, outlet: null, date: '2024-03-06', lang: 'fr', mentions: [{ start: 0, end: 11, surface: 'Kim Jong-un', match: 'name', quote: 'Kim Jong-un est arrivé.', quoteStart: 0, quoteEnd: 11 }] }],
        cooccurring: [],
        spellings: [{ surface: 'Kim Jong-un', count: 1, outlets: [] }],
      },
    };
    const data = { settings: { ...DEFAULT_SETTINGS, uiLang: 'fr' as const }, corpusRevision: 0 };
    const { leaks, text } = await englishOn(<EntryView id="kim-jong-un" data={data as never} strings={{ uiLang: 'fr', t }} onOpen={() => undefined} />);
    expect(leaks).toEqual([]);
    expect(text).toContain('Fonctions à jour\u202f: juin 2024');
    expect(text).toContain('6 mars 2024');
  });

  it('the side panel’s page view, with counts in French', async () => {
    const data = {
      tabId: 7,
      report: {
        url: 'https://example.org/a', title: 'Kim Jong-un à Moscou', lang: 'fr', total: 1240, at: 0,
        entries: [{ entry: 'kim-jong-un', type: 'person', count: 1234, surfaces: [{ text: 'Kim Jong-un', count: 1230, match: 'name' }, { text: 'Kim Jong-eun', count: 4, match: 'misspelling' }] }],
        unknown: [{ name: 'Anatoli Koudriachov', origin: 'ru', count: 1002 }],
      },
      entries: new Map([['kim-jong-un', { entry: kim, display: 'Kim Jong-un' }]]),
      settings: { ...DEFAULT_SETTINGS, uiLang: 'fr' as const },
      loading: false,
      corpusRevision: 0,
    };
    const { leaks, text } = await englishOn(<PageView data={data as never} strings={{ uiLang: 'fr', t }} onOpen={() => undefined} />);
    expect(leaks).toEqual([]);
    expect(text).toContain('1\u202f234');
    expect(text).toContain('Noms absents du glossaire');
    expect(text).toContain('Anatoli KoudriachovNom russe1\u202f002');
  });

  it('the options page’s entry form', async () => {
    const { leaks } = await englishOn(<EntryForm entry={{ ...kim, origin: 'user' }} t={t} onSave={() => undefined} onCancel={() => undefined} />);
    expect(leaks).toEqual([]);
  });

  it('the options page’s sources, entries and styles, with Mo, Go and French dates', async () => {
    answers.current = {
      'corpus/list': {
        sources: [{ id: 'u-1', title: 'À Pyongyang, une deuxième Aurus', url: 'https://example.org/a', outlet: 'Le Quotidien', date: '2024-03-06', lang: 'fr', mentions: 1234, ingestedAt: '2024-03-06T10:00:00Z' }],
        bytes: 1.2 * 1024 * 1024,
        quota: 10.7 * 1024 ** 3,
      },
      'glossary/user': { glossary: { version: 1, entries: [{ ...kim, id: 'mon-kim', origin: 'user' }], hidden: ['kim-jong-un'] }, builtin: [{ id: 'kim-jong-un', type: 'person', names: kim.names }] },
      'entries/get': [{ entry: kim, display: 'Kim Jong-un' }],
    };
    const sources = await englishOn(<SourcesSection t={t} uiLang="fr" />);
    expect(sources.leaks).toEqual([]);
    expect(sources.text).toMatch(/1,2\s?Mo \(quota 10,7\s?Go\)/u);
    expect(sources.text).toContain('6 mars 2024');
    expect(sources.text).toMatch(/1\s234/u);
    const entries = await englishOn(<UserEntriesSection t={t} uiLang="fr" />);
    expect(entries.leaks).toEqual([]);
    const styles = await englishOn(<StylesSection settings={{ ...DEFAULT_SETTINGS, uiLang: 'fr' }} t={t} uiLang="fr" />);
    expect(styles.leaks).toEqual([]);
    expect(styles.text).toContain('Aperçu\u202f:');
  });
});

// A key missing from both tables comes back as the key itself: caught too.
it('catches a key missing from both tables', async () => {
  const bare: Translate = createTranslator({}, {}, 'fr');
  expect((await englishOn(<p>{bare('optionsImportRefused')}</p>)).leaks.map((l) => l.why)).toEqual(['untranslated key “optionsImportRefused”']);
  expect((await englishOn(<p>{bare('problem_emptyFile')}</p>)).leaks.map((l) => l.why)).toEqual(['untranslated key “problem_emptyFile”']);
});
