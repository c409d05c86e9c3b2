// @vitest-environment happy-dom
/**
 * How much the scanner marks, on a page with sections: the first mention of each name per
 * section by default, world entries left unmarked (but still found: a hover with the modifier
 * key reaches them), and a change of setting re-marks the page without re-reading it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Highlighter } from '../../src/content/highlighter.ts';
import { PageMentions } from '../../src/content/page-mentions.ts';
import { PageScanner } from '../../src/content/page-scanner.ts';
import { frames, matcher, stubHighlightApi, table, types } from './scanner-fixtures.ts';
import { DEFAULT_MARK_PREFS, type MarkPrefs } from '../../src/core/highlight/select.ts';

beforeAll(stubHighlightApi);

const world = new Set(table.entries.filter((e) => e.world).map((e) => e.id));

async function scan(html: string, prefs: { current: MarkPrefs }) {
  document.body.innerHTML = html;
  const highlighter = new Highlighter('underline');
  const mentions = new PageMentions();
  const scanner = new PageScanner({ matcher, types, lang: 'fr', highlighter, mentions, world, markPrefs: () => prefs.current, onChange: () => undefined });
  await scanner.scanRoot(document.body);
  await frames(3);
  highlighter.flush();
  const marked = () => mentions.all.filter((m) => m.marked).map((m) => `${m.block.section}:${m.surface}`);
  return { scanner, mentions, highlighter, marked };
}

const PAGE = `<h1>Vladimir Poutine reçoit Kim Jong-un</h1>
<p>Vladimir Poutine a reçu Kim Jong-un au cosmodrome de Vostotchny. Poutine a salué son hôte.</p>
<p>Washington a réagi. Poutine n'a pas répondu à Washington.</p>
<h2>La réaction de Séoul</h2>
<p>À Séoul, on rappelle que Kim Jong-un avait déjà rencontré Vladimir Poutine en 2019.</p>`;

describe('the scanner: how much is marked', () => {
  it('marks the first mention of each name per section, and no world entry, by default', async () => {
    const prefs = { current: { ...DEFAULT_MARK_PREFS } };
    const { mentions, marked, highlighter } = await scan(PAGE, prefs);
    // Every mention is still found (the panel counts them; a hover with Shift reaches them).
    expect(mentions.all.filter((m) => m.entry === 'vladimir-putin').length).toBe(5);
    expect(mentions.all.some((m) => m.entry === 'washington' || m.surface === 'Washington')).toBe(true);
    expect(marked()).toEqual(['1:Vladimir Poutine', '1:Kim Jong-un', '1:cosmodrome de Vostotchny', '2:Séoul', '2:Kim Jong-un', '2:Vladimir Poutine']);
    expect(highlighter.size).toBe(marked().length);
  });

  it('re-marks the page when the reader asks for every mention, or the first on the page', async () => {
    const prefs = { current: { ...DEFAULT_MARK_PREFS } };
    const { scanner, mentions, marked, highlighter } = await scan(PAGE, prefs);
    prefs.current = { scope: 'every', hiddenTypes: [], world: true };
    scanner.remark();
    highlighter.flush();
    expect(marked().length).toBe(mentions.all.length);
    expect(highlighter.size).toBe(mentions.all.length);
    prefs.current = { scope: 'page', hiddenTypes: ['place'], world: false };
    scanner.remark();
    expect(marked()).toEqual(['1:Vladimir Poutine', '1:Kim Jong-un']);
    expect(highlighter.size).toBe(2);
  });

  it('knows the sections of a page read with every mention marked, when the reader narrows it later', async () => {
    const prefs = { current: { scope: 'every', hiddenTypes: [], world: true } as MarkPrefs };
    const { scanner, marked } = await scan(PAGE, prefs);
    prefs.current = { ...DEFAULT_MARK_PREFS };
    scanner.remark();
    expect(marked()).toEqual(['1:Vladimir Poutine', '1:Kim Jong-un', '1:cosmodrome de Vostotchny', '2:Séoul', '2:Kim Jong-un', '2:Vladimir Poutine']);
  });
});
