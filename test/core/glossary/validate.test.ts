/**
 * Every error the glossary checker reports, each with its entry and field.
 */
import { describe, expect, it } from 'vitest';
import { validateEntry, validateGlossary } from '../../../src/core/glossary/validate.ts';
import { englishProblem } from '../../../src/cli/english.ts';

const good = {
  id: 'choe-ryong-hae', type: 'person', names: { fr: 'Choe Ryong-hae', en: 'Choe Ryong Hae' }, script: { lang: 'ko', text: '최룡해', kind: 'name' },
  descriptions: { fr: 'Responsable nord-coréen.', en: 'North Korean official.' }, source: 'KCNA',
};
const fields = (raw: unknown) => validateEntry(raw).problems.map((p) => p.field);

describe('validateEntry', () => {
  it('accepts a well-formed entry and returns a clean copy', () => {
    const { entry, problems } = validateEntry({ ...good, names: { fr: '  Choe Ryong-hae ', en: 'Choe Ryong Hae' } });
    expect(problems).toEqual([]);
    expect(entry?.names.fr).toBe('Choe Ryong-hae');
  });
  it.each([
    ['a bad id', { ...good, id: 'Choe Ryong Hae' }, 'id'],
    ['an unknown type', { ...good, type: 'planet' }, 'type'],
    ['a missing language', { ...good, names: { fr: 'Choe' } }, 'names.en'],
    ['a missing description language', { ...good, descriptions: { en: 'x' } }, 'descriptions.fr'],
    ['"Hangul" that is not Hangul', { ...good, script: { lang: 'ko', text: 'Choe' } }, 'script.text'],
    ['Cyrillic that is not Cyrillic', { ...good, script: { lang: 'ru', text: 'Putin' } }, 'script.text'],
    ['an unknown script language', { ...good, script: { lang: 'zh', text: '崔' } }, 'script.lang'],
    ['a Cyrillic look-alike inside a Latin name', { ...good, names: { fr: 'Сhoe Ryong-hae', en: 'Choe Ryong Hae' } }, 'names.fr'],
    ['a look-alike inside a spelling', { ...good, spellings: ['Chоe Ryong Hae'] }, 'spellings[0]'],
    ['an unknown press usage', { ...good, press: { jp: 'x' } }, 'press.jp'],
    ['an alias without language', { ...good, aliases: [{ text: 'le numéro deux' }] }, 'aliases[0].lang'],
    ['an unknown scope', { ...good, scope: 'galaxy' }, 'scope'],
    ['a context rule for another language', { ...good, short: ['Choe'], context: [{ spellings: ['Choe'], lang: 'de' }] }, 'context[0].lang'],
    ['a bad date', { ...good, asOf: '2024-13' }, 'asOf'],
    ['an unknown relation', { ...good, related: [{ id: 'kim-jong-un', rel: 'friend' }] }, 'related[0].rel'],
    ['a missing source', { ...good, source: '' }, 'source'],
    ['an unknown field', { ...good, colour: 'red' }, 'colour'],
    ['control characters', { ...good, notes: 'a\u0007b' }, 'notes'],
    ['an over-long text', { ...good, names: { fr: 'x'.repeat(400), en: 'x' } }, 'names.fr'],
    ['a list that is not a list', { ...good, spellings: 'Choe' }, 'spellings'],
  ])('refuses %s', (_, raw, field) => {
    expect(fields(raw)).toContain(field);
    expect(validateEntry(raw).entry).toBeUndefined();
  });
  it('keeps a background scope and the language of a context rule', () => {
    const { entry } = validateEntry({ ...good, scope: 'world', short: ['Choe'], context: [{ spellings: ['Choe'], lang: 'fr', near: ['Pyongyang'] }] });
    expect(entry).toMatchObject({ scope: 'world', context: [{ spellings: ['Choe'], lang: 'fr', near: ['Pyongyang'] }] });
  });
  it('names the entry in each problem', () => {
    expect(validateEntry({ ...good, type: 'planet' }).problems[0]).toMatchObject({ entryId: 'choe-ryong-hae', field: 'type', severity: 'error' });
  });
  it('refuses what is not an object', () => {
    expect(validateEntry('x').problems[0]!.code).toBe('entryNotObject');
  });
});

describe('validateGlossary', () => {
  const other = { ...good, id: 'choe-ryong-hae-2', names: { fr: 'Autre', en: 'Other' } };
  it('duplicate ids', () => {
    expect(validateGlossary([good, good]).problems.map((p) => p.code)).toContain('duplicateId');
  });
  it('related ids that do not exist', () => {
    const { problems } = validateGlossary([{ ...good, related: [{ id: 'nobody', rel: 'family' }] }]);
    expect(problems[0]).toMatchObject({ field: 'related[0].id', severity: 'error' });
  });
  it('one spelling claimed by two entries, unless a context rule tells them apart', () => {
    const clash = validateGlossary([good, { ...other, spellings: ['Choe Ryong Hae'] }]).problems;
    expect(clash.map(englishProblem).join()).toMatch(/also names choe-ryong-hae/);
    const ruled = validateGlossary([good, { ...other, spellings: ['Choe Ryong Hae'], context: [{ spellings: ['Choe Ryong Hae'], near: ['football'] }] }]).problems;
    expect(ruled).toEqual([]);
  });
});
