/** Rules for regions and bylines (rules/regions.ts, derived.ts, unknown-names.ts). */
import { describe, expect, it } from 'vitest';
import { compileMatchTable, createMatcher } from '../../../../src/core/match/index.ts';
import { regionAfter, regionBefore } from '../../../../src/core/match/rules/regions.ts';
import { isTitleCaseLine } from '../../../../src/core/match/rules/unknown-names.ts';
import { derivedSpellings } from '../../../../src/core/match/derived.ts';
import type { GlossaryEntry } from '../../../../src/core/glossary/types.ts';

const d = { fr: 'x', en: 'x' };
const GLOSSARY: GlossaryEntry[] = [
  { id: 'kursk', type: 'place', names: { fr: 'Koursk', en: 'Kursk' }, descriptions: d, source: 't' },
  { id: 'kursk-oblast', type: 'place', names: { fr: 'région de Koursk', en: 'Kursk region' }, descriptions: { fr: 'y', en: 'y' }, source: 't' },
  { id: 'belgorod', type: 'place', names: { fr: 'Belgorod', en: 'Belgorod' }, descriptions: { fr: 'b', en: 'b' }, source: 't' },
  { id: 'belgorod-oblast', type: 'place', names: { fr: 'région de Belgorod', en: 'Belgorod region' }, descriptions: { fr: 'c', en: 'c' }, source: 't' },
  { id: 'kharkiv-oblast', type: 'place', names: { fr: 'région de Kharkiv', en: 'Kharkiv region' }, descriptions: { fr: 'z', en: 'z' }, source: 't' },
];
const matcher = createMatcher(compileMatchTable(GLOSSARY));
const found = (text: string, lang: 'fr' | 'en' = 'fr'): string[] => matcher.findMentions(text, { lang }).map((m) => `${m.surface}=${m.entry}`);

describe('regions', () => {
  it('the second of two regions named together, and a place whose governor is meant', () => {
    expect(found("L'état d'urgence dans les régions de Koursk et Belgorod.")).toEqual(['Koursk=kursk-oblast', 'Belgorod=belgorod-oblast']);
    expect(found('Drones hit the Belgorod and Kursk regions overnight.', 'en')).toEqual(['Belgorod=belgorod-oblast', 'Kursk=kursk-oblast']);
    expect(found('Le gouverneur de Koursk a parlé. Kursk Governor Khinshtein spoke.', 'fr')).toEqual(['Koursk=kursk-oblast', 'Kursk=kursk-oblast']);
    expect(found('Il vit à Belgorod et à Koursk.')).toEqual(['Belgorod=belgorod', 'Koursk=kursk']);
    expect(regionBefore('le gouverneur de ', 'le gouverneur de '.length)).toBe(true);
    expect(regionAfter('Kursk regions', 'Kursk'.length)).toBe(true);
    expect(regionAfter('Kursk residents', 'Kursk'.length)).toBe(false);
  });
  it('a city named after « région … de » is the region', () => {
    expect(found('Des combats dans la région frontalière de Koursk se poursuivent.')).toEqual(['Koursk=kursk-oblast']);
    expect(found('La ville de Koursk a été touchée.')).toEqual(['Koursk=kursk']);
    expect(regionBefore('les régions de ', 15)).toBe(true);
    expect(regionBefore('la ville de ', 12)).toBe(false);
  });
  it('a region written with its country’s adjective or possessive is the same region', () => {
    expect(found('dans la région ukrainienne de Kharkiv hier')).toEqual(['région ukrainienne de Kharkiv=kharkiv-oblast']);
    expect(found("in Ukraine's Kharkiv region today", 'en')).toEqual(["Ukraine's Kharkiv region=kharkiv-oblast"]);
    expect(derivedSpellings(GLOSSARY[2]!, ['région de Kharkiv']).map((s) => s.text)).toEqual(['région ukrainienne de Kharkiv', 'région russe de Kharkiv']);
  });
});

describe('bylines', () => {
  it('a byline is not a title-case headline (its names are the writers’)', () => {
    const line = 'By Mikhail Orlov and Dana Whitfield';
    expect(isTitleCaseLine(line, 3, 11)).toBe(false);
    expect(isTitleCaseLine('Putin Meets Kim In Pyongyang', 0, 5)).toBe(true);
  });
});
