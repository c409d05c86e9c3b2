/** Rules: which entries an occurrence of a phrase may be (src/core/match/rules/targets.ts). */
import { describe, expect, it } from 'vitest';
import { FLAG_CAPITAL, FLAG_CASE, LANG_EN, LANG_FR, MATCH_KINDS, packTarget } from '../../../../src/core/match/kinds.ts';
import { chooseTargets, type Occurrence } from '../../../../src/core/match/rules/targets.ts';

const kind = (k: (typeof MATCH_KINDS)[number]): number => MATCH_KINDS.indexOf(k);
const occ = (o: Partial<Occurrence>): Occurrence => ({ docLang: LANG_FR, capital: true, hasSmall: () => true, fuzzy: false, descriptionsOff: false, contextAllows: null, ...o });
const choose = (targets: number[], o: Partial<Occurrence>): { entries: number[]; kind: number } => {
  const chosen = new Int32Array(8);
  const out = new Int32Array(2);
  chooseTargets(targets, occ(o), chosen, out);
  return { entries: Array.from(chosen.subarray(0, out[0]!)), kind: out[1]! };
};

describe('chooseTargets', () => {
  it('the best kind wins; entries of that kind are all kept, once each', () => {
    const t = [packTarget(1, kind('short'), 0, FLAG_CAPITAL), packTarget(2, kind('name'), 0, FLAG_CAPITAL), packTarget(3, kind('name'), 0, FLAG_CAPITAL), packTarget(3, kind('name'), 0, 0)];
    expect(choose(t, {})).toEqual({ entries: [2, 3], kind: kind('name') });
  });
  it('a description in the other language does not count', () => {
    const t = [packTarget(1, kind('description'), LANG_EN, 0)];
    expect(choose(t, { docLang: LANG_FR }).entries).toEqual([]);
    expect(choose(t, { docLang: LANG_EN }).entries).toEqual([1]);
  });
  it('a proper noun needs its capital, an acronym its capitals', () => {
    expect(choose([packTarget(1, kind('name'), 0, FLAG_CAPITAL)], { capital: false }).entries).toEqual([]);
    expect(choose([packTarget(1, kind('name'), 0, FLAG_CASE)], { hasSmall: () => true }).entries).toEqual([]);
    expect(choose([packTarget(1, kind('name'), 0, FLAG_CASE)], { hasSmall: () => false }).entries).toEqual([1]);
  });
  it('a slip counts for capitalised names only, never for short forms or descriptions', () => {
    expect(choose([packTarget(1, kind('short'), 0, FLAG_CAPITAL)], { fuzzy: true }).entries).toEqual([]);
    expect(choose([packTarget(1, kind('description'), 0, 0)], { fuzzy: true }).entries).toEqual([]);
    expect(choose([packTarget(1, kind('name'), 0, FLAG_CAPITAL)], { fuzzy: true }).entries).toEqual([1]);
  });
  it('descriptions beside their name are off; context rules are asked per entry', () => {
    expect(choose([packTarget(1, kind('description'), 0, 0)], { descriptionsOff: true }).entries).toEqual([]);
    expect(choose([packTarget(1, kind('name'), 0, 0), packTarget(2, kind('name'), 0, 0)], { contextAllows: (e) => e === 2 }).entries).toEqual([2]);
  });
});
