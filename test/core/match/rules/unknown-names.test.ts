/** Rules: a one-word name that is part of someone else's name is not ours (src/core/match/rules/unknown-names.ts). */
import { describe, expect, it } from 'vitest';
import { followedByCompanyWord, followedByName, isTitleCaseLine, precededByName } from '../../../../src/core/match/rules/unknown-names.ts';
import { WordReader } from '../../../../src/core/match/words.ts';

const none = (): boolean => false;
const before = (text: string, name: string, own: (w: string) => boolean = none): boolean => precededByName(text, text.lastIndexOf(name), own);
const after = (text: string, name: string): boolean => {
  const start = text.indexOf(name);
  return followedByName(text, start + name.length, new WordReader());
};

describe('precededByName', () => {
  it('not after a name of ours, of one word or several', () => {
    const text = "l'agence de K-pop Hybe a renoncé";
    const start = text.indexOf('Hybe');
    const kpop = (a: number, z: number): boolean => text.slice(a, z) === 'K-pop';
    expect(precededByName(text, start, none, start + 4)).toBe(true);
    expect(precededByName(text, start, none, start + 4, kpop)).toBe(false);
  });
  it('a surname after an unknown given name in mid-sentence belongs to that person', () => {
    expect(before('Le défenseur Marcus Lee a marqué.', 'Lee')).toBe(true);
    expect(before('au stade de Selhurst Park samedi', 'Park')).toBe(true);
  });
  it('not after a title, an article or a geographic word', () => {
    expect(before('selon le président Poutine, la paix', 'Poutine')).toBe(false);
    expect(before('a rencontré M. Poutine hier', 'Poutine')).toBe(false);
    expect(before('the North Korean leader met President Putin today', 'Putin')).toBe(false);
  });
  it('not at the start of a sentence, a line or a quotation', () => {
    expect(before('Il est venu. Poutine a parlé.', 'Poutine')).toBe(false);
    expect(before('« Poutine a parlé », dit-il', 'Poutine')).toBe(false);
    expect(before('Hier\nPoutine a parlé', 'Poutine')).toBe(false);
  });
  it("the person's own given name, however spelt, is no stranger's", () => {
    expect(before('où Dimitri Peskov a dit', 'Peskov', (w) => w === 'dimitri')).toBe(false);
  });
  it('a headline in title case capitalises every word', () => {
    expect(before('Moon Meets Trump In Washington', 'Trump')).toBe(false);
  });
  it('a title with its full stop does not end a sentence (« Rep. Dale Lee »)', () => {
    expect(before('as Rep. Dale Lee said in the hearing', 'Lee')).toBe(true);
  });
});

describe('followedByName', () => {
  it('a short form followed by a capitalised word begins an unknown full name', () => {
    expect(after('le joueur Kim Min-jae a signé', 'Kim')).toBe(true);
    expect(after('Kim a parlé', 'Kim')).toBe(false);
    expect(after('Kim. Puis', 'Kim')).toBe(false);
  });
});

describe('isTitleCaseLine', () => {
  it('reads at most 120 characters of the line on each side (linear time on one-line pages)', () => {
    expect(isTitleCaseLine('Moon Meets Trump', 5, 11)).toBe(true);
    // A lower-case word 200 characters away does not count: the line is judged near the name.
    const far = `${'Kim Lee '.repeat(25)}Moon Meets Trump ${'Kim Lee '.repeat(25)}`;
    const at = far.indexOf('Trump');
    expect(isTitleCaseLine(`passé ${far} passé`, at + 6, at + 11)).toBe(true);
    expect(isTitleCaseLine('Moon a rencontré Trump', 17, 22)).toBe(false);
  });
});

