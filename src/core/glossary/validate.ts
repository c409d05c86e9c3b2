/**
 * Checking glossary entries: the built-in data files (tests and `glose glossary check`) and the
 * reader's imports go through the same rules. Input is untrusted: every field is checked for
 * type, shape and size, and each problem is reported with the entry and field it concerns.
 */
import { ENTRY_TYPES, RELATION_KINDS, type GlossaryEntry } from './types.ts';
import { phraseKey } from '../text/fold.ts';
import { checkRoles, readOffices, readRoles } from './roles.ts';
import type { Problem, ProblemCode, ProblemValue } from '../problems.ts';
import { CYRILLIC_RE, HANGUL_RE } from '../text/scripts.ts';

export interface EntryProblem extends Problem {
  /** Warnings do not refuse the entry (a spelling shared by two entries, say). */
  severity: 'error' | 'warning';
}

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_RE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;
const PRESS_KEYS = ['fr', 'en', 'kcna', 'official', 'de'] as const;
const KNOWN_FIELDS = new Set([
  'id', 'type', 'names', 'script', 'press', 'spellings', 'misspellings', 'short', 'aliases', 'offices', 'roles', 'lists', 'descriptions', 'asOf', 'related', 'context', 'source', 'origin', 'notes', 'scope',
]);
export const LIMITS = { text: 300, description: 1000, notes: 2000, list: 200 } as const;

type Obj = Record<string, unknown>;

const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

function mixedWord(text: string): string | undefined {
  return text.split(/[^\p{L}]+/u).find((w) => LATIN_LETTER.test(w) && CYRILLIC_LETTER.test(w));
}

export function hasMixedScriptWord(text: string): boolean {
  return mixedWord(text) !== undefined;
}
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks one raw value as a glossary entry. Returns the entry (typed, trimmed copy) when it has
 * no errors, and every problem found.
 */
