/**
 * Rules: which of the entries a phrase stands for may this occurrence be? A phrase's targets
 * (packed in the match table: entry × 256 + kind × 16 + lang × 4 + flags) are read in order of
 * preference and the best kind wins (a full name before a press spelling… before a short form):
 * - a French description counts on French pages only, an English one on English pages;
 * - a proper noun needs its capital, an acronym all its capitals (« onu » is no ONU);
 * - a slip counts for proper names only, written with their capital (no fuzzy descriptions,
 *   short forms or misspellings of misspellings);
 * - a description standing beside the name it describes is off (apposition.ts);
 * - a name that is also a common word needs its context (context.ts).
 */
import * as m_kinds from '../kinds.ts';
// Imported constants as plain bindings: some module loaders (tsx, for the tests and benchmarks)
// turn imported bindings into property getters, a call per read in the hot paths.
const FLAG_CAPITAL = m_kinds.FLAG_CAPITAL;
const FLAG_CASE = m_kinds.FLAG_CASE;
const MATCH_KINDS = m_kinds.MATCH_KINDS;

export const KIND_SHORT = MATCH_KINDS.indexOf('short');
export const KIND_DESCRIPTION = MATCH_KINDS.indexOf('description');
export const KIND_MISSPELLING = MATCH_KINDS.indexOf('misspelling');

/** What is known of the occurrence when its targets are weighed. */
export interface Occurrence {
  docLang: number;
  /** The occurrence begins with a capital letter. */
  capital: boolean;
  /** The occurrence has a small letter (so it is no acronym). */
  hasSmall: () => boolean;
  /** Found through a slip. */
  fuzzy: boolean;
  /** Descriptions are off here (one stands beside its name). */
  descriptionsOff: boolean;
  /** The context rules of `entry` for this spelling allow it (only asked for ruled phrases). */
  contextAllows: ((entry: number) => boolean) | null;
}

/**
 * Fills `chosen` with the entries of the best kind this occurrence may be; returns how many and
 * that kind (in `out[0]`, `out[1]`). No entry: count 0.
 */
export function chooseTargets(targets: readonly number[], o: Occurrence, chosen: Int32Array, out: Int32Array): void {
  let bestKind = 99;
  let count = 0;
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k]!;
    const kind = (t >> 4) & 15;
    const lang = (t >> 2) & 3;
    const flags = t & 3;
    const entry = Math.floor(t / 256);
    if (kind > bestKind) continue;
    if (lang !== 0 && lang !== o.docLang) continue;
    if (flags & FLAG_CAPITAL && !o.capital) continue;
    // Acronym spellings are all capitals (table.ts): folded equality holds, so the text must be in capitals too.
    if (flags & FLAG_CASE && o.hasSmall()) continue;
    if (o.fuzzy && (kind === KIND_SHORT || kind === KIND_DESCRIPTION || kind === KIND_MISSPELLING || !o.capital)) continue;
    if (kind === KIND_DESCRIPTION && o.descriptionsOff) continue;
    if (o.contextAllows && !o.contextAllows(entry)) continue;
    if (kind < bestKind) {
      bestKind = kind;
      count = 0;
    } else if (has(chosen, count, entry)) continue;
    if (count < chosen.length) chosen[count++] = entry;
  }
  out[0] = count;
  out[1] = bestKind;
}

function has(chosen: Int32Array, count: number, entry: number): boolean {
  for (let k = 0; k < count; k++) if (chosen[k] === entry) return true;
  return false;
}
