/**
 * The `glose` command as a reader runs it: a real process started from bin/glose.mjs, which
 * runs the TypeScript sources directly (no build step), reading files and standard input.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/glose.mjs'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

describe('bin/glose.mjs', () => {
  it('scans a default source', () => {
    const r = run(['scan', '--format', 'summary', 'src/data/sources/002_bb552e175208bf83.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/aurus/);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^total/);
  }, 60_000);

  it('scans what a pipe carries (/dev/stdin), read to its end', () => {
    // Through a shell pipe, as a reader types it (spawnSync's own input is a socket, not a pipe).
    const r = spawnSync('sh', ['-c', `cat | "${process.execPath}" bin/glose.mjs scan --format summary /dev/stdin`], {
      cwd: ROOT,
      input: 'Vladimir Poutine a reçu Kim Jong-un à Vostotchny.\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/vladimir-putin/);
    expect(r.stdout).toMatch(/kim-jong-un/);
  }, 60_000);

  it('romanises one input per line of standard input, in order', () => {
    const names = run(['romanize', '--system', 'mr', '--mode', 'name'], '김정은\n김여정\n');
    expect(names.status).toBe(0);
    expect(names.stdout.normalize('NFC').split('\n').slice(0, 2)).toEqual(['Kim Chŏngŭn', 'Kim Yŏjŏng']);
    const word = run(['romanize', '--system', 'mr', '평양']);
    expect(word.stdout.normalize('NFC').trim().replace('’', "'").toLowerCase()).toBe("p'yŏngyang");
  }, 60_000);

  it('refuses an unknown system or a script the system does not take, with exit 2', () => {
    const unknown = run(['romanize', '--system', 'klingon', '김정은']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown system "klingon"/);
    const wrongScript = run(['romanize', '--system', 'iso9', '김정은']);
    expect(wrongScript.status).toBe(2);
    expect(wrongScript.stderr).toMatch(/does not take Hangul/);
  }, 60_000);

  it('exits 2 with a clear message for a missing file', () => {
    const r = run(['scan', 'missing.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read missing\.txt/);
  }, 60_000);
});
