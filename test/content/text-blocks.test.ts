// @vitest-environment happy-dom
/**
 * The page's text reader keeps blocks apart (issue 18): an element laid out as a block by its
 * computed style, a table cell, a list item, an inline-block chip or a <br> never glues the
 * words on either side into one, so names at a block's edge are found. Offsets still map back
 * to the page's nodes.
 */
import { describe, expect, it } from 'vitest';
import { collectTextBlocks, rangeFor } from '../../src/content/text-blocks.ts';

const blocksOf = (html: string): string[] => {
  document.body.innerHTML = html;
  return collectTextBlocks(document.body).map((b) => b.text);
};

describe('collectTextBlocks', () => {
  it('an inline element styled as a block is a block of its own', () => {
    expect(blocksOf('<p><b style="display:block">anon</b>Lee Jae-myung a dit</p>')).toEqual(['anon', 'Lee Jae-myung a dit']);
    expect(blocksOf('<div><span style="display:flex">Séoul</span><span style="display:inline-block">Pyongyang</span>Tokyo</div>')).toEqual(['Séoul', 'Pyongyang', 'Tokyo']);
  });
  it('inline elements stay inside their block', () => {
    expect(blocksOf('<p>Le dirigeant <a href="#">Kim</a> <em>Jong-un</em> a parlé</p>')).toEqual(['Le dirigeant Kim Jong-un a parlé']);
  });
  it('table cells and list items are blocks', () => {
    expect(blocksOf('<table><tr><td>Kim Jong-un</td><td>Poutine</td></tr></table><ul><li>Séoul</li><li>Moscou</li></ul>')).toEqual(['Kim Jong-un', 'Poutine', 'Séoul', 'Moscou']);
  });
  it('a <br> is a line break in the block, and offsets still map to the nodes', () => {
    document.body.innerHTML = '<p>Vladivostok<br>Poutine a parlé</p>';
    const [block] = collectTextBlocks(document.body);
    expect(block!.text).toBe('Vladivostok\nPoutine a parlé');
    const start = block!.text.indexOf('Poutine');
    expect(rangeFor(block!, start, start + 7).toString()).toBe('Poutine');
  });
});
