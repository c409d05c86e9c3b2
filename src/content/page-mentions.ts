/**
 * The mentions found on this page: their ranges for painting, an index by text node for
 * hit-testing under the pointer, per-block bookkeeping so that a changed block is re-scanned
 * alone, and a per-entry summary for the side panel.
 */
import type { EntryType } from '../core/glossary/types.ts';
import type { MatchKind, Mention } from '../core/match/index.ts';
import type { UnknownName } from '../core/match/mention.ts';
import type { PageEntryReport, UnknownNameReport } from '../messaging/shapes.ts';
import { rangeFor, segmentAt, type TextBlock } from './text-blocks.ts';
import { choiceKey, possibleEntries } from '../core/link-choices.ts';

export interface PageMention {
  entry: string;
  type: EntryType;
  match: MatchKind;
  surface: string;
  candidates?: string[];
  /** Other entries the spelling may stand for (the card offers them). */
  alternatives?: string[];
  intended?: string;
  range: Range;
  block: TextBlock;
  /** Where the name lies in its block's text as read (rewrite mode reads the words around it there). */
  start: number;
  end: number;
  /** Painted on the page (how-much settings); an unmarked mention answers a hover only with the modifier key. */
  marked: boolean;
  /** A Korean- or Russian-shaped name without an entry (`entry` is ''). */
  unknown?: UnknownName;
}

/** Spellings of one name without an entry counted as the same (Ri Thae-song, Ri Thae Song, RI THAE-SONG). */
export const unknownKey = (surface: string): string => surface.toLowerCase().replace(/[\s\u00a0\u202f‐‑-]+/g, ' ').trim();

interface NodePiece {
  start: number;
  end: number;
  mention: PageMention;
}

export class PageMentions {
  readonly #byNode = new WeakMap<Text, NodePiece[]>();
  readonly #byBlock = new Map<TextBlock, PageMention[]>();
  #ordered: PageMention[] | null = null;

  addBlock(block: TextBlock, mentions: readonly Mention[], typeOf: (entry: string) => EntryType, marks?: readonly boolean[]): PageMention[] {
    const added: PageMention[] = [];
    for (const [i, m] of mentions.entries()) {
      const pm: PageMention = {
        marked: marks?.[i] ?? true,
        entry: m.entry,
        type: typeOf(m.entry),
        match: m.match,
        surface: m.surface,
        range: rangeFor(block, m.start, m.end),
        block,
        start: m.start,
        end: m.end,
        ...(m.candidates ? { candidates: m.candidates } : {}),
        ...(m.alternatives ? { alternatives: m.alternatives } : {}),
        ...(m.intended ? { intended: m.intended } : {}),
        ...(m.unknown ? { unknown: m.unknown } : {}),
      };
      added.push(pm);
      this.#indexPieces(block, m.start, m.end, pm);
    }
    if (added.length > 0) {
      // A long block is added part by part: append in place (copying would grow with the square).
      const list = this.#byBlock.get(block);
      if (list) for (const pm of added) list.push(pm);
      else this.#byBlock.set(block, added.slice());
      this.#ordered = null;
    }
    return added;
  }

  /** The mentions of one block, in the order they were added. */
  ofBlock(block: TextBlock): readonly PageMention[] {
    return this.#byBlock.get(block) ?? [];
  }

  /** Forgets the mentions of blocks whose nodes are among `nodes` (or no longer in the page). */
  removeBlocksTouching(isTouched: (block: TextBlock) => boolean): PageMention[] {
    const removed: PageMention[] = [];
    for (const [block, list] of this.#byBlock) {
      if (!isTouched(block)) continue;
      this.#byBlock.delete(block);
      for (const seg of block.segments) this.#byNode.delete(seg.node);
      removed.push(...list);
    }
    if (removed.length > 0) this.#ordered = null;
    return removed;
  }

  /** Every mention, in document order. */
  get all(): readonly PageMention[] {
    if (!this.#ordered) {
      this.#ordered = [...this.#byBlock.values()].flat();
      this.#ordered.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || 0);
    }
    return this.#ordered;
  }

  get count(): number {
    let n = 0;
    for (const list of this.#byBlock.values()) n += list.length;
    return n;
  }

  /** The mention under a caret position, if any. */
  at(node: Node, offset: number): PageMention | undefined {
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    const pieces = this.#byNode.get(node as Text);
    return pieces?.find((p) => offset >= p.start && offset < p.end)?.mention;
  }

  summarize(): PageEntryReport[] {
    const rows = new Map<string, PageEntryReport>();
    for (const list of this.#byBlock.values()) {
      for (const m of list) {
        // Names without an entry are reported apart (unknownNames).
        if (m.entry === '') continue;
        let row = rows.get(m.entry);
        if (!row) {
          row = { entry: m.entry, type: m.type, count: 0, surfaces: [] };
          rows.set(m.entry, row);
        }
        row.count++;
        const s = row.surfaces.find((x) => x.text === m.surface);
        if (s) s.count++;
        else row.surfaces.push({ text: m.surface, count: 1, match: m.match });
      }
    }
    return [...rows.values()].sort((a, b) => b.count - a.count || a.entry.localeCompare(b.entry));
  }

  /** The names without an entry, one row per name (its spellings counted as one), most mentioned first. */
  unknownNames(): UnknownNameReport[] {
    const rows = new Map<string, UnknownNameReport>();
    for (const m of this.all) {
      if (!m.unknown) continue;
      const key = unknownKey(m.surface);
      const row = rows.get(key);
      if (row) row.count++;
      else rows.set(key, { name: m.surface, origin: m.unknown.origin, count: 1 });
    }
    return [...rows.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /** The mentions of the same name without an entry as `surface`, in document order. */
  sameUnknown(surface: string): PageMention[] {
    const key = unknownKey(surface);
    return this.all.filter((m) => m.unknown && unknownKey(m.surface) === key);
  }

  clear(): void {
    for (const block of this.#byBlock.keys()) for (const seg of block.segments) this.#byNode.delete(seg.node);
    this.#byBlock.clear();
    this.#ordered = null;
  }

  /**
   * The reader chose `entry` for a spelling (its choice key): every mention of it that may stand
   * for that entry is linked to it. Returns them with the style each had before, to repaint.
   */
  relink(key: string, entry: string, typeOf: (id: string) => EntryType): Array<{ mention: PageMention; before: { match: MatchKind; type: EntryType } }> {
    const changed: Array<{ mention: PageMention; before: { match: MatchKind; type: EntryType } }> = [];
    for (const list of this.#byBlock.values()) {
      for (const pm of list) {
        if (pm.entry === entry || choiceKey(pm.surface) !== key) continue;
        const possible = possibleEntries(pm);
        if (!possible.includes(entry)) continue;
        changed.push({ mention: pm, before: { match: pm.match, type: pm.type } });
        pm.entry = entry;
        pm.type = typeOf(entry);
        pm.alternatives = possible.filter((id) => id !== entry);
        delete pm.candidates;
      }
    }
    if (changed.length > 0) this.#ordered = null;
    return changed;
  }

  #indexPieces(block: TextBlock, start: number, end: number, mention: PageMention): void {
    let i = block.segments.indexOf(segmentAt(block, start));
    for (let seg = block.segments[i]; seg && seg.start < end; seg = block.segments[++i]) {
      const a = Math.max(0, start - seg.start);
      const b = Math.min(seg.node.data.length, end - seg.start);
      if (b <= a) continue;
      let list = this.#byNode.get(seg.node);
      if (!list) this.#byNode.set(seg.node, (list = []));
      list.push({ start: a, end: b, mention });
    }
  }
}
