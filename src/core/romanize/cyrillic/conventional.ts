/**
 * Conventional spellings that override the rules of a usage-based system: names whose spelling
 * is fixed by usage ("par convention admise") and brands with their own Latin name.
 * Data only. A word matches whole, ignoring case and ё/е (Хрущев and Хрущёв both occur);
 * inflected forms (Ельцина) go through the rules.
 */
import type { RussianSystem } from '../systems.ts';

interface ConventionalEntry {
  /** The Cyrillic word as usually written (ё where it belongs). */
  readonly cyrillic: string;
  /** The conventional Latin spelling, capitalised as a name. */
  readonly latin: string;
  readonly source: string;
}

const WIKTIONARY_FR = 'fr.wiktionary "Convention:Translittération du cyrillique", "par convention admise"';

const FRENCH: readonly ConventionalEntry[] = [
  { cyrillic: 'Ельцин', latin: 'Eltsine', source: WIKTIONARY_FR },
  { cyrillic: 'Тургенев', latin: 'Tourgueniev', source: WIKTIONARY_FR },
  { cyrillic: 'Горбачёв', latin: 'Gorbatchev', source: WIKTIONARY_FR },
  { cyrillic: 'Хрущёв', latin: 'Khrouchtchev', source: 'French usage (school texts, encyclopedias: "Nikita Khrouchtchev")' },
  { cyrillic: 'Ленин', latin: 'Lénine', source: 'French usage (Larousse, "Lénine")' },
  { cyrillic: 'Зеленский', latin: 'Zelensky', source: 'AFP French copy ("Volodymyr Zelensky"), from Ukrainian Зеленський' },
  { cyrillic: 'Аурус', latin: 'Aurus', source: 'brand: the manufacturer\'s Latin name (aurus.ru)' },
];

const ENGLISH_PRESS: readonly ConventionalEntry[] = [
  { cyrillic: 'Александр', latin: 'Alexander', source: 'Reuters/AP ("Alexander Lukashenko")' },
  { cyrillic: 'Алексей', latin: 'Alexei', source: 'Reuters/AP ("Alexei Navalny")' },
  { cyrillic: 'Юрий', latin: 'Yuri', source: 'Reuters/AP ("Yuri Gagarin", "Yuri Ushakov")' },
  { cyrillic: 'Чайковский', latin: 'Tchaikovsky', source: 'English usage (Britannica, "Pyotr Ilyich Tchaikovsky")' },
  { cyrillic: 'Толстой', latin: 'Tolstoy', source: 'English usage (Britannica, "Leo Tolstoy")' },
  { cyrillic: 'Аурус', latin: 'Aurus', source: 'brand: the manufacturer\'s Latin name (aurus.ru)' },
];

const DUDEN = 'Duden transcription with ё (de.wikipedia "Deutsche Transkription", note 2), kept when ё is not printed';

const GERMAN: readonly ConventionalEntry[] = [
  { cyrillic: 'Горбачёв', latin: 'Gorbatschow', source: DUDEN },
  { cyrillic: 'Хрущёв', latin: 'Chruschtschow', source: DUDEN },
  { cyrillic: 'Зеленский', latin: 'Selenskyj', source: 'German press (tagesschau.de, dpa: "Wolodymyr Selenskyj"), from Ukrainian Зеленський' },
  { cyrillic: 'Аурус', latin: 'Aurus', source: 'brand: the manufacturer\'s Latin name (aurus.ru)' },
];

/** The lookup key of a word: lower case, ё folded to е. */
export function conventionalKey(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

function index(entries: readonly ConventionalEntry[]): ReadonlyMap<string, string> {
  return new Map(entries.map((entry) => [conventionalKey(entry.cyrillic), entry.latin]));
}

const TABLES: Partial<Record<RussianSystem, ReadonlyMap<string, string>>> = {
  fr: index(FRENCH),
  'en-press': index(ENGLISH_PRESS),
  de: index(GERMAN),
};

/** The conventional spelling of `word` in `system`, capitalised as a name, if there is one. */
export function conventionalSpelling(word: string, system: RussianSystem): string | undefined {
  return TABLES[system]?.get(conventionalKey(word));
}
