/**
 * docs/glossary-files.md and its sample files: the samples import as the options page imports
 * them (all entries, no error), `glose glossary check` passes them, and the page documents
 * every CSV column the importer reads.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseUserGlossaryCsv, parseUserGlossaryJson } from '../../src/core/glossary/user-entries.ts';
import { BUILTIN_ENTRIES } from '../../src/data/glossary/index.ts';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');

describe('the documented glossary file formats', () => {
  it('imports the JSON sample whole', () => {
    const parsed = parseUserGlossaryJson(read('docs/examples/my-glossary.json'), BUILTIN_ENTRIES);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.entries.map((e) => e.id)).toEqual(['tongyeong']);
    expect(parsed.value.entries[0]).toMatchObject({ script: { lang: 'ko', text: '통영', kind: 'word' }, origin: 'user' });
  });

  it('imports the CSV sample whole, lists and relations included', () => {
    const parsed = parseUserGlossaryCsv(read('docs/examples/my-glossary.csv'), BUILTIN_ENTRIES);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const [vologda, tongyeong] = parsed.value.entries;
    expect(vologda).toMatchObject({ id: 'vologda', script: { lang: 'ru', text: 'Вологда' }, related: [{ id: 'vologda-oblast', rel: 'location' }] });
    expect(tongyeong!.related).toEqual([{ id: 'south-gyeongsang', rel: 'location' }, { id: 'south-korea', rel: 'location' }]);
    expect(tongyeong!.descriptions.fr).toMatch(/, en Corée du Sud\.$/);
  });

  it('passes glose glossary check', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['glossary', 'check', 'docs/examples/my-glossary.json', 'docs/examples/my-glossary.csv'], io)).toBe(0);
    expect(io.out).toBe('2 file(s): 0 error(s), 0 warning(s)\n');
  });

  it('documents every CSV column the importer reads', () => {
    const doc = read('docs/glossary-files.md');
    for (const column of CSV_COLUMNS) expect(doc, column).toContain(`\`${column}\``);
  });
});
