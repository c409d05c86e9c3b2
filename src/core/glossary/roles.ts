/**
 * Offices and dated roles (issue 19): checks of the `offices` an entry has and of the `roles`
 * (terms) entries served in them, and the question the matcher asks — who held this office on
 * that date? Dates are ISO prefixes (YYYY, YYYY-MM, YYYY-MM-DD) compared as text, which orders
 * them as dates; a shorter date stands for its start (2024-05 < 2024-05-12).
 */
import type { DescriptiveAlias, GlossaryEntry, Office, RoleTerm } from './types.ts';
import type { Problem, ProblemCode, ProblemValue } from '../problems.ts';

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_RE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface FieldChecks {
  err: (field: string, code: ProblemCode, values?: readonly ProblemValue[]) => void;
  text: (field: string, v: unknown) => string | undefined;
}

/** Reads `offices` from a raw entry; problems go through `c.err`. */
export function readOffices(raw: unknown, c: FieldChecks): Office[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    c.err('offices', 'listOfShape', ['{"id", "names", "aliases"}']);
    return undefined;
  }
  const out: Office[] = [];
  const ids = new Set<string>();
  raw.slice(0, 50).forEach((o, i) => {
    const at = `offices[${i}]`;
    if (!isObj(o)) return c.err(at, 'shape', ['{"id", "names", "aliases"}']);
    const id = c.text(`${at}.id`, o.id);
    if (id && !ID_RE.test(id)) c.err(`${at}.id`, 'badId');
    if (id && ids.has(id)) c.err(`${at}.id`, 'officeIdTaken');
    if (id) ids.add(id);
    const fr = isObj(o.names) ? c.text(`${at}.names.fr`, o.names.fr) : undefined;
    const en = isObj(o.names) ? c.text(`${at}.names.en`, o.names.en) : undefined;
    if (!isObj(o.names)) c.err(`${at}.names`, 'namesObject');
    const aliases: DescriptiveAlias[] = [];
    if (!Array.isArray(o.aliases) || o.aliases.length === 0) c.err(`${at}.aliases`, 'aliasesRequired');
    else
      o.aliases.slice(0, 50).forEach((a, k) => {
        if (!isObj(a)) return c.err(`${at}.aliases[${k}]`, 'shape', ['{"text", "lang"}']);
        const t = c.text(`${at}.aliases[${k}].text`, a.text);
        if (a.lang !== 'fr' && a.lang !== 'en') return c.err(`${at}.aliases[${k}].lang`, 'oneOf', ['fr, en']);
        if (t) aliases.push({ text: t, lang: a.lang });
      });
    if (o.occasional !== undefined && typeof o.occasional !== 'boolean') c.err(`${at}.occasional`, 'notBoolean');
    if (id && fr && en && aliases.length) out.push({ id, names: { fr, en }, aliases, ...(o.occasional === true ? { occasional: true } : {}) });
  });
  return out.length ? out : undefined;
}

/** Reads `roles` from a raw entry; problems go through `c.err`. */
export function readRoles(raw: unknown, c: FieldChecks): RoleTerm[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    c.err('roles', 'listOfShape', ['{"role", "of", "from", "to"}']);
    return undefined;
  }
  const out: RoleTerm[] = [];
  raw.slice(0, 50).forEach((r, i) => {
    const at = `roles[${i}]`;
    if (!isObj(r)) return c.err(at, 'shape', ['{"role", "of", "from", "to"}']);
    const role = c.text(`${at}.role`, r.role);
    const of = c.text(`${at}.of`, r.of);
    const from = c.text(`${at}.from`, r.from);
    const to = r.to === undefined ? undefined : c.text(`${at}.to`, r.to);
    for (const [field, d] of [['from', from], ['to', to]] as const) if (d && !DATE_RE.test(d)) c.err(`${at}.${field}`, 'badDate');
    if (from && to && to < from) c.err(`${at}.to`, 'beforeFrom');
    if (role && of && from) out.push({ role, of, from, ...(to ? { to } : {}) });
  });
  return out.length ? out : undefined;
}

export interface RoleProblem extends Problem {
  entryId: string;
  field: string;
  severity: 'error' | 'warning';
}

/** A holder's term in one office. */
export interface Term {
  holder: string;
  from: string;
  to?: string;
}

