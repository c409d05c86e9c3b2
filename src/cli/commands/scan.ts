/**
 * `glose scan [--format json|text|summary] [--lang auto|fr|en] [--unknown yes|no] FILE…`: the
 * names found in .txt files (read as they are; offsets in UTF-16 code units of that text) and
 * .html files (their visible article text), with the extension's own matcher — and the Korean-
 * and Russian-shaped names the glossary has no entry for (`"entry": null` with `"unknown"`:
 * origin and the guess at the original script), unless `--unknown no`.
 */
import { close, openSync, read, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve, extname } from 'node:path';
import { detectLanguage } from '../../core/text/language.ts';
import type { Mention } from '../../core/match/index.ts';
import { guessOriginal } from '../../core/unknown/index.ts';
import { CliError, fsErrorMessage, type Command } from '../io.ts';
import { decodeBytes } from '../decode.ts';
import { oneOf, parseArgs } from '../args.ts';
import { cliEntry, cliMatcher } from '../glossary.ts';

const FORMATS = ['json', 'text', 'summary'] as const;
const LANGS = ['auto', 'fr', 'en'] as const;
const YES_NO = ['yes', 'no'] as const;

export interface ScannedFile {
  file: string;
  lang: 'fr' | 'en' | 'other';
  text: string;
  mentions: Mention[];
  /** Why the file may not have been read as meant (empty, binary, not UTF-8), for standard error. */
  warnings: string[];
}

/**
 * Reads a file's bytes. A regular file is opened at once, then read in one request to the
 * thread pool (readFile's chunks each wait for the event loop), so that the caller builds the
 * matcher meanwhile; anything else (a pipe, /dev/stdin) is read to its end with readFile.
 */
function readBytes(path: string): Promise<Buffer> {
  const failed = (error: unknown): CliError => {
    return new CliError(`cannot read ${path}: ${fsErrorMessage(error)}`);
  };
  let fd: number;
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) return Promise.reject(new CliError(`cannot read ${path}: it is a folder, not a file`));
    if (!info.isFile()) return readFile(path).catch((error: unknown) => Promise.reject(failed(error)));
    size = info.size;
    fd = openSync(path, 'r');
  } catch (error) {
    return Promise.reject(failed(error));
  }
  const bytes = Buffer.allocUnsafe(size);
  return new Promise<Buffer>((resolve, reject) => {
    const next = (at: number): void => {
      if (at >= size) return done(null, at);
      read(fd, bytes, at, size - at, at, (error, n) => (error ? done(error, at) : n === 0 ? done(null, at) : next(at + n)));
    };
    const done = (error: NodeJS.ErrnoException | null, at: number): void => {
      close(fd, () => undefined);
      if (error) reject(failed(error));
      else resolve(bytes.subarray(0, at));
    };
    next(0);
  });
}

/** A file's text as Glose scans it: .html by its visible text, anything else as it is; with a warning when the bytes are not UTF-8 text. */
async function textOf(path: string, bytes: Buffer): Promise<{ text: string; declaredLang: string; warnings: string[] }> {
  const { text: raw, warning } = decodeBytes(bytes);
  const warnings = warning ? [warning] : [];
  if (/\.x?html?$/i.test(extname(path)) && raw.trim() !== '') {
    // linkedom is loaded for HTML only: a text file needs none of it (start-up time).
    const { extractHtmlText } = await import('../../core/html/html-text.ts');
    const doc = extractHtmlText(raw);
    if (doc.text.trim() === '') warnings.push('has no visible text');
    return { text: doc.text, declaredLang: doc.lang, warnings };
  }
  return { text: raw, declaredLang: '', warnings };
}

export async function scanFile(path: string, lang: (typeof LANGS)[number], unknownNames = false): Promise<ScannedFile> {
  const reading = readBytes(path);
  // Built (once per process) while the file is read: most files are in French or English.
  const matcher = cliMatcher();
  const { text, declaredLang, warnings } = await textOf(path, await reading);
  const detected = lang === 'auto' ? detectLanguage(text, declaredLang || undefined) : lang;
  const mentions = detected === 'other' ? [] : matcher.findMentions(text, { lang: detected, unknownNames, guessScript: guessOriginal });
  return { file: path, lang: detected, text, mentions, warnings };
}

