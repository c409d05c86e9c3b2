/**
 * `glose glossary check`: the shipped glossary passes; a reader's file with problems is
 * reported line by line with entry and field, exit 1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const io = (cwd: string) => fakeIo(cwd);

describe('glose glossary check', () => {
  it('passes on the built-in glossary', async () => {
    const o = io(process.cwd());
    expect(await main(['glossary', 'check'], o)).toBe(0);
    expect(o.out).toMatch(/^\d{3,4} entries \(person \d+.*\): 0 error\(s\), \d+ warning\(s\)$/m);
    // The only warnings: an office whose holder today the sources did not give (the data says so).
    for (const line of o.out.split('\n').filter((l) => l.startsWith('warning:'))) expect(line).toMatch(/nobody holds this office today$/);
  });

  it('reports each problem of a file with line, entry and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glose-check-'));
    const entry = { id: 'x-y', type: 'person', names: { fr: 'X', en: 'Y' }, descriptions: { fr: 'x', en: 'y' }, source: 's' };
    writeFileSync(join(dir, 'mine.json'), JSON.stringify([entry, { ...entry, id: 'x-z', type: 'alien', script: { lang: 'ko', text: 'Kim' } }], null, 2));
    const o = io(dir);
    expect(await main(['glossary', 'check', 'mine.json'], o)).toBe(1);
    expect(o.out).toMatch(/error: mine\.json:\d+ · x-z · type: must be one of/);
    expect(o.out).toMatch(/error: mine\.json:\d+ · x-z · script\.text: must be written in Hangul/);
    const json = io(dir);
    await main(['glossary', 'check', '--format', 'json', 'mine.json'], json);
    expect(JSON.parse(json.out)).toMatchObject({ errors: 2 });
  });

  it('says in words, not error codes, why a file cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glose-check-'));
    const o = io(dir);
    expect(await main(['glossary', 'check', 'missing.json'], o)).toBe(2);
    expect(o.err).toBe('glose: cannot read missing.json: no such file or folder\n');
    const folder = io(dir);
    expect(await main(['glossary', 'check', '.'], folder)).toBe(2);
    expect(folder.err).toBe('glose: cannot read .: it is a folder, not a file\n');
    expect(o.err + folder.err).not.toMatch(/E[A-Z]{3,}/);
  });
});
