/**
 * The matcher finds exactly the mentions recorded in test/fixtures/match-snapshot.json on every
 * evaluation text and both default sources: restructuring it changes nothing a reader sees.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FILE, takeSnapshot } from './snapshot.ts';

describe('matcher snapshot', () => {
  const recorded = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Record<string, string[]>;
  const now = takeSnapshot();
  it('covers the same texts', () => {
    expect(Object.keys(now).sort()).toEqual(Object.keys(recorded).sort());
  });
  it.each(Object.keys(recorded))('%s: the same mentions', (name) => {
    expect(now[name]).toEqual(recorded[name]);
  });
});
