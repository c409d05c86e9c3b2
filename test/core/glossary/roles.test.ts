/** Offices and dated roles (src/core/glossary/roles.ts): the checker and who held an office when. */
import { describe, expect, it } from 'vitest';
import { checkRoles, holderAt, officesHeldAt, type Term } from '../../../src/core/glossary/roles.ts';
import { validateGlossary } from '../../../src/core/glossary/validate.ts';
import type { GlossaryEntry } from '../../../src/core/glossary/types.ts';
import { englishProblem } from '../../../src/cli/english.ts';

const entry = (id: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ id, type: 'person', names: { fr: id, en: id }, descriptions: { fr: 'x', en: 'x' }, source: 'test', ...extra });
const russia = entry('russia', { type: 'place', offices: [{ id: 'defence-minister', names: { fr: 'ministre de la Défense', en: 'Defence Minister' }, aliases: [{ text: 'ministre russe de la Défense', lang: 'fr' }] }] });

describe('checkRoles', () => {
  it('accepts holders one after the other', () => {
    const shoigu = entry('shoigu', { roles: [{ role: 'defence-minister', of: 'russia', from: '2012-11-06', to: '2024-05-14' }] });
    const belousov = entry('belousov', { roles: [{ role: 'defence-minister', of: 'russia', from: '2024-05-14' }] });
    expect(checkRoles([russia, shoigu, belousov])).toEqual([]);
  });
  it('refuses two holders at once, and a role in an office that does not exist', () => {
    const a = entry('a', { roles: [{ role: 'defence-minister', of: 'russia', from: '2012' }] });
    const b = entry('b', { roles: [{ role: 'defence-minister', of: 'russia', from: '2020' }, { role: 'tsar', of: 'russia', from: '2020' }] });
    const problems = checkRoles([russia, a, b]).map(englishProblem);
    expect(problems).toContain('a and b hold russia / defence-minister at once (2020)');
    expect(problems).toContain('names no office “tsar” of “russia”');
  });
  it('warns of an office nobody holds today', () => {
    const past = entry('p', { roles: [{ role: 'defence-minister', of: 'russia', from: '2012', to: '2020' }] });
    expect(checkRoles([russia, past])).toEqual([expect.objectContaining({ severity: 'warning', code: 'vacantOffice' })]);
  });
  it('the glossary checker reads offices and roles and reports bad dates', () => {
    const { problems } = validateGlossary([russia, { ...entry('x'), roles: [{ role: 'defence-minister', of: 'russia', from: '2024-13', to: '2020' }] }]);
    expect(problems.map((p) => `${p.field}: ${englishProblem(p)}`)).toEqual(expect.arrayContaining(['roles[0].from: must be a date: YYYY, YYYY-MM or YYYY-MM-DD']));
  });
});

describe('holderAt', () => {
  const terms: Term[] = [
    { holder: 'putin', from: '2000-05-07', to: '2008-05-07' },
    { holder: 'medvedev', from: '2008-05-07', to: '2012-05-07' },
    { holder: 'putin', from: '2012-05-07' },
  ];
  it('the holder on the date, today without one', () => {
    expect(holderAt(terms, '2010-03', false)).toBe('medvedev');
    expect(holderAt(terms, '2023-07-27', false)).toBe('putin');
    expect(holderAt(terms, undefined, false)).toBe('putin');
  });
  it('a role in the past is the holder before', () => {
    expect(holderAt(terms, undefined, true)).toBe('medvedev');
    expect(holderAt(terms, '2010', true)).toBe('putin');
  });
  it('nobody the glossary knows before the first term, or after a term that ended', () => {
    expect(holderAt(terms, '1995', false)).toBeNull();
    expect(holderAt([{ holder: 'borisov', from: '2022-07-15', to: '2025-02-06' }], '2026', false)).toBeNull();
    expect(holderAt([{ holder: 'borisov', from: '2022-07-15', to: '2025-02-06' }], '2026', true)).toBe('borisov');
  });
});

describe('officesHeldAt', () => {
  const shoigu = entry('shoigu', { roles: [{ role: 'defence-minister', of: 'russia', from: '2012-11-06', to: '2024-05-14' }] });
  const byId = (id: string) => (id === 'russia' ? russia : undefined);
  it('the offices held on the page’s date, today’s without one', () => {
    expect(officesHeldAt(shoigu, '2023-07-26', byId)).toEqual([{ names: { fr: 'ministre de la Défense', en: 'Defence Minister' }, from: '2012-11-06', to: '2024-05-14' }]);
    expect(officesHeldAt(shoigu, '2025', byId)).toEqual([]);
    expect(officesHeldAt(shoigu, undefined, byId)).toEqual([]);
  });
});
