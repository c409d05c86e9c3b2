/**
 * The mentions found on this page: their ranges for painting, an index by text node for
 * hit-testing under the pointer, and a per-entry summary for the side panel.
 */
import type { EntryType } from '../core/glossary/types.ts';
import type { MatchKind, Mention } from '../core/match/index.ts';
import type { PageEntryReport } from '../messaging/protocol.ts';
import { rangeFor, segmentAt, type TextBlock } from './text-blocks.ts';

export interface PageMention {
  entry: string;
  type: EntryType;
  match: MatchKind;
  surface: string;
  candidates?: string[];
  intended?: string;
  range: Range;
}

interface NodePiece {
  start: number;
  end: number;
  mention: PageMention;
}

export class PageMentions {
  readonly all: PageMention[] = [];
  private readonly byNode = new WeakMap<Text, NodePiece[]>();

  addBlock(block: TextBlock, mentions: readonly Mention[], typeOf: (entry: string) => EntryType): PageMention[] {
    const added: PageMention[] = [];
    for (const m of mentions) {
      const pm: PageMention = {
        entry: m.entry,
        type: typeOf(m.entry),
        match: m.match,
        surface: m.surface,
        range: rangeFor(block, m.start, m.end),
        ...(m.candidates ? { candidates: m.candidates } : {}),
        ...(m.intended ? { intended: m.intended } : {}),
      };
      this.all.push(pm);
      added.push(pm);
      this.indexPieces(block, m.start, m.end, pm);
    }
    return added;
  }

  /** The mention under a caret position, if any. */
  at(node: Node, offset: number): PageMention | undefined {
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    const pieces = this.byNode.get(node as Text);
    return pieces?.find((p) => offset >= p.start && offset < p.end)?.mention;
  }

  summarize(): PageEntryReport[] {
    const rows = new Map<string, PageEntryReport>();
    for (const m of this.all) {
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
    return [...rows.values()].sort((a, b) => b.count - a.count);
  }

  clear(): void {
    this.all.length = 0;
  }

  private indexPieces(block: TextBlock, start: number, end: number, mention: PageMention): void {
    let seg = segmentAt(block, start);
    let i = block.segments.indexOf(seg);
    while (seg && seg.start < end) {
      const len = seg.node.data.length;
      const a = Math.max(0, start - seg.start);
      const b = Math.min(len, end - seg.start);
      if (b > a) {
        let list = this.byNode.get(seg.node);
        if (!list) this.byNode.set(seg.node, (list = []));
        list.push({ start: a, end: b, mention });
      }
      seg = block.segments[++i]!;
    }
  }
}
