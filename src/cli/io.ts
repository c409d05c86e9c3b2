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

/** Plain words for the file-system errors a reader meets, instead of Node's codes (ENOENT…). */
const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many files open at once',
  ENOSPC: 'no space left on the disk',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is in use',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
};

/** What went wrong reading or writing a file, in words (the code only for an error not listed). */
export function fsErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && FS_ERRORS[code]) return FS_ERRORS[code]!;
  if (error instanceof Error) return error.message.replace(/^[A-Z]+: /, '');
  return String(error);
}
