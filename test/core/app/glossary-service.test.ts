/**
 * The glossary service (src/core/app/glossary-service.ts): the table compiled at build time is
 * served while the reader adds nothing to the built-in entries, and the merged glossary is
 * compiled as soon as they do — with the same version as a compile would give.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_USER_GLOSSARY, GlossaryService } from '../../../src/core/app/glossary-service.ts';
import { compileMatchTable } from '../../../src/core/match/index.ts';
import { mergeGlossaries } from '../../../src/core/glossary/user-entries.ts';
import { glossaryVersion } from '../../../src/core/glossary/version.ts';
import type { GlossaryEntry } from '../../../src/core/glossary/types.ts';
import type { GlossarySource } from '../../../src/core/app/ports.ts';

const entry = (id: string, name: string): GlossaryEntry => ({ id, type: 'place', names: { fr: name, en: name }, descriptions: { fr: 'x', en: 'x' }, source: 'test' });
const BUILTIN = [entry('seoul', 'Séoul'), entry('moscow', 'Moscou')];
const clock = { now: () => 0 };

function source(user: unknown): GlossarySource & { compiledAsked: number } {
  const merged = mergeGlossaries(BUILTIN, EMPTY_USER_GLOSSARY);
  const prebuilt = { table: compileMatchTable(merged), version: glossaryVersion(merged) };
  const s = {
    builtin: BUILTIN,
    compiledAsked: 0,
    builtinCompiled: () => {
      s.compiledAsked++;
      return prebuilt;
    },
    readUser: async () => user,
    writeUser: async () => undefined,
  };
  return s;
}

describe('GlossaryService and the table compiled at build time', () => {
  it('serves it while the reader has no entries of their own, with the version a compile gives', async () => {
    const s = source(undefined);
    const state = await new GlossaryService(s, clock).current();
    expect(s.compiledAsked).toBe(1);
    expect(state.version).toBe(glossaryVersion(mergeGlossaries(BUILTIN, EMPTY_USER_GLOSSARY)));
    expect(state.table).toEqual(compileMatchTable(mergeGlossaries(BUILTIN, EMPTY_USER_GLOSSARY)));
  });

  it('compiles the merged glossary once the reader adds or hides an entry', async () => {
    const mine = { version: 1 as const, entries: [{ ...entry('busan', 'Busan'), origin: 'user' as const }], hidden: [] };
    const s = source(mine);
    const state = await new GlossaryService(s, clock).current();
    expect(s.compiledAsked).toBe(0);
    expect(state.byId.has('busan')).toBe(true);
    expect(state.table.entries.map((e) => e.id)).toContain('busan');
    const hidden = source({ version: 1, entries: [], hidden: ['moscow'] });
    const hiddenState = await new GlossaryService(hidden, clock).current();
    expect(hidden.compiledAsked).toBe(0);
    expect(hiddenState.table.entries.map((e) => e.id)).not.toContain('moscow');
  });
});
