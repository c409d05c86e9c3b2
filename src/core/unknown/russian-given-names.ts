/**
 * Russian given names read from their spellings (the data: data.ts, GIVEN_NAME_DATA): the
 * Cyrillic a folded spelling stands for, and whether other languages share that spelling.
 */

export class RussianGivenNames {
  /** Folded spelling → the Cyrillic name, `*`-prefixed when other languages share the spelling. */
  readonly #bySpelling = new Map<string, string>();

  constructor(data: string) {
    for (const row of data.split('|')) {
      const [cyrillic, ...spellings] = row.split(' ');
      for (const s of spellings) {
        const shared = s.startsWith('*');
        const key = shared ? s.slice(1) : s;
        if (!this.#bySpelling.has(key)) this.#bySpelling.set(key, shared ? `*${cyrillic!}` : cyrillic!);
      }
    }
  }

  /** The Cyrillic given name a folded word spells (Sergueï → serguei → Сергей), if it is one of the table. */
  cyrillicOf(folded: string): string | undefined {
    const found = this.#bySpelling.get(folded);
    return found?.startsWith('*') ? found.slice(1) : found;
  }

  /** Is the folded word a given name of the table that no other language shares (Sergueï, Dmitri, Mikhaïl)? */
  isDistinct(folded: string): boolean {
    const found = this.#bySpelling.get(folded);
    return found !== undefined && !found.startsWith('*');
  }

  /** Every folded spelling of the table (for the matcher's first-word hashes). */
  spellings(): IterableIterator<string> {
    return this.#bySpelling.keys();
  }
}
