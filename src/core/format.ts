/**
 * Numbers, sizes and dates in the reader's language, one place for every page and the CLI:
 * « 1 234 », « 1,2 Mo », « juin 2024 » for a French reader; "1,234", "1.2 MB", "June 2024" for
 * an English one. Built on Intl (ECMA-402), whose CLDR data gives each language its separators,
 * its unit abbreviations (Mo/Go in French, MB/GB in English) and its month names.
 */
import type { UiLang } from './glossary/types.ts';

export interface Formatter {
  number(n: number): string;
  /** A size in bytes, with the largest unit that keeps it ≥ 1 (B, kB, MB, GB, TB). */
  bytes(n: number): string;
  /**
   * A date as the data holds it — `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an ISO date-time — shown at
   * the precision it has: « 2024 », « juin 2024 », « 6 mars 2024 ». Anything else is returned
   * as it is (a date is data, never dropped).
   */
  date(value: string): string;
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
/**
 * Sizes step by 1024: the import limits are binary (5 × 1024² bytes for the reader's entries)
 * and read as round figures only that way (« 5 Mo »); browsers' storage estimates are shown
 * with the same steps so that a size and its limit compare.
 */
const STEP = 1024;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function createFormatter(lang: UiLang): Formatter {
  const numbers = new Intl.NumberFormat(lang);
  const units = BYTE_UNITS.map((unit) => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }));
  // UTC: a date without a time is a calendar day, never shifted by the reader's time zone.
  const year = new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    number: (n) => numbers.format(n),
    bytes(n) {
      let v = n;
      let u = 0;
      while (v >= STEP && u < units.length - 1) {
        v /= STEP;
        u++;
      }
      return units[u]!.format(v);
    },
    date(value) {
      const m = PARTIAL_DATE.exec(value);
      if (m) {
        const d = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
        if (Number.isNaN(d.getTime())) return value;
        return (m[3] ? day : m[2] ? month : year).format(d);
      }
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : day.format(d);
    },
  };
}
