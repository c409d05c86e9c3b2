/**
 * What `glose --help` and `glose <command> --help` print: one text per command, with examples
 * a reader can paste (the README's examples are the same commands, checked by a test).
 */

export const USAGE = `Usage: glose <command> [options]

Commands:
  scan FILE…                       find the names in .txt and .html files
  romanize --system ID [TEXT…]     romanise Hangul or Cyrillic text
  glossary check [FILE…]           check the built-in glossary, or your glossary files against it
  ingest --corpus FILE.jsonl PATH… add .html/.txt articles (or folders of them) to a corpus file
  xref --corpus FILE.jsonl QUERY   the corpus sources that mention a name, with quotes
  help [COMMAND]                   this text, or a command's

Run "glose COMMAND --help" for a command's options and examples.
`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  scan: `Usage: glose scan [--format json|text|summary] [--lang auto|fr|en] FILE…

Finds the names of the glossary in .txt files (read as they are) and .html files (their
visible article text), with the extension's own matcher. FILE may be /dev/stdin.

Options:
  --format json      one JSON line per file: {file, lang, mentions: [{start, end, surface,
                     entry, label, match}]}; start and end are offsets in UTF-16 code units
                     of the text (the default)
  --format text      one line per mention, under a line per file
  --format summary   how many times each entry is mentioned, over all the files
  --lang auto|fr|en  the language of the text (auto: detected, or the page's lang attribute)

A file that is empty, binary or not UTF-8 gets a warning on standard error.
Exit status: 0, or 2 when a file cannot be read.

Examples:
  glose scan article.txt
  glose scan --format summary page.html other.html
  curl -s https://example.org/article | glose scan --format text /dev/stdin
`,
  romanize: `Usage: glose romanize --system ID [--mode MODE] [--all] [TEXT…]

Romanises each TEXT, or each line of standard input when there is no TEXT. The script of the
text chooses the engine: Hangul takes a Korean system, Cyrillic a Russian one.

Korean systems: rr, rr-name, rr-admin, rr-hyphen, rr-translit, mr, ala-lc, bgn-pcgn-mr, dprk,
                kcna, press-fr, press-en, surname-popular
Russian systems: fr, fr-mvd310, de, en-press, en-wikipedia, bgn-pcgn, iso9, icao-2013,
                 gost-52535, mvd-782, mvd-310, un-1987, scientific, ala-lc

Options:
  --mode MODE  how to read Korean text: name (surname, then given name), word, admin
               (an administrative unit: 종로구 Jongno-gu), translit (letter for letter),
               surname. Without --mode, a glossary entry's own kind is used, and a single
               word of three syllables starting with a common surname (four with a
               two-syllable surname) is read as a name; --mode word reads it as a word.
  --all        with --mode surname: every known spelling of the surname, most usual first

Examples:
  glose romanize --system mr 김정은
  glose romanize --system mr --mode word 김정은
  glose romanize --system rr-translit 없었습니다
  glose romanize --system surname-popular --mode surname --all 서
  glose romanize --system fr Путин
  printf '평양\\n부산\\n' | glose romanize --system dprk
`,
  glossary: `Usage: glose glossary check [--format text|json] [--strict] [FILE…]

Without FILE, checks the built-in glossary (every data file). With FILE, checks your own
glossary files (.json or .csv, the formats the options page imports and exports; see
docs/glossary-files.md) against it.

Options:
  --format text|json  problems as lines (the default) or as one JSON document
  --strict            warnings count as errors

Exit status: 0 when there is no error, 1 when there is one, 2 when a file cannot be read.

Examples:
  glose glossary check
  glose glossary check docs/examples/my-glossary.json docs/examples/my-glossary.csv
`,
  ingest: `Usage: glose ingest --corpus FILE.jsonl [--with-defaults] [PATH…]

Adds articles to a corpus file: the JSON Lines file the extension's options page imports and
exports. PATH is an .html or .htm page (the article is found by Readability), a .txt file
(its first line is the title, or the title given by a sources.json beside it) or a folder of
them. The corpus file is created when missing; an article already in it (same address or
same text) is updated, not added twice. A file that is empty, binary or not UTF-8 gets a
warning on standard error.

Options:
  --corpus FILE.jsonl  the corpus file to add to
  --with-defaults      also add the two articles Glose ships with (src/data/sources/), which
                       the extension has from the start but a corpus made here lacks otherwise

Examples:
  glose ingest --corpus corpus.jsonl article.html notes/
  glose ingest --corpus corpus.jsonl --with-defaults
`,
  xref: `Usage: glose xref --corpus FILE.jsonl [--format json|text] QUERY

The sources of a corpus file that mention a glossary entry, newest first, with a quote around
each mention. QUERY is a name in any spelling (Poutine, Putin, Путин, kim jong un); the best
match in the glossary is used.

Options:
  --corpus FILE.jsonl  a corpus file made by glose ingest or exported by the extension
  --format json|text   one JSON line (the default) or text

Exit status: 0, 1 when no entry matches QUERY, 2 when the corpus cannot be read.

Examples:
  glose xref --corpus corpus.jsonl --format text Aurus
  glose xref --corpus corpus.jsonl "Kim Jong Un"
`,
};

/** True when a command's arguments ask for its help (before any `--`). */
export function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}
