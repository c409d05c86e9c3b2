/**
 * The matcher on sentences written for these tests (press conventions, not quotes), with the
 * fixture glossary: normalisation, elision, nesting, context, descriptions, misspellings,
 * and the places where nothing must be found.
 */
import { describe, expect, it } from 'vitest';
import { compileMatchTable, createMatcher, type Mention } from '../../../src/core/match/index.ts';
import { FIXTURE } from './fixture.ts';

const matcher = createMatcher(compileMatchTable(FIXTURE));
const fr = (text: string): Mention[] => matcher.findMentions(text, { lang: 'fr' });
const en = (text: string): Mention[] => matcher.findMentions(text, { lang: 'en' });
const pairs = (ms: Mention[]): string[] => ms.map((m) => `${m.surface}=${m.entry}`);

function expectOffsets(text: string, ms: Mention[]): void {
  for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
}

describe('normalisation keeps source offsets', () => {
  it.each([
    ['KIM JONG-UN a parlé.', 'KIM JONG-UN'],
    ['Kim Jong Un a parlé.', 'Kim Jong Un'],
    ['Kim Jongun a parlé.', 'Kim Jongun'],
    ['Kim\u00a0Jong\u00a0Un a parlé.', 'Kim\u00a0Jong\u00a0Un'],
    ['Kim\u2009Jong-un a parlé.', 'Kim\u2009Jong-un'],
    ['Kim Jong\u2011un a parlé.', 'Kim Jong\u2011un'],
    ['Kim Jong-\nun a parlé.', 'Kim Jong-\nun'],
  ])('%j finds Kim Jong-un', (text, surface) => {
    const ms = fr(text);
    expectOffsets(text, ms);
    expect(pairs(ms)).toEqual([`${surface}=kim-jong-un`]);
  });

  it('accents and capitals: Etats-Unis, ÉTATS-UNIS', () => {
    expect(pairs(fr('Les Etats-Unis et les ÉTATS-UNIS.'))).toEqual(['Etats-Unis=united-states', 'ÉTATS-UNIS=united-states']);
  });

  it('soft hyphens and line breaks inside names', () => {
    const text = 'À Vla\u00addi\u00advos\u00adtok, Vladimir\nPoutine a reçu.';
    const ms = fr(text);
    expectOffsets(text, ms);
    expect(ms.map((m) => m.entry)).toEqual(['vladivostok', 'vladimir-putin']);
  });

  it('guillemets inside a name: Aurus « Senat »', () => {
    expect(pairs(fr('une Aurus « Senat » noire'))).toEqual(['Aurus « Senat »=aurus-senat']);
  });

  it('a Cyrillic letter inside a Latin word, and a Roman numeral character', () => {
    const text = 'La Aurus S\u0435nat et Napoléon \u2162.';
    expect(fr(text).map((m) => m.entry)).toEqual(['aurus-senat', 'napoleon-iii']);
    expectOffsets(text, fr(text));
  });

  it('sentences run together: publics.La', () => {
    expect(fr('Vladimir Poutine y va. Des fonds publics.Vladivostok reçoit.Poutine aussi').map((m) => m.entry)).toEqual(['vladimir-putin', 'vladivostok', 'vladimir-putin']);
  });

  it('original scripts', () => {
    expect(pairs(fr('Путин et 김정은 (Kim)'))).toEqual(['Путин=vladimir-putin', '김정은=kim-jong-un', 'Kim=kim-jong-un']);
  });
});

