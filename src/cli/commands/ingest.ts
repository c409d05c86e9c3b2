/**
 * `glose ingest --corpus FILE.jsonl PATH…`: adds articles to a corpus file, the same JSONL the
 * extension exports and imports. PATHs are .html/.htm files (article by Readability, metadata
 * from the page), .txt files (metadata from a sources.json beside them when it lists the file,
 * as src/data/sources/ does) and folders, read recursively. An article already in the corpus
 * by canonical URL or by text is updated under its id, not duplicated (the extension's rule,
 * core/app/sources.ts). An existing corpus file that does not
 * read back cleanly is left untouched (exit 2); otherwise it is rewritten through a temporary
 * file, so an interrupted run leaves it whole.
 */
import { glossaryVersion as computeGlossaryVersion } from '../../core/glossary/version.ts';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { BUILTIN_ENTRIES } from '../../data/glossary/index.ts';
import { defaultSourceInputs } from '../../core/corpus/default-sources.ts';
import { hashText } from '../../core/corpus/hash.ts';
import { IngestError, ingestText, type IngestInput } from '../../core/corpus/ingest.ts';
import { parseCorpus, serializeCorpus } from '../../core/corpus/jsonl.ts';
import { createMemoryStore, type MemoryCorpusStore } from '../../core/corpus/memory-store.ts';
import type { CorpusItem } from '../../core/corpus/types.ts';
import { splitParagraphs } from '../../core/corpus/segment.ts';
import { CliError, fsErrorMessage, type Command } from '../io.ts';
import { parseArgs } from '../args.ts';
import { readHtmlArticle } from '../../core/html/article.ts';
import { cliMatcher } from '../glossary.ts';
import { englishProblem } from '../english.ts';
import { readDefaultSources } from '../default-sources.ts';
import { decodeBytes } from '../decode.ts';
import { addOrUpdateSource } from '../../core/app/sources.ts';

const INGESTIBLE = /\.(html?|xhtml|txt)$/i;
const MAX_DEPTH = 32;
/** A heading line of a .txt file is taken as its title when it is this short and unpunctuated. */
const MAX_TITLE_LINE = 150;

let glossaryVersion: string | null = null;

/** Identifies the built-in glossary the CLI matches with: any edit to the data changes it. */
export function cliGlossaryVersion(): string {
  glossaryVersion ??= computeGlossaryVersion(BUILTIN_ENTRIES);
  return glossaryVersion;
}

/** The items of a corpus file; an absent file is an empty corpus when `mayBeMissing`. */
export async function loadCorpusFile(path: string, shown: string, mayBeMissing: boolean): Promise<CorpusItem[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && mayBeMissing) return [];
    throw new CliError(`cannot read corpus ${shown}: ${fsErrorMessage(error)}`);
  }
  const parsed = parseCorpus(text);
  if (!parsed.ok) {
    const lines = parsed.errors.slice(0, 10).map((e) => `  ${e.line ? `line ${e.line}${e.column ? `, column ${e.column}` : ''}` : 'file'}: ${[e.field, englishProblem(e)].filter(Boolean).join(' ')}`);
    const more = parsed.errors.length > 10 ? `\n  … and ${parsed.errors.length - 10} more` : '';
    throw new CliError(`${shown} is not a valid corpus file:\n${lines.join('\n')}${more}`);
  }
  return parsed.items;
}

async function saveCorpusFile(path: string, store: MemoryCorpusStore): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, serializeCorpus(store.exportItems()), 'utf8');
  await rename(temporary, path);
}

/** The ingestible files under a path, folders walked in name order; hidden entries skipped. */
async function collectFiles(path: string, depth = 0): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  if (depth >= MAX_DEPTH) return [];
  const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
  const files: string[] = [];
  for (const name of names) {
    const child = join(path, name);
    const childInfo = await stat(child).catch(() => null);
    if (childInfo?.isDirectory()) files.push(...(await collectFiles(child, depth + 1)));
    else if (childInfo?.isFile() && INGESTIBLE.test(name)) files.push(child);
  }
  return files;
}

/** sources.json files already read in this run, by path (null: absent or not a list). */
type Sidecars = Map<string, unknown[] | null>;

