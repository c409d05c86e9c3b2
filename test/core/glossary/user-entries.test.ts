/**
 * The reader's own entries: JSON and CSV import with clear, located errors, all-or-nothing,
 * export and re-import unchanged, and the merge over the built-in glossary.
 */
import { describe, expect, it } from 'vitest';
import {
  mergeGlossaries,
  parseUserGlossaryCsv,
  parseUserGlossaryJson,
  serializeUserGlossaryCsv,
  serializeUserGlossaryJson,
  type UserGlossary,
} from '../../../src/core/glossary/user-entries.ts';
import type { GlossaryEntry } from '../../../src/core/glossary/types.ts';
import { englishProblem } from '../../../src/cli/english.ts';

const BUILTIN: GlossaryEntry[] = [
  { id: 'kim-jong-un', type: 'person', names: { fr: 'Kim Jong-un', en: 'Kim Jong Un' }, descriptions: { fr: 'Dirigeant.', en: 'Leader.' }, source: 's' },
  { id: 'aurus', type: 'brand', names: { fr: 'Aurus', en: 'Aurus' }, descriptions: { fr: 'Marque.', en: 'Brand.' }, source: 's' },
];

const mine = {
  id: 'ri-il-hwan',
  type: 'person',
  names: { fr: 'Ri Il-hwan', en: 'Ri Il Hwan' },
  script: { lang: 'ko', text: '리일환', kind: 'name' },
  spellings: ['Ri Il-hwan'],
  aliases: [{ text: 'propagandiste en chef', lang: 'fr' }],
  descriptions: { fr: 'Responsable de la propagande, « hors pair » ; avec virgule, et "guillemets".', en: 'Propaganda official.' },
  related: [{ id: 'kim-jong-un', rel: 'office' }],
  source: 'Yonhap',
};

describe('JSON import', () => {
  it('accepts a bare list and a Glose export, marks entries as the reader’s', () => {
    const a = parseUserGlossaryJson(JSON.stringify([mine]), BUILTIN);
    expect(a.ok && a.value.entries[0]).toMatchObject({ id: 'ri-il-hwan', origin: 'user' });
    const b = parseUserGlossaryJson(JSON.stringify({ version: 1, entries: [mine], hidden: ['aurus'] }), BUILTIN);
    expect(b.ok && b.value.hidden).toEqual(['aurus']);
  });

  it('reports a syntax error with its line', () => {
    const r = parseUserGlossaryJson('[\n  {"id": "x",\n  "type": }\n]', BUILTIN);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]!.code).toBe('notJson');
      expect(r.errors[0]!.line).toBe(3);
    }
  });

  it('reports each bad field with line, entry and field, and refuses the whole file', () => {
    const text = JSON.stringify([mine, { ...mine, id: 'Bad Id', type: 'planet', names: { fr: '' }, related: [{ id: 'nobody', rel: 'friend' }] }], null, 2);
    const r = parseUserGlossaryJson(text, BUILTIN);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const fields = r.errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['id', 'type', 'names.fr', 'names.en', 'related[0].rel']));
    const line = text.split('\n').findIndex((l) => l.includes('"Bad Id"')) ; // the entry's opening brace is the line before
    expect(r.errors.every((e) => e.line === line)).toBe(true);
  });

  it('refuses related entries that exist nowhere, unknown hidden ids, duplicates, unknown fields, a future version', () => {
    const bad = (v: unknown) => {
      const r = parseUserGlossaryJson(JSON.stringify(v), BUILTIN);
      expect(r.ok).toBe(false);
      return r.ok ? [] : r.errors.map(englishProblem).join(' | ');
    };
    expect(bad([{ ...mine, related: [{ id: 'nobody', rel: 'family' }] }])).toMatch(/no known entry/);
    expect(bad({ version: 1, entries: [], hidden: ['nobody'] })).toMatch(/not a built-in entry/);
    expect(bad([mine, mine])).toMatch(/twice/);
    expect(bad([{ ...mine, html: '<b>' }])).toMatch(/not a known field/);
    expect(bad({ version: 2, entries: [] })).toMatch(/not supported/);
    expect(bad('a string')).toMatch(/expected a list/);
    expect(bad([{ ...mine, script: { lang: 'ko', text: 'Kim' } }])).toMatch(/Hangul/);
  });

  it('keeps markup as plain text (rendered as text, never as HTML)', () => {
    const r = parseUserGlossaryJson(JSON.stringify([{ ...mine, descriptions: { fr: '<img src=x onerror=alert(1)>', en: 'x' } }]), BUILTIN);
    expect(r.ok && r.value.entries[0]!.descriptions.fr).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses oversized files before parsing', () => {
    const r = parseUserGlossaryJson(' '.repeat(5_000_001), BUILTIN);
    expect(r.ok).toBe(false);
  });
});

