/**
 * `glose <command> …`: dispatches to a command; every command gets the same CliIo so that
 * tests run them in-process.
 */
import { readFileSync } from 'node:fs';
import { CliError, type CliIo, type Command } from './io.ts';
import { COMMAND_HELP, USAGE, asksForHelp } from './help.ts';

// Each command is loaded when it runs: `glose romanize` need not load the matcher, linkedom
// and Readability that `scan` and `ingest` use (start-up time is most of a short run).
const COMMANDS: Record<string, Command> = {
  scan: async (args, io) => (await import('./commands/scan.ts')).runScan(args, io),
  romanize: async (args, io) => (await import('./commands/romanize.ts')).runRomanize(args, io),
  ingest: async (args, io) => (await import('./commands/ingest.ts')).runIngest(args, io),
  xref: async (args, io) => (await import('./commands/xref.ts')).runXref(args, io),
  glossary: async (args, io) => {
    const [sub, ...rest] = args;
    if (sub === 'check') return (await import('./commands/glossary-check.ts')).runGlossaryCheck(rest, io);
    throw new CliError(`unknown glossary command "${sub ?? ''}" (try: glose glossary check)`);
  },
};

export function nodeIo(): CliIo {
  // `glose scan … | head`: the reader closed the pipe; stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => (process.stdin.isTTY ? '' : readFileSync(0, 'utf8')),
    cwd: process.cwd(),
  };
}

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? args[0] : undefined;
    if (topic !== undefined && COMMAND_HELP[topic] === undefined) {
      io.stderr(`glose: no help for "${topic}": it is not a command\n\n${USAGE}`);
      return 2;
    }
    io.stdout(topic !== undefined ? COMMAND_HELP[topic]! : USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (command && asksForHelp(args)) {
    io.stdout(COMMAND_HELP[name] ?? USAGE);
    return 0;
  }
  try {
    if (!command) throw new CliError(`unknown command "${name}"\n\n${USAGE}`);
    return await command(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`glose: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