/** The sources.json beside a .txt file, when there is a valid one. */
async function sidecarFor(file: string, sidecars: Sidecars): Promise<unknown[] | null> {
  const path = join(dirname(file), 'sources.json');
  if (!sidecars.has(path)) {
    let list: unknown[] | null = null;
    try {
      const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
      list = Array.isArray(parsed) ? parsed : null;
    } catch {
      list = null;
    }
    sidecars.set(path, list);
  }
  return sidecars.get(path) ?? null;
}

async function readTextInput(file: string, text: string, sidecars: Sidecars): Promise<IngestInput> {
  const name = basename(file);
  const listed = (await sidecarFor(file, sidecars))?.find((m) => typeof m === 'object' && m !== null && (m as { file?: unknown }).file === name);
  if (listed) {
    try {
      return defaultSourceInputs([{ file: name, text }], [listed])[0]!;
    } catch {
      // A malformed sources.json item: the file is still ingested, by its text alone.
    }
  }
  const firstLine = splitParagraphs(text)[0] ?? '';
  const isHeading = firstLine.length <= MAX_TITLE_LINE && !/[.!?:;,»”"]$/.test(firstLine);
  return { text, url: null, title: isHeading ? firstLine : basename(name, extname(name)) };
}

/** A file's article; `warn` hears why its bytes may not have been read as meant (UTF-16, not UTF-8…), as scan says it. */
async function readInput(file: string, sidecars: Sidecars, warn: (warning: string) => void): Promise<IngestInput> {
  const { text: raw, warning } = decodeBytes(await readFile(file));
  if (warning) warn(warning);
  if (/\.x?html?$/i.test(file)) return readHtmlArticle(raw);
  return readTextInput(file, raw, sidecars);
}

/** Ingests one article into the store (the core rule: same URL or same text → update); returns the line to print. */
async function ingestInput(input: IngestInput, store: MemoryCorpusStore, now: Date): Promise<string> {
  const { source, mentions } = ingestText(input, { matcher: cliMatcher(), glossaryVersion: cliGlossaryVersion(), now });
  const saved = await addOrUpdateSource(store, source, mentions);
  return `${saved.updated ? 'updated' : 'added'} ${saved.source.id} ${saved.source.title} — ${mentions.length} mentions\n`;
}

export const runIngest: Command = async (args, io) => {
  const { options, positional } = parseArgs(args, ['corpus'], ['with-defaults']);
  const corpusName = options.get('corpus');
  const withDefaults = options.has('with-defaults');
  if (!corpusName) throw new CliError('ingest needs --corpus FILE.jsonl');
  if (positional.length === 0 && !withDefaults) throw new CliError('ingest needs at least one PATH (.html, .htm, .txt or a folder), or --with-defaults');
  const corpusPath = resolve(io.cwd, corpusName);
  const store = createMemoryStore(await loadCorpusFile(corpusPath, corpusName, true));
  const now = new Date();
  const sidecars: Sidecars = new Map();
  let failed = false;
  // The articles the extension starts with, so that a corpus made here holds the same.
  if (withDefaults) for (const input of await readDefaultSources()) io.stdout(await ingestInput(input, store, now));
  for (const name of positional) {
    const path = resolve(io.cwd, name);
    let files: string[];
    try {
      files = await collectFiles(path);
    } catch (error) {
      io.stderr(`glose: cannot read ${name}: ${fsErrorMessage(error)}\n`);
      failed = true;
      continue;
    }
    if (files.length === 1 && files[0] === path && !INGESTIBLE.test(path)) {
      io.stderr(`glose: cannot ingest ${name}: expected .html, .htm, .txt or a folder\n`);
      failed = true;
      continue;
    }
    if (files.length === 0) io.stderr(`glose: no .html, .htm or .txt file in ${name}\n`);
    for (const file of files) {
      const shown = file === path ? name : join(name, file.slice(path.length + 1));
      try {
        const input = await readInput(file, sidecars, (warning) => io.stderr(`glose: warning: ${shown} ${warning}\n`));
        io.stdout(await ingestInput(input, store, now));
      } catch (error) {
        const reason = error instanceof IngestError ? englishProblem(error.problem) : fsErrorMessage(error);
        io.stderr(`glose: cannot ingest ${shown}: ${reason}\n`);
        failed = true;
      }
    }
  }
  try {
    await saveCorpusFile(corpusPath, store);
  } catch (error) {
    throw new CliError(`cannot write corpus ${corpusName}: ${fsErrorMessage(error)}`);
  }
  return failed ? 2 : 0;
};