describe('background entries (scope "world")', () => {
  const m = createMatcher(compileMatchTable([
    { id: 'afp', type: 'media', scope: 'world', names: { fr: 'AFP', en: 'AFP' }, spellings: ['Agence France-Presse'], descriptions: { fr: 'Agence.', en: 'Agency.' }, source: 'test' },
    { id: 'donald-trump', type: 'person', scope: 'world', names: { fr: 'Donald Trump', en: 'Donald Trump' }, short: ['Trump'], aliases: [{ text: 'président américain', lang: 'fr' }], descriptions: { fr: 'Président.', en: 'President.' }, source: 'test' },
    { id: 'kremlin', type: 'place', names: { fr: 'Kremlin', en: 'Kremlin' }, descriptions: { fr: 'Siège.', en: 'Seat.' }, source: 'test' },
  ]));
  const found = (text: string): string[] => m.findMentions(text, { lang: 'fr' }).map((x) => `${x.surface}=${x.entry}`);

  it('are found only on a page that names one of our own subjects', () => {
    expect(found('Selon l’AFP, il pleuvra demain. Donald Trump a joué au golf, Trump a gagné.')).toEqual([]);
    expect(found('Selon l’AFP, Donald Trump a appelé le Kremlin. Trump attend.')).toEqual(['AFP=afp', 'Donald Trump=donald-trump', 'Kremlin=kremlin', 'Trump=donald-trump']);
  });

  it('a description beside the name gives way whether it comes before or after the first of our subjects', () => {
    expect(found('Le président américain Donald Trump a appelé le Kremlin.')).toEqual(['Donald Trump=donald-trump', 'Kremlin=kremlin']);
    expect(found('Le Kremlin a appelé le président américain Donald Trump.')).toEqual(['Kremlin=kremlin', 'Donald Trump=donald-trump']);
  });
});

describe('names that begin with a number', () => {
  it('need their first letter, not their first digit, in capitals: the 1718 Committee', () => {
    const m = createMatcher(compileMatchTable([{ id: 'c1718', type: 'organisation', names: { fr: 'Comité 1718', en: '1718 Committee' }, descriptions: { fr: 'Comité.', en: 'Committee.' }, source: 'test' }]));
    expect(m.findMentions('It reported to the 1718 Committee on Monday.', { lang: 'en' }).map((x) => x.surface)).toEqual(['1718 Committee']);
    expect(m.findMentions('the 1718 committee of the club', { lang: 'en' })).toEqual([]);
  });
});

describe('abbreviations with full stops', () => {
  const m = createMatcher(compileMatchTable([
    { id: 'us', type: 'place', names: { fr: 'États-Unis', en: 'United States' }, spellings: ['U.S.'], descriptions: { fr: 'Pays.', en: 'Country.' }, source: 'test' },
    { id: 'nk', type: 'place', names: { fr: 'Corée du Nord', en: 'North Korea' }, spellings: ['N. Korea'], descriptions: { fr: 'Pays.', en: 'Country.' }, source: 'test' },
    { id: 'spb', type: 'place', names: { fr: 'Saint-Pétersbourg', en: 'Saint Petersburg' }, spellings: ['St. Petersburg', 'St Petersburg'], descriptions: { fr: 'Ville.', en: 'City.' }, source: 'test' },
    { id: 'c1718', type: 'organisation', names: { fr: 'Comité 1718', en: '1718 Committee' }, spellings: ['comité 1718'], descriptions: { fr: 'Comité.', en: 'Committee.' }, source: 'test' },
  ]));
  it('read an initial’s full stop as part of the name, and only there', () => {
    expect(m.findMentions('N. Korea talks: U.S. officials met. Then the U.S. The U. Nothing.', { lang: 'en' }).map((x) => x.surface)).toEqual(['N. Korea', 'U.S.', 'U.S.']);
    expect(m.findMentions('He saw the U. S. flag, and North. Korea', { lang: 'en' }).map((x) => x.surface)).toEqual(['U. S.']);
  });
  it('read a two-letter abbreviation’s full stop as part of a name that goes on (St. Petersburg), and no longer word’s', () => {
    expect(m.findMentions('On her way to St. Petersburg to a forum. The St Petersburg forum.', { lang: 'en' }).map((x) => x.surface)).toEqual(['St. Petersburg', 'St Petersburg']);
    expect(m.findMentions('He went to Saint. Petersburg was far.', { lang: 'en' }).map((x) => x.surface)).toEqual([]);
  });
  it('a spelling the glossary also writes in lower case is found in lower case', () => {
    expect(m.findMentions('Il rendait compte au comité 1718 et au Comité 1718.', { lang: 'fr' }).map((x) => x.surface)).toEqual(['comité 1718', 'Comité 1718']);
  });
});

describe('misspellings inside names', () => {
  it('a swapped pair of letters in the lower-case half of a hyphenated given name', () => {
    const [m] = fr('Mme Kim Yo-jnog a parlé.');
    expect(m).toMatchObject({ surface: 'Kim Yo-jnog', entry: 'kim-yo-jong', match: 'misspelling' });
  });
});

