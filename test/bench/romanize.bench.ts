/**
 * Names romanised per second, per engine, over the glossary's original-script names and
 * generated Hangul and Cyrillic names. The baseline, measured in the same run, is a plain
 * character-table lookup (what a naive letter-for-letter transliteration costs), so the
 * ratio shows what the sound-change rules cost on top.
 */
import { romanize } from '../../src/core/romanize/index.ts';
import { BUILTIN_ENTRIES } from '../../src/data/glossary/index.ts';

const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍', '남궁', '황보'];
const SYLLABLES = ['정', '은', '여', '일', '성', '철', '선', '희', '룡', '해', '민', '수', '영', '호', '진', '혁', '광', '남', '국', '학', '원', '석', '열', '재', '인'];
const FIRST = ['Владимир', 'Дмитрий', 'Сергей', 'Юрий', 'Алексей', 'Николай', 'Михаил', 'Андрей', 'Евгений', 'Виктор', 'Ольга', 'Мария', 'Юлия'];
const LAST = ['Путин', 'Песков', 'Лавров', 'Шойгу', 'Ушаков', 'Белоусов', 'Мишустин', 'Медведев', 'Кожемяко', 'Трутнев', 'Захарова', 'Рябков', 'Щербаков'];

function generated(n: number): { ko: string[]; ru: string[] } {
  let seed = 11;
  const rnd = (k: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % k;
  const ko: string[] = [];
  const ru: string[] = [];
  for (let i = 0; i < n; i++) {
    ko.push(SURNAMES[rnd(SURNAMES.length)]! + SYLLABLES[rnd(SYLLABLES.length)]! + SYLLABLES[rnd(SYLLABLES.length)]!);
    ru.push(`${FIRST[rnd(FIRST.length)]} ${LAST[rnd(LAST.length)]}`);
  }
  return { ko, ru };
}

function perSecond(inputs: string[], fn: (s: string) => string): number {
  for (let i = 0; i < 2000; i++) fn(inputs[i % inputs.length]!);
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    for (const s of inputs) fn(s);
    runs.push(inputs.length / ((performance.now() - t) / 1000));
  }
  return runs.sort((a, b) => a - b)[2]!;
}

const { ko, ru } = generated(20_000);
const fromGlossary = BUILTIN_ENTRIES.flatMap((e) => (e.script ? [{ text: e.script.text, lang: e.script.lang, kind: e.script.kind ?? 'word' }] : []));
const koGlossary = fromGlossary.filter((s) => s.lang === 'ko').map((s) => s.text);
const ruGlossary = fromGlossary.filter((s) => s.lang !== 'ko').map((s) => s.text);

// Baseline: one table lookup per character (no context, no rules).
const table = new Map<number, string>();
for (let c = 0x0400; c < 0x0500; c++) table.set(c, 'x');
for (let c = 0xac00; c < 0xd7a4; c++) table.set(c, 'ga');
const naive = (s: string): string => {
  let out = '';
  for (let i = 0; i < s.length; i++) out += table.get(s.charCodeAt(i)) ?? s[i];
  return out;
};

const figures: Record<string, number> = {};
figures.baselineTableLookup = Math.round(perSecond([...ko, ...ru], naive));
for (const [system, mode] of [['rr', 'name'], ['rr', 'word'], ['mr', 'name'], ['ala-lc', 'name'], ['dprk', 'name'], ['kcna', 'name']] as const) {
  figures[`ko:${system}:${mode}`] = Math.round(perSecond(ko, (s) => romanize(s, system, mode)));
}
for (const system of ['fr', 'en-press', 'bgn-pcgn', 'iso9', 'icao-2013', 'de']) {
  figures[`ru:${system}`] = Math.round(perSecond(ru, (s) => romanize(s, system)));
}
if (koGlossary.length > 0) figures['glossary:ko:rr'] = Math.round(perSecond(koGlossary, (s) => romanize(s, 'rr', 'name')));
if (ruGlossary.length > 0) figures['glossary:ru:fr'] = Math.round(perSecond(ruGlossary, (s) => romanize(s, 'fr')));

console.log('engine                      names/s     vs table lookup');
for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(26)} ${String(v).padStart(10)}   ${(v / figures.baselineTableLookup!).toFixed(3)}`);
console.log(`BENCH ${JSON.stringify(figures)}`);
