/** The reader's corrected links (src/core/link-choices.ts). */
import { describe, expect, it } from 'vitest';
import { applyChoice, MAX_PAGES, pageKey, rememberChoice, type ChoiceStore } from '../../src/core/link-choices.ts';

describe('applyChoice', () => {
  const kim = { surface: 'Kim', entry: 'kim-jong-un', alternatives: ['kim-yo-jong', 'kim-il-sung'] };
  it('links a spelling to the entry the reader chose, keeping the others as alternatives', () => {
    expect(applyChoice(kim, { kim: 'kim-yo-jong' })).toEqual({ surface: 'Kim', entry: 'kim-yo-jong', alternatives: ['kim-jong-un', 'kim-il-sung'] });
    expect(applyChoice({ surface: 'KIM', entry: 'kim-il-sung', candidates: ['kim-il-sung', 'kim-yo-jong'] }, { kim: 'kim-yo-jong' }).entry).toBe('kim-yo-jong');
  });
  it('never links a name to an entry its spelling cannot stand for, and leaves others alone', () => {
    expect(applyChoice(kim, { kim: 'vladimir-putin' })).toBe(kim);
    expect(applyChoice(kim, { poutine: 'vladimir-putin' })).toBe(kim);
  });
});

describe('rememberChoice', () => {
  it('one page is its address without the fragment', () => {
    expect(pageKey('https://a.example/x?p=1#c')).toBe('https://a.example/x?p=1');
    const store = rememberChoice({}, 'https://a.example/x#c', 'Kim', 'kim-yo-jong', 1);
    expect(store).toEqual({ 'https://a.example/x': { at: 1, choices: { kim: 'kim-yo-jong' } } });
  });
  it('keeps the newest pages only', () => {
    let store: ChoiceStore = {};
    for (let i = 0; i < MAX_PAGES + 3; i++) store = rememberChoice(store, `https://a.example/${i}`, 'Kim', 'kim-yo-jong', i);
    expect(Object.keys(store)).toHaveLength(MAX_PAGES);
    expect(store['https://a.example/0']).toBeUndefined();
    expect(store[`https://a.example/${MAX_PAGES + 2}`]).toBeDefined();
  });
});