describe('French elision and contraction', () => {
  it.each([
    ["l'ONU", 'ONU', 'united-nations'],
    ['l\u2019ONU', 'ONU', 'united-nations'],
    ["d'Aurus", 'Aurus', 'aurus'],
    ["qu'Aurus", 'Aurus', 'aurus'],
    ['du Kremlin', 'Kremlin', 'kremlin'],
    ['aux États-Unis', 'États-Unis', 'united-states'],
  ])('%s', (text, surface, entry) => {
    expect(pairs(fr(`Il parle ${text} ce soir.`))).toEqual([`${surface}=${entry}`]);
  });
});

describe('longest match and nesting', () => {
  it('Aurus Senat over Aurus', () => expect(pairs(fr('Une Aurus Senat.'))).toEqual(['Aurus Senat=aurus-senat']));
  it('the full model over Maybach', () =>
    expect(pairs(fr('Une Mercedes-Maybach S600 Pullman Guard et une Maybach.'))).toEqual(['Mercedes-Maybach S600 Pullman Guard=mercedes-maybach-s600-pullman-guard', 'Maybach=maybach']));
  it('"place Kim Il Sung" is the square, not the person', () => expect(fr('Défilé sur la place Kim Il Sung.').map((m) => m.entry)).toEqual(['kim-il-sung-square']));
  it('"Kim Il Sung" alone is the person', () => expect(fr('Kim Il Sung a fondé le pays.').map((m) => m.entry)).toEqual(['kim-il-sung']));
});

describe('short forms resolve to the person last named in full', () => {
  it('Kim after Kim Yo-jong is Kim Yo-jong; after Kim Jong-un, Kim Jong-un', () => {
    const ms = fr('Kim Yo-jong a parlé. Kim a dit non. Puis Kim Jong-un est arrivé, et Kim a souri.');
    expect(ms.map((m) => `${m.surface}=${m.entry}`)).toEqual(['Kim Yo-jong=kim-yo-jong', 'Kim=kim-yo-jong', 'Kim Jong-un=kim-jong-un', 'Kim=kim-jong-un']);
    expect(ms[1]!.match).toBe('short');
    expect(ms[1]!.candidates).toBeUndefined();
  });

  it('across blocks of one session', () => {
    const session = matcher.createSession({ lang: 'fr' });
    session.scan('Kim Jong-un était là.');
    expect(session.scan('Kim a parlé.').map((m) => m.entry)).toEqual(['kim-jong-un']);
  });

  it('a bare Kim with no full name on a page about Korea offers the candidates', () => {
    const [m] = fr('Kim a parlé. La KCNA et le Kremlin ont commenté.');
    expect(m?.surface).toBe('Kim');
    expect(m?.candidates?.sort()).toEqual(['kim-il-sung', 'kim-jong-il', 'kim-jong-un', 'kim-yo-jong']);
  });

  it('a short form before the full name goes to the person named after it (headlines)', () => {
    const ms = en('Kim arrives by train\n\nNorth Korea’s Kim Yo Jong spoke. Kim Jong Un crossed the border; the Kremlin said Kim would stay.');
    expect(pairs(ms)).toEqual(['Kim=kim-yo-jong', 'Kim Yo Jong=kim-yo-jong', 'Kim Jong Un=kim-jong-un', 'Kremlin=kremlin', 'Kim=kim-jong-un']);
    expect(ms[0]?.candidates).toBeUndefined();
  });

  it('far from the last full name, a short form goes to the person the article names most', () => {
    const filler = ' Les discussions ont porté sur la coopération régionale et les échanges commerciaux.'.repeat(8);
    const text = `Kim Jong-un a parlé. Kim Jong-un a insisté. Kim Jong-un est reparti.${filler} Kim Yo-jong a répondu. Kim a ajouté un mot.${filler} Kim a conclu.`;
    const kims = fr(text).filter((m) => m.surface === 'Kim');
    expect(kims.map((m) => m.entry)).toEqual(['kim-yo-jong', 'kim-jong-un']);
  });

  it('a short form of one person needs one other name on the page; one shared by several needs two', () => {
    expect(pairs(fr('Poutine a parlé depuis Vladivostok.'))).toEqual(['Poutine=vladimir-putin', 'Vladivostok=vladivostok']);
    expect(pairs(fr('Kim a parlé depuis Vladivostok.'))).toEqual(['Vladivostok=vladivostok']);
  });

  it('on a page about something else, a lone short form is nobody we know', () => {
    expect(en('Kim scored twice and Park was sent off. Lee said the Moon was bright.')).toEqual([]);
    expect(pairs(fr('Kim a marqué deux fois. Le Kremlin n’y est pour rien.'))).toEqual(['Kremlin=kremlin']);
  });

  it('a surname after an unknown given name belongs to someone else, and so does the bare surname after it', () => {
    expect(en('Vladimir Putin met Kim Jong Un. Director Marcus Kim said: “It worked.” Kim smiled.').map((m) => m.surface)).toEqual(['Vladimir Putin', 'Kim Jong Un']);
    expect(en('Vladimir Putin met Kim Jong Un. Analyst Kim Min-jae said Kim was tired.').map((m) => m.surface)).toEqual(['Vladimir Putin', 'Kim Jong Un']);
    // …but not after a title, a title's abbreviation or the first word of a sentence, nor the person's own given name however spelt.
    expect(pairs(en('Vladimir Putin met Kim Jong Un. President Kim smiled. Mr. Putin too. So said Dmytro Peskov, then Peskov.'))).toEqual([
      'Vladimir Putin=vladimir-putin', 'Kim Jong Un=kim-jong-un', 'Kim=kim-jong-un', 'Putin=vladimir-putin', 'Peskov=dmitry-peskov', 'Peskov=dmitry-peskov',
    ]);
  });

  it('honorifics and titles stay outside the name: M. Peskov, le président Poutine', () => {
    expect(pairs(fr('Dmitri Peskov parle au Kremlin. M. Peskov a ajouté que le président Poutine viendra.'))).toEqual([
      'Dmitri Peskov=dmitry-peskov', 'Kremlin=kremlin', 'Peskov=dmitry-peskov', 'Poutine=vladimir-putin',
    ]);
  });

  it('a short form followed by another capitalised word is an unknown full name', () => {
    expect(fr('Le footballeur Kim Min-jae a marqué.')).toEqual([]);
  });
});

