/**
 * What a `glose` command may touch: its arguments, standard streams and the file system,
 * passed in so that commands are tested without spawning processes.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of standard input, read on demand (empty string when none). */
  readStdin: () => Promise<string>;
  cwd: string;
}

/** A command: parses its own arguments, returns the process exit code (0 ok, 1 findings, 2 usage or input error). */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Thrown for a bad invocation or unreadable input: printed as `glose: <message>` with exit code 2. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'CliError';
  }
}
