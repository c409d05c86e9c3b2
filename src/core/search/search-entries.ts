/**
 * Searching the glossary the way readers type: any spelling, any script, without accents or
 * capitals, a prefix of any word, or one slip (Poutin, Vladivostock). Ranked exact, then start
 * of the name, then start of a word, then inside, then a slip; shorter names first on ties.
 */
import type { GlossaryEntry } from '../glossary/types.ts';
import { listRomanizations, listSpellings } from '../glossary/spellings.ts';
import { phraseKey } from '../text/fold.ts';
import { editDistanceWithin } from '../match/edit-distance.ts';

export interface SearchHit {
  id: string;
  /** The spelling that matched, as written in the glossary. */
  matched: string;
  score: number;
}

interface Indexed {
  id: string;
  forms: Array<{ text: string; key: string }>;
}

const indexes = new WeakMap<readonly GlossaryEntry[], Indexed[]>();

function indexOf(entries: readonly GlossaryEntry[]): Indexed[] {
  let idx = indexes.get(entries);
  if (!idx) {
    idx = entries.map((e) => {
      const texts = [...listSpellings(e).map((s) => s.text), ...listRomanizations(e).map((r) => r.text), e.id.replace(/-/g, ' ')];
      const seen = new Set<string>();
      const forms: Indexed['forms'] = [];
      for (const text of texts) {
        const key = phraseKey(text);
        if (key && !seen.has(key)) {
          seen.add(key);
          forms.push({ text, key });
        }
      }
      return { id: e.id, forms };
    });
    indexes.set(entries, idx);
  }
  return idx;
}

function scoreForm(key: string, q: string): number {
  if (key === q) return 100;
  if (key.startsWith(q)) return 80 - Math.min(20, key.length - q.length) / 2;
  if (key.includes(` ${q}`)) return 60 - Math.min(20, key.length - q.length) / 2;
  if (q.length >= 3 && key.includes(q)) return 40;
  if (q.length >= 4) {
    // One slip against the whole name or any of its words.
    if (editDistanceWithin(q, key, 1) <= 1) return 30;
    if (key.split(' ').some((w) => w.length >= 4 && editDistanceWithin(q, w, 1) <= 1)) return 20;
    if (q.length >= 7 && editDistanceWithin(q, key.slice(0, q.length), 2) <= 2) return 15;
  }
  return 0;
}

export function searchEntries(entries: readonly GlossaryEntry[], query: string, options: { limit?: number } = {}): SearchHit[] {
  const q = phraseKey(query.slice(0, 200));
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const item of indexOf(entries)) {
    let best: SearchHit | null = null;
    for (const f of item.forms) {
      const score = scoreForm(f.key, q);
      if (score > 0 && (!best || score > best.score || (score === best.score && f.text.length < best.matched.length))) best = { id: item.id, matched: f.text, score };
    }
    if (best) hits.push(best);
  }
  hits.sort((a, b) => b.score - a.score || a.matched.length - b.matched.length || a.id.localeCompare(b.id));
  return hits.slice(0, options.limit ?? 20);
}