describe('the shapes real press uses (issue 19)', () => {
  const known = (text: string) => (a: number, z: number): boolean => ['Poutine', 'Séoul', 'Tokyo', 'Moscou', 'Pyongyang'].includes(text.slice(a, z));
  const beforeIn = (text: string, name: string, short = false): boolean => {
    const start = text.lastIndexOf(name);
    return precededByName(text, start, () => false, start + name.length, known(text), short);
  };
  const afterIn = (text: string, name: string): boolean => {
    const start = text.indexOf(name);
    return followedByName(text, start + name.length, new WordReader(), known(text));
  };
  it('a short form followed by an initial is someone else (a signature: « Kim L. »)', () => {
    expect(afterIn('Merci pour l’article. Kim L. a écrit', 'Kim')).toBe(true);
  });
  it('a short form followed by an article or a title is not (a headline glued to the next line)', () => {
    expect(afterIn('pour succéder à Choïgou Le président russe a nommé', 'Choïgou')).toBe(false);
    expect(afterIn('Le « limier » de Poutine La présidente', 'Poutine')).toBe(false);
  });
  it('two names of ours joined by a hyphen are a pair, not one name', () => {
    expect(afterIn('le duo Kim-Poutine inquiète', 'Kim')).toBe(false);
    expect(beforeIn('la ligne Séoul-Tokyo est rouverte', 'Tokyo')).toBe(false);
    expect(beforeIn('un rapprochement Moscou-Pyongyang mal perçu', 'Pyongyang')).toBe(false);
    // A hyphen before a word that is no name of ours: an unknown compound name.
    expect(afterIn('le joueur Kim-Minjae a signé', 'Kim')).toBe(true);
  });
  it('a hyphenated given name before a surname is read whole (« Ju-min Park »)', () => {
    expect(beforeIn('rédigé par Hyonhee Shin, Ju-min Park, Josh Smith', 'Park', true)).toBe(true);
  });
  it('a dateline in capitals after a byline is no one’s surname; a name after an outlet in capitals neither', () => {
    expect(beforeIn('par Hyunsu Yim et Josh Smith SEOUL, 27 juillet (Reuters)', 'SEOUL')).toBe(false);
    expect(beforeIn('selon des informations rapportées par BFMTV Choïgou, connu pour', 'Choïgou', true)).toBe(false);
    // A surname in capitals after a given name is still someone else's (« Marcus LEE »).
    expect(beforeIn('le défenseur Marcus LEE a marqué', 'LEE', true)).toBe(true);
  });
});

describe('followedByCompanyWord', () => {
  const company = (text: string, name: string): boolean => followedByCompanyWord(text, text.indexOf(name) + name.length, new WordReader());
  it('a group’s name followed by a company word names a company of the group', () => {
    expect(company('sa filiale Kakao Entertainment a acheté', 'Kakao')).toBe(true);
    expect(company('LG Energy Solution builds batteries', 'LG')).toBe(true);
  });
  it('not a lower-case word, another capitalised word or a word after punctuation', () => {
    expect(company('Kakao entertainment', 'Kakao')).toBe(false);
    expect(company('Kakao Corée', 'Kakao')).toBe(false);
    expect(company('Kakao. Entertainment', 'Kakao')).toBe(false);
  });
});

describe('through the matcher', () => {
  it('finds « Hybe » after « K-pop », and no Kakao in « Kakao Entertainment »', async () => {
    const { compileMatchTable, createMatcher } = await import('../../../../src/core/match/index.ts');
    const entry = (id: string, name: string, type: 'organisation' | 'term' = 'organisation') => ({ id, type, names: { fr: name, en: name }, descriptions: { fr: 'x', en: 'x' }, source: 'test' });
    const m = createMatcher(compileMatchTable([entry('kakao', 'Kakao'), entry('hybe', 'Hybe'), entry('k-pop', 'K-pop', 'term')]));
    const found = m.findMentions("Kakao, sa filiale Kakao Entertainment et l'agence de K-pop Hybe se sont affrontés.", { lang: 'fr' }).map((x) => x.surface);
    expect(found).toEqual(['Kakao', 'K-pop', 'Hybe']);
  });
});
