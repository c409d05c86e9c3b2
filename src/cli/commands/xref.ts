/**
 * `glose xref --corpus FILE.jsonl [--format json|text] QUERY`: the sources of a corpus file that
 * mention a glossary entry, newest first, with a quote around each mention. QUERY is any
 * spelling the glossary search understands (Poutine, Путин, kim jong); the best hit is used.
 * Exit 1 when no entry matches, 2 on a usage error or an unreadable corpus.
 */
import { resolve } from 'node:path';
import { BUILTIN_ENTRIES } from '../../data/glossary/index.ts';
import { createMemoryStore } from '../../core/corpus/memory-store.ts';
import { crossReferences } from '../../core/corpus/xref.ts';
import { searchEntries } from '../../core/search/search-entries.ts';
import { CliError, type Command } from '../io.ts';
import { oneOf, parseArgs } from '../args.ts';
import { cliEntry } from '../glossary.ts';
import { loadCorpusFile } from './ingest.ts';

const FORMATS = ['json', 'text'] as const;

export interface XrefJson {
  entry: string;
  label: { fr: string; en: string };
  sources: Array<{
    id: string;
    title: string;
    url: string | null;
    outlet: string | null;
    date: string | null;
    mentions: Array<{ start: number; end: number; surface: string; quote: string }>;
  }>;
}

export const runXref: Command = async (args, io) => {
  const { options, positional } = parseArgs(args, ['corpus', 'format']);
  const format = oneOf('format', options.get('format'), FORMATS, 'json');
  const corpusName = options.get('corpus');
  if (!corpusName) throw new CliError('xref needs --corpus FILE.jsonl');
  const query = positional.join(' ').trim();
  if (!query) throw new CliError('xref needs a QUERY (a name in any spelling)');
  const store = createMemoryStore(await loadCorpusFile(resolve(io.cwd, corpusName), corpusName, false));

  const hit = searchEntries(BUILTIN_ENTRIES, query, { limit: 1 })[0];
  if (!hit) {
    io.stderr(`glose: no glossary entry matches "${query}"\n`);
    return 1;
  }
  const entry = cliEntry(hit.id);
  const label = { fr: entry?.names.fr ?? hit.id, en: entry?.names.en ?? hit.id };
  // The command line shows everything: no cap on sources or quoted mentions.
  const refs = await crossReferences(store, hit.id, { limit: Number.MAX_SAFE_INTEGER, mentionsPerSource: Number.MAX_SAFE_INTEGER });
  const result: XrefJson = {
    entry: hit.id,
    label,
    sources: refs.sources.map((s) => ({
      id: s.id,
      title: s.title,
      url: s.url,
      outlet: s.outlet,
      date: s.date,
      mentions: s.mentions.map((m) => ({ start: m.start, end: m.end, surface: m.surface, quote: m.quote })),
    })),
  };
  if (format === 'json') {
    io.stdout(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const n = result.sources.length;
  io.stdout(`${label.fr} [${hit.id}] — ${n} source${n === 1 ? '' : 's'}\n`);
  for (const s of result.sources) {
    const where = [s.date, s.outlet].filter(Boolean).join(', ');
    io.stdout(`\n${s.title}${where ? ` (${where})` : ''}  ${s.id}\n`);
    if (s.url) io.stdout(`  ${s.url}\n`);
    for (const m of s.mentions) io.stdout(`  « ${m.quote} »\n`);
  }
  if (refs.spellings.length) io.stdout(`\nSpellings: ${refs.spellings.map((sp) => `${sp.surface} (${sp.count})`).join(', ')}\n`);
  return 0;
};