/** Every office's terms, by `of|role`, in order of `from`. */
export function termsByOffice(entries: readonly GlossaryEntry[]): Map<string, Term[]> {
  const out = new Map<string, Term[]>();
  for (const e of entries) {
    for (const r of e.roles ?? []) {
      const key = `${r.of}|${r.role}`;
      const list = out.get(key) ?? [];
      list.push({ holder: e.id, from: r.from, ...(r.to ? { to: r.to } : {}) });
      out.set(key, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return out;
}

/**
 * Checks roles across the glossary: each names an office that exists; no two holders of one
 * office at once; at most one holder in office today (no `to`); an office nobody holds today is
 * a warning (its phrases then link to nobody on a page of today).
 */
export function checkRoles(entries: readonly GlossaryEntry[]): RoleProblem[] {
  const problems: RoleProblem[] = [];
  const offices = new Map<string, Office>();
  for (const e of entries) for (const o of e.offices ?? []) offices.set(`${e.id}|${o.id}`, o);
  for (const e of entries) {
    (e.roles ?? []).forEach((r, i) => {
      if (!offices.has(`${r.of}|${r.role}`)) problems.push({ entryId: e.id, field: `roles[${i}]`, code: 'unknownOffice', values: [r.role, r.of], severity: 'error' });
    });
  }
  const terms = termsByOffice(entries);
  for (const [key, list] of terms) {
    if (!offices.has(key)) continue;
    for (let k = 1; k < list.length; k++) {
      const a = list[k - 1]!;
      const b = list[k]!;
      if (a.to === undefined || a.to > b.from) problems.push({ entryId: b.holder, field: 'roles', code: 'twoHolders', values: [a.holder, b.holder, key.replace('|', ' / '), b.from], severity: 'error' });
    }
  }
  for (const [key, office] of offices) {
    if (!office.occasional && !(terms.get(key) ?? []).some((t) => t.to === undefined)) problems.push({ entryId: key.split('|')[0]!, field: `offices.${office.id}`, code: 'vacantOffice', severity: 'warning' });
  }
  return problems;
}

/**
 * Who held the office on `date` (undefined: today, the holder with no `to`)? With `past` (« l'ancien
 * ministre », "former", « alors »), the holder before the one in office on that date. Null when
 * the glossary knows nobody for that time. A date as short as a month or a year counts from
 * its start, as far as the terms' own dates tell.
 */
export function holderAt(terms: readonly Term[], date: string | undefined, past: boolean): string | null {
  const began = (t: Term): boolean => date === undefined || t.from.slice(0, date.length) <= date;
  let k = -1;
  if (date === undefined) k = terms.findIndex((t) => t.to === undefined);
  else for (let j = 0; j < terms.length; j++) if (began(terms[j]!)) k = j;
  if (k < 0) return null;
  const t = terms[k]!;
  // Ended before that date: nobody the glossary knows held it then; « l'ancien » is this one.
  const ended = date !== undefined && t.to !== undefined && t.to.slice(0, date.length) < date;
  if (ended) return past ? t.holder : null;
  if (!past) return t.holder;
  for (let j = k - 1; j >= 0; j--) if (terms[j]!.holder !== t.holder) return terms[j]!.holder;
  return null;
}

/** The phrases of the offices an entry holds today (« porte-parole du Kremlin » for Peskov): for the panel's list of spellings. */
export function currentOfficePhrases(entry: GlossaryEntry, entryById: (id: string) => GlossaryEntry | undefined): DescriptiveAlias[] {
  return (entry.roles ?? []).filter((r) => r.to === undefined).flatMap((r) => entryById(r.of)?.offices?.find((o) => o.id === r.role)?.aliases ?? []);
}

/** An office an entry held, as the card shows it. */
export interface HeldOffice {
  /** The office's names (« ministre de la Défense de la Russie »). */
  names: { fr: string; en: string };
  from: string;
  to?: string;
}

/**
 * The offices an entry held on `date` (the article's), or holds today without one: what the card
 * says it was at the time (« ministre de la Défense de la Russie, 2012–2024 » in a 2023 article).
 */
export function officesHeldAt(entry: GlossaryEntry, date: string | undefined, entryById: (id: string) => GlossaryEntry | undefined): HeldOffice[] {
  return (entry.roles ?? [])
    .filter((r) => (date === undefined ? r.to === undefined : r.from.slice(0, date.length) <= date && (r.to === undefined || date < r.to)))
    .flatMap((r) => {
      const office = entryById(r.of)?.offices?.find((o) => o.id === r.role);
      return office ? [{ names: office.names, from: r.from, ...(r.to ? { to: r.to } : {}) }] : [];
    });
}
