/**
 * A small disk for a browser profile: a tmpfs of the given size (needs root to mount; where the
 * machine refuses, the caller says so and skips), and a way to fill it up to a few hundred KB.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function tryMountTmpfs(dir: string, size: string, what: string): boolean {
  if (process.platform !== 'linux') return false;
  try {
    mkdirSync(dir, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    return true;
  } catch (error) {
    console.warn(`${what}: cannot mount a tmpfs here (${(error as Error).message.split('\n')[0]}); the full-disk test is skipped`);
    return false;
  }
}

export function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}

/** Fills `dir` with one file until `leave` bytes are free; returns the file. */
export function fillDisk(dir: string, leave: number): string {
  const filler = join(dir, 'filler');
  writeFileSync(filler, Buffer.alloc(Math.max(0, freeBytes(dir) - leave)));
  return filler;
}

export function unmount(dir: string): void {
  execFileSync('umount', ['-l', dir]);
}
