import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_MESSAGE_KEY, contentMessages } from '../../scripts/content-messages.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));

describe('the content script’s strings', () => {
  it('keep every key the content code asks for, in both languages', () => {
    const code = files(join(root, 'src/content')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const literal = [...code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!);
    const typeKeys = [...code.matchAll(/:\s*'(type[A-Z][A-Za-z]+)'/g)].map((m) => m[1]!);
    const styles = [...code.matchAll(/`(style(Korean|Russian)_)\$\{/g)].map((m) => m[1]!);
    expect(literal.length).toBeGreaterThan(10);
    for (const lang of ['fr', 'en']) {
      const kept = JSON.parse(contentMessages(readFileSync(join(root, `_locales/${lang}/messages.json`), 'utf8'))) as Record<string, unknown>;
      for (const key of [...literal.filter((k) => !k.startsWith('glose')), ...typeKeys]) expect(kept[key] ?? kept[`${key}_other`], `${lang}: ${key}`).toBeDefined();
      for (const prefix of styles) expect(Object.keys(kept).some((k) => k.startsWith(prefix)), `${lang}: ${prefix}*`).toBe(true);
      expect(Object.keys(kept).every((k) => CONTENT_MESSAGE_KEY.test(k))).toBe(true);
    }
  });
});