describe('descriptions stand for their entry', () => {
  it('French descriptions in a French text', () => {
    const ms = fr("Le dirigeant nord-coréen a remercié le locataire du Kremlin, selon l'agence de presse nord-coréenne.");
    expect(ms.map((m) => [m.entry, m.match])).toEqual([
      ['kim-jong-un', 'description'], ['vladimir-putin', 'description'], ['kcna', 'description'],
    ]);
  });
  it("longest description: agence de presse d'État de la Corée du Nord", () => {
    expect(fr("a rapporté l'agence de presse d'État de la Corée du Nord.").map((m) => m.entry)).toEqual(['kcna']);
  });
  it('a description wins over the name inside it: porte-parole du Kremlin', () => {
    expect(fr('selon le porte-parole du Kremlin, ').map((m) => [m.entry, m.match])).toEqual([['dmitry-peskov', 'description']]);
  });
  it('each language only uses its own descriptions', () => {
    expect(en('The North Korean leader met the dirigeant nord-coréen.').map((m) => [m.surface, m.entry])).toEqual([['North Korean leader', 'kim-jong-un']]);
  });
});

describe('misspellings are found and flagged', () => {
  it.each([
    ['Anrus Senat', 'aurus-senat'],
    ['Kim Jung Un', 'kim-jong-un'],
    ['Kim Jon Un', 'kim-jong-un'],
    ['Vladivostock', 'vladivostok'],
    ['Vladimir Poutin', 'vladimir-putin'],
  ])('%s → %s', (surface, entry) => {
    const [m] = fr(`Hier, ${surface} était là.`);
    expect(m).toMatchObject({ surface, entry, match: 'misspelling' });
    expect(m!.intended).toBeTruthy();
  });

  it('never on ordinary words or unknown names', () => {
    for (const text of ['Taurus est une constellation.', 'Les Aures sont des montagnes.', 'Mauris et Aurelia.', 'Kim Jong Nam était son frère.', 'Un rapport sur les Vladivostoks']) {
      expect(fr(text).filter((m) => m.match === 'misspelling'), text).toEqual([]);
    }
  });

  it('a correct name is not a misspelling of another: Kim Jong Il', () => {
    expect(fr('Kim Jong Il est mort en 2011.').map((m) => [m.entry, m.match])).toEqual([['kim-jong-il', 'name']]);
  });
});

