/**
 * Both UI languages carry the same strings, under names browsers accept, with the same
 * placeholders; and every key the code asks for exists.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../src/core/problems.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, '_locales', lang, 'messages.json'), 'utf8')) as Messages;
const fr = load('fr');
const en = load('en');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

describe('_locales', () => {
  it('French and English have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('keys are valid browser.i18n names and messages are not empty', () => {
    for (const [key, value] of Object.entries({ ...fr, ...en })) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(value.message.trim().length).toBeGreaterThan(0);
    }
  });

  it('placeholders match between languages and are all declared', () => {
    for (const key of Object.keys(fr)) {
      const names = (m: Messages[string]) => [...m.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      expect(names(fr[key]!), key).toEqual(names(en[key]!));
      for (const n of names(fr[key]!)) expect(fr[key]!.placeholders?.[n], `${key}.${n}`).toBeDefined();
    }
  });

  it('every literal key the UI code asks for exists', () => {
    const missing: string[] = [];
    for (const file of sources(join(ROOT, 'src')).filter((f) => !f.includes('/core/') && !f.includes('/cli/'))) {
      const text = readFileSync(file, 'utf8');
      // A count's message may exist as its plural forms only (key_one, key_other).
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) if (!(m[1]! in fr) && !(`${m[1]}_other` in fr)) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('every problem code core reports has its words in both languages', () => {
    const missing = PROBLEM_CODES.flatMap((code) => [fr, en].filter((m) => !m[`problem_${code}`]).map(() => code));
    expect(missing).toEqual([]);
  });

  it('every plural message has the forms both languages need (CLDR: fr and en use one and other)', () => {
    for (const messages of [fr, en]) {
      const bases = new Set(Object.keys(messages).filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')));
      for (const base of bases) {
        expect(messages[`${base}_one`], `${base}_one`).toBeDefined();
        expect(messages[`${base}_other`], `${base}_other`).toBeDefined();
        expect(messages[base], `${base} both plain and plural`).toBeUndefined();
      }
    }
  });
});
