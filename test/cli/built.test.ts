/**
 * The built `glose` (dist/cli, made by `npm ci`'s prepare script and `npm run build`) is the
 * sources' CLI: the same answers as the TypeScript run in process, and bin/glose.mjs runs it
 * without tsx.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/glose.mjs`;
const source = `${root}src/data/sources/000_0f2cf2a9d1bc2be9.txt`;

// The sources' answer builds the matcher from the sources: seconds on a loaded machine, past the 5 s default.
describe('the built CLI', { timeout: 60_000 }, () => {
  it('exists after npm ci (the prepare script builds it)', () => {
    expect(existsSync(`${root}dist/cli/glose.mjs`), 'run npm run build:cli').toBe(true);
  });

  it.each([
    [['romanize', '--system', 'mr', '김정은']],
    [['romanize', '--system', 'iso9', 'Путин']],
    [['scan', '--format', 'summary', source]],
    [['glossary', 'check']],
  ])('answers %j as the sources do', async (args) => {
    const built = execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, GLOSE_FROM_SOURCE: '' } });
    const io = fakeIo(root);
    expect(await main(args, io)).toBe(0);
    expect(built).toBe(io.out);
  });

  it('runs without loading tsx (while the sources path does load it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glose-no-tsx-'));
    writeFileSync(join(dir, 'hooks.mjs'), `export async function resolve(specifier, context, next) {
  if (specifier === 'tsx' || specifier.startsWith('tsx/')) throw new Error('tsx was loaded');
  return next(specifier, context);
}`);
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);`);
    const run = (env: Record<string, string>) =>
      execFileSync(process.execPath, ['--import', join(dir, 'register.mjs'), bin, 'romanize', '--system', 'rr', '김정은'], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } });
    expect(run({ GLOSE_FROM_SOURCE: '' }).trim()).toBe('Gim Jeongeun');
    expect(() => run({ GLOSE_FROM_SOURCE: '1' })).toThrow(/tsx was loaded/);
  });
});
