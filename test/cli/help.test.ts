/** `--help` on every command, with examples; `glose help COMMAND`; help never runs the command. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { COMMAND_HELP, USAGE } from '../../src/cli/help.ts';
import { fakeIo } from './fake-io.ts';

const COMMANDS = ['scan', 'romanize', 'glossary', 'ingest', 'xref'];

describe('glose help', () => {
  it('has a help text with usage and examples for every command of the usage text', () => {
    for (const command of COMMANDS) {
      expect(USAGE).toMatch(new RegExp(`^  ${command} `, 'm'));
      expect(COMMAND_HELP[command]).toMatch(new RegExp(`^Usage: glose ${command} `));
      // Every example runs the command it documents.
      const examples = COMMAND_HELP[command]!.split('Examples:\n')[1]!.trim().split('\n');
      expect(examples.length).toBeGreaterThan(0);
      for (const line of examples) expect(line).toMatch(new RegExp(`glose ${command}\\b`));
    }
    expect(Object.keys(COMMAND_HELP).sort()).toEqual([...COMMANDS].sort());
  });

  for (const command of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      it(`glose ${command} ${flag} prints its help and exits 0, whatever else is given`, async () => {
        const io = fakeIo(process.cwd());
        // Arguments that would fail (missing options, unknown ones) are not looked at.
        expect(await main([command, '--frobnicate', flag], io)).toBe(0);
        expect(io.out).toBe(COMMAND_HELP[command]);
        expect(io.err).toBe('');
      });
    }
  }

  it('answers glose help COMMAND and glose glossary check --help', async () => {
    const io = fakeIo(process.cwd());
    expect(await main(['help', 'romanize'], io)).toBe(0);
    expect(io.out).toBe(COMMAND_HELP.romanize);
    const check = fakeIo(process.cwd());
    expect(await main(['glossary', 'check', '--help'], check)).toBe(0);
    expect(check.out).toBe(COMMAND_HELP.glossary);
  });

  it('says plainly when the help asked for is not a command', async () => {
    const io = fakeIo(process.cwd());
    expect(await main(['help', 'frobnicate'], io)).toBe(2);
    expect(io.err).toMatch(/^glose: no help for "frobnicate": it is not a command/);
  });

  it('takes --help after -- as an argument, not as a request for help', async () => {
    const io = fakeIo(process.cwd());
    expect(await main(['romanize', '--system', 'rr', '--', '--help'], io)).toBe(0);
    expect(io.out).toBe('--help\n');
  });
});
