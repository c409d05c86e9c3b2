import { describe, expect, it } from 'vitest';
import { findTooDeep, MAX_JSON_DEPTH } from '../../../src/core/files/nesting.ts';

describe('JSON nesting check', () => {
  it('lets real files through', () => {
    expect(findTooDeep(JSON.stringify({ version: 1, entries: [{ id: 'x', names: { fr: 'a', en: 'b' }, spellings: ['c'] }] }))).toBeNull();
    expect(findTooDeep('{"a":[[[1]]]}\n{"b":{"c":{}}}\n')).toBeNull();
  });

  it('refuses 200,000 nested arrays with the line and column where the limit was passed', () => {
    const text = `{"version": 1,\n "entries": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(findTooDeep(text)).toEqual({ line: 2, column: 13 + MAX_JSON_DEPTH - 1, depth: MAX_JSON_DEPTH + 1 });
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const inString = JSON.stringify({ note: '['.repeat(1000) + '\\"' + '{'.repeat(1000) });
    expect(findTooDeep(inString)).toBeNull();
  });

  it('counts each JSON Lines document on its own line', () => {
    const lines = ['{"ok":1}', '{"ok":2}', '['.repeat(100)].join('\n');
    expect(findTooDeep(lines)).toMatchObject({ line: 3, column: MAX_JSON_DEPTH + 1 });
  });
});
