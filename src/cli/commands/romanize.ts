/**
 * `glose romanize --system ID [--mode MODE] [TEXT…]`: romanises each TEXT (or each line of
 * standard input) with one system; the script of the input decides the engine. The press
 * systems (press-fr, press-en; fr, en-press, de for Russian) answer from the glossary when
 * the input is the original-script name of an entry, and fall back to the rules otherwise.
 */
import { KOREAN_MODES, KOREAN_SYSTEMS, RUSSIAN_SYSTEMS, romanize, type KoreanMode } from '../../core/romanize/index.ts';
import { BUILTIN_ENTRIES } from '../../data/glossary/index.ts';
import type { PressSpellings } from '../../core/glossary/types.ts';
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

function fromGlossary(text: string, system: string): string | undefined {
  const field = PRESS_FIELD[system];
  if (!field) return undefined;
  const key = text.normalize('NFC').trim();
  const entry = BUILTIN_ENTRIES.find((e) => e.script?.text.normalize('NFC') === key);
  return entry?.press?.[field];
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
  return fromGlossary(text, system) ?? romanize(text, system, mode);
}

export const runRomanize: Command = async (args, io) => {
  const { options, positional } = parseArgs(args, ['system', 'mode']);
  const system = options.get('system');
  if (!system) throw new CliError(`romanize needs --system ID (one of ${ALL_SYSTEMS.join(', ')})`);
  if (!ALL_SYSTEMS.includes(system)) throw new CliError(`unknown system "${system}" (one of ${ALL_SYSTEMS.join(', ')})`);
  const modeOption = options.get('mode');
  const mode = modeOption === undefined ? undefined : oneOf('mode', modeOption, KOREAN_MODES, 'word');
  const inputs = positional.length > 0 ? positional : (await io.readStdin()).split(/\r?\n/).filter((line, i, all) => line !== '' || i < all.length - 1);
  for (const input of inputs) io.stdout(`${input.trim() === '' ? '' : romanizeOne(input, system, mode)}\n`);
  return 0;
};