describe('CSV import and export', () => {
  it('round-trips the reader’s entries through CSV and JSON', () => {
    const parsed = parseUserGlossaryJson(JSON.stringify([mine]), BUILTIN);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const user: UserGlossary = parsed.value;
    const csv = serializeUserGlossaryCsv(user);
    const back = parseUserGlossaryCsv(csv, BUILTIN);
    expect(back.ok && back.value.entries).toEqual(user.entries);
    const json = parseUserGlossaryJson(serializeUserGlossaryJson(user), BUILTIN);
    expect(json.ok && json.value).toEqual(user);
  });

  it('reads semicolon-separated files from French spreadsheets', () => {
    const csv = 'id;type;name_fr;name_en;description_fr;description_en\r\nchoe-ryong-hae;person;Choe Ryong-hae;Choe Ryong Hae;Dirigeant;Official\r\n';
    const r = parseUserGlossaryCsv(csv, BUILTIN);
    expect(r.ok && r.value.entries[0]!.names.en).toBe('Choe Ryong Hae');
  });

  it('reports missing and unknown columns, bad rows with their line', () => {
    const r1 = parseUserGlossaryCsv('id,type,name_fr\nx,person,X\n', BUILTIN);
    expect(!r1.ok && r1.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['name_en', 'description_fr']));
    const r2 = parseUserGlossaryCsv('id,type,name_fr,name_en,description_fr,description_en,colour\n', BUILTIN);
    expect(!r2.ok && r2.errors[0]).toMatchObject({ field: 'colour', code: 'unknownColumn' });
    const r3 = parseUserGlossaryCsv('id,type,name_fr,name_en,description_fr,description_en\nok-one,person,A,A,a,a\nbad one,person,B,B,b,b\n', BUILTIN);
    expect(!r3.ok && r3.errors[0]).toMatchObject({ line: 3, field: 'id' });
    const r4 = parseUserGlossaryCsv('id,type,name_fr,name_en,description_fr,description_en\n"x,person', BUILTIN);
    expect(!r4.ok && r4.errors[0]).toEqual({ line: 2, code: 'unclosedQuote' });
  });

  it('guards cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const user: UserGlossary = { version: 1, hidden: [], entries: [{ id: 'x', type: 'term', names: { fr: '=HYPERLINK("http://evil")', en: 'x' }, descriptions: { fr: '+1', en: '-1' }, source: 's', origin: 'user' }] };
    const csv = serializeUserGlossaryCsv(user);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const back = parseUserGlossaryCsv(csv, BUILTIN);
    expect(back.ok && back.value.entries[0]!.names.fr).toBe('=HYPERLINK("http://evil")');
  });

  it('round-trips values that begin with an apostrophe, with or without a formula sign after it', () => {
    const values = ["'Mon informateur", "'=1+1", "''deux", "l'agence"];
    const user: UserGlossary = {
      version: 1,
      hidden: [],
      entries: values.map((v, i) => ({ id: `x-${i}`, type: 'term', names: { fr: v, en: `${v} (en)` }, descriptions: { fr: v, en: 'x' }, source: 's', origin: 'user' })),
    };
    const back = parseUserGlossaryCsv(serializeUserGlossaryCsv(user), BUILTIN);
    expect(back.ok && back.value.entries.map((e) => [e.names.fr, e.names.en, e.descriptions.fr])).toEqual(values.map((v) => [v, `${v} (en)`, v]));
  });
});

describe('merging over the built-in glossary', () => {
  it('the reader’s entry replaces the built-in one with its id; hidden ones disappear', () => {
    const own: GlossaryEntry = { ...BUILTIN[0]!, descriptions: { fr: 'Ma note.', en: 'My note.' } };
    const merged = mergeGlossaries(BUILTIN, { version: 1, entries: [own], hidden: ['aurus'] });
    expect(merged.map((e) => [e.id, e.origin])).toEqual([['kim-jong-un', 'user']]);
    expect(merged[0]!.descriptions.fr).toBe('Ma note.');
  });
});
