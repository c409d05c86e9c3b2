import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher, createMatcherSliced } from '../../../src/core/match/index.ts';

const table = compileMatchTable(BUILTIN_ENTRIES);
const text = `Vladimir Poutine a reçu Kim Jong-un à Vostotchny. Le dirigeant nord-coréen a vu l'Anrus Senat, puis Sergueï Lavrov a gagné Pyongyang, selon KCNA. Poutine a ensuite parlé à Kim.`;

describe('the matcher built in slices', () => {
  it('finds exactly what the one-go matcher finds', async () => {
    let pauses = 0;
    const sliced = await createMatcherSliced(table, async () => void pauses++, () => performance.now(), 1);
    const whole = createMatcher(table);
    expect(sliced.findMentions(text, { lang: 'fr' })).toEqual(whole.findMentions(text, { lang: 'fr' }));
    expect(sliced.entryCount).toBe(whole.entryCount);
    expect(sliced.phraseCount).toBe(whole.phraseCount);
    expect(pauses).toBeGreaterThan(0);
  });

  it('pauses between slices of at most about the budget, whatever the clock says', async () => {
    // A clock that moves 1 ms per reading: a 5 ms budget pauses every few steps.
    let t = 0;
    let steps = 0;
    await createMatcherSliced(table, async () => void steps++, () => t++, 5);
    expect(steps).toBeGreaterThan(10);
  });
});
