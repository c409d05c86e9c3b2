/**
 * The README's command-line examples, run: every `$ glose …` line of a ```console block is run
 * in-process, from a fresh folder that sees the repository's src/ and docs/ (the README's
 * commands are typed from the repository's root, and the corpus files they write must not
 * land there), and what it prints (standard output, then standard error) must be the lines
 * that follow it, up to the next `$` line. The lines of one block run in order, in one folder.
 */
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Example {
  command: string;
  expected: string;
}

/** The examples of each ```console block of a Markdown text. */
export function consoleBlocks(markdown: string): Example[][] {
  const blocks: Example[][] = [];
  for (const match of markdown.matchAll(/^```console\n([\s\S]*?)^```$/gmu)) {
    const examples: Example[] = [];
    for (const line of match[1]!.split('\n')) {
      if (line.startsWith('$ ')) examples.push({ command: line.slice(2), expected: '' });
      else if (examples.length > 0) examples.at(-1)!.expected += `${line}\n`;
    }
    // The blank lines between an output and the end of the block are not part of it.
    blocks.push(examples.map((e) => ({ ...e, expected: e.expected.replace(/\n+$/u, '') === '' ? '' : `${e.expected.replace(/\n+$/u, '')}\n` })));
  }
  return blocks;
}

/** A command line's words, as a POSIX shell splits them (quotes, no expansion). */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  for (const m of command.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/gu)) {
    words.push(m[1] !== undefined ? m[1].replace(/\\(.)/gu, '$1') : (m[2] ?? m[3]!));
  }
  return words;
}

function freshFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glose-readme-'));
  for (const name of ['src', 'docs']) symlinkSync(join(ROOT, name), join(dir, name));
  return dir;
}

describe('README command-line examples', () => {
  const blocks = consoleBlocks(README);

  it('has examples of every command, all written with the installed command', () => {
    const commands = blocks.flat().map((e) => shellWords(e.command));
    for (const words of commands) expect(words[0]).toBe('glose');
    const names = new Set(commands.map((w) => w[1]));
    for (const name of ['scan', 'romanize', 'glossary', 'ingest', 'xref']) expect(names, name).toContain(name);
    // Daily use goes through the installed command, not npx (about 1.3 s more per command).
    expect(README).not.toMatch(/^npx glose/mu);
  });

  blocks.forEach((examples, index) => {
    it(`block ${index + 1}: ${examples.map((e) => shellWords(e.command).slice(1, 2).join(' ')).join(', ')}`, async () => {
      const cwd = freshFolder();
      for (const example of examples) {
        const io = fakeIo(cwd);
        await main(shellWords(example.command).slice(1), io);
        expect(`${io.out}${io.err}`.normalize('NFC'), example.command).toBe(example.expected.normalize('NFC'));
      }
    }, 60_000);
  });
});

describe('the README example parser', () => {
  it('splits commands from their output and words like a shell', () => {
    const md = 'x\n```console\n$ glose a "b c"\none\n\ntwo\n$ glose d \'e f\'\n```\n```sh\n$ glose no\n```\n';
    expect(consoleBlocks(md)).toEqual([[{ command: 'glose a "b c"', expected: 'one\n\ntwo\n' }, { command: "glose d 'e f'", expected: '' }]]);
    expect(shellWords('glose xref --corpus c.jsonl "Aurus \\"S\\""')).toEqual(['glose', 'xref', '--corpus', 'c.jsonl', 'Aurus "S"']);
  });
});
