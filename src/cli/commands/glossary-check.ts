/**
 * `glose glossary check [--format text|json] [--strict] [FILE…]`: checks the built-in glossary
 * (every data file), or the given JSON files (a list of entries or a Glose export) against it.
 * Prints each problem with file, entry and field; exit 1 on errors (or warnings with --strict).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GLOSSARY_FILES, GLOSSARY_LISTS, BUILTIN_ENTRIES } from '../../data/glossary/index.ts';
import { checkCopiedDescriptions, checkLists } from '../../core/glossary/scale-checks.ts';
import { validateGlossary, type EntryProblem } from '../../core/glossary/validate.ts';
import { parseUserGlossaryJson, parseUserGlossaryCsv } from '../../core/glossary/user-entries.ts';
import { CliError, fsErrorMessage, type Command } from '../io.ts';
import { oneOf, parseArgs } from '../args.ts';
import { englishProblem } from '../english.ts';

interface Reported extends EntryProblem {
  file: string;
  line?: number;
}

export function checkBuiltin(): { problems: Reported[]; entries: number; byType: Record<string, number> } {
  // All files together, so that duplicates and shared spellings across files are caught too;
  // each problem is reported against the file that holds its entry.
  const fileOf = new Map<string, string>();
  const problems: Reported[] = [];
  const byType: Record<string, number> = {};
  for (const { file, entries } of GLOSSARY_FILES) {
    for (const e of entries) {
      byType[e.type] = (byType[e.type] ?? 0) + 1;
      const other = fileOf.get(e.id);
      if (other && other !== file) problems.push({ file, entryId: e.id, field: 'id', code: 'idInTwoFiles', values: [other], severity: 'error' });
      fileOf.set(e.id, file);
    }
  }
  const all = GLOSSARY_FILES.flatMap((f) => f.entries);
  const { problems: p } = validateGlossary(all, { requireSource: true });
  problems.push(...p.map((x) => ({ ...x, file: (x.entryId && fileOf.get(x.entryId)) || 'src/data/glossary' })));
  // At scale: lists held to their sources' sizes, no description copied between entries.
  for (const x of [...checkLists(all, GLOSSARY_LISTS), ...checkCopiedDescriptions(all)]) problems.push({ ...x, file: (x.entryId && fileOf.get(x.entryId)) || 'src/data/glossary/lists.json' });
  return { problems, entries: BUILTIN_ENTRIES.length, byType };
}

async function checkFile(path: string, shown: string): Promise<Reported[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${shown}: ${fsErrorMessage(error)}`);
  }
  const parsed = /\.csv$/i.test(path) ? parseUserGlossaryCsv(text, BUILTIN_ENTRIES) : parseUserGlossaryJson(text, BUILTIN_ENTRIES);
  if (parsed.ok) return [];
  return parsed.errors.map((e) => ({ ...e, file: shown, severity: 'error' as const }));
}

function describe(p: Reported): string {
  const where = [p.file + (p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''), p.entryId, p.field].filter(Boolean).join(' · ');
  return `${p.severity === 'error' ? 'error' : 'warning'}: ${where}: ${englishProblem(p)}\n`;
}

export const runGlossaryCheck: Command = async (args, io) => {
  const { options, positional } = parseArgs(args, ['format'], ['strict']);
  const format = oneOf('format', options.get('format'), ['text', 'json'] as const, 'text');
  const strict = options.has('strict');
  let problems: Reported[] = [];
  let summary = '';
  if (positional.length === 0) {
    const result = checkBuiltin();
    problems = result.problems;
    summary = `${result.entries} entries (${Object.entries(result.byType).map(([t, n]) => `${t} ${n}`).join(', ')})`;
  } else {
    for (const name of positional) problems.push(...(await checkFile(resolve(io.cwd, name), name)));
    summary = `${positional.length} file(s)`;
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (format === 'json') io.stdout(`${JSON.stringify({ summary, errors, warnings, problems: problems.map((p) => ({ ...p, message: englishProblem(p) })) }, null, 2)}\n`);
  else {
    for (const p of problems) io.stdout(describe(p));
    io.stdout(`${summary}: ${errors} error(s), ${warnings} warning(s)\n`);
  }
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
};