function label(id: string): { fr: string; en: string } {
  const e = cliEntry(id);
  return { fr: e?.names.fr ?? id, en: e?.names.en ?? id };
}

/** An unknown name's guess as a short line: « 리선권 (ko; or 리손권) ». */
function guessText(m: Mention): string {
  const u = m.unknown!;
  return `${u.original} (${u.origin}${u.alternatives?.length ? `; or ${u.alternatives.join(', ')}` : ''})`;
}

/** A mention as a JSON line's row: an unknown name has `entry: null` and its guess. */
function jsonRow(m: Mention): object {
  if (m.unknown) return { start: m.start, end: m.end, surface: m.surface, entry: null, unknown: m.unknown, match: m.match };
  return { start: m.start, end: m.end, surface: m.surface, entry: m.entry, label: label(m.entry), match: m.match };
}

export const runScan: Command = async (args, io) => {
  const { options, positional } = parseArgs(args, ['format', 'lang', 'unknown']);
  const format = oneOf('format', options.get('format'), FORMATS, 'json');
  const lang = oneOf('lang', options.get('lang'), LANGS, 'auto');
  const unknownNames = oneOf('unknown', options.get('unknown'), YES_NO, 'yes') === 'yes';
  if (positional.length === 0) throw new CliError('scan needs at least one FILE (.txt or .html)');
  let failed = false;
  const totals = new Map<string, number>();
  // Unknown names by their surface (spaces folded), with the guess of their first mention.
  const unknownTotals = new Map<string, { count: number; guess: string }>();
  for (const name of positional) {
    let result: ScannedFile;
    try {
      result = await scanFile(resolve(io.cwd, name), lang, unknownNames);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      io.stderr(`glose: ${error.message.replace(resolve(io.cwd, name), name)}\n`);
      failed = true;
      continue;
    }
    for (const warning of result.warnings) io.stderr(`glose: warning: ${name} ${warning}\n`);
    if (format === 'json') {
      io.stdout(
        `${JSON.stringify({
          file: name,
          lang: result.lang,
          mentions: result.mentions.map(jsonRow),
        })}\n`,
      );
    } else if (format === 'text') {
      const unknown = result.mentions.filter((m) => m.unknown).length;
      io.stdout(`${name} (${result.lang}): ${result.mentions.length - unknown} mentions${unknown ? `, ${unknown} names not in the glossary` : ''}\n`);
      for (const m of result.mentions) {
        if (m.unknown) io.stdout(`  ${m.start}-${m.end}\t${m.surface}\t? not in the glossary: ${guessText(m)}\n`);
        else io.stdout(`  ${m.start}-${m.end}\t${m.surface}\t→ ${label(m.entry).fr} [${m.entry}] (${m.match})\n`);
      }
    }
    for (const m of result.mentions) {
      if (m.unknown) {
        const key = m.surface.replace(/\s+/g, ' ');
        const seen = unknownTotals.get(key);
        if (seen) seen.count++;
        else unknownTotals.set(key, { count: 1, guess: guessText(m) });
      } else totals.set(m.entry, (totals.get(m.entry) ?? 0) + 1);
    }
  }
  if (format === 'summary') {
    const rows = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const width = Math.max(5, ...rows.map(([id]) => label(id).fr.length));
    for (const [id, count] of rows) io.stdout(`${label(id).fr.padEnd(width)}  ${String(count).padStart(4)}  ${id}\n`);
    io.stdout(`${'total'.padEnd(width)}  ${String(rows.reduce((n, [, c]) => n + c, 0)).padStart(4)}  (${rows.length} entries)\n`);
    if (unknownTotals.size > 0) {
      const others = [...unknownTotals.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
      io.stdout(`\nnot in the glossary (${others.length} names):\n`);
      const w = Math.max(5, ...others.map(([n]) => n.length));
      for (const [n, { count, guess }] of others) io.stdout(`${n.padEnd(w)}  ${String(count).padStart(4)}  ${guess}\n`);
    }
  }
  return failed ? 2 : 0;
};
