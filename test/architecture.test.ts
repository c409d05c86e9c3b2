/**
 * Keeps the architecture's import rules true mechanically (shared/docs/architecture.md):
 * core → nothing outside core (pure npm packages only); messaging → core; background, content,
 * sidepanel, options → core and messaging, never each other; cli → core. Data files may be
 * imported by any layer but core; the UI strings (_locales) by the pages, messaging and the CLI
 * (which words core's problem codes through the English table).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

type Layer = 'core' | 'messaging' | 'background' | 'content' | 'sidepanel' | 'options' | 'cli' | 'data' | 'assets' | 'locales' | 'other';

const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  messaging: ['core', 'messaging', 'locales'],
  background: ['core', 'messaging', 'background', 'data'],
  content: ['core', 'messaging', 'content', 'locales'],
  sidepanel: ['core', 'messaging', 'sidepanel', 'locales'],
  options: ['core', 'messaging', 'options', 'locales', 'data'],
  cli: ['core', 'cli', 'data', 'locales'],
  data: ['core', 'data'],
  assets: [],
  locales: [],
  other: [],
};

/** Packages a layer may import; core only pure ones that run everywhere. */
const PACKAGES: Partial<Record<Layer, RegExp>> = {
  core: /^(franc-min|iuliia|linkedom|@mozilla\/readability)$/,
  cli: /^(node:.*|linkedom|@mozilla\/readability|tsx.*)$/,
};
const BROWSER_ONLY = /^(webextension-polyfill|preact(\/.*)?|idb)$/;

export function layerOf(absPath: string): Layer {
  const rel = relative(ROOT, absPath).split('\\').join('/');
  if (rel.startsWith('_locales/')) return 'locales';
  const m = /^src\/([^/]+)\//.exec(rel);
  const top = m?.[1];
  return top && top in ALLOWED ? (top as Layer) : 'other';
}

/** Every import specifier in a source file: static, dynamic, re-exports. */
export function importsOf(source: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(re)) specs.push((match[1] ?? match[2] ?? match[3])!);
  return specs;
}

/** The rule broken by importing `spec` from `file`, or null. */
export function violation(file: string, spec: string): string | null {
  const from = layerOf(file);
  if (spec.startsWith('.')) {
    const target = resolve(dirname(file), spec.split('?')[0]!);
    const to = layerOf(target);
    if (to === 'assets' || (to === from && from !== 'other')) return null;
    return ALLOWED[from].includes(to) ? null : `${from} must not import ${to} (${spec})`;
  }
  if (from === 'core') return PACKAGES.core!.test(spec) ? null : `core must only import pure packages, not ${spec}`;
  if (spec.startsWith('node:') && from !== 'cli') return `${from} must not import Node built-ins (${spec})`;
  if (from === 'cli' && BROWSER_ONLY.test(spec)) return `cli must not import browser packages (${spec})`;
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('import rules', () => {
  it('the rule checker catches forbidden arrows', () => {
    expect(violation(join(SRC, 'core/match/x.ts'), '../../content/scanner.ts')).toMatch(/core must not import content/);
    expect(violation(join(SRC, 'core/x.ts'), 'webextension-polyfill')).toMatch(/pure packages/);
    expect(violation(join(SRC, 'content/x.ts'), '../sidepanel/App.tsx')).toMatch(/content must not import sidepanel/);
    expect(violation(join(SRC, 'sidepanel/x.ts'), '../background/handlers.ts')).toMatch(/sidepanel must not import background/);
    expect(violation(join(SRC, 'messaging/x.ts'), '../content/index.ts')).toMatch(/messaging must not import content/);
    expect(violation(join(SRC, 'cli/x.ts'), '../messaging/client.ts')).toMatch(/cli must not import messaging/);
    expect(violation(join(SRC, 'cli/x.ts'), 'webextension-polyfill')).toMatch(/browser packages/);
    expect(violation(join(SRC, 'content/x.ts'), 'node:fs')).toMatch(/Node built-ins/);
    expect(violation(join(SRC, 'content/x.ts'), '../core/match/index.ts')).toBeNull();
    expect(violation(join(SRC, 'cli/x.ts'), '../data/glossary/index.ts')).toBeNull();
  });

  it('finds static, dynamic and side-effect imports', () => {
    const src = `import a from './a.ts';\nimport type { B } from "../b.ts";\nexport { c } from './c.ts';\nconst d = await import('./d.ts');\nimport './e.css';`;
    expect(importsOf(src)).toEqual(['./a.ts', '../b.ts', './c.ts', './e.css', './d.ts'].sort((x, y) => src.indexOf(x) - src.indexOf(y)));
  });

  it('every source file follows the rules', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap((spec) => {
        const v = violation(file, spec);
        return v ? [`${relative(ROOT, file)}: ${v}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('core code names no browser or Node global', () => {
    const offenders = sourceFiles(join(SRC, 'core')).filter((file) =>
      /\b(document|window|chrome|browser|process|require)\s*[.(]/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});

describe('the shape of core', () => {
  it('core holds no module-level mutable binding (a `let` or `var` at the top of a module)', () => {
    const offenders = sourceFiles(join(SRC, 'core')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/^(export\s+)?(let|var)\s/.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('the background holds no module-level state outside its composition root (index.ts)', () => {
    // A binding that can change (let, var) or a container made at load (Map, Set, array): state
    // that outlives a request belongs to an instance the composition root makes and passes in
    // (a readonly `as const` table is data, not state).
    const STATEFUL = /^(export\s+)?(let|var)\s|^(export\s+)?const\s+\w+(\s*:[^=]+)?\s*=\s*(new\s+(Map|Set|WeakMap|WeakSet|Array)\b|\[)/;
    const root = join(SRC, 'background', 'index.ts');
    const offenders = sourceFiles(join(SRC, 'background'))
      .filter((file) => file !== root)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (STATEFUL.test(line) && !/\bas const;\s*$/.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
    expect(STATEFUL.test('const reports = new Map<number, string>();')).toBe(true);
    expect(STATEFUL.test('let state = null;')).toBe(true);
    expect(STATEFUL.test("const KEY = 'linkChoices';")).toBe(false);
  });

  it('the matcher (src/core/match) has no file over 500 lines and no function over 150 lines', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(join(SRC, 'core', 'match'))) {
      const text = readFileSync(file, 'utf8');
      const rel = relative(ROOT, file);
      const lines = text.split('\n').length;
      if (lines > 500) problems.push(`${rel}: ${lines} lines`);
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const from = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const to = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (to - from + 1 > 150) problems.push(`${rel}:${from + 1}: a function of ${to - from + 1} lines`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(problems).toEqual([]);
  });
});
