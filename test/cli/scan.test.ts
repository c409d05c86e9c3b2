/**
 * `glose scan` in-process: JSON lines with UTF-16 offsets into the text as read, text and
 * summary formats, HTML by its visible article text, and clear errors with exit code 2.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo as makeIo } from './fake-io.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE_1 = join(ROOT, 'src/data/sources/000_0f2cf2a9d1bc2be9.txt');

const fakeIo = (cwd = ROOT, stdin = '') => makeIo(cwd, stdin);

// The first test builds the matcher from the sources: seconds on a loaded machine, past the 5 s default.
describe('glose scan', { timeout: 60_000 }, () => {
  it('prints one JSON object per file, offsets in UTF-16 code units of the text as read', async () => {
    const io = fakeIo();
    expect(await main(['scan', SOURCE_1], io)).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as { file: string; lang: string; mentions: Array<{ start: number; end: number; surface: string; entry: string; label: { fr: string; en: string }; match: string }> };
    expect(result.lang).toBe('fr');
    const text = readFileSync(SOURCE_1, 'utf8');
    expect(result.mentions.length).toBeGreaterThan(20);
    for (const m of result.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(m.label.fr.length).toBeGreaterThan(0);
      expect(m.label.en.length).toBeGreaterThan(0);
    }
    const byEntry = (id: string) => result.mentions.filter((m) => m.entry === id);
    expect(byEntry('vladimir-putin').length).toBeGreaterThanOrEqual(4);
    expect(byEntry('kim-jong-un').map((m) => m.surface)).toContain('Kim Jong Un');
    const typo = result.mentions.find((m) => m.surface === 'Anrus Senat');
    expect(typo).toMatchObject({ entry: 'aurus-senat', match: 'misspelling' });
  });

  it('reads .html files by their visible article text and detects the language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glose-scan-'));
    writeFileSync(
      join(dir, 'page.html'),
      `<!doctype html><html lang="en"><head><title>x</title><script>var s = "Vladimir Putin";</script></head>
       <body><nav>Kim Jong Un menu</nav><article><h1>Summit</h1><p>North Korean leader Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome.</p>
       <p style="display:none">Hidden Sergei Lavrov</p></article></body></html>`,
    );
    const io = fakeIo(dir);
    expect(await main(['scan', '--format', 'json', 'page.html'], io)).toBe(0);
    const result = JSON.parse(io.out) as { lang: string; mentions: Array<{ entry: string }> };
    expect(result.lang).toBe('en');
    const ids = result.mentions.map((m) => m.entry);
    expect(ids).toContain('kim-jong-un');
    expect(ids).toContain('vladimir-putin');
    expect(ids).toContain('vostochny-cosmodrome');
    expect(ids).not.toContain('sergei-lavrov');
    expect(ids.filter((id) => id === 'vladimir-putin')).toHaveLength(1);
  });

  it('prints counts per entry and a total with --format summary', async () => {
    const io = fakeIo();
    expect(await main(['scan', '--format', 'summary', SOURCE_1], io)).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^total\s+\d+\s+\(\d+ entries\)$/);
    expect(io.out).toMatch(/kim-jong-un/);
  });

  it('says clearly when a file is missing, goes on with the others, and exits 2', async () => {
    const io = fakeIo();
    expect(await main(['scan', 'nope.txt', SOURCE_1], io)).toBe(2);
    expect(io.err).toMatch(/glose: cannot read nope\.txt: no such file/);
    expect(io.out.trim().split('\n')).toHaveLength(1);
  });

  it('says so for a folder and for an empty file, and reads a file whole whatever its size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glose-scan-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    // Past one read of the thread pool: the same mentions as the text read in one piece.
    const long = Array.from({ length: 4000 }, (_, i) => `Ligne ${i} : Vladimir Poutine a reçu Kim Jong-un à Vostotchny.`).join('\n');
    writeFileSync(join(dir, 'long.txt'), long);
    const io = fakeIo(dir);
    expect(await main(['scan', '.', 'empty.txt', 'long.txt'], io)).toBe(2);
    expect(io.err).toMatch(/glose: cannot read \.: it is a folder, not a file/);
    const [empty, found] = io.out.trim().split('\n').map((l) => JSON.parse(l) as { mentions: Array<{ start: number; end: number; surface: string }> });
    expect(empty!.mentions).toEqual([]);
    expect(found!.mentions.length).toBeGreaterThanOrEqual(3 * 4000);
    for (const m of found!.mentions) expect(long.slice(m.start, m.end)).toBe(m.surface);
    expect(found!.mentions.at(-1)!.end).toBeGreaterThan(long.length - 20);
  });

  it('warns on standard error of empty, binary and non-UTF-8 input, and still prints its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glose-scan-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.html'), '<!doctype html><html><body><script>var x = 1;</script></body></html>');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const text = 'Vladimir Poutine a reçu Kim Jong-un à Vostotchny.';
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from(text, 'latin1'));
    const io = fakeIo(dir);
    expect(await main(['scan', 'empty.txt', 'blank.html', 'binary.txt', 'utf16.txt', 'latin1.txt'], io)).toBe(0);
    expect(io.err.split('\n').filter(Boolean)).toEqual([
      'glose: warning: empty.txt is empty',
      'glose: warning: blank.html has no visible text',
      'glose: warning: binary.txt looks binary, not text: left out',
      'glose: warning: utf16.txt is UTF-16 text, not UTF-8: read as UTF-16LE',
      'glose: warning: latin1.txt is not valid UTF-8: read as Windows-1252 (Latin-1); offsets are in that text',
    ]);
    const lines = io.out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; mentions: Array<{ entry: string; surface: string }> });
    expect(lines.map((l) => l.file)).toEqual(['empty.txt', 'blank.html', 'binary.txt', 'utf16.txt', 'latin1.txt']);
    // The UTF-16 and Latin-1 files are read as what they are: their names are found.
    for (const l of lines.slice(3)) expect(l.mentions.map((m) => m.entry)).toEqual(['vladimir-putin', 'kim-jong-un', 'vostochny-cosmodrome']);
    expect(lines[2]!.mentions).toEqual([]);
  });

  it('refuses bad options with exit 2', async () => {
    const io = fakeIo();
    expect(await main(['scan', '--format', 'xml', SOURCE_1], io)).toBe(2);
    expect(io.err).toMatch(/--format must be one of json, text, summary/);
    expect(await main(['scan'], fakeIo())).toBe(2);
    expect(await main(['frobnicate'], fakeIo())).toBe(2);
  });
});

describe('glose scan: names not in the glossary', () => {
  const write = (text: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'glose-unknown-'));
    writeFileSync(join(dir, 'a.txt'), text);
    return dir;
  };
  const TEXT = 'Le vice-ministre Ri Thae Song a rencontré Kim Jong-un à Pyongyang. Selon le général Markov, Ri Thae Song est reparti.\n';

  it('lists an unknown name in JSON with entry null and its origin and script guess', async () => {
    const io = fakeIo(write(TEXT));
    expect(await main(['scan', 'a.txt'], io)).toBe(0);
    const result = JSON.parse(io.out) as { mentions: Array<{ surface: string; entry: string | null; unknown?: { origin: string; original: string; alternatives?: string[] } }> };
    const unknown = result.mentions.filter((m) => m.entry === null);
    expect(unknown.map((m) => [m.surface, m.unknown?.origin, m.unknown?.original])).toEqual([
      ['Ri Thae Song', 'ko', '리태성'],
      ['Markov', 'ru', 'Марков'],
      ['Ri Thae Song', 'ko', '리태성'],
    ]);
    expect(result.mentions.find((m) => m.entry === 'kim-jong-un')?.unknown).toBeUndefined();
  });

  it('shows them apart in the text and summary formats', async () => {
    const dir = write(TEXT);
    const text = fakeIo(dir);
    expect(await main(['scan', '--format', 'text', 'a.txt'], text)).toBe(0);
    expect(text.out).toContain('a.txt (fr): 2 mentions, 3 names not in the glossary');
    expect(text.out).toMatch(/Ri Thae Song\t\? not in the glossary: 리태성 \(ko; or 리태송\)/);
    const summary = fakeIo(dir);
    expect(await main(['scan', '--format', 'summary', 'a.txt'], summary)).toBe(0);
    expect(summary.out).toMatch(/total\s+2\s+\(2 entries\)/);
    expect(summary.out).toMatch(/not in the glossary \(2 names\):\nRi Thae Song\s+2\s+리태성/);
  });

  it('leaves them out with --unknown no', async () => {
    const io = fakeIo(write(TEXT));
    expect(await main(['scan', '--unknown', 'no', 'a.txt'], io)).toBe(0);
    const result = JSON.parse(io.out) as { mentions: Array<{ entry: string | null }> };
    expect(result.mentions.map((m) => m.entry)).toEqual(['kim-jong-un', 'pyongyang']);
  });
});
