/**
 * `glose ingest` and `glose xref` in-process: a folder with an HTML article (Readability,
 * og: metadata, canonical URL) and the default .txt sources (metadata from sources.json),
 * one output line per article, updates instead of duplicates, the xref JSON shape, exit codes.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';
import { parseCorpus } from '../../src/core/corpus/jsonl.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCES = join(ROOT, 'src/data/sources');

function article(extra = ''): string {
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Vostochny, un an après - La Gazette de l'Est</title>
  <meta property="og:title" content="Vostochny, un an après le sommet">
  <meta property="og:site_name" content="La Gazette de l'Est">
  <meta property="og:url" content="https://gazette.example/monde/vostochny-un-an-apres">
  <meta property="article:published_time" content="2024-09-13T08:00:00+02:00">
  <meta name="author" content="Claire Martin">
  <link rel="canonical" href="https://gazette.example/monde/vostochny-un-an-apres?utm_source=rss">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Vostochny","datePublished":"2024-09-13"}</script>
  <script>var tracking = "Sergueï Lavrov";</script>
</head>
<body>
  <nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Vostochny, un an après le sommet</h1>
    <p>Il y a un an, Vladimir Poutine recevait Kim Jong-un au cosmodrome de Vostochny, dans l'Extrême-Orient russe. Les deux dirigeants avaient alors visité les installations de lancement et parlé longuement de coopération spatiale et militaire.</p>
    <p>Quelques mois plus tard, le dirigeant nord-coréen recevait une limousine Aurus, cadeau personnel du président russe. Séoul avait dénoncé une violation des sanctions de l'ONU, qui interdisent d'exporter des articles de luxe vers la Corée du Nord.</p>
    <p>Depuis, Poutine s'est rendu à Pyongyang, où les deux pays ont signé un traité de partenariat stratégique global. Les observateurs y voient le signe d'un rapprochement durable entre Moscou et Pyongyang.${extra}</p>
  </article>
  <footer>© La Gazette de l'Est — mentions légales, contact, abonnement.</footer>
</body>
</html>`;
}

interface XrefOutput {
  entry: string;
  label: { fr: string; en: string };
  sources: Array<{ id: string; title: string; url: string | null; outlet: string | null; date: string | null; mentions: Array<{ start: number; end: number; surface: string; quote: string }> }>;
}

function setUp(): { dir: string; io: ReturnType<typeof fakeIo> } {
  const dir = mkdtempSync(join(tmpdir(), 'glose-ingest-'));
  mkdirSync(join(dir, 'articles/defaut'), { recursive: true });
  writeFileSync(join(dir, 'articles/gazette.html'), article());
  for (const f of ['000_0f2cf2a9d1bc2be9.txt', '002_bb552e175208bf83.txt', 'sources.json']) copyFileSync(join(SOURCES, f), join(dir, 'articles/defaut', f));
  writeFileSync(join(dir, 'articles/notes.md'), 'ignored');
  return { dir, io: fakeIo(dir) };
}

// The first test builds the matcher from the sources: seconds on a loaded machine, past the 5 s default.
describe('glose ingest', { timeout: 60_000 }, () => {
  it('ingests a folder of .html and .txt articles into a new corpus file, one line per article', async () => {
    const { dir, io } = setUp();
    expect(await main(['ingest', '--corpus', 'corpus.jsonl', 'articles'], io)).toBe(0);
    expect(io.err).toBe('');
    const lines = io.out.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^added [uh]-[0-9a-f]{16} .+ — \d+ mentions$/);
    expect(lines[0]).toMatch(/^added h-[0-9a-f]{16} Poutine offre à Kim Jong Un une voiture de fabrication russe — \d+ mentions$/);
    expect(lines[2]).toMatch(/^added u-[0-9a-f]{16} Vostochny, un an après le sommet — \d+ mentions$/);

    const parsed = parseCorpus(readFileSync(join(dir, 'corpus.jsonl'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.items).toHaveLength(3);
    const gazette = parsed.items.find((i) => i.source.url !== null)!;
    expect(gazette.source).toMatchObject({
      url: 'https://gazette.example/monde/vostochny-un-an-apres',
      title: 'Vostochny, un an après le sommet',
      outlet: "La Gazette de l'Est",
      author: 'Claire Martin',
      date: '2024-09-13',
      lang: 'fr',
    });
    // Readability kept the article, not the navigation, footer or scripts.
    const text = gazette.source.paragraphs.join('\n');
    expect(text).toContain('Il y a un an, Vladimir Poutine recevait Kim Jong-un');
    expect(text).not.toMatch(/Accueil|mentions légales|tracking/);
    const ids = new Set(gazette.mentions.map((m) => m.entryId));
    for (const id of ['vladimir-putin', 'kim-jong-un', 'vostochny-cosmodrome', 'aurus']) expect(ids).toContain(id);
    expect(gazette.mentions.filter((m) => m.entryId === 'vladimir-putin').length).toBeGreaterThanOrEqual(2);
    const defaults = parsed.items.filter((i) => i.source.url === null);
    expect(defaults.map((d) => d.source.date)).toEqual(['2024-02-20', '2024-02-20']);
  });

  it('updates articles already in the corpus instead of duplicating them', async () => {
    const { dir, io } = setUp();
    expect(await main(['ingest', '--corpus', 'corpus.jsonl', 'articles'], io)).toBe(0);
    const firstIds = io.out.trim().split('\n').map((l) => l.split(' ')[1]);

    // Same canonical URL, new text; the same .txt reached by its own path.
    writeFileSync(join(dir, 'articles/gazette.html'), article(' Kim Yo-jong a salué ce traité.'));
    const again = fakeIo(dir);
    expect(await main(['ingest', '--corpus', 'corpus.jsonl', 'articles/gazette.html', 'articles/defaut/000_0f2cf2a9d1bc2be9.txt'], again)).toBe(0);
    const lines = again.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.startsWith('updated '))).toBe(true);
    expect(lines.map((l) => l.split(' ')[1])).toEqual([firstIds[2], firstIds[0]]);

    const parsed = parseCorpus(readFileSync(join(dir, 'corpus.jsonl'), 'utf8'));
    expect(parsed.ok && parsed.items.length).toBe(3);
    if (parsed.ok) expect(parsed.items.find((i) => i.source.id === firstIds[2])!.mentions.some((m) => m.entryId === 'kim-yo-jong')).toBe(true);
  });

  it('reports unreadable paths, keeps the others, and exits 2', async () => {
    const { dir, io } = setUp();
    expect(await main(['ingest', '--corpus', 'corpus.jsonl', 'nope', 'articles/notes.md', 'articles/gazette.html'], io)).toBe(2);
    expect(io.err).toMatch(/glose: cannot read nope: no such file or folder/);
    expect(io.err).toMatch(/glose: cannot ingest articles\/notes\.md: expected \.html, \.htm, \.txt or a folder/);
    expect(io.out.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'corpus.jsonl'))).toBe(true);
  });

  it('leaves an invalid corpus file untouched', async () => {
    const { dir, io } = setUp();
    writeFileSync(join(dir, 'corpus.jsonl'), '{"glose":"corpus","version":1}\n{oops\n');
    expect(await main(['ingest', '--corpus', 'corpus.jsonl', 'articles'], io)).toBe(2);
    expect(io.err).toMatch(/corpus\.jsonl is not a valid corpus file:\n {2}line 2, column \d+: not valid JSON/);
    expect(readFileSync(join(dir, 'corpus.jsonl'), 'utf8')).toBe('{"glose":"corpus","version":1}\n{oops\n');
  });

  it('refuses a bad invocation with exit 2', async () => {
    const { io } = setUp();
    expect(await main(['ingest', 'articles'], io)).toBe(2);
    expect(io.err).toMatch(/ingest needs --corpus FILE\.jsonl/);
    expect(await main(['ingest', '--corpus', 'c.jsonl'], io)).toBe(2);
    expect(await main(['ingest', '--corpus', 'c.jsonl', '--frob', 'articles'], io)).toBe(2);
  });
});

describe('glose xref', () => {
  it('lists the sources of Aurus, newest first, in the documented JSON shape', async () => {
    const { dir, io } = setUp();
    expect(await main(['ingest', '--corpus', 'corpus.jsonl', 'articles'], io)).toBe(0);
    const out = fakeIo(dir);
    expect(await main(['xref', '--corpus', 'corpus.jsonl', 'Aurus'], out)).toBe(0);
    expect(out.out.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(out.out) as XrefOutput;
    expect(Object.keys(result)).toEqual(['entry', 'label', 'sources']);
    expect(result.entry).toBe('aurus');
    expect(Object.keys(result.label)).toEqual(['fr', 'en']);
    expect(result.sources).toHaveLength(3);
    for (const s of result.sources) {
      expect(Object.keys(s)).toEqual(['id', 'title', 'url', 'outlet', 'date', 'mentions']);
      expect(s.mentions.length).toBeGreaterThan(0);
      for (const m of s.mentions) {
        expect(Object.keys(m)).toEqual(['start', 'end', 'surface', 'quote']);
        expect(m.quote).toContain(m.surface);
      }
    }
    expect(result.sources[0]).toMatchObject({ title: 'Vostochny, un an après le sommet', date: '2024-09-13', outlet: "La Gazette de l'Est", url: 'https://gazette.example/monde/vostochny-un-an-apres' });
    expect(result.sources.slice(1).map((s) => s.date)).toEqual(['2024-02-20', '2024-02-20']);
    expect(result.sources.slice(1).map((s) => s.title).sort()).toEqual(['Le Kremlin confirme : une Aurus pour Kim Jong-un', 'Poutine offre à Kim Jong Un une voiture de fabrication russe']);
  });

  it('finds the entry by any spelling and prints text on demand', async () => {
    const { dir, io } = setUp();
    await main(['ingest', '--corpus', 'corpus.jsonl', 'articles'], io);
    const json = fakeIo(dir);
    expect(await main(['xref', '--corpus', 'corpus.jsonl', 'Путин'], json)).toBe(0);
    expect((JSON.parse(json.out) as XrefOutput).entry).toBe('vladimir-putin');
    const text = fakeIo(dir);
    expect(await main(['xref', '--corpus', 'corpus.jsonl', '--format', 'text', 'kim', 'jong', 'un'], text)).toBe(0);
    expect(text.out).toMatch(/^Kim Jong-un \[kim-jong-un\] — 3 sources\n/);
    expect(text.out).toContain('« ');
  });

  it('exits 1 for an unknown entry and 2 for usage errors', async () => {
    const { dir, io } = setUp();
    await main(['ingest', '--corpus', 'corpus.jsonl', 'articles'], io);
    const unknown = fakeIo(dir);
    expect(await main(['xref', '--corpus', 'corpus.jsonl', 'zzzqqqxx'], unknown)).toBe(1);
    expect(unknown.err).toMatch(/no glossary entry matches "zzzqqqxx"/);
    const missing = fakeIo(dir);
    expect(await main(['xref', '--corpus', 'absent.jsonl', 'Aurus'], missing)).toBe(2);
    expect(missing.err).toMatch(/cannot read corpus absent\.jsonl: no such file/);
    expect(await main(['xref', '--corpus', 'corpus.jsonl'], fakeIo(dir))).toBe(2);
    expect(await main(['xref', 'Aurus'], fakeIo(dir))).toBe(2);
    expect(await main(['xref', '--corpus', 'corpus.jsonl', '--format', 'xml', 'Aurus'], fakeIo(dir))).toBe(2);
  });

  it('adds the two default sources with --with-defaults, alone or with other paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glose-defaults-'));
    const io = fakeIo(dir);
    expect(await main(['ingest', '--corpus', 'corpus.jsonl', '--with-defaults'], io)).toBe(0);
    expect(io.out.trim().split('\n')).toHaveLength(2);
    const parsed = parseCorpus(readFileSync(join(dir, 'corpus.jsonl'), 'utf8'));
    if (!parsed.ok) throw new Error('corpus does not read back');
    const sources = parsed.items.map((i) => i.source);
    expect(sources).toHaveLength(2);
    // The metadata of sources.json, as the extension has them.
    const meta = JSON.parse(readFileSync(join(SOURCES, 'sources.json'), 'utf8')) as Array<{ title: string; date: string | null }>;
    expect(sources.map((s) => s.title).sort()).toEqual(meta.map((m) => m.title).sort());
    expect(sources.map((s) => s.date).sort()).toEqual(meta.map((m) => m.date).sort());
    // Run again with the same files given as paths: updated, not added twice.
    const again = fakeIo(dir);
    expect(await main(['ingest', '--corpus', 'corpus.jsonl', '--with-defaults', SOURCES], again)).toBe(0);
    expect(again.out).not.toMatch(/^added/m);
    const reread = parseCorpus(readFileSync(join(dir, 'corpus.jsonl'), 'utf8'));
    expect(reread.ok && reread.items).toHaveLength(2);
  });

  it('warns of a UTF-16 file and reads it, and refuses empty and binary ones with a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glose-ingest-bytes-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Vladimir Poutine a reçu Kim Jong-un.', 'utf16le')]));
    writeFileSync(join(dir, 'in', 'b.txt'), '');
    writeFileSync(join(dir, 'in', 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const io = fakeIo(dir);
    expect(await main(['ingest', '--corpus', 'corpus.jsonl', 'in'], io)).toBe(2);
    expect(io.out).toMatch(/^added h-[0-9a-f]+ a — 2 mentions$/m);
    expect(io.err).toMatch(/^glose: warning: in\/a\.txt is UTF-16 text, not UTF-8: read as UTF-16LE$/m);
    expect(io.err).toMatch(/^glose: warning: in\/b\.txt is empty$/m);
    expect(io.err).toMatch(/^glose: warning: in\/c\.txt looks binary, not text: left out$/m);
    expect(io.err).toMatch(/^glose: cannot ingest in\/c\.txt: /m);
  });

  it('is listed in the usage text', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['help'], io)).toBe(0);
    expect(io.out).toMatch(/ingest --corpus FILE\.jsonl PATH…/);
    expect(io.out).toMatch(/xref --corpus FILE\.jsonl QUERY/);
    const xref = fakeIo(ROOT);
    expect(await main(['xref', '--help'], xref)).toBe(0);
    expect(xref.out).toMatch(/xref --corpus FILE\.jsonl \[--format json\|text\] QUERY/);
  });
});
