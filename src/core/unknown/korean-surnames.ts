/**
 * Korean surnames read from their spellings (the data: data.ts, SURNAME_DATA): which surnames a
 * folded word may spell, commonest first, and which spellings may begin a name by their shape.
 */

/**
 * Spellings of surnames too much like common words, or more often Chinese, to start a Korean
 * name on their own shape (I, O, So, In, No, Do, Ho, Ma, Wang…): the guess still reads them.
 */
const NOT_SHAPE_SURNAMES: ReadonlySet<string> = new Set('i o u in no to do so go on ok un ho you yo lie joe back sur wee ye je mo ma ha na ra ja wang chu ju ki gi'.split(' '));

export class KoreanSurnames {
  /** Folded spelling → the surnames it may be, commonest first. */
  readonly #bySpelling = new Map<string, string[]>();

  constructor(data: string) {
    for (const row of data.split('|')) {
      const [hangul, ...spellings] = row.split(' ');
      for (const s of spellings) {
        const list = this.#bySpelling.get(s);
        if (!list) this.#bySpelling.set(s, [hangul!]);
        else if (!list.includes(hangul!)) list.push(hangul!);
      }
    }
  }

  /** The surnames a folded word (lower-case, no accents) may spell, commonest first; empty if none. */
  surnamesOf(folded: string): readonly string[] {
    return this.#bySpelling.get(folded) ?? [];
  }

  /** May this folded word begin a Korean name by its shape? */
  isShapeSurname(folded: string): boolean {
    return this.#bySpelling.has(folded) && !NOT_SHAPE_SURNAMES.has(folded);
  }

  /** Every spelling that may begin a Korean name by its shape (for the matcher's first-word hashes). */
  shapeSpellings(): string[] {
    return [...this.#bySpelling.keys()].filter((s) => !NOT_SHAPE_SURNAMES.has(s));
  }
}
