/**
 * A reader's entry that a new built-in entry now covers (issue 20): the glossary grows, and an
 * entry the reader wrote for « Choe Son-hui » last year duplicates Glose's own. Found by name
 * (French or English, folded), merged on request into an entry with the built-in's id that
 * replaces it — the built-in's facts, plus the reader's spellings, short forms, phrases and notes.
 */
import { phraseKey } from '../text/fold.ts';
import type { GlossaryEntry } from './types.ts';

/** The built-in entry (another id) named like the reader's entry, if any. */
export function builtinTwin(entry: Pick<GlossaryEntry, 'id' | 'names'>, builtin: ReadonlyArray<Pick<GlossaryEntry, 'id' | 'names'>>): string | null {
  const mine = new Set([phraseKey(entry.names.fr), phraseKey(entry.names.en)].filter(Boolean));
  for (const b of builtin) {
    if (b.id === entry.id) return null;
    if (mine.has(phraseKey(b.names.fr)) || mine.has(phraseKey(b.names.en))) return b.id;
  }
  return null;
}

const union = (a: readonly string[] | undefined, b: readonly string[]): string[] | undefined => {
  const keys = new Set((a ?? []).map(phraseKey));
  const out = [...(a ?? [])];
  for (const s of b) if (!keys.has(phraseKey(s))) (keys.add(phraseKey(s)), out.push(s));
  return out.length ? out : undefined;
};

/** The reader's entry merged into the built-in one: its id, its facts, the reader's spellings and notes too. */
export function mergeWithBuiltin(user: GlossaryEntry, builtin: GlossaryEntry): GlossaryEntry {
  const theirs = [user.names.fr, user.names.en, ...Object.values(user.press ?? {}), ...(user.spellings ?? [])];
  const known = new Set([builtin.names.fr, builtin.names.en, ...Object.values(builtin.press ?? {})].map(phraseKey));
  const spellings = union(builtin.spellings, theirs.filter((s) => !known.has(phraseKey(s))));
  const short = union(builtin.short, user.short ?? []);
  const aliases = [...(builtin.aliases ?? []), ...(user.aliases ?? []).filter((a) => !(builtin.aliases ?? []).some((b) => phraseKey(b.text) === phraseKey(a.text)))];
  const { origin: _o, ...base } = builtin;
  return {
    ...base,
    ...(spellings ? { spellings } : {}),
    ...(short ? { short } : {}),
    ...(aliases.length ? { aliases } : {}),
    ...(user.notes ? { notes: user.notes } : {}),
    origin: 'user',
  };
}
