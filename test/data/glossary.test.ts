/**
 * The built-in glossary as shipped: valid against the schema, big and broad enough for the
 * field (issue "Glossary": at least 250 entries of every type), and holding the facts the
 * product depends on.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES, GLOSSARY_FILES } from '../../src/data/glossary/index.ts';
import { ENTRY_TYPES } from '../../src/core/glossary/types.ts';
import { checkBuiltin } from '../../src/cli/commands/glossary-check.ts';
import { formatName } from '../../src/core/glossary/display.ts';
import { listRomanizations } from '../../src/core/glossary/spellings.ts';
import { englishProblem } from '../../src/cli/english.ts';

const byId = new Map(BUILTIN_ENTRIES.map((e) => [e.id, e]));

describe('the built-in glossary', () => {
  it('passes the checker with no errors', () => {
    const { problems } = checkBuiltin();
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.entryId} ${p.field}: ${englishProblem(p)}`)).toEqual([]);
  });

  it('holds at least 250 entries, of every type', () => {
    expect(BUILTIN_ENTRIES.length).toBeGreaterThanOrEqual(250);
    const types = new Set(BUILTIN_ENTRIES.map((e) => e.type));
    for (const t of ENTRY_TYPES) expect(types.has(t), t).toBe(true);
  });

  it('every data file is non-empty and every id unique across files', () => {
    for (const f of GLOSSARY_FILES) expect(f.entries.length, f.file).toBeGreaterThan(0);
    expect(byId.size).toBe(BUILTIN_ENTRIES.length);
  });

  it('every entry says where its facts come from and describes itself in both languages', () => {
    for (const e of BUILTIN_ENTRIES) {
      expect(e.source.trim().length, e.id).toBeGreaterThan(2);
      expect(e.descriptions.fr.length, e.id).toBeGreaterThan(10);
      expect(e.descriptions.en.length, e.id).toBeGreaterThan(10);
    }
  });

  it('Korean and Russian people carry their original script, romanised by every system without leftovers', () => {
    const people = BUILTIN_ENTRIES.filter((e) => e.type === 'person' && e.script);
    expect(people.length).toBeGreaterThan(80);
    for (const e of people) {
      const rows = listRomanizations(e);
      expect(rows.length, e.id).toBeGreaterThanOrEqual(4);
      for (const r of rows) expect(r.text, `${e.id} ${r.system}`).not.toMatch(/[\u0400-\u04ff\uac00-\ud7a3]/u);
    }
  });

  it('knows French and English press spellings of the Russians in the news', () => {
    expect(byId.get('sergei-shoigu')).toMatchObject({ names: { fr: 'Sergueï Choïgou' }, script: { text: 'Сергей Шойгу' } });
    expect(byId.get('sergei-lavrov')?.script?.text).toBe('Сергей Лавров');
    expect(formatName(byId.get('vladimir-putin')!, { korean: 'press', russian: 'press' }, 'fr')).toBe('Vladimir Poutine');
    expect(formatName(byId.get('vladimir-putin')!, { korean: 'press', russian: 'press' }, 'en')).toBe('Vladimir Putin');
    expect(formatName(byId.get('kim-jong-un')!, { korean: 'press', russian: 'press' }, 'fr')).toBe('Kim Jong-un');
    expect(formatName(byId.get('kim-jong-un')!, { korean: 'press', russian: 'press' }, 'en')).toBe('Kim Jong Un');
    expect(formatName(byId.get('kim-jong-un')!, { korean: 'hangul', russian: 'press' }, 'fr')).toBe('김정은');
  });

  it('descriptive aliases of the default sources are recorded as such', () => {
    const aliases = (id: string) => (byId.get(id)?.aliases ?? []).map((a) => a.text);
    expect(aliases('kcna')).toEqual(expect.arrayContaining(['agence de presse nord-coréenne']));
    expect(aliases('vostochny-cosmodrome')).toEqual(expect.arrayContaining(['principal port spatial russe']));
    // A role phrase is an office of the Kremlin, held by Peskov since 2012 (dated roles).
    expect(byId.get('kremlin')?.offices?.find((o) => o.id === 'spokesperson')?.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['porte-parole du Kremlin']));
    expect(byId.get('dmitry-peskov')?.roles).toEqual([{ role: 'spokesperson', of: 'kremlin', from: '2012-05-22' }]);
    expect(byId.get('aurus-senat')?.misspellings).toEqual(expect.arrayContaining(['Anrus Senat']));
  });

  it('related entries point at entries that exist', () => {
    for (const e of BUILTIN_ENTRIES) for (const r of e.related ?? []) expect(byId.has(r.id), `${e.id} → ${r.id}`).toBe(true);
  });
});
