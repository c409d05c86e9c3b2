/**
 * Every name in the two default sources resolves to the right entry: the list below is what a
 * careful reader finds in them (surface as written → entry id), checked against the same
 * matcher and glossary the extension ships.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher, type Matcher, type Mention } from '../../src/core/match/index.ts';

const SOURCES = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/data/sources');
const read = (file: string): string => readFileSync(join(SOURCES, file), 'utf8');

const SOURCE_1: Array<[string, string]> = [
  ['Vladimir Poutine', 'vladimir-putin'],
  ['Russie', 'russia'],
  ['Kim Jong Un', 'kim-jong-un'],
  ['Organisation des Nations Unies', 'united-nations'],
  ['ONU', 'united-nations'],
  ['Corée du Nord', 'north-korea'],
  ['Kim Yo Jong', 'kim-yo-jong'],
  ['agence de presse d\'État de la Corée du Nord', 'kcna'],
  ['principal port spatial russe', 'vostochny-cosmodrome'],
  ['Poutine', 'vladimir-putin'],
  ['Anrus Senat', 'aurus-senat'],
  ['Tass', 'tass'],
  ['Aurus', 'aurus'],
  ['Maybach', 'maybach'],
  ['Vladivostok', 'vladivostok'],
  ['Mercedes Maybach S600 Pullman Guard', 'mercedes-maybach-s600-pullman-guard'],
  ['Mercedes Maybach S62', 'mercedes-maybach-s62'],
  ['S600 Pullman Guard', 'mercedes-maybach-s600-pullman-guard'],
  ['Donald Trump', 'donald-trump'],
  ['Singapour', 'singapore'],
  ['Vietnam', 'vietnam'],
  ['Mercedes', 'mercedes-benz'],
  ['Moon Jae', 'moon-jae-in'],
  ['Conseil de sécurité', 'un-security-council'],
  ['États-Unis', 'united-states'],
  ['Ukraine', 'ukraine'],
  ['Corée du Sud', 'south-korea'],
];

const SOURCE_2: Array<[string, string]> = [
  ['Aurus', 'aurus'],
  ['Dmitri Peskov', 'dmitry-peskov'],
  ['RIA Novosti', 'ria-novosti'],
  ['KCNA', 'kcna'],
  ['agence de presse nord-coréenne', 'kcna'],
  ['Kim Jong-un', 'kim-jong-un'],
  ['Russie', 'russia'],
  ['Kim Yo-jong', 'kim-yo-jong'],
  ['RPDC', 'north-korea'],
  ['Vostochny', 'vostochny-cosmodrome'],
  ['Poutine', 'vladimir-putin'],
  ['porte-parole du Kremlin', 'dmitry-peskov'],
  ['Corée du Nord', 'north-korea'],
  ['Séoul', 'seoul'],
  ['Pyongyang', 'pyongyang'],
  ['ONU', 'united-nations'],
  ['Yonhap', 'yonhap'],
  ['Moscou', 'moscow'],
  ['Vladimir Poutine', 'vladimir-putin'],
  ['Extrême-Orient russe', 'russian-far-east'],
  ['Maison Blanche', 'white-house'],
  ['Kiev', 'kyiv'],
];

let matcher: Matcher;
beforeAll(() => {
  matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
});

function check(file: string, expected: Array<[string, string]>): void {
  const text = read(file);
  const mentions: Mention[] = matcher.findMentions(text, { lang: 'fr' });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  const wrong: string[] = [];
  for (const [surface, entry] of expected) {
    expect(text.includes(surface), `"${surface}" is in ${file}`).toBe(true);
    const hit = mentions.some((m) => m.entry === entry && (m.surface === surface || m.surface.includes(surface) || surface.includes(m.surface)));
    if (!hit) wrong.push(`${surface} → ${entry} (found: ${mentions.filter((m) => surface.includes(m.surface) || m.surface.includes(surface)).map((m) => `${m.surface}=${m.entry}`).join(', ') || 'nothing'})`);
  }
  expect(wrong).toEqual([]);
}

describe('the default sources', () => {
  it('first source: every name linked to its entry', () => check('000_0f2cf2a9d1bc2be9.txt', SOURCE_1));
  it('second source: every name linked to its entry', () => check('002_bb552e175208bf83.txt', SOURCE_2));

  it('flags "Anrus Senat" as a misspelling of Aurus Senat', () => {
    const m = matcher.findMentions(read('000_0f2cf2a9d1bc2be9.txt'), { lang: 'fr' }).find((x) => x.surface === 'Anrus Senat');
    expect(m).toMatchObject({ entry: 'aurus-senat', match: 'misspelling' });
  });

  it('links "Kim Yo Jong" and "Kim Yo-jong" to the same entry, and descriptions as descriptions', () => {
    const a = matcher.findMentions(read('000_0f2cf2a9d1bc2be9.txt'), { lang: 'fr' });
    const b = matcher.findMentions(read('002_bb552e175208bf83.txt'), { lang: 'fr' });
    expect(a.find((m) => m.surface === 'Kim Yo Jong')?.entry).toBe(b.find((m) => m.surface === 'Kim Yo-jong')?.entry);
    expect(a.find((m) => m.entry === 'vostochny-cosmodrome')?.match).toBe('description');
    expect(b.find((m) => m.surface.includes('porte-parole du Kremlin'))?.match).toBe('description');
  });
});