export function validateEntry(raw: unknown, options: { requireSource?: boolean } = {}): { entry?: GlossaryEntry; problems: EntryProblem[] } {
  const problems: EntryProblem[] = [];
  if (!isObj(raw)) return { problems: [{ code: 'entryNotObject', severity: 'error' }] };
  const entryId = typeof raw.id === 'string' ? raw.id : undefined;
  const err = (field: string, code: ProblemCode, values?: readonly ProblemValue[]): void => {
    problems.push({ ...(entryId ? { entryId } : {}), field, code, ...(values ? { values } : {}), severity: 'error' });
  };
  const text = (field: string, v: unknown, max: number = LIMITS.text, required = true): string | undefined => {
    const checked = plainText(field, v, max, required);
    // A Latin word with a Cyrillic look-alike inside (Аurus typed with a Cyrillic А) would
    // never match the real name: refused wherever it occurs.
    if (checked && hasMixedScriptWord(checked)) err(field, 'mixedScripts', [mixedWord(checked)!]);
    return checked;
  };
  const plainText = (field: string, v: unknown, max: number, required: boolean): string | undefined => {
    if (v === undefined || v === null || v === '') {
      if (required) err(field, 'required');
      return undefined;
    }
    if (typeof v !== 'string') {
      err(field, 'notText');
      return undefined;
    }
    const t = v.trim();
    if (!t && required) err(field, 'required');
    if (t.length > max) err(field, 'tooLong', [max]);
    if (CONTROL_RE.test(t)) err(field, 'controlChars');
    return t || undefined;
  };
  const list = (field: string, v: unknown): string[] | undefined => {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      err(field, 'notTextList');
      return undefined;
    }
    if (v.length > LIMITS.list) err(field, 'tooManyItems', [LIMITS.list]);
    const out: string[] = [];
    v.slice(0, LIMITS.list).forEach((item, i) => {
      const t = text(`${field}[${i}]`, item);
      if (t) out.push(t);
    });
    return out.length ? out : undefined;
  };

  for (const key of Object.keys(raw)) if (!KNOWN_FIELDS.has(key)) err(key, 'unknownField');

  const id = text('id', raw.id, 80);
  if (id && !ID_RE.test(id)) err('id', 'badId');
  const type = raw.type;
  if (typeof type !== 'string' || !(ENTRY_TYPES as readonly string[]).includes(type)) err('type', 'oneOf', [ENTRY_TYPES.join(', ')]);

  let names: GlossaryEntry['names'] | undefined;
  if (!isObj(raw.names)) err('names', 'namesObject');
  else {
    const fr = text('names.fr', raw.names.fr);
    const en = text('names.en', raw.names.en);
    if (fr && en) names = { fr, en };
  }

  let script: GlossaryEntry['script'];
  if (raw.script !== undefined) {
    if (!isObj(raw.script)) err('script', 'shape', ['{"lang": "ko", "text": "김정은"}']);
    else {
      const lang = raw.script.lang;
      const t = text('script.text', raw.script.text);
      if (lang !== 'ko' && lang !== 'ru' && lang !== 'uk') err('script.lang', 'oneOf', ['ko, ru, uk']);
      else if (t && lang === 'ko' && !HANGUL_RE.test(t)) err('script.text', 'hangulRequired');
      else if (t && lang !== 'ko' && !CYRILLIC_RE.test(t)) err('script.text', 'cyrillicRequired');
      const hanja = text('script.hanja', raw.script.hanja, LIMITS.text, false);
      const kind = raw.script.kind;
      if (kind !== undefined && kind !== 'name' && kind !== 'admin' && kind !== 'word') err('script.kind', 'oneOf', ['name, admin, word']);
      if (t && (lang === 'ko' || lang === 'ru' || lang === 'uk')) {
        script = { lang, text: t, ...(hanja ? { hanja } : {}), ...(kind === 'name' || kind === 'admin' || kind === 'word' ? { kind } : {}) };
      }
    }
  }

  let press: GlossaryEntry['press'];
  if (raw.press !== undefined) {
    if (!isObj(raw.press)) err('press', 'notObject');
    else {
      press = {};
      for (const key of Object.keys(raw.press)) {
        if (!(PRESS_KEYS as readonly string[]).includes(key)) {
          err(`press.${key}`, 'notPressKey', [PRESS_KEYS.join(', ')]);
          continue;
        }
        const t = text(`press.${key}`, raw.press[key], LIMITS.text, false);
        if (t) press[key as (typeof PRESS_KEYS)[number]] = t;
      }
    }
  }

  const spellings = list('spellings', raw.spellings);
  const misspellings = list('misspellings', raw.misspellings);
  const short = list('short', raw.short);

  let aliases: GlossaryEntry['aliases'];
  if (raw.aliases !== undefined) {
    if (!Array.isArray(raw.aliases)) err('aliases', 'listOfShape', ['{"text", "lang"}']);
    else {
      aliases = [];
      raw.aliases.slice(0, LIMITS.list).forEach((a, i) => {
        if (!isObj(a)) return err(`aliases[${i}]`, 'shape', ['{"text", "lang"}']);
        const t = text(`aliases[${i}].text`, a.text);
        if (a.lang !== 'fr' && a.lang !== 'en') return err(`aliases[${i}].lang`, 'oneOf', ['fr, en']);
        if (t) aliases!.push({ text: t, lang: a.lang });
      });
    }
  }

  const lists = list('lists', raw.lists);
  for (const [i, l] of (lists ?? []).entries()) if (!ID_RE.test(l)) err(`lists[${i}]`, 'badListId');
  const offices = readOffices(raw.offices, { err, text: (f, v) => text(f, v) });
  const roles = readRoles(raw.roles, { err, text: (f, v) => text(f, v, 40) });

  let descriptions: GlossaryEntry['descriptions'] | undefined;
  if (!isObj(raw.descriptions)) err('descriptions', 'descriptionsObject');
  else {
    const fr = text('descriptions.fr', raw.descriptions.fr, LIMITS.description);
    const en = text('descriptions.en', raw.descriptions.en, LIMITS.description);
    if (fr && en) descriptions = { fr, en };
  }

  const asOf = text('asOf', raw.asOf, 10, false);
  if (asOf && !DATE_RE.test(asOf)) err('asOf', 'badDate');

  let related: GlossaryEntry['related'];
  if (raw.related !== undefined) {
    if (!Array.isArray(raw.related)) err('related', 'listOfShape', ['{"id", "rel"}']);
    else {
      related = [];
      raw.related.slice(0, LIMITS.list).forEach((r, i) => {
        if (!isObj(r)) return err(`related[${i}]`, 'shape', ['{"id", "rel"}']);
        const rid = text(`related[${i}].id`, r.id, 80);
        if (rid && !ID_RE.test(rid)) err(`related[${i}].id`, 'badId');
        if (typeof r.rel !== 'string' || !(RELATION_KINDS as readonly string[]).includes(r.rel)) {
          return err(`related[${i}].rel`, 'oneOf', [RELATION_KINDS.join(', ')]);
        }
        let note;
        if (r.note !== undefined) {
          if (!isObj(r.note)) err(`related[${i}].note`, 'shape', ['{"fr", "en"}']);
          else {
            const fr = text(`related[${i}].note.fr`, r.note.fr);
            const en = text(`related[${i}].note.en`, r.note.en);
            if (fr && en) note = { fr, en };
          }
        }
        if (rid) related!.push({ id: rid, rel: r.rel as (typeof RELATION_KINDS)[number], ...(note ? { note } : {}) });
      });
    }
  }

  let context: GlossaryEntry['context'];
  if (raw.context !== undefined) {
    if (!Array.isArray(raw.context)) err('context', 'notList');
    else {
      context = [];
      raw.context.slice(0, 20).forEach((c, i) => {
        if (!isObj(c)) return err(`context[${i}]`, 'notObject');
        const sp = list(`context[${i}].spellings`, c.spellings);
        if (!sp) return err(`context[${i}].spellings`, 'required');
        const near = list(`context[${i}].near`, c.near);
        const notNear = list(`context[${i}].notNear`, c.notNear);
        if (c.caseSensitive !== undefined && typeof c.caseSensitive !== 'boolean') err(`context[${i}].caseSensitive`, 'notBoolean');
        if (c.lang !== undefined && c.lang !== 'fr' && c.lang !== 'en') err(`context[${i}].lang`, 'oneOf', ['fr, en']);
        const lang = c.lang === 'fr' || c.lang === 'en' ? c.lang : undefined;
        context!.push({ spellings: sp, ...(c.caseSensitive === true ? { caseSensitive: true } : {}), ...(near ? { near } : {}), ...(notNear ? { notNear } : {}), ...(lang ? { lang } : {}) });
      });
    }
  }

  const source = text('source', raw.source, LIMITS.text, options.requireSource !== false);
  const notes = text('notes', raw.notes, LIMITS.notes, false);
  if (raw.origin !== undefined && raw.origin !== 'builtin' && raw.origin !== 'user') err('origin', 'oneOf', ['builtin, user']);
  if (raw.scope !== undefined && raw.scope !== 'world') err('scope', 'oneOf', ['world']);

  if (problems.some((p) => p.severity === 'error') || !id || !names || !descriptions) return { problems };
  const entry: GlossaryEntry = {
    id,
    type: type as GlossaryEntry['type'],
    names,
    ...(script ? { script } : {}),
    ...(press && Object.keys(press).length ? { press } : {}),
    ...(spellings ? { spellings } : {}),
    ...(misspellings ? { misspellings } : {}),
    ...(short ? { short } : {}),
    ...(aliases?.length ? { aliases } : {}),
    ...(offices ? { offices } : {}),
    ...(roles ? { roles } : {}),
    ...(lists ? { lists } : {}),
    descriptions,
    ...(asOf ? { asOf } : {}),
    ...(related?.length ? { related } : {}),
    ...(context?.length ? { context } : {}),
    source: source ?? '',
    ...(raw.origin === 'user' || raw.origin === 'builtin' ? { origin: raw.origin } : {}),
    ...(notes ? { notes } : {}),
    ...(raw.scope === 'world' ? { scope: 'world' as const } : {}),
  };
  return { entry, problems };
}

