/**
 * Rule: a place named after « région … de » is the region, not its capital city: « la région
 * frontalière de Koursk », « les régions de Koursk », "the Kursk region" already name the region;
 * a bare « Koursk » right after « région (adjectives) de » does too when the glossary has a
 * region « région de Koursk ». `regionNode` finds that phrase in the trie.
 */
import type { Structures } from '../structures.ts';

/** « région », « régions », « oblast », « province », then up to two words, then « de » / « d' », just before the name. */
const REGION_BEFORE = /(?:^|[\s\u00a0'’])(?:régions?|oblasts?|provinces?)(?:[\s\u00a0]+[\p{L}-]+){0,2}[\s\u00a0]+(?:de[\s\u00a0]+|d['’])$/iu;

export function regionBefore(text: string, start: number): boolean {
  return REGION_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}

/** The trie node of « région de <key> », or -1. */
export function regionNode(b: Structures, key: string): number {
  let node = 0;
  const W = Math.max(1, b.words.length);
  for (const word of ['region', 'de', ...key.split(' ')]) {
    const id = b.words.indexOf(word);
    if (id < 0) return -1;
    node = b.children.get(node * W + id);
    if (node < 0) return -1;
  }
  return b.hasTargets[node] === 1 ? node : -1;
}
