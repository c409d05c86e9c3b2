// @vitest-environment happy-dom
/**
 * Names without an entry on a page (issue 27): found when the scanner asks the matcher for
 * them, painted in their own lighter style, left out when the reader turned their type off,
 * and reported apart from the entries (one row per name, its spellings counted together).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../src/data/glossary/index.ts';
import { Highlighter, styleOf } from '../../src/content/highlighter.ts';
import { PageMentions } from '../../src/content/page-mentions.ts';
import { PageScanner } from '../../src/content/page-scanner.ts';
import { frames, matcher, stubHighlightApi, types } from './scanner-fixtures.ts';
import type { MarkPrefs } from '../../src/core/highlight/select.ts';
import { highlightCss } from '../../src/content/highlight-css.ts';

beforeAll(stubHighlightApi);

const EVERY: MarkPrefs = { scope: 'every', hiddenTypes: [], world: true };

// Two Korean names and a Russian one that the glossary does not hold (checked below).
const PAGE = `<p>Kim Jong-un a nommé Ri Thae-song vice-ministre, selon Ryu Myong-son.</p>
<p>Plus tard, Ri Thae Song a parlé. Sergueï Lavrov a reçu Anatoli Koudriachov.</p>`;

async function scan(unknownNames: boolean, prefs: MarkPrefs = EVERY) {
  document.body.innerHTML = PAGE;
  (CSS.highlights as unknown as Map<string, unknown>).clear();
  const highlighter = new Highlighter('underline');
  const mentions = new PageMentions();
  const scanner = new PageScanner({ matcher, types, lang: 'fr', highlighter, mentions, unknownNames, markPrefs: () => prefs, onChange: () => undefined });
  await scanner.scanRoot(document.body);
  await frames(3);
  highlighter.flush();
  return { mentions, highlighter };
}

describe('names without an entry on a page', () => {
  it('are not glossary names', () => {
    const names = new Set(BUILTIN_ENTRIES.flatMap((e) => [e.names.fr, e.names.en, ...(e.spellings ?? [])]));
    for (const n of ['Ri Thae-song', 'Ri Thae Song', 'Ryu Myong-son', 'Anatoli Koudriachov']) expect(names.has(n)).toBe(false);
  });

  it('are found, with their origin, and painted in the unknown style when asked for', async () => {
    const { mentions } = await scan(true);
    const unknown = mentions.all.filter((m) => m.unknown);
    expect(unknown.map((m) => [m.surface, m.entry, m.unknown!.origin])).toEqual([
      ['Ri Thae-song', '', 'ko'],
      ['Ryu Myong-son', '', 'ko'],
      ['Ri Thae Song', '', 'ko'],
      ['Anatoli Koudriachov', '', 'ru'],
    ]);
    expect(unknown.every((m) => styleOf(m) === 'unknown' && m.marked)).toBe(true);
    const registered = CSS.highlights as unknown as Map<string, Set<Range>>;
    expect(registered.get('glose-u-unknown')?.size).toBe(4);
    // Known names keep their type's style.
    expect(registered.get('glose-u-person')?.size).toBe(2);
  });

  it('have a lighter paint of their own in the highlight CSS', () => {
    expect(highlightCss()).toMatch(/::highlight\(glose-u-unknown\)\{text-decoration:underline 2px dotted rgba\(100,116,139,0\.5\)/);
    expect(highlightCss()).toContain('::highlight(glose-b-unknown)');
  });

  it('are not looked for unless asked', async () => {
    const { mentions } = await scan(false);
    expect(mentions.all.some((m) => m.entry === '' || m.unknown)).toBe(false);
    expect(mentions.all.map((m) => m.entry)).toEqual(expect.arrayContaining(['kim-jong-un', 'sergei-lavrov']));
  });

  it('stay unmarked when the reader turned their type off (found, for a hover with the modifier key)', async () => {
    const { mentions } = await scan(true, { ...EVERY, hiddenTypes: ['unknown'] });
    expect(mentions.all.filter((m) => m.unknown).every((m) => !m.marked)).toBe(true);
    expect(mentions.all.filter((m) => !m.unknown).every((m) => m.marked)).toBe(true);
  });

  it('are reported apart from the entries, one row per name', async () => {
    const { mentions } = await scan(true);
    expect(mentions.summarize().map((r) => r.entry)).toEqual(['kim-jong-un', 'sergei-lavrov']);
    expect(mentions.unknownNames()).toEqual([
      { name: 'Ri Thae-song', origin: 'ko', count: 2 },
      { name: 'Anatoli Koudriachov', origin: 'ru', count: 1 },
      { name: 'Ryu Myong-son', origin: 'ko', count: 1 },
    ]);
    expect(mentions.sameUnknown('RI THAE-SONG').map((m) => m.surface)).toEqual(['Ri Thae-song', 'Ri Thae Song']);
  });
});