/**
 * Checks a whole glossary: each entry, unique ids, related entries that exist, and names
 * (not short forms) claimed by two entries, which the matcher can only offer as candidates.
 */
export function validateGlossary(raw: readonly unknown[], options: { requireSource?: boolean; knownIds?: ReadonlySet<string> } = {}): { entries: GlossaryEntry[]; problems: EntryProblem[] } {
  const problems: EntryProblem[] = [];
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const { entry, problems: p } = validateEntry(item, options);
    problems.push(...p);
    if (!entry) continue;
    if (seen.has(entry.id)) {
      problems.push({ entryId: entry.id, field: 'id', code: 'duplicateId', severity: 'error' });
      continue;
    }
    seen.add(entry.id);
    entries.push(entry);
  }
  const known = new Set([...seen, ...(options.knownIds ?? [])]);
  const owners = new Map<string, string>();
  const byId = new Map(entries.map((x) => [x.id, x]));
  for (const e of entries) {
    for (const [i, r] of (e.related ?? []).entries()) {
      if (!known.has(r.id)) problems.push({ entryId: e.id, field: `related[${i}].id`, code: 'unknownEntry', values: [r.id], severity: 'error' });
      if (r.id === e.id) problems.push({ entryId: e.id, field: `related[${i}].id`, code: 'selfRelated', severity: 'error' });
    }
    const full = [e.names.fr, e.names.en, ...Object.values(e.press ?? {}), ...(e.spellings ?? [])];
    for (const s of new Set(full.map((x) => phraseKey(x)))) {
      if (!s) continue;
      const other = owners.get(s);
      if (other && other !== e.id) {
        const ruled = (x: GlossaryEntry | undefined): boolean => (x?.context ?? []).some((c) => c.spellings.some((sp) => phraseKey(sp) === s));
        if (!ruled(e) && !ruled(byId.get(other))) {
          problems.push({ entryId: e.id, field: 'spellings', code: 'sharedSpelling', values: [s, other], severity: 'error' });
        }
      } else owners.set(s, e.id);
    }
  }
  // Offices and terms: one holder at a time (roles.ts). An office of an entry outside this
  // file (a reader's entry serving in a built-in office) is checked where both are known.
  for (const p of checkRoles(entries)) {
    if (p.code === 'unknownOffice' && options.knownIds) continue;
    problems.push(p);
  }
  return { entries, problems };
}