describe('no false finds', () => {
  it('not inside URLs or e-mail addresses', () => {
    expect(fr('Voir https://www.example.com/Vladivostok/Poutine et kim.jong.un@example.org, ou Kremlin.ru.')).toEqual([]);
  });
  it('acronyms in capitals only: ONU, UN — not the article "un"', () => {
    expect(pairs(fr("Un diplomate de l'ONU a vu un envoyé."))).toEqual(['ONU=united-nations']);
    expect(pairs(en('A UN envoy met an un-named official.'))).toEqual(['UN=united-nations']);
  });
  it('proper nouns need their capital: "poutine" the dish is not Putin', () => {
    expect(fr('Une poutine au fromage. Il aime le kremlin de sa ville.')).toEqual([]);
  });
  it('names that are common words need their context: Amour', () => {
    expect(fr("L'Amour est aveugle.")).toEqual([]);
    expect(fr("Sur la rive de l'Amour, près de Blagovechtchensk.").map((m) => m.entry)).toEqual(['amur-river']);
  });
  it('Sputnik the agency, not the satellite', () => {
    expect(fr("Le premier Sputnik fut mis en orbite en 1957.")).toEqual([]);
    expect(fr("selon l'agence Sputnik.").map((m) => m.entry)).toEqual(['sputnik-agency']);
    expect(fr('selon SPUTNIK.')).toEqual([]);
  });
  it('terms written in lower case are found in lower case', () => {
    expect(fr("l'opération militaire spéciale continue").map((m) => m.entry)).toEqual(['operation']);
  });
  it('an article about something else finds nothing', () => {
    expect(fr("Le match de football s'est terminé sur un score nul. L'entraîneur a salué l'amour du maillot et la rigueur de la défense.")).toEqual([]);
  });
});

describe('hostile input', () => {
  it('empty, huge or strange text', () => {
    expect(fr('')).toEqual([]);
    expect(fr('\u0000\ud800\udfff\ufeff')).toEqual([]);
    const big = 'Vladimir Poutine. ' + 'Poutine, '.repeat(20000) + 'Kim Jong-un';
    const ms = fr(big);
    expect(ms.length).toBe(20002);
    // Thousands of short forms with nobody named: held back within bounds, then dropped.
    expect(fr('Poutine, '.repeat(20000))).toEqual([]);
  });
  it('a name cut by a paragraph break is two words', () => {
    expect(pairs(fr('Le Kremlin et Vladivostok. Vladimir\n\nPoutine'))).toEqual(['Kremlin=kremlin', 'Vladivostok=vladivostok', 'Poutine=vladimir-putin']);
  });
});

describe('spellings written with a lower-case article', () => {
  const m = createMatcher(compileMatchTable([
    { id: 'arctic', type: 'place', names: { fr: 'Arctique russe', en: 'Russian Arctic' }, spellings: ["l'Arctique russe"], descriptions: { fr: 'Région.', en: 'Region.' }, source: 'test' },
    { id: 'voice', type: 'media', names: { fr: 'La Voix de la Corée', en: 'Voice of Korea' }, descriptions: { fr: 'Radio.', en: 'Radio.' }, source: 'test' },
  ]));
  it('are found without the article, which is no name (and no phrase begins with « l »)', () => {
    expect(m.findMentions("Le navire longe l'Arctique russe depuis lundi.", { lang: 'fr' }).map((x) => x.surface)).toEqual(['Arctique russe']);
    expect(compileMatchTable([{ id: 'arctic', type: 'place', names: { fr: 'Arctique russe', en: 'Russian Arctic' }, spellings: ["l'Arctique russe"], descriptions: { fr: 'x', en: 'x' }, source: 't' }]).phrases.some(([key]) => key.startsWith('l '))).toBe(false);
  });
  it('a capitalised article that belongs to the name stays', () => {
    expect(m.findMentions('Selon La Voix de la Corée, la radio du Nord.', { lang: 'fr' }).map((x) => x.surface)).toEqual(['La Voix de la Corée']);
  });
});
