/**
 * `glose romanize --system ID [--mode MODE] [--all] [TEXT…]`: romanises each TEXT (or each line
 * of standard input) with one system; the script of the input decides the engine. The press
 * systems (press-fr, press-en; fr, en-press, de for Russian) answer from the glossary when
 * the input is the original-script name of an entry, and fall back to the rules otherwise.
 *
 * Without --mode, Korean text is read as what it is: the kind of a glossary entry written so
 * (a name, an administrative unit, a word), else a name when it looks like one (김정은: a
 * common surname and two syllables), else a word. `glose romanize --system mr 김정은` prints
 * Kim Chŏngŭn, as a reader expects; `--mode word` gives Kimjŏngŭn.
 */
import {
  KOREAN_MODES, KOREAN_SYSTEMS, RUSSIAN_SYSTEMS, fixedModeOf, isKoreanSystem, looksLikeFullName, romanize, surnameSpellings, type KoreanMode,
} from '../../core/romanize/index.ts';
import { koreanModeFor } from '../../core/glossary/spellings.ts';
import { BUILTIN_ENTRIES } from '../../data/glossary/index.ts';
import type { GlossaryEntry, PressSpellings } from '../../core/glossary/types.ts';
import { CliError, type Command } from '../io.ts';
import { oneOf, parseArgs } from '../args.ts';
import { CYRILLIC_RE, HANGUL_RE } from '../../core/text/scripts.ts';

const ALL_SYSTEMS = [...new Set<string>([...KOREAN_SYSTEMS, ...RUSSIAN_SYSTEMS])];

/** Which press field of an entry answers for a system. */
const PRESS_FIELD: Record<string, keyof PressSpellings> = {
  'press-fr': 'fr',
  'press-en': 'en',
  kcna: 'kcna',
  fr: 'fr',
  'en-press': 'en',
  de: 'de',
};

function entryWritten(text: string): GlossaryEntry | undefined {
  const key = text.normalize('NFC').trim();
  return BUILTIN_ENTRIES.find((e) => e.script?.text.normalize('NFC') === key);
}

function fromGlossary(text: string, system: string): string | undefined {
  const field = PRESS_FIELD[system];
  if (!field) return undefined;
  return entryWritten(text)?.press?.[field];
}

/** The Korean mode for a text when none is asked for (see the header). */
export function guessKoreanMode(text: string, system: string): KoreanMode | undefined {
  // An alias system (rr-name, rr-admin, rr-translit) stands for its mode: a guess must not override it.
  if (!isKoreanSystem(system) || fixedModeOf(system) !== undefined) return undefined;
  const entry = entryWritten(text);
  if (entry?.script?.lang === 'ko') return koreanModeFor(entry.script.kind);
  return looksLikeFullName(text) ? 'name' : undefined;
}

export function romanizeOne(text: string, system: string, mode?: KoreanMode): string {
  const hasHangul = HANGUL_RE.test(text);
  const hasCyrillic = CYRILLIC_RE.test(text);
  if (hasHangul && !(KOREAN_SYSTEMS as readonly string[]).includes(system)) {
    throw new CliError(`system "${system}" does not take Hangul text (Korean systems: ${KOREAN_SYSTEMS.join(', ')})`);
  }
  if (hasCyrillic && !(RUSSIAN_SYSTEMS as readonly string[]).includes(system)) {
    throw new CliError(`system "${system}" does not take Cyrillic text (Russian systems: ${RUSSIAN_SYSTEMS.join(', ')})`);
  }
  return fromGlossary(text, system) ?? romanize(text, system, mode ?? (hasHangul ? guessKoreanMode(text, system) : undefined));
}

/** Every known spelling of a Korean surname, the system's own first. */
function knownSpellings(input: string, system: string): string[] {
  const own = romanizeOne(input, system, 'surname');
  const known = surnameSpellings(input);
  if (known.length === 0) throw new CliError(`--all takes a Korean surname in Hangul (got "${input.trim()}")`);
  return [...new Set([own, ...known])];
}

export const runRomanize: Command = async (args, io) => {
  const { options, positional } = parseArgs(args, ['system', 'mode'], ['all']);
  const system = options.get('system');
  if (!system) throw new CliError(`romanize needs --system ID (one of ${ALL_SYSTEMS.join(', ')})`);
  if (!ALL_SYSTEMS.includes(system)) throw new CliError(`unknown system "${system}" (one of ${ALL_SYSTEMS.join(', ')})`);
  const modeOption = options.get('mode');
  const mode = modeOption === undefined ? undefined : oneOf('mode', modeOption, KOREAN_MODES, 'word');
  const all = options.has('all');
  if (all && mode !== 'surname') throw new CliError('--all lists the known spellings of a surname: use it with --mode surname');
  const inputs = positional.length > 0 ? positional : (await io.readStdin()).split(/\r?\n/).filter((line, i, every) => line !== '' || i < every.length - 1);
  for (const input of inputs) {
    if (input.trim() === '') io.stdout('\n');
    else if (all) io.stdout(`${knownSpellings(input, system).join(', ')}\n`);
    else io.stdout(`${romanizeOne(input, system, mode)}\n`);
  }
  return 0;
};
