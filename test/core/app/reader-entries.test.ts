/**
 * The reader's own entries through the core service: every change checked whole before the one
 * write, a refused change or a failed write leaving what was stored, imports merged.
 */
import { describe, expect, it } from 'vitest';
import { GloseApp } from '../../../src/core/app/glose-app.ts';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import type { GlossaryEntry } from '../../../src/core/glossary/types.ts';
import type { UserGlossary } from '../../../src/core/glossary/user-entries.ts';
import { fakePorts } from './fake-ports.ts';

const builtin = BUILTIN_ENTRIES.filter((e) => ['kim-jong-un', 'aurus'].includes(e.id));
const entry = (id: string, fr = 'Zorblax Hall'): GlossaryEntry =>
  ({ id, type: 'place', names: { fr, en: fr }, descriptions: { fr: 'Ma note.', en: 'My note.' }, source: 'moi' }) as GlossaryEntry;

describe('the reader’s entries', () => {
  it('adds an entry as the reader’s, renames it in place, and the glossary serves it at once', async () => {
    const { ports, state } = fakePorts(builtin);
    const app = new GloseApp(ports);
    expect(await app.readerEntries.save(entry('zorblax-hall'))).toMatchObject({ ok: true });
    expect((state.user as UserGlossary).entries[0]).toMatchObject({ id: 'zorblax-hall', origin: 'user' });
    await app.readerEntries.save(entry('zorblax-hall-2', 'Zorblax Hall II'), 'zorblax-hall');
    expect((state.user as UserGlossary).entries.map((e) => e.id)).toEqual(['zorblax-hall-2']);
    expect((await app.glossary.current()).byId.has('zorblax-hall-2')).toBe(true);
  });

  it('refuses an entry the checker refuses, and stores nothing', async () => {
    const { ports, state } = fakePorts(builtin, { user: { version: 1, entries: [], hidden: [] } });
    const result = await new GloseApp(ports).readerEntries.save({ ...entry('bad'), names: { fr: '', en: '' } });
    expect(result.ok).toBe(false);
    expect(state.user).toEqual({ version: 1, entries: [], hidden: [] });
  });

  it('hides and shows a built-in entry, and deletes the reader’s', async () => {
    const { ports, state } = fakePorts(builtin, { user: { version: 1, entries: [{ ...entry('zorblax-hall'), origin: 'user' }], hidden: [] } });
    const app = new GloseApp(ports);
    await app.readerEntries.setHidden('aurus', true);
    expect((await app.glossary.current()).byId.has('aurus')).toBe(false);
    await app.readerEntries.setHidden('aurus', false);
    await app.readerEntries.delete('zorblax-hall');
    expect(state.user).toEqual({ version: 1, entries: [], hidden: [] });
  });

  it('merges an import over the reader’s entries with the same id, and exports a file named for the day', async () => {
    const { ports } = fakePorts(builtin, { user: { version: 1, entries: [{ ...entry('zorblax-hall'), origin: 'user' }], hidden: ['aurus'] } });
    const app = new GloseApp(ports);
    const file = JSON.stringify({ version: 1, entries: [entry('zorblax-hall', 'Zorblax Hall (new)'), entry('other-hall', 'Other Hall')], hidden: [] });
    const result = await app.readerEntries.import('json', file);
    expect(result.ok && result.glossary.entries.map((e) => [e.id, e.names.fr])).toEqual([
      ['zorblax-hall', 'Zorblax Hall (new)'],
      ['other-hall', 'Other Hall'],
    ]);
    expect(result.ok && result.glossary.hidden).toEqual(['aurus']);
    const out = await app.readerEntries.export('csv', '2026-12-08');
    expect(out.filename).toBe('glose-entries-2026-12-08.csv');
    expect(out.text).toContain('Other Hall');
  });

  it('lets a failed write reject, with what was stored left as it was', async () => {
    const { ports, state } = fakePorts(builtin, { user: { version: 1, entries: [], hidden: [] } });
    const app = new GloseApp({ ...ports, glossary: { ...ports.glossary, writeUser: async () => Promise.reject(new Error('QuotaExceededError')) } });
    await expect(app.readerEntries.save(entry('zorblax-hall'))).rejects.toThrow('QuotaExceededError');
    expect(state.user).toEqual({ version: 1, entries: [], hidden: [] });
    expect((await app.glossary.current()).byId.has('zorblax-hall')).toBe(false);
  });
});
