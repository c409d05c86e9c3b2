import { describe, expect, it } from 'vitest';
import { spellingVariants } from '../../../src/core/match/variants.ts';
import { phraseKey } from '../../../src/core/text/fold.ts';

describe('mechanical spelling variants', () => {
  it('a hyphen may be a space (same key) or nothing', () => {
    expect(spellingVariants('Kim Jong-un').sort()).toEqual(['kim jong un', 'kim jongun']);
    expect(phraseKey('Kim Jong Un')).toBe('kim jong un');
  });
  it("an apostrophe inside a McCune–Reischauer word may be dropped: P'yŏngyang → Pyongyang", () => {
    expect(spellingVariants("P'yŏngyang")).toEqual(expect.arrayContaining(['p yongyang', 'pyongyang']));
  });
  it('French elisions are never joined', () => {
    expect(spellingVariants("agence de presse d'État")).toEqual(['agence de presse d etat']);
    expect(spellingVariants("l'ONU")).toEqual(['l onu']);
  });
  it('case, accents, ligatures and curly apostrophes fold away', () => {
    expect(phraseKey('ÉTATS-UNIS')).toBe('etats unis');
    expect(phraseKey('Œuvre')).toBe('oeuvre');
    expect(phraseKey('l’ONU')).toBe('l onu');
  });
  it('combines several joinable separators', () => {
    expect(spellingVariants('Mercedes-Maybach S-600').sort()).toEqual(['mercedes maybach s 600', 'mercedes maybach s600', 'mercedesmaybach s 600', 'mercedesmaybach s600']);
  });
});
