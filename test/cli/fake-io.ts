/** A CliIo that records what a command prints, for running commands in-process. */
import type { CliIo } from '../../src/cli/io.ts';

export function fakeIo(cwd: string, stdin = ''): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readStdin: async () => stdin,
  };
  return io;
}
