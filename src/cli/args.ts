/**
 * A small argument parser for the commands: `--name value`, `--name=value`, flags, and
 * positional arguments; unknown options are an error (exit 2), not silently ignored.
 */
import { CliError } from './io.ts';

export interface ParsedArgs {
  options: Map<string, string>;
  positional: string[];
}

export function parseArgs(args: string[], valued: readonly string[], flags: readonly string[] = []): ParsedArgs {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (flags.includes(name)) {
      options.set(name, 'true');
    } else if (valued.includes(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new CliError(`option --${name} needs a value`);
      options.set(name, value);
    } else {
      throw new CliError(`unknown option --${name}`);
    }
  }
  return { options, positional };
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}
